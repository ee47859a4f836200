using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using SignalHub.Security.Encryption;

namespace SignalHub.Tests.Fixtures;

/// <summary>
/// A fresh SQLite installation that the real <c>signalhub</c> executable works on, as an operator's script
/// does: every command is its own process, settings come from the environment.
/// </summary>
public sealed class CliInstallation : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"signalhub-import-{Guid.NewGuid():N}.db");
    private readonly Dictionary<string, string?> _settings;

    public CliInstallation(IReadOnlyDictionary<string, string?>? extra = null)
    {
        _settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "sqlite",
            ["Storage:ConnectionString"] = $"Data Source={_file}",
            ["Bus:Transport"] = "inmemory",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
            _settings[key] = value;
    }

    /// <summary>
    /// A fresh installation that starts as a copy of <paramref name="template"/> (its database and key file, which no
    /// process may hold open), with its own settings: what the template's commands did once, each test gets without
    /// running those processes again.
    /// </summary>
    public static CliInstallation CopyOf(CliInstallation template, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var copy = new CliInstallation(extra);
        foreach (var suffix in new[] { "", "-wal", ".keys.json" })
        {
            if (File.Exists(template._file + suffix))
                File.Copy(template._file + suffix, copy._file + suffix);
        }
        return copy;
    }

    /// <summary>The SQLite file; its key file is this name with <c>.keys.json</c>.</summary>
    public string DatabaseFile => _file;

    public Task<CliResult> RunAsync(params string[] args) => Fixtures.Cli.RunAsync(_settings, args);

    public async Task RegisterPartnerAsync(string name, string type, string? costTypes = null)
    {
        var result = costTypes is null
            ? await RunAsync("partner", "add", "--name", name, "--type", type)
            : await RunAsync("partner", "add", "--name", name, "--type", type, "--cost-types", costTypes);
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
    }

    public Task<CliResult> ImportAsync(string partner, string period, string file) =>
        RunAsync("import", "--partner", partner, "--period", period, file, "--json");

    public async Task<T?> ScalarAsync<T>(string sql, object? args = null)
    {
        await using var connection = new SqliteConnection($"Data Source={_file}");
        return await connection.ExecuteScalarAsync<T>(sql, args);
    }

    /// <summary>One column of the current signal with this reference, in a form a test can compare as text.</summary>
    public async Task<string?> StoredAsync(string reference, string column)
    {
        await using var connection = new SqliteConnection($"Data Source={_file}");
        var row = await connection.QuerySingleOrDefaultAsync<(string Id, object? Value)>(
            $"SELECT id, {column} FROM signals WHERE reference = @Reference AND status = 'current'", new { Reference = reference });
        var value = row.Value is string stored && FieldCipher.KeyIdOf(stored) is not null
            ? new FieldCipher(KeyFile.Read(KeyFile.PathFor($"Data Source={_file}")!)).Reveal(stored, new FieldContext("signals", column, Guid.Parse(row.Id)))
            : row.Value;
        return value switch
        {
            null or DBNull => null,
            _ when column == "amount" => Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString("0.00", CultureInfo.InvariantCulture),
            _ when column is "crisis" or "warm_handover" => Convert.ToInt64(value, CultureInfo.InvariantCulture) == 1 ? "true" : "false",
            _ => Convert.ToString(value, CultureInfo.InvariantCulture),
        };
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm", _file + ".keys.json" })
            File.Delete(path);
    }
}
