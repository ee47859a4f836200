using System.Globalization;
using SignalHub.Domain.Outreach;
using SignalHub.Domain.Vocabulary;

namespace SignalHub.Domain.Tests.Outreach;

/// <summary>Attempts written as a worker would say them: "Huisbezoek 2026-11-03 19:30", "Telefoon 2026-11-04 10:00 bereikt".</summary>
internal static class Attempts
{
    public static IReadOnlyList<AttemptFact> Read(string lines) =>
        [.. lines.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(One)];

    public static AttemptFact One(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!ContactKinds.TryParse(words[0], out var kind, out var error))
            throw new ArgumentException(error, nameof(line));
        var local = DateTime.ParseExact($"{words[1]} {words[2]}", "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return new AttemptFact(kind, local, words.Length > 3 && words[3] == "bereikt");
    }
}
