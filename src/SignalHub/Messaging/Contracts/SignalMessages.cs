namespace SignalHub.Messaging.Contracts;

/// <summary>
/// A partner withdrew one of its signals through the API (paid, arrangement made, wrong address, ...): the
/// signal's address needs matching again without it. One message per withdrawn signal.
/// </summary>
public sealed record SignalWithdrawn(Guid SignalId, string Period, string AddressKey);
