namespace SignalHub.Domain.Addresses;

/// <summary>One run of capital letters or of digits from the text after a house number.</summary>
internal readonly record struct UnitRun(string Text, bool IsDigits)
{
    public bool IsSingleLetter => !IsDigits && Text.Length == 1;

    /// <summary>
    /// Splits "12 2-hoog", "a.", "2ehg" into runs: letters and digits part, anything else separates.
    /// Fails on a letter or digit outside A-Z and 0-9 (e.g. 'é'), which BAG never uses.
    /// </summary>
    public static bool TrySplit(string text, out List<UnitRun> runs, out char offending)
    {
        runs = [];
        offending = default;
        var start = 0;
        while (start < text.Length)
        {
            var c = text[start];
            if (!char.IsAsciiLetterOrDigit(c))
            {
                if (char.IsLetterOrDigit(c))
                {
                    offending = c;
                    return false;
                }

                start++;
                continue;
            }

            var digits = char.IsAsciiDigit(c);
            var end = start;
            while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]) && char.IsAsciiDigit(text[end]) == digits)
            {
                end++;
            }

            runs.Add(new UnitRun(text[start..end].ToUpperInvariant(), digits));
            start = end;
        }

        return true;
    }
}
