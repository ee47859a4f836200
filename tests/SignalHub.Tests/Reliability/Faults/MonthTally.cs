using Dapper;
using SignalHub.Storage;
using SignalHub.Tests.Synthetic;

namespace SignalHub.Tests.Reliability.Faults;

/// <summary>
/// What a faulted month must still add up to: every accepted row stored once, every expected door matched
/// with exactly its current signals, one case per match. Printed, then asserted.
/// </summary>
public sealed record MonthTally(long ExpectedRows, long AcceptedRows, long RejectedRows, long StoredSignals, long DuplicateSignals,
    int ExpectedMatches, int StoredMatches, long DuplicateMatches, int MissingDoors, int ExtraDoors, int WrongSignalDoors,
    long Cases, long DuplicateCases)
{
    private const string SignalCounts = """
        SELECT (SELECT COALESCE(SUM(rows_accepted), 0) FROM deliveries) AS Accepted,
               (SELECT COALESCE(SUM(rows_rejected), 0) FROM deliveries) AS Rejected,
               (SELECT COUNT(*) FROM signals) AS Stored,
               (SELECT COUNT(*) - COUNT(DISTINCT (delivery_id, reference)) FROM signals) AS DuplicateSignals,
               (SELECT COUNT(*) - COUNT(DISTINCT (period, address_key)) FROM matches) AS DuplicateMatches,
               (SELECT COUNT(*) FROM cases) AS Cases,
               (SELECT COUNT(*) - COUNT(DISTINCT match_id) FROM cases) AS DuplicateCases
        """;

    private const string DoorSignals = """
        SELECT m.address_key AS DoorKey, p.name AS Partner, s.reference AS Reference
        FROM matches m
        LEFT JOIN signals s ON s.match_id = m.id AND s.status = 'current'
        LEFT JOIN partners p ON p.id = s.partner_id
        WHERE m.period = @Period
        """;

    internal static async Task<MonthTally> CountAsync(FaultMonth month)
    {
        var database = month.Web.Get<Database>();
        var counts = await database.ReadAsync(c => c.QuerySingleAsync<Counts>(SignalCounts), CancellationToken.None);
        var rows = await database.ReadAsync(c => c.QueryAsync<(string DoorKey, string? Partner, string? Reference)>(
            DoorSignals, new { month.Expected.Period }), CancellationToken.None);
        var actual = rows.GroupBy(r => r.DoorKey).ToDictionary(g => g.Key,
            g => Signature(g.Where(r => r.Reference is not null).Select(r => ExpectedDoor.Signal(r.Partner!, r.Reference!))));
        var expected = month.Expected.Matches.ToDictionary(m => m.Key, m => Signature(m.References));
        return new MonthTally(month.Expected.Total("rows"), counts.Accepted, counts.Rejected, counts.Stored, counts.DuplicateSignals,
            expected.Count, actual.Count, counts.DuplicateMatches,
            expected.Keys.Count(k => !actual.ContainsKey(k)), actual.Keys.Count(k => !expected.ContainsKey(k)),
            expected.Count(e => actual.TryGetValue(e.Key, out var a) && a != e.Value),
            counts.Cases, counts.DuplicateCases);
    }

    public void PrintAndAssert(string scenario)
    {
        TestContext.Out.WriteLine($"{scenario}: rows expected {ExpectedRows}, accepted {AcceptedRows}, rejected {RejectedRows}, " +
            $"stored {StoredSignals}, duplicate signals {DuplicateSignals}");
        TestContext.Out.WriteLine($"{scenario}: matches expected {ExpectedMatches}, stored {StoredMatches}, duplicate matches {DuplicateMatches}, " +
            $"doors missing {MissingDoors}, extra {ExtraDoors}, with other signals {WrongSignalDoors}; cases {Cases}, duplicate cases {DuplicateCases}");
        Assert.Multiple(() =>
        {
            Assert.That(AcceptedRows, Is.EqualTo(ExpectedRows), "every generated row accepted");
            Assert.That(RejectedRows, Is.Zero, "no generated row rejected");
            Assert.That(StoredSignals, Is.EqualTo(AcceptedRows), "every accepted row stored");
            Assert.That(DuplicateSignals, Is.Zero, "no row stored twice");
            Assert.That(StoredMatches, Is.EqualTo(ExpectedMatches), "one match per expected door");
            Assert.That(DuplicateMatches, Is.Zero, "no door matched twice");
            Assert.That((MissingDoors, ExtraDoors, WrongSignalDoors), Is.EqualTo((0, 0, 0)), "every door matched with exactly its current signals");
            Assert.That(Cases, Is.EqualTo(StoredMatches), "every match dispatched");
            Assert.That(DuplicateCases, Is.Zero, "no match dispatched twice");
        });
    }

    private static string Signature(IEnumerable<string> signals) => string.Join(", ", signals.Order(StringComparer.Ordinal));

    private sealed class Counts
    {
        public long Accepted { get; init; }
        public long Rejected { get; init; }
        public long Stored { get; init; }
        public long DuplicateSignals { get; init; }
        public long DuplicateMatches { get; init; }
        public long Cases { get; init; }
        public long DuplicateCases { get; init; }
    }
}
