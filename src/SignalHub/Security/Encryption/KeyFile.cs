using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace SignalHub.Security.Encryption;

/// <summary>
/// The embedded database's own keys, in <c>{database file}.keys.json</c> beside it, readable by its owner only.
/// Made on first start so <c>signalhub demo</c> and <c>dotnet run</c> need no configuration.
/// </summary>
public static class KeyFile
{

    /// <summary>The key file of a SQLite connection string; null for an in-memory database.</summary>
    public static string? PathFor(string sqliteConnectionString)
    {
        var builder = new SqliteConnectionStringBuilder(sqliteConnectionString);
        return builder.DataSource is ":memory:" or "" || builder.Mode == SqliteOpenMode.Memory
            ? null
            : Path.GetFullPath(builder.DataSource) + ".keys.json";
    }

    public static EncryptionKeys Read(string path)
    {
        try
        {
            var file = JsonSerializer.Deserialize<Contents>(File.ReadAllText(path), JsonSerializerOptions.Web)
                ?? throw new EncryptionConfigurationException($"key file {path} is empty");
            return new EncryptionKeys(file.Keys.ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value), StringComparer.Ordinal),
                file.ActiveKeyId, Convert.FromBase64String(file.HashKey));
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentNullException)
        {
            throw new EncryptionConfigurationException($"key file {path} cannot be read: {e.Message}");
        }
    }

    /// <summary>Writes a new key file; false when one exists already (another process made it first).</summary>
    public static bool TryCreate(string path)
    {
        // A key id of its own, so values of a database whose key file was lost name the missing key.
        var keyId = $"local-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
        var contents = new Contents(keyId, new Dictionary<string, string> { [keyId] = NewKey() }, NewKey());
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var stream = new FileStream(path, options);
            JsonSerializer.Serialize(stream, contents, JsonSerializerOptions.Web);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }

    /// <summary>Keys that live as long as the process: an in-memory database lives no longer.</summary>
    public static EncryptionKeys Ephemeral() =>
        new(new Dictionary<string, byte[]> { ["memory"] = RandomNumberGenerator.GetBytes(EncryptionKeys.KeyBytes) }, "memory",
            RandomNumberGenerator.GetBytes(EncryptionKeys.KeyBytes));

    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(EncryptionKeys.KeyBytes));

    private sealed record Contents(string ActiveKeyId, Dictionary<string, string> Keys, string HashKey);
}
