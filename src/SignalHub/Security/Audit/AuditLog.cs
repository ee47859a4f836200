using Dapper;
using SignalHub.Storage;

namespace SignalHub.Security.Audit;

/// <summary>
/// Appends to and verifies the audit chain. Appends are serialised under one database lock, so the
/// chain has one order however many processes write to it; within a process they are committed in groups.
/// </summary>
public sealed class AuditLog(Database database, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private List<PendingEntry> _pending = [];
    private bool _writing;

    private const string Columns = """
        seq AS Seq, at AS At, actor AS Actor, action AS Action, subject_type AS SubjectType, subject_id AS SubjectId,
        detail AS Detail, remote_address AS RemoteAddress, prev_hash AS PrevHash, hash AS Hash
        """;

    public Task RecordAsync(string actor, string action, string subjectType, string? subjectId, string? detail, string? remoteAddress,
        CancellationToken ct) =>
        RecordClampedAsync(Clamp(actor, 200)!, Clamp(action, 200)!, Clamp(subjectType, 40)!, Clamp(subjectId, 100), Clamp(detail, 1000),
            Clamp(remoteAddress, 64), ct);

    /// <summary>An entry is never lost to a value longer than its column: it is cut, visibly.</summary>
    private static string? Clamp(string? value, int length) => value is null || value.Length <= length ? value : value[..(length - 1)] + "…";

    private Task RecordClampedAsync(string actor, string action, string subjectType, string? subjectId, string? detail, string? remoteAddress,
        CancellationToken ct)
    {
        var entry = new PendingEntry(actor, action, subjectType, subjectId, detail, remoteAddress);
        bool lead;
        lock (_gate)
        {
            _pending.Add(entry);
            lead = !_writing;
            _writing = true;
        }
        if (lead)
            _ = Task.Run(WriteWhilePendingAsync, CancellationToken.None);
        return entry.Written.Task.WaitAsync(ct);
    }

    /// <summary>
    /// Group commit: entries that arrive while a transaction is being written go into the next one, so
    /// concurrent requests share the chain's lock instead of queueing on it one by one. Every caller still
    /// waits until its own entry is committed.
    /// </summary>
    private async Task WriteWhilePendingAsync()
    {
        while (true)
        {
            List<PendingEntry> batch;
            lock (_gate)
            {
                if (_pending.Count == 0)
                {
                    _writing = false;
                    return;
                }
                batch = _pending;
                _pending = [];
            }
            try
            {
                await AppendAsync(batch);
                batch.ForEach(e => e.Written.TrySetResult());
            }
            catch (Exception e)
            {
                batch.ForEach(p => p.Written.TrySetException(e));
            }
        }
    }

    private Task AppendAsync(List<PendingEntry> batch) =>
        database.InTransactionAsync(async (c, t) =>
        {
            await database.Dialect.LockAsync(c, t, "audit-log", CancellationToken.None);
            var last = await c.QueryFirstOrDefaultAsync<Row>(new CommandDefinition(
                database.Dialect.Page("SELECT seq AS Seq, hash AS Hash FROM audit_log ORDER BY seq DESC"),
                new { Skip = 0, Take = 1 }, t));
            var seq = last?.Seq ?? 0;
            var prev = last?.Hash ?? AuditEntry.Genesis;
            // Stored to the microsecond, so the hash is computed over what the database gives back.
            var at = TruncateToMicroseconds(clock.GetUtcNow().UtcDateTime);
            var rows = new List<object>(batch.Count);
            foreach (var e in batch)
            {
                seq++;
                var hash = AuditEntry.HashOf(seq, at, e.Actor, e.Action, e.SubjectType, e.SubjectId, e.Detail, e.RemoteAddress, prev);
                rows.Add(new { Seq = seq, At = at, e.Actor, e.Action, e.SubjectType, e.SubjectId, e.Detail, e.RemoteAddress, PrevHash = prev, Hash = hash });
                prev = hash;
            }
            await c.ExecuteAsync(new CommandDefinition("""
                INSERT INTO audit_log (seq, at, actor, action, subject_type, subject_id, detail, remote_address, prev_hash, hash)
                VALUES (@Seq, @At, @Actor, @Action, @SubjectType, @SubjectId, @Detail, @RemoteAddress, @PrevHash, @Hash)
                """, rows, t));
        }, CancellationToken.None);

    private sealed record PendingEntry(string Actor, string Action, string SubjectType, string? SubjectId, string? Detail, string? RemoteAddress)
    {
        public TaskCompletionSource Written { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>
    /// Walks the chain in order. The oldest remaining entry is trusted as the anchor (older entries may
    /// have been removed by retention); from there every hash and every link must hold.
    /// </summary>
    public Task<AuditVerification> VerifyAsync(CancellationToken ct) =>
        database.ReadAsync(async c =>
        {
            string? previous = null;
            long? previousSeq = null;
            var count = 0;
            await foreach (var entry in c.QueryUnbufferedAsync<AuditEntryRow>($"SELECT {Columns} FROM audit_log ORDER BY seq").WithCancellation(ct))
            {
                var e = entry.ToEntry();
                if (!e.IsIntact)
                    return AuditVerification.Broken(count, e.Seq, "the entry's content does not match its hash (changed after it was written)");
                if (previous is not null && (e.PrevHash != previous || e.Seq != previousSeq + 1))
                    return AuditVerification.Broken(count, e.Seq, "the entry does not follow the one before it (an entry was removed or inserted)");
                previous = e.Hash;
                previousSeq = e.Seq;
                count++;
            }
            return new AuditVerification(true, count, null, null);
        }, ct);

    public async Task<IReadOnlyList<AuditEntry>> SearchAsync(AuditQuery query, CancellationToken ct) =>
        [.. (await database.ReadAsync(c => c.QueryAsync<AuditEntryRow>(new CommandDefinition(database.Dialect.Page($"""
            SELECT {Columns} FROM audit_log
            WHERE at >= @From AND at < @To AND (@Actor IS NULL OR actor = @Actor OR actor = @UserActor) AND (@SubjectId IS NULL OR subject_id = @SubjectId)
              AND (@WithAnonymous = 1 OR actor <> @Anonymous)
            ORDER BY seq DESC
            """), new
            {
                query.From, query.To, query.Actor, query.SubjectId, Skip = 0, Take = query.Limit, Anonymous = AuditPageFilter.AnonymousActor,
                WithAnonymous = query.WithAnonymous ? 1 : 0,
                // A plain user name finds that user's rows too: "demo-coordinator" as well as "user:demo-coordinator".
                UserActor = query.Actor is { } actor && !actor.Contains(':', StringComparison.Ordinal) ? "user:" + actor : null,
            }, cancellationToken: ct)), ct))
            .Select(r => r.ToEntry())];

    private static DateTime TruncateToMicroseconds(DateTime utc) => new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);

    private sealed class Row
    {
        public long Seq { get; init; }
        public string Hash { get; init; } = "";
    }

    private sealed class AuditEntryRow
    {
        public long Seq { get; init; }
        public DateTime At { get; init; }
        public string Actor { get; init; } = "";
        public string Action { get; init; } = "";
        public string SubjectType { get; init; } = "";
        public string? SubjectId { get; init; }
        public string? Detail { get; init; }
        public string? RemoteAddress { get; init; }
        public string PrevHash { get; init; } = "";
        public string Hash { get; init; } = "";

        public AuditEntry ToEntry() => new(Seq, At, Actor, Action, SubjectType, SubjectId, Detail, RemoteAddress, PrevHash, Hash);
    }
}

/// <param name="WithAnonymous">Whether pages opened without signing in (the sign-in page itself, mostly) are listed.</param>
public sealed record AuditQuery(DateTime From, DateTime To, string? Actor = null, string? SubjectId = null, int Limit = 500,
    bool WithAnonymous = true);

/// <summary>The result of walking the chain: intact, or where it breaks and why.</summary>
public sealed record AuditVerification(bool Intact, int EntriesChecked, long? BrokenAt, string? Reason)
{
    public static AuditVerification Broken(int checkedSoFar, long seq, string reason) => new(false, checkedSoFar, seq, reason);
}
