using System.Globalization;

namespace SignalHub.Domain.Values;

/// <summary>
/// Reads the digits of an amount written with Dutch (1.234,56) or English (1,234.56) separators.
/// The rule for one separator: followed by exactly three digits it groups thousands ("1.234" and
/// "1,234" are both 1234), followed by one or two digits it is the decimal mark ("1.5", "12,34").
/// Money never has three decimals, so this reading is the only one that can be a valid amount.
/// With both separators the last one is the decimal mark. Groups must be 1-3 digits then 3 each.
/// </summary>
internal static class AmountNotation
{
    public enum Outcome
    {
        Parsed,
        NotANumber,
        TooManyDecimals,
        TooLarge,
    }

    public static Outcome TryRead(string digits, out decimal amount)
    {
        amount = 0m;
        var invariant = ToInvariant(digits, out var outcome);
        if (invariant is null)
        {
            return outcome;
        }

        return decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount)
            ? Outcome.Parsed
            : Outcome.TooLarge;
    }

    private static string? ToInvariant(string text, out Outcome outcome)
    {
        outcome = Outcome.NotANumber;
        if (text.Length == 0 || !text.All(c => char.IsAsciiDigit(c) || c is '.' or ','))
        {
            return null;
        }

        var lastDot = text.LastIndexOf('.');
        var lastComma = text.LastIndexOf(',');
        if (lastDot < 0 && lastComma < 0)
        {
            return text;
        }

        if (lastDot >= 0 && lastComma >= 0)
        {
            var decimalAt = Math.Max(lastDot, lastComma);
            var groupMark = decimalAt == lastDot ? ',' : '.';
            var whole = text[..decimalAt];
            return IsGrouped(whole, groupMark) ? WithDecimals(whole.Replace(groupMark.ToString(), "", StringComparison.Ordinal), text[(decimalAt + 1)..], out outcome) : null;
        }

        var mark = lastDot >= 0 ? '.' : ',';
        var first = text.IndexOf(mark, StringComparison.Ordinal);
        if (first != text.LastIndexOf(mark))
        {
            return IsGrouped(text, mark) ? text.Replace(mark.ToString(), "", StringComparison.Ordinal) : null;
        }

        var before = text[..first];
        var after = text[(first + 1)..];
        if (after.Length == 3 && IsGrouped(text, mark))
        {
            return before + after;
        }

        return WithDecimals(before, after, out outcome);
    }

    private static string? WithDecimals(string whole, string fraction, out Outcome outcome)
    {
        outcome = Outcome.NotANumber;
        if (whole.Length == 0 || fraction.Length == 0 || !whole.All(char.IsAsciiDigit) || !fraction.All(char.IsAsciiDigit))
        {
            return null;
        }

        if (fraction.Length > 2)
        {
            outcome = Outcome.TooManyDecimals;
            return null;
        }

        outcome = Outcome.Parsed;
        return $"{whole}.{fraction}";
    }

    /// <summary>True for "1.234.567": a first group of 1-3 digits not starting with 0, then groups of exactly 3.</summary>
    private static bool IsGrouped(string text, char mark)
    {
        var groups = text.Split(mark);
        var head = groups[0];
        return head.Length is >= 1 and <= 3
            && head[0] != '0'
            && head.All(char.IsAsciiDigit)
            && groups.Skip(1).All(g => g.Length == 3 && g.All(char.IsAsciiDigit));
    }
}
