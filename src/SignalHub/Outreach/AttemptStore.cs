using System.Data.Common;
using Dapper;
using SignalHub.Domain.Outreach;
using SignalHub.Domain.Vocabulary;

namespace SignalHub.Outreach;

/// <summary>
/// A contact attempt as <c>cases --json</c>, the portal and the case detail show it: the kind and day-part in the
/// standard's words (Huisbezoek, Avond), the instant in UTC, and who went. Field names are a contract.
/// </summary>
public sealed record AttemptView(Guid Id, string Kind, DateTime At, string DayPart, bool Reached, IReadOnlyList<string> By, string? Note);

/// <summary>The SQL of <c>case_attempts</c> and <c>case_attempt_workers</c>: one row per attempt, one per name.</summary>
internal static class AttemptStore
{
    private const string AttemptColumns = """
        a.id AS Id, a.case_id AS CaseId, a.kind AS Kind, a.at AS At, a.day_part AS DayPart, a.reached AS Reached, a.note AS Note
        """;

    public static async Task InsertAsync(DbConnection c, DbTransaction t, Guid id, Guid caseId, AttemptInput input, DayPart dayPart,
        IReadOnlyList<string> workers, string actor, DateTime now, CancellationToken ct)
    {
        await c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO case_attempts (id, case_id, kind, at, day_part, day_part_given, reached, note, recorded_by, recorded_at)
            VALUES (@Id, @CaseId, @Kind, @At, @DayPart, @DayPartGiven, @Reached, @Note, @Actor, @Now)
            """, new
        {
            Id = id, CaseId = caseId, Kind = input.Kind.ToCode(), At = input.At.UtcDateTime, DayPart = dayPart.ToCode(),
            DayPartGiven = input.DayPart is not null, input.Reached, input.Note, Actor = actor, Now = now,
        }, t, cancellationToken: ct));
        for (var seq = 0; seq < workers.Count; seq++)
            await c.ExecuteAsync(new CommandDefinition(
                "INSERT INTO case_attempt_workers (attempt_id, seq, name) VALUES (@Id, @Seq, @Name)",
                new { Id = id, Seq = seq + 1, Name = workers[seq] }, t, cancellationToken: ct));
    }

    /// <summary>A case's attempts in the order they were made.</summary>
    public static Task<IReadOnlyList<StoredAttempt>> ForCaseAsync(DbConnection c, DbTransaction? t, Guid caseId, CancellationToken ct) =>
        ReadAsync(c, t, $"""
            SELECT {AttemptColumns} FROM case_attempts a WHERE a.case_id = @Id ORDER BY a.at, a.id
            """, """
            SELECT w.attempt_id AS AttemptId, w.seq AS Seq, w.name AS Name
            FROM case_attempt_workers w JOIN case_attempts a ON a.id = w.attempt_id WHERE a.case_id = @Id
            """, new { Id = caseId }, ct);

    /// <summary>The attempts of every case of a period, by case.</summary>
    public static async Task<ILookup<Guid, StoredAttempt>> ForPeriodAsync(DbConnection c, string period, CancellationToken ct) =>
        (await ReadAsync(c, null, $"""
            SELECT {AttemptColumns} FROM case_attempts a JOIN cases k ON k.id = a.case_id WHERE k.period = @Period ORDER BY a.at, a.id
            """, """
            SELECT w.attempt_id AS AttemptId, w.seq AS Seq, w.name AS Name
            FROM case_attempt_workers w JOIN case_attempts a ON a.id = w.attempt_id JOIN cases k ON k.id = a.case_id WHERE k.period = @Period
            """, new { Period = period }, ct)).ToLookup(a => a.CaseId);

    private static async Task<IReadOnlyList<StoredAttempt>> ReadAsync(DbConnection c, DbTransaction? t, string attemptSql, string workerSql,
        object args, CancellationToken ct)
    {
        var rows = await c.QueryAsync<AttemptRow>(new CommandDefinition(attemptSql, args, t, cancellationToken: ct));
        var names = (await c.QueryAsync<WorkerRow>(new CommandDefinition(workerSql, args, t, cancellationToken: ct))).ToLookup(w => w.AttemptId);
        return [.. rows.Select(r => r.ToStored([.. names[r.Id].OrderBy(w => w.Seq).Select(w => w.Name)]))];
    }

    private sealed class AttemptRow
    {
        public Guid Id { get; init; }
        public Guid CaseId { get; init; }
        public string Kind { get; init; } = "";
        public DateTime At { get; init; }
        public string DayPart { get; init; } = "";
        public bool Reached { get; init; }
        public string? Note { get; init; }

        public StoredAttempt ToStored(IReadOnlyList<string> by) =>
            new(Id, CaseId, ContactKinds.TryParse(Kind, out var kind, out _) ? kind : ContactKind.Other, At,
                DayParts.TryParse(DayPart, out var part, out _) ? part : DayParts.Of(TimeOnly.FromDateTime(AmsterdamTime.ToLocal(At))),
                Reached, by, Note);
    }

    private sealed class WorkerRow
    {
        public Guid AttemptId { get; init; }
        public int Seq { get; init; }
        public string Name { get; init; } = "";
    }
}

/// <summary>An attempt as stored: what the rules and the views are made from.</summary>
internal sealed record StoredAttempt(Guid Id, Guid CaseId, ContactKind Kind, DateTime At, DayPart DayPart, bool Reached,
    IReadOnlyList<string> By, string? Note)
{
    public AttemptFact ToFact() => new(Kind, AmsterdamTime.ToLocal(At), DayPart, Reached);

    public AttemptView ToView() => new(Id, Kind.ToDdas(), At, DayPart.ToDdas(), Reached, By, Note);
}
