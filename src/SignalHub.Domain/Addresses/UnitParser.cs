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
    /// start is the house letter ("12 a", "12-A"); everything else becomes the addition. Set
    /// <paramref name="rightAfterNumber"/> when the text is what followed the digits of a house number.
    /// Returns null with a <paramref name="problem"/> when the result cannot be a BAG addition.
    /// </summary>
    public static UnitReading? Read(string? text, bool letterSlotFree, out string? problem, bool rightAfterNumber = false)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return UnitReading.Empty;
        }

        if (!UnitRun.TrySplit(text, out var runs, out _))
        {
            problem = "it holds a character that is not a letter A-Z or a digit";
            return null;
        }

        if (UnitWords.IsRange(runs))
        {
            problem = "it names a range of house numbers, not one door";
            return null;
        }

        string? letter = null;
        var at = 0;
        if (letterSlotFree)
        {
            (letter, at) = ReadHouseLetter(runs, glued: rightAfterNumber && char.IsAsciiLetter(text[0]));
        }

        var addition = new StringBuilder();
        var numbers = 0;
        var allKnown = true;
        while (at < runs.Count)
        {
            at = ReadElement(runs, at, addition, ref numbers, ref allKnown);
        }

        var canonical = WithoutLeadingZeros(addition.ToString());
        if (canonical.Length > Address.MaxAdditionLength)
        {
            problem = $"it is longer than the 4 letters or digits a house-number addition may have";
            return null;
        }

        return new UnitReading(letter, canonical.Length == 0 ? null : canonical, numbers, allKnown);
    }

    // The letter slot takes a single letter ("12 a") or a word that stands for one ("12 huis" is 12H).
    // A lone I, V or X is a floor only when set apart and followed by a floor word: "12 I hoog", not "12X-H".
    private static (string? Letter, int Next) ReadHouseLetter(List<UnitRun> runs, bool glued)
    {
        if (runs.Count == 0)
        {
            return (null, 0);
        }

        if (UnitWords.TryPhrase(runs, 0, out var canonical, out var length))
        {
            return canonical.Length == 1 ? (canonical, length) : (null, 0);
        }

        var letter = runs[0].IsSingleLetter && (glued || !UnitWords.IsRomanFloorWithMarker(runs, 0, out _));
        return letter ? (runs[0].Text, 1) : (null, 0);
    }

    private static int ReadElement(List<UnitRun> runs, int at, StringBuilder addition, ref int numbers, ref bool allKnown)
    {
        var run = runs[at];
        if (run.IsDigits)
        {
            numbers++;
            addition.Append(run.Text);
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

    // After a floor number a ground-floor word is skipped too: its canonical "H" would read back as
    // "hoog" ("12-1H" is the first floor), so "1 hs" must mean the same as "1H".
    private static int SkipFloorMarkers(List<UnitRun> runs, int at)
    {
        while (at < runs.Count)
        {
            if (UnitWords.IsFloorMarker(runs[at]))
            {
                at++;
            }
            else if (UnitWords.TryPhrase(runs, at, out var canonical, out var length) && canonical == UnitWords.GroundFloor)
            {
                at += length;
            }
            else
            {
                return at;
            }
        }

        return at;
    }

    // Partner systems that store the addition as a number write 1 for BAG's 01, so "02", "2e" and "II"
    // are one floor. Every run of digits loses its leading zeros ("0" stays "0").
    private static string WithoutLeadingZeros(string addition)
    {
        var result = new StringBuilder(addition.Length);
        for (var i = 0; i < addition.Length; i++)
        {
            var startsRun = result.Length == 0 || !char.IsAsciiDigit(result[^1]);
            var zeroWithDigitAfter = addition[i] == '0' && i + 1 < addition.Length && char.IsAsciiDigit(addition[i + 1]);
            if (!(startsRun && zeroWithDigitAfter))
            {
                result.Append(addition[i]);
            }
        }

        return result.ToString();
    }
}
