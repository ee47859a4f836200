using System.Data.Common;
using Dapper;
using SignalHub.Domain.Vocabulary;
using SignalHub.Storage;

namespace SignalHub.Export.Ddas;

/// <summary>
/// The SQL of the DDAS export. A signal belongs to the export when its delivery arrived in the period (its
/// signaaldatum) and no newer delivery replaced it; a case belongs to it when one of those signals is its own or
/// joined it. Pages go by id (keyset), so a large month is read in slices without OFFSET scans.
/// </summary>
internal sealed class DdasExportStore(Database database)
{
    public const int PageSize = 500;

    private const string InPeriod = "s.status <> @Replaced AND d.received_at >= @From AND d.received_at < @Until";

    private const string SignalPage = $"""
        SELECT s.id AS Id, d.received_at AS ReceivedAt, s.arrears_since AS ArrearsSince, s.amount AS Amount, s.crisis AS Crisis,
               s.warm_handover AS WarmHandover, s.cost_type AS CostType, s.postcode AS Postcode, s.house_number AS HouseNumber,
               s.house_letter AS HouseLetter, s.addition AS Addition, s.status AS State, m.not_picked_up AS NotPickedUp,
               k.id AS CaseId, k.result AS CaseResult
        FROM signals s
        JOIN deliveries d ON d.id = s.delivery_id
        LEFT JOIN matches m ON m.id = s.match_id
        LEFT JOIN cases k ON k.match_id = m.id OR k.id = m.joined_case_id
        WHERE {InPeriod} AND s.id > @After
        ORDER BY s.id
        """;

    private const string CasePage = $"""
        SELECT k.id AS Id, k.period AS Period, k.result AS Result, k.created_at AS CreatedAt, m.created_at AS MatchedAt
        FROM cases k
        JOIN matches m ON m.id = k.match_id
        WHERE k.id > @After AND EXISTS (
            SELECT 1 FROM signals s
            JOIN deliveries d ON d.id = s.delivery_id
            JOIN matches sm ON sm.id = s.match_id
            WHERE (sm.id = k.match_id OR sm.joined_case_id = k.id) AND {InPeriod})
        ORDER BY k.id
        """;

    private const string CaseSignals = $"""
        SELECT k.id AS CaseId, s.id AS SignalId
        FROM cases k
        JOIN matches sm ON sm.id = k.match_id OR sm.joined_case_id = k.id
        JOIN signals s ON s.match_id = sm.id
        JOIN deliveries d ON d.id = s.delivery_id
        WHERE k.id >= @First AND k.id <= @Last AND {InPeriod}
        ORDER BY s.id
        """;

    private const string CaseAttempts = """
        SELECT a.case_id AS CaseId, a.kind AS Kind, a.at AS At, a.day_part AS DayPart, a.reached AS Reached
        FROM case_attempts a
        WHERE a.case_id >= @First AND a.case_id <= @Last
        ORDER BY a.at, a.id
        """;

    /// <summary>The period's signals, one page at a time, in id order.</summary>
    public async IAsyncEnumerable<IReadOnlyList<DdasSignalRow>> SignalsAsync(DdasWindow window,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var after = Guid.Empty;
        while (true)
        {
            var page = await ReadPageAsync<DdasSignalRow>(SignalPage, window, after, ct);
            if (page.Count > 0)
                yield return page;
            if (page.Count < PageSize)
                yield break;
            after = page[^1].Id;
        }
    }

    /// <summary>The period's cases, one page at a time, each with its signals of the period and all its attempts.</summary>
    public async IAsyncEnumerable<IReadOnlyList<DdasCase>> CasesAsync(DdasWindow window,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var after = Guid.Empty;
        while (true)
        {
            var page = await ReadPageAsync<DdasCaseRow>(CasePage, window, after, ct);
            if (page.Count > 0)
                yield return await CompleteAsync(page, window, ct);
            if (page.Count < PageSize)
                yield break;
            after = page[^1].Id;
        }
    }

    private async Task<IReadOnlyList<DdasCase>> CompleteAsync(IReadOnlyList<DdasCaseRow> page, DdasWindow window, CancellationToken ct)
    {
        var range = Arguments(window, Guid.Empty, page[0].Id, page[^1].Id);
        var (signals, attempts) = await database.ReadAsync(async c => (
            (await c.QueryAsync<DdasCaseSignalRow>(new CommandDefinition(CaseSignals, range, cancellationToken: ct))).ToLookup(r => r.CaseId, r => r.SignalId),
            (await c.QueryAsync<DdasAttemptRow>(new CommandDefinition(CaseAttempts, range, cancellationToken: ct))).ToLookup(r => r.CaseId)), ct);
        return [.. page.Select(k => new DdasCase(k, [.. signals[k.Id].Distinct()], [.. attempts[k.Id]]))];
    }

    private Task<IReadOnlyList<T>> ReadPageAsync<T>(string orderedSelect, DdasWindow window, Guid after, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<T>>(async c => [.. await Query<T>(c, database.Dialect.Page(orderedSelect), Arguments(window, after, null, null), ct)], ct);

    private static Task<IEnumerable<T>> Query<T>(DbConnection c, string sql, object args, CancellationToken ct) =>
        c.QueryAsync<T>(new CommandDefinition(sql, args, cancellationToken: ct));

    private static object Arguments(DdasWindow window, Guid after, Guid? first, Guid? last) => new
    {
        Replaced = SignalStanding.Replaced.ToCode(), window.From, window.Until, After = after, First = first ?? Guid.Empty,
        Last = last ?? Guid.Empty, Skip = 0, Take = PageSize,
    };
}
