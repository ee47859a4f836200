namespace SignalHub.Security.Encryption;

/// <summary>
/// Keys for the personal fields at rest. Section <c>Encryption</c>. Left empty with SQLite, a key file is made
/// next to the database; a server database must have them configured.
/// </summary>
public sealed class EncryptionOptions
{
    public const string Section = "Encryption";

    /// <summary>Key id to base64 of 32 random bytes (AES-256); several, so values under an old key still read during rotation.</summary>
    public Dictionary<string, string> Keys { get; set; } = [];

    /// <summary>The key new values are encrypted under.</summary>
    public string? ActiveKeyId { get; set; }

    /// <summary>Base64 of 32 random bytes for the keyed hashes (HMAC-SHA256) that SQL compares: person and birth-date keys.</summary>
    public string? HashKey { get; set; }

    public bool IsEmpty => Keys.Count == 0 && string.IsNullOrEmpty(ActiveKeyId) && string.IsNullOrEmpty(HashKey);
}
