namespace SignalHub.Domain.Addresses;

/// <summary>
/// The outcome of <see cref="AddressNormalizer.Normalize"/>: either an <see cref="Address"/> or an
/// <see cref="AddressError"/>. <paramref name="Street"/> is the tidied street without any glued house
/// number, also when the address was refused.
/// </summary>
public sealed record AddressResult(Address? Address, string? Street, AddressError? Error)
{
    public bool IsValid => Error is null && Address is not null;

    internal static AddressResult Valid(Address address, string? street) => new(address, street, null);

    internal static AddressResult Invalid(AddressError error, string? street) => new(null, street, error);
}
