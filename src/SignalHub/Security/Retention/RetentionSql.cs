namespace SignalHub.Security.Retention;

/// <summary>The purge's SQL, plain enough for all three databases. Children go before the rows they point to.</summary>
internal static class RetentionSql
{
    public const string ClosedCases = """
        SELECT k.id AS Id, k.match_id AS MatchId, k.period AS Period FROM cases k
        WHERE k.status = @Closed AND k.closed_at < @CaseCutoff
        """;

    public const string MatchesNotActedOn = """
        SELECT m.id AS Id, m.id AS MatchId, m.period AS Period FROM matches m
        WHERE m.period <= @SignalCutoff AND m.status <> @Dispatched AND NOT EXISTS (SELECT 1 FROM cases k WHERE k.match_id = m.id)
        """;

    public const string PeriodsWithRejectedRows = """
        SELECT DISTINCT d.period FROM deliveries d
        WHERE d.received_at < @RejectedCutoff AND EXISTS (SELECT 1 FROM delivery_errors e WHERE e.delivery_id = d.id)
        """;

    public static readonly string[] DeleteCase =
    [
        "DELETE FROM case_attempt_workers WHERE attempt_id IN (SELECT a.id FROM case_attempts a WHERE a.case_id = @Id)",
        "DELETE FROM case_attempts WHERE case_id = @Id",
        "DELETE FROM case_events WHERE case_id = @Id",
        "DELETE FROM case_handovers WHERE case_id = @Id",
        "DELETE FROM case_followups WHERE case_id = @Id",
        "DELETE FROM sdv_hits WHERE case_id = @Id",
        "DELETE FROM routing_decisions WHERE case_id = @Id",
        "UPDATE matches SET joined_case_id = NULL WHERE joined_case_id = @Id",
        "DELETE FROM cases WHERE id = @Id",
    ];

    public static readonly string[] DeleteMatch =
    [
        "DELETE FROM match_links WHERE match_id = @MatchId OR other_match_id = @MatchId",
        "DELETE FROM match_events WHERE match_id = @MatchId",
        "DELETE FROM routing_decisions WHERE match_id = @MatchId",
        "DELETE FROM signals WHERE match_id = @MatchId",
        "DELETE FROM matches WHERE id = @MatchId",
    ];

    public const string DeleteUnmatchedSignals = "DELETE FROM signals WHERE period <= @SignalCutoff AND match_id IS NULL";

    public const string DeleteRejectedRows = """
        DELETE FROM delivery_errors WHERE delivery_id IN (SELECT d.id FROM deliveries d WHERE d.received_at < @RejectedCutoff)
        """;

    public const string DeleteFiles = """
        DELETE FROM delivery_files WHERE delivery_id IN (SELECT d.id FROM deliveries d WHERE d.received_at < @FileCutoff AND d.status IN (@Completed, @Rejected))
        """;

    public const string DeleteChunks = """
        DELETE FROM delivery_chunks WHERE delivery_id IN (SELECT d.id FROM deliveries d WHERE d.received_at < @FileCutoff AND d.status IN (@Completed, @Rejected))
        """;

    public const string LastAuditBefore = """
        SELECT seq AS Seq, hash AS Hash FROM audit_log WHERE seq = (SELECT MAX(a.seq) FROM audit_log a WHERE a.at < @AuditCutoff)
        """;

    public const string DeleteAudit = "DELETE FROM audit_log WHERE seq <= @Seq";
}
