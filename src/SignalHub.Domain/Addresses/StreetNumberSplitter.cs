namespace SignalHub.Domain.Addresses;

/// <summary>A street with its glued house number taken off: "Dorpsstraat 12-2 hoog" is "Dorpsstraat", 12, "2".</summary>
internal sealed record StreetTail(string? Street, int HouseNumber, UnitReading Unit);

/// <summary>
/// Finds a house number glued to the end of a street, leaving digits that belong to the street name
/// alone ("2e Oosterparkstraat 14", "Plein 1940-1945 3").
/// </summary>
internal static class StreetNumberSplitter
{
    /// <summary>
    /// The leftmost number that follows part of the street name and after which only a house letter and
    /// addition in words this parser knows remain (at most one number among them). Leftmost, because
    /// reading "Dorpsstraat 12 2" as number 2 could merge it with another family's door.
    /// </summary>
    public static StreetTail? Split(string street)
    {
        for (var start = 1; start < street.Length; start++)
        {
            if (!CanStartHouseNumber(street, start))
            {
                continue;
            }

            var end = start;
            while (end < street.Length && char.IsAsciiDigit(street[end]))
            {
                end++;
            }

            if (IsYearRange(street, start, end) || !HouseNumberParser.TryReadNumber(street[start..end], out var number))
            {
                continue;
            }

            // "Dorpsstraat 12 t/m 16" names several doors: 16 is not its house number.
            if (UnitRun.TrySplit(street[end..], out var runs, out _) && UnitWords.IsRange(runs))
            {
                return null;
            }

            var unit = UnitParser.Read(street[end..], letterSlotFree: true, out _, rightAfterNumber: true);
            if (unit is { AllWordsKnown: true, Numbers: <= 1 })
            {
                var name = street[..start].TrimEnd(' ', ',', ';', ':');
                return new StreetTail(name.Length == 0 ? null : name, number, unit);
            }
        }

        return null;
    }

    // A number starts after a non-digit that is not a hyphen or slash ("1940-1945": 1945 is not one),
    // and only once some of the street name has been written.
    private static bool CanStartHouseNumber(string street, int at) =>
        char.IsAsciiDigit(street[at])
        && !char.IsAsciiDigit(street[at - 1])
        && street[at - 1] is not '-' and not '/'
        && street[..at].Any(char.IsLetter);

    // "Plein 1940-1945", "Laan 1940-45": a year range in the name, not house number 1940.
    private static bool IsYearRange(string street, int start, int end)
    {
        if (end - start != 4 || end >= street.Length || street[end] != '-')
        {
            return false;
        }

        var second = end + 1;
        while (second < street.Length && char.IsAsciiDigit(street[second]))
        {
            second++;
        }

        return second - (end + 1) is 2 or 4;
    }
}
