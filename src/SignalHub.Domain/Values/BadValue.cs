namespace SignalHub.Domain.Values;

/// <summary>Quotes a rejected value for an error message, cut short so a whole pasted row cannot flood it.</summary>
internal static class BadValue
{
    private const int MaxLength = 40;

    public static string Quote(string raw)
    {
        var text = raw.Trim();
        return text.Length <= MaxLength ? $"'{text}'" : $"'{text[..MaxLength]}...'";
    }
}
