using Dapper;
using SignalHub.Storage;

namespace SignalHub.Security.Accounts;

/// <summary>A grant that waits for a second coordinator: a new account, a role change or a removal.</summary>
public sealed class RoleRequest
{
    public const string AddKind = "add";
    public const string ChangeKind = "change";
    public const string RemoveKind = "remove";

    public Guid Id { get; init; }
    public string Kind { get; init; } = "";
    public Guid? UserId { get; init; }
    public string UserName { get; init; } = "";
    public string? FromRole { get; init; }
    public string? ToRole { get; init; }
    public Guid? PartnerId { get; init; }
    public string? Team { get; init; }
    public string RequestedBy { get; init; } = "";
    public DateTime RequestedAt { get; init; }
}

/// <summary>The <c>role_requests</c> table: pending grants, and who decided them.</summary>
public sealed class RoleRequestStore(Database database, TimeProvider clock)
{
    private const string Columns = """
        id AS Id, kind AS Kind, user_id AS UserId, user_name AS UserName, from_role AS FromRole, to_role AS ToRole,
        partner_id AS PartnerId, team AS Team, requested_by AS RequestedBy, requested_at AS RequestedAt
        """;

    public async Task<RoleRequest> AddAsync(string kind, Guid? userId, string userName, string? fromRole, string? toRole, Guid? partnerId,
        string? team, string requestedBy, CancellationToken ct)
    {
        var request = new RoleRequest
        {
            Id = Guid.CreateVersion7(), Kind = kind, UserId = userId, UserName = userName, FromRole = fromRole, ToRole = toRole,
            PartnerId = partnerId, Team = team, RequestedBy = requestedBy, RequestedAt = clock.GetUtcNow().UtcDateTime,
        };
        await database.InTransactionAsync((c, t) => c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO role_requests (id, kind, user_id, user_name, from_role, to_role, partner_id, team, requested_by, requested_at)
            VALUES (@Id, @Kind, @UserId, @UserName, @FromRole, @ToRole, @PartnerId, @Team, @RequestedBy, @RequestedAt)
            """, request, t, cancellationToken: ct)), ct);
        return request;
    }

    public async Task<IReadOnlyList<RoleRequest>> PendingAsync(CancellationToken ct) =>
        [.. await database.ReadAsync(c => c.QueryAsync<RoleRequest>(new CommandDefinition(
            $"SELECT {Columns} FROM role_requests WHERE outcome IS NULL ORDER BY requested_at", cancellationToken: ct)), ct)];

    public Task<RoleRequest?> FindPendingAsync(Guid id, CancellationToken ct) =>
        database.ReadAsync(c => c.QuerySingleOrDefaultAsync<RoleRequest>(new CommandDefinition(
            $"SELECT {Columns} FROM role_requests WHERE id = @Id AND outcome IS NULL", new { Id = id }, cancellationToken: ct)), ct);

    /// <summary>Closes a pending request once; false when another decision came first.</summary>
    public Task<bool> DecideAsync(Guid id, string outcome, string decidedBy, CancellationToken ct) =>
        database.InTransactionAsync(async (c, t) => await c.ExecuteAsync(new CommandDefinition("""
            UPDATE role_requests SET outcome = @Outcome, decided_by = @DecidedBy, decided_at = @Now WHERE id = @Id AND outcome IS NULL
            """, new { Id = id, Outcome = outcome, DecidedBy = decidedBy, Now = clock.GetUtcNow().UtcDateTime }, t, cancellationToken: ct)) == 1, ct);
}
