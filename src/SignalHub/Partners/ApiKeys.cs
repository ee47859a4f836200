using System.Security.Cryptography;
using System.Text;

namespace SignalHub.Partners;

/// <summary>
/// Partner API keys: 256 random bits, shown once, stored only as a SHA-256 hash. A slow password hash
/// adds nothing for a key this long, and a fast one keeps every API call cheap.
/// </summary>
public static class ApiKeys
{
    public const string Prefix = "shk_";

    public static string Generate() => Prefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>The first characters, kept in clear so a partner can tell its keys apart.</summary>
    public static string DisplayPrefix(string key) => key[..Math.Min(12, key.Length)];

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
