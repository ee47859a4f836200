using System.Security.Cryptography;
using SignalHub.Security.Encryption;

namespace SignalHub.Tests.Security.Encryption;

/// <summary>Key rings made up for a test: fresh random keys under the ids asked for.</summary>
internal static class TestCiphers
{
    public static EncryptionKeys Keys(string activeKeyId, params string[] otherKeyIds) =>
        new(otherKeyIds.Append(activeKeyId).Distinct().ToDictionary(id => id, _ => RandomNumberGenerator.GetBytes(32)), activeKeyId,
            RandomNumberGenerator.GetBytes(32));

    /// <summary>The same keys plus a new one that becomes active: what an operator configures to rotate.</summary>
    public static EncryptionKeys WithNewActiveKey(EncryptionKeys keys, string newKeyId) =>
        new(keys.Keys.Append(new(newKeyId, RandomNumberGenerator.GetBytes(32))).ToDictionary(), newKeyId, keys.HashKey);

    /// <summary>The same keys without <paramref name="removedKeyId"/>: after rotation the old key is taken out.</summary>
    public static EncryptionKeys Without(EncryptionKeys keys, string removedKeyId) =>
        new(keys.Keys.Where(k => k.Key != removedKeyId).ToDictionary(), keys.ActiveKeyId, keys.HashKey);
}
