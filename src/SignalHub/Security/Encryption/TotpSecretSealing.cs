using Dapper;
using SignalHub.Storage;

namespace SignalHub.Security.Encryption;

/// <summary>
/// Encrypts the TOTP secrets of <c>users</c> with the field cipher: at start-up the ones still in plain text (written
/// before migration 0020), and in <c>keys rotate</c> every one not yet under the active key.
/// </summary>
public sealed class TotpSecretSealing(Database database, FieldCipher cipher, ILogger<TotpSecretSealing> logger)
{
    /// <summary>Seals the plain secrets only; a secret under any key is left as it is. Returns how many it sealed.</summary>
    public async Task<int> SealPlainAsync(CancellationToken ct)
    {
        var sealedCount = await RewriteAsync(
            "SELECT id, totp_secret FROM users WHERE totp_secret IS NOT NULL AND totp_secret NOT LIKE @Pattern",
            new { Pattern = FieldCipher.Prefix + "%" }, ct);
        if (sealedCount > 0)
            logger.LogInformation("Encryption: {Count} TOTP secrets stored in plain text are now encrypted under key id {KeyId}", sealedCount, cipher.ActiveKeyId);
        return sealedCount;
    }

    /// <summary>Every secret not under the active key, re-encrypted under it (the users table is small: one transaction).</summary>
    public Task<int> RotateAsync(CancellationToken ct) =>
        RewriteAsync("SELECT id, totp_secret FROM users WHERE totp_secret IS NOT NULL AND totp_secret NOT LIKE @Pattern ESCAPE '\\'",
            new { Pattern = KeyRotation.ActivePattern(cipher.ActiveKeyId) }, ct);

    private Task<int> RewriteAsync(string select, object args, CancellationToken ct) =>
        database.InTransactionAsync(async (c, t) =>
        {
            var rows = (await c.QueryAsync<(Guid Id, string Secret)>(new CommandDefinition(select, args, t, cancellationToken: ct))).ToList();
            foreach (var (id, stored) in rows)
            {
                var context = PersonalColumns.Users.TotpSecret(id);
                await c.ExecuteAsync(new CommandDefinition("UPDATE users SET totp_secret = @Secret WHERE id = @Id",
                    new { Id = id, Secret = cipher.Protect(cipher.Reveal(stored, context), context) }, t, cancellationToken: ct));
            }
            return rows.Count;
        }, ct);
}

/// <summary>Seals plain TOTP secrets when the process starts, right after the migrations (registered after them).</summary>
internal sealed class SealTotpSecretsOnStart(TotpSecretSealing sealing, Microsoft.Extensions.Options.IOptions<StorageOptions> storage) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Where migrations run as their own step (signalhub migrate), that step seals them.
        if (storage.Value.MigrateOnStart)
            await sealing.SealPlainAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
