namespace SignalHub.Domain.Addresses;

/// <summary>
/// One address as a partner delivered it, field by field and unchecked. Any field may be empty;
/// the house number may instead be glued to the end of the street.
/// </summary>
public sealed record AddressInput(
    string? Street,
    string? HouseNumber,
    string? HouseLetter,
    string? Addition,
    string? Postcode);
