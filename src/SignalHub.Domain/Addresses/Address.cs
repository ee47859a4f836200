using System.Globalization;

namespace SignalHub.Domain.Addresses;

/// <summary>
/// One door in BAG form: postcode, house number (1 to 99999), an optional house letter (one capital
/// A-Z) and an optional house-number addition (1 to 4 capitals or digits). The constructor only checks
/// that shape; use <see cref="AddressNormalizer.Normalize"/> to turn partner spellings into the one
/// canonical form, so that two spellings of one door get one <see cref="Key"/>.
/// </summary>
public readonly record struct Address(Postcode Postcode, int HouseNumber, string? HouseLetter, string? Addition)
{
    public const int MinHouseNumber = 1;
    public const int MaxHouseNumber = 99999;
    public const int MaxAdditionLength = 4;

    public Postcode Postcode { get; } = Postcode.Value.Length > 0
        ? Postcode
        : throw new ArgumentException("An address needs a parsed postcode.", nameof(Postcode));

    public int HouseNumber { get; } = HouseNumber is >= MinHouseNumber and <= MaxHouseNumber
        ? HouseNumber
        : throw new ArgumentOutOfRangeException(nameof(HouseNumber), HouseNumber, "A house number runs from 1 to 99999.");

    public string? HouseLetter { get; } = string.IsNullOrEmpty(HouseLetter) ? null
        : IsHouseLetter(HouseLetter) ? HouseLetter
        : throw new ArgumentException($"House letter '{HouseLetter}' is not one capital A-Z.", nameof(HouseLetter));

    public string? Addition { get; } = string.IsNullOrEmpty(Addition) ? null
        : IsAddition(Addition) ? Addition
        : throw new ArgumentException($"Addition '{Addition}' is not 1 to 4 capitals or digits.", nameof(Addition));

    /// <summary>
    /// The matching key, one per door: "postcode-number-letter-addition" with empty parts kept, e.g.
    /// "1234AB-12-A-2", "1234AB-12--2", "1234AB-12-A-", "1234AB-12--".
    /// </summary>
    public string Key => string.Create(CultureInfo.InvariantCulture,
        $"{Postcode.Value}-{HouseNumber}-{HouseLetter}-{Addition}");

    /// <summary>For people: "1234AB 12A-2", "1234AB 12-2", "1234AB 12A", "1234AB 12".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Postcode.Value} {HouseNumber}{HouseLetter}{(Addition is null ? "" : "-" + Addition)}");

    internal static bool IsHouseLetter(string value) => value.Length == 1 && char.IsAsciiLetterUpper(value[0]);

    internal static bool IsAddition(string value) =>
        value.Length is >= 1 and <= MaxAdditionLength
        && value.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));
}
