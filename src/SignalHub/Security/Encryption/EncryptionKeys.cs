using System.Text.RegularExpressions;

namespace SignalHub.Security.Encryption;

/// <summary>The key ring in use: data keys by id, the active one, and the hash key.</summary>
public sealed partial class EncryptionKeys
{
    public const int KeyBytes = 32;

    public EncryptionKeys(IReadOnlyDictionary<string, byte[]> keys, string activeKeyId, byte[] hashKey)
    {
        foreach (var (id, key) in keys)
        {
            if (!KeyIdPattern().IsMatch(id))
                throw new EncryptionConfigurationException($"Encryption:Keys: key id '{id}' must be 1 to 32 letters, digits, '-' or '_'");
            if (key.Length != KeyBytes)
                throw new EncryptionConfigurationException($"Encryption:Keys:{id} must be base64 of {KeyBytes} bytes");
        }
        if (!keys.ContainsKey(activeKeyId))
            throw new EncryptionConfigurationException($"Encryption:ActiveKeyId '{activeKeyId}' is not one of Encryption:Keys");
        if (hashKey.Length != KeyBytes)
            throw new EncryptionConfigurationException($"Encryption:HashKey must be base64 of {KeyBytes} bytes");
        Keys = keys;
        ActiveKeyId = activeKeyId;
        HashKey = hashKey;
    }

    public IReadOnlyDictionary<string, byte[]> Keys { get; }

    public string ActiveKeyId { get; }

    public byte[] HashKey { get; }

    /// <summary>Reads configured keys; <paramref name="fallback"/> (the embedded key file) supplies what configuration leaves out.</summary>
    public static EncryptionKeys From(EncryptionOptions options, EncryptionKeys? fallback)
    {
        var keys = new Dictionary<string, byte[]>(fallback?.Keys ?? new Dictionary<string, byte[]>(), StringComparer.Ordinal);
        foreach (var (id, text) in options.Keys)
            keys[id] = Decode($"Encryption:Keys:{id}", text);
        var active = options.ActiveKeyId is { Length: > 0 } configured ? configured
            : fallback?.ActiveKeyId ?? throw new EncryptionConfigurationException("Encryption:ActiveKeyId is required with Encryption:Keys");
        var hash = options.HashKey is { Length: > 0 } hashText ? Decode("Encryption:HashKey", hashText)
            : fallback?.HashKey ?? throw new EncryptionConfigurationException("Encryption:HashKey is required with Encryption:Keys");
        return new EncryptionKeys(keys, active, hash);
    }

    public static bool IsValidKeyId(string id) => KeyIdPattern().IsMatch(id);

    private static byte[] Decode(string setting, string text)
    {
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw new EncryptionConfigurationException($"{setting} is not base64 (expected {KeyBytes} random bytes, e.g. from 'openssl rand -base64 32')");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,32}$")]
    private static partial Regex KeyIdPattern();
}
