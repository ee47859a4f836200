namespace SignalHub.Messaging.Contracts;

/// <summary>These matches were created or changed by a matching run and may be ready for dispatch.</summary>
public sealed record MatchesUpdated(string Period, IReadOnlyList<Guid> MatchIds);
