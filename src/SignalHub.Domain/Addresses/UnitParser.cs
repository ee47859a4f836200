using System.Globalization;
using System.Text;

namespace SignalHub.Domain.Addresses;

/// <summary>
/// What the text after a house number says: a house letter, an addition, how many numbers it held and
/// whether every word in it is one this parser knows.
/// </summary>
internal sealed record UnitReading(string? Letter, string? Addition, int Numbers, bool AllWordsKnown)
{
    public static readonly UnitReading Empty = new(null, null, 0, true);
}

/// <summary>Reads the part after a house number ("a", "-2 hoog", "II", "bis", "A 2e etage").</summary>
internal static class UnitParser
{
    /// <summary>
    /// Reads <paramref name="text"/>. When <paramref name="letterSlotFree"/>, a single letter at the very
    /// start is the house letter ("12 a", "12-A"); everything else becomes the addition. Returns null with
    /// a <paramref name="problem"/> when the result cannot be a BAG addition.
    /// </summary>
    public static UnitReading? Read(string? text, bool letterSlotFree, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return UnitReading.Empty;
        }

        if (!UnitRun.TrySplit(text, out var runs, out var offending))
        {
            problem = $"'{offending}' is not a letter A-Z or a digit";
            return null;
        }

        if (UnitWords.IsRange(runs))
        {
            problem = "it names a range of house numbers, not one door";
            return null;
        }

        string? letter = null;
        var at = 0;
        if (letterSlotFree && StartsWithHouseLetter(runs))
        {
            letter = runs[0].Text;
            at = 1;
        }

        var addition = new StringBuilder();
        var numbers = 0;
        var allKnown = true;
        while (at < runs.Count)
        {
            at = ReadElement(runs, at, addition, ref numbers, ref allKnown);
        }

        if (addition.Length > Address.MaxAdditionLength)
        {
            problem = $"'{addition}' is longer than the 4 letters or digits a house-number addition may have";
            return null;
        }

        return new UnitReading(letter, addition.Length == 0 ? null : addition.ToString(), numbers, allKnown);
    }

    private static bool StartsWithHouseLetter(List<UnitRun> runs) =>
        runs.Count > 0
        && runs[0].IsSingleLetter
        && !UnitWords.TryPhrase(runs, 0, out _, out _)
        && !UnitWords.IsRomanFloorWithMarker(runs, 0, out _);

    private static int ReadElement(List<UnitRun> runs, int at, StringBuilder addition, ref int numbers, ref bool allKnown)
    {
        var run = runs[at];
        if (run.IsDigits)
        {
            numbers++;
            // Partner systems that store the addition as a number write 1 for BAG's 01.
            addition.Append(WithoutLeadingZeros(run.Text));
            return SkipFloorMarkers(runs, at + 1);
        }

        if (UnitWords.TryFloorWord(run.Text, out var floor) || UnitWords.IsRomanFloorWithMarker(runs, at, out floor))
        {
            numbers++;
            addition.Append(floor.ToString(CultureInfo.InvariantCulture));
            return SkipFloorMarkers(runs, at + 1);
        }

        if (UnitWords.TryPhrase(runs, at, out var canonical, out var length))
        {
            addition.Append(canonical);
            return at + length;
        }

        allKnown &= run.IsSingleLetter || UnitWords.IsKnownLiteral(run.Text);
        addition.Append(run.Text);
        return at + 1;
    }

    private static int SkipFloorMarkers(List<UnitRun> runs, int at)
    {
        while (at < runs.Count && UnitWords.IsFloorMarker(runs[at]))
        {
            at++;
        }

        return at;
    }

    private static string WithoutLeadingZeros(string digits)
    {
        var trimmed = digits.TrimStart('0');
        return trimmed.Length == 0 ? "0" : trimmed;
    }
}
