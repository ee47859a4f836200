using System.Globalization;

namespace SignalHub.Domain.Addresses;

/// <summary>Splits the house-number field ("12", "12a", "12-2 hoog", "00012") into number and the rest.</summary>
internal static class HouseNumberParser
{
    public static AddressError? Split(string text, out int number, out string remainder)
    {
        number = 0;
        remainder = string.Empty;
        var digits = LeadingDigits(text, text.StartsWith('-') ? 1 : 0);
        if (digits.Length == 0)
        {
            return Problem(AddressErrorCodes.HouseNumberInvalid,
                $"house number must start with a number from 1 to 99999, e.g. '12' or '12a'");
        }

        if (text.StartsWith('-') || !TryReadNumber(digits, out number))
        {
            return Problem(AddressErrorCodes.HouseNumberOutOfRange,
                $"house number must be between {Address.MinHouseNumber} and {Address.MaxHouseNumber}");
        }

        remainder = text[digits.Length..];
        // Spreadsheets turn 12 into "12.0"; nobody writes ".0" to mean an addition.
        if (remainder.Length > 1 && remainder[0] == '.' && remainder[1..].All(c => c == '0'))
        {
            remainder = string.Empty;
        }

        return null;
    }

    /// <summary>Reads digits as a house number; false when it is not 1 to 99999.</summary>
    public static bool TryReadNumber(string digits, out int number)
    {
        number = 0;
        var significant = digits.TrimStart('0');
        return significant.Length is > 0 and <= 5
            && int.TryParse(significant, NumberStyles.None, CultureInfo.InvariantCulture, out number)
            && number is >= Address.MinHouseNumber and <= Address.MaxHouseNumber;
    }

    private static string LeadingDigits(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    private static AddressError Problem(string code, string reason) => new(AddressFields.HouseNumber, code, reason);
}
