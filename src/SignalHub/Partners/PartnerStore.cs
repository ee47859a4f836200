using Dapper;
using SignalHub.Storage;

namespace SignalHub.Partners;

/// <summary>Partners and their API keys.</summary>
public sealed class PartnerStore(Database database, TimeProvider clock)
{
    private const string SelectPartner = """
        SELECT id AS Id, name AS Name, type AS Type, cost_types AS CostTypes, contact_name AS ContactName,
               contact_email AS ContactEmail, created_at AS CreatedAt
        FROM partners
        """;

    public Task<Partner?> FindByNameAsync(string name, CancellationToken ct) =>
        database.ReadAsync(c => c.QuerySingleOrDefaultAsync<Partner>(new CommandDefinition(
            SelectPartner + " WHERE name = @Name", new { Name = name }, cancellationToken: ct)), ct);

    public Task<Partner?> FindAsync(Guid id, CancellationToken ct) =>
        database.ReadAsync(c => c.QuerySingleOrDefaultAsync<Partner>(new CommandDefinition(
            SelectPartner + " WHERE id = @Id", new { Id = id }, cancellationToken: ct)), ct);

    public async Task<IReadOnlyList<Partner>> ListAsync(CancellationToken ct) =>
        [.. await database.ReadAsync(c => c.QueryAsync<Partner>(new CommandDefinition(SelectPartner + " ORDER BY name", cancellationToken: ct)), ct)];

    /// <summary>Registers a partner with its first API key; returns the key in clear, the only time it exists so.</summary>
    public async Task<(Partner Partner, string ApiKey)> AddAsync(NewPartner request, CancellationToken ct)
    {
        var partner = new Partner
        {
            Id = Guid.CreateVersion7(),
            Name = request.Name,
            Type = request.Type,
            CostTypes = string.Join(",", request.CostTypes),
            ContactName = request.ContactName,
            ContactEmail = request.ContactEmail,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var key = ApiKeys.Generate();
        try
        {
            await database.InTransactionAsync(async (c, t) =>
            {
                await c.ExecuteAsync(new CommandDefinition("""
                    INSERT INTO partners (id, name, type, cost_types, contact_name, contact_email, created_at)
                    VALUES (@Id, @Name, @Type, @CostTypes, @ContactName, @ContactEmail, @CreatedAt)
                    """, partner, t, cancellationToken: ct));
                await InsertKeyAsync(c, t, partner.Id, key, ct);
            }, ct);
        }
        catch (Exception e) when (database.Dialect.IsUniqueViolation(e))
        {
            throw new DuplicatePartnerException(request.Name);
        }
        return (partner, key);
    }

    public async Task<string> CreateKeyAsync(Guid partnerId, CancellationToken ct)
    {
        var key = ApiKeys.Generate();
        await database.InTransactionAsync((c, t) => InsertKeyAsync(c, t, partnerId, key, ct), ct);
        return key;
    }

    public Task<int> RevokeKeyAsync(Guid partnerId, Guid keyId, CancellationToken ct) =>
        database.InTransactionAsync((c, t) => c.ExecuteAsync(new CommandDefinition(
            "UPDATE api_keys SET revoked_at = @Now WHERE id = @KeyId AND partner_id = @PartnerId AND revoked_at IS NULL",
            new { Now = clock.GetUtcNow().UtcDateTime, KeyId = keyId, PartnerId = partnerId }, t, cancellationToken: ct)), ct);

    public async Task<IReadOnlyList<ApiKeyInfo>> ListKeysAsync(Guid partnerId, CancellationToken ct) =>
        [.. await database.ReadAsync(c => c.QueryAsync<ApiKeyInfo>(new CommandDefinition("""
            SELECT id AS Id, prefix AS Prefix, created_at AS CreatedAt, revoked_at AS RevokedAt, last_used_at AS LastUsedAt
            FROM api_keys WHERE partner_id = @PartnerId ORDER BY created_at
            """, new { PartnerId = partnerId }, cancellationToken: ct)), ct)];

    /// <summary>The partner a live key belongs to, or null; records when the key was last used.</summary>
    public async Task<Guid?> AuthenticateAsync(string key, CancellationToken ct)
    {
        var hash = ApiKeys.Hash(key);
        var partnerId = await database.ReadAsync(c => c.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
            "SELECT partner_id FROM api_keys WHERE key_hash = @Hash AND revoked_at IS NULL", new { Hash = hash }, cancellationToken: ct)), ct);
        if (partnerId is not null)
            await database.InTransactionAsync((c, t) => c.ExecuteAsync(new CommandDefinition(
                "UPDATE api_keys SET last_used_at = @Now WHERE key_hash = @Hash", new { Now = clock.GetUtcNow().UtcDateTime, Hash = hash }, t, cancellationToken: ct)), ct);
        return partnerId;
    }

    private Task InsertKeyAsync(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction t, Guid partnerId, string key, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO api_keys (id, partner_id, prefix, key_hash, created_at) VALUES (@Id, @PartnerId, @Prefix, @Hash, @Now)
            """, new { Id = Guid.CreateVersion7(), PartnerId = partnerId, Prefix = ApiKeys.DisplayPrefix(key), Hash = ApiKeys.Hash(key), Now = clock.GetUtcNow().UtcDateTime }, t, cancellationToken: ct));
}

public sealed record NewPartner(string Name, string Type, IReadOnlyList<string> CostTypes, string? ContactName = null, string? ContactEmail = null);

public sealed class ApiKeyInfo
{
    public Guid Id { get; init; }

    public string Prefix { get; init; } = "";

    public DateTime CreatedAt { get; init; }

    public DateTime? RevokedAt { get; init; }

    public DateTime? LastUsedAt { get; init; }
}

public sealed class DuplicatePartnerException(string name) : Exception($"a partner named '{name}' already exists");
