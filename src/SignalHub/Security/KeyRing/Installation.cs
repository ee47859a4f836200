using Dapper;
using SignalHub.Storage;

namespace SignalHub.Security.KeyRing;

/// <summary>
/// Who this installation is: the random id migration 0017 wrote into its own database, once. Two installations on one
/// host (or one account) never share it, so it makes their portal keys and cookies their own.
/// </summary>
public sealed class Installation(Database database)
{
    private readonly Lazy<Guid> _id = new(() => Read(database));

    /// <summary>Read at the first use (after the migrations of the process's start), then kept.</summary>
    public Guid Id => _id.Value;

    private static Guid Read(Database database) =>
        // Options are built synchronously; this runs once per process.
        database.ReadAsync(c => c.QuerySingleOrDefaultAsync<InstallationRow>(new CommandDefinition("SELECT id AS Id FROM installation")),
                CancellationToken.None).GetAwaiter().GetResult()?.Id
            ?? throw new StorageConfigurationException("the database has no installation id: apply the migrations first (signalhub migrate)");

    private sealed class InstallationRow
    {
        public Guid Id { get; init; }
    }
}
