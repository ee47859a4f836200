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
        try
        {
            var key = await database.InTransactionAsync(async (c, t) =>
            {
                await c.ExecuteAsync(new CommandDefinition("""
                    INSERT INTO partners (id, name, type, cost_types, contact_name, contact_email, created_at)
                    VALUES (@Id, @Name, @Type, @CostTypes, @ContactName, @ContactEmail, @CreatedAt)
                    """, partner, t, cancellationToken: ct));
                return await InsertKeyAsync(c, t, partner.Id, ApiKeys.Generate(), ct);
            }, ct);
            return (partner, key.ApiKey);
        }
        catch (Exception e) when (database.Dialect.IsUniqueViolation(e))
        {
            throw new DuplicatePartnerException(request.Name);
        }
    }

    /// <summary>Another key for the partner; returned in clear this once.</summary>
    public Task<NewApiKey> CreateKeyAsync(Guid partnerId, CancellationToken ct) =>
        database.InTransactionAsync((c, t) => InsertKeyAsync(c, t, partnerId, ApiKeys.Generate(), ct), ct);

    /// <summary>Revokes the partner's key at once; revoking a revoked key changes nothing.</summary>
    /// <returns>false when the partner has no key with this id (another partner's key included).</returns>
    public Task<bool> RevokeKeyAsync(Guid partnerId, Guid keyId, CancellationToken ct) =>
        database.InTransactionAsync(async (c, t) =>
        {
            var key = new { Now = clock.GetUtcNow().UtcDateTime, KeyId = keyId, PartnerId = partnerId };
            await c.ExecuteAsync(new CommandDefinition(
                "UPDATE api_keys SET revoked_at = @Now WHERE id = @KeyId AND partner_id = @PartnerId AND revoked_at IS NULL",
                key, t, cancellationToken: ct));
            return await c.ExecuteScalarAsync<int>(new CommandDefinition(
                "SELECT COUNT(*) FROM api_keys WHERE id = @KeyId AND partner_id = @PartnerId", key, t, cancellationToken: ct)) > 0;
        }, ct);

    public async Task<IReadOnlyList<ApiKeyInfo>> ListKeysAsync(Guid partnerId, CancellationToken ct) =>
        [.. await database.ReadAsync(c => c.QueryAsync<ApiKeyInfo>(new CommandDefinition("""
            SELECT id AS Id, prefix AS Prefix, created_at AS CreatedAt, revoked_at AS RevokedAt, last_used_at AS LastUsedAt
            FROM api_keys WHERE partner_id = @PartnerId ORDER BY created_at, id
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

    private async Task<NewApiKey> InsertKeyAsync(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction t, Guid partnerId, string key, CancellationToken ct)
    {
        var created = new NewApiKey(Guid.CreateVersion7(), key, ApiKeys.DisplayPrefix(key), clock.GetUtcNow().UtcDateTime);
        await c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO api_keys (id, partner_id, prefix, key_hash, created_at) VALUES (@Id, @PartnerId, @Prefix, @Hash, @CreatedAt)
            """, new { created.Id, PartnerId = partnerId, created.Prefix, Hash = ApiKeys.Hash(key), created.CreatedAt }, t, cancellationToken: ct));
        return created;
    }
}

public sealed record NewPartner(string Name, string Type, IReadOnlyList<string> CostTypes, string? ContactName = null, string? ContactEmail = null);

/// <summary>A key just created: <c>apiKey</c> is the key itself, which SignalHub does not keep and cannot show again.</summary>
public sealed record NewApiKey(Guid Id, string ApiKey, string Prefix, DateTime CreatedAt);

/// <summary>One of a partner's keys as listed: never the key itself, only its first characters.</summary>
public sealed class ApiKeyInfo
{
    public Guid Id { get; init; }

    public string Prefix { get; init; } = "";

    public DateTime CreatedAt { get; init; }

    public DateTime? RevokedAt { get; init; }

    public DateTime? LastUsedAt { get; init; }
}

public sealed class DuplicatePartnerException(string name) : Exception($"a partner named '{name}' already exists");
