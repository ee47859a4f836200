using System.Data.Common;
using System.Text.Json;
using Dapper;

namespace SignalHub.Benchmarks;

/// <summary>How far the installation's outcome is from expected.json: zero everywhere is a correct run.</summary>
public sealed record Correctness(int ExpectedMatches, int ActualMatches, int ExpectedSignals, int LostSignals, int WrongMatches,
    int WrongRoutes, int Undispatched, IReadOnlyList<string> Examples)
{
    public bool IsCorrect => LostSignals == 0 && WrongMatches == 0 && WrongRoutes == 0 && Undispatched == 0 && ExpectedMatches == ActualMatches;
}

/// <summary>
/// Compares the database with the generator's expected answer, door by door: the match's current signals
/// (partner and reference), and the case's route and team. Read straight from the tables so that a
/// million matches need no page through the API.
/// </summary>
public static class ExpectedCheck
{
    private const string Matches = "SELECT id, period, postcode, house_number, house_letter, addition FROM matches";

    private const string Signals = """
        SELECT DISTINCT s.match_id, p.name, s.reference FROM signals s JOIN partners p ON p.id = s.partner_id
        WHERE s.status = 'current' AND s.match_id IS NOT NULL
        """;

    private const string Cases = "SELECT match_id, route, team FROM cases";

    public static async Task<Correctness> CheckAsync(Func<DbConnection> connect, string expectedFile)
    {
        var expected = ReadExpected(expectedFile);
        await using var connection = connect();
        var doors = new Dictionary<object, string>();
        foreach (var m in await connection.QueryAsync(Matches))
            doors[(object)m.id] = $"{m.period} {m.postcode}-{m.house_number}-{m.house_letter}-{m.addition}";
        var references = doors.Keys.ToDictionary(id => id, _ => new List<string>());
        foreach (var s in await connection.QueryAsync(Signals))
            references[(object)s.match_id].Add($"{s.name} | {s.reference}");
        var routes = (await connection.QueryAsync(Cases)).ToDictionary(c => doors[(object)c.match_id], c => $"{c.route} {c.team}");
        var actual = doors.ToDictionary(d => d.Value, d => references[d.Key].Order(StringComparer.Ordinal).ToList());

        var stored = actual.Values.SelectMany(r => r).ToHashSet();
        var examples = new List<string>();
        var (lost, wrongMatches, wrongRoutes, undispatched, expectedSignals) = (0, 0, 0, 0, 0);
        foreach (var (key, door) in expected)
        {
            expectedSignals += door.References.Count;
            lost += door.References.Count(r => !stored.Contains(r));
            if (!actual.TryGetValue(key, out var current) || !current.SequenceEqual(door.References))
                Note(ref wrongMatches, $"{key}: expected [{string.Join(", ", door.References)}], got [{string.Join(", ", current ?? [])}]");
            if (!routes.TryGetValue(key, out var route))
                Note(ref undispatched, $"{key}: no case (expected {door.Route})");
            else if (route != door.Route)
                Note(ref wrongRoutes, $"{key}: routed {route}, expected {door.Route}");
        }
        foreach (var key in actual.Keys.Where(k => !expected.ContainsKey(k)))
            Note(ref wrongMatches, $"{key}: a match the expected answer does not have");
        return new Correctness(expected.Count, actual.Count, expectedSignals, lost, wrongMatches, wrongRoutes, undispatched, examples);

        void Note(ref int counter, string example)
        {
            counter++;
            if (examples.Count < 10)
                examples.Add(example);
        }
    }

    private sealed record ExpectedDoor(List<string> References, string Route);

    private static Dictionary<string, ExpectedDoor> ReadExpected(string file)
    {
        using var stream = File.OpenRead(file);
        using var json = JsonDocument.Parse(stream);
        var doors = new Dictionary<string, ExpectedDoor>();
        foreach (var period in json.RootElement.GetProperty("periods").EnumerateArray())
        {
            var name = period.GetProperty("period").GetString();
            foreach (var m in period.GetProperty("matches").EnumerateArray())
            {
                var references = m.GetProperty("references").EnumerateArray()
                    .Select(r => $"{r.GetProperty("partner").GetString()} | {r.GetProperty("reference").GetString()}")
                    .Order(StringComparer.Ordinal).ToList();
                doors[$"{name} {m.GetProperty("key").GetString()}"] = new ExpectedDoor(references,
                    $"{m.GetProperty("route").GetString()} {m.GetProperty("team").GetString()}");
            }
        }
        return doors;
    }
}
