using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SignalHub.Domain.Matching;

namespace SignalHub.Security.Encryption;

/// <summary>
/// Encrypts personal fields before they reach the database and reads them back: AES-256-GCM with a random
/// 96-bit nonce per value, stored as <c>enc1:{keyId}:{base64(nonce | ciphertext | tag)}</c> and bound to its
/// table, column and row. What SQL must compare (who a signal is about, a birth date) is a keyed hash instead.
/// </summary>
public sealed class FieldCipher(EncryptionKeys keys) : IDisposable
{
    public const string Prefix = "enc1:";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private const string DateFormat = "yyyy-MM-dd";

    // Setting up an AesGcm costs more than sealing a name with it; an instance is not shared between threads.
    private readonly ThreadLocal<Dictionary<string, AesGcm>> _aes = new(() => new(StringComparer.Ordinal), trackAllValues: true);

    public string ActiveKeyId => keys.ActiveKeyId;

    public IReadOnlyCollection<string> KeyIds => [.. keys.Keys.Keys.Order(StringComparer.Ordinal)];

    public EncryptionKeys KeyRing => keys;

    public string Protect(string plain, FieldContext context)
    {
        var plainBytes = Encoding.UTF8.GetBytes(plain);
        var sealedBytes = new byte[NonceBytes + plainBytes.Length + TagBytes];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        AesFor(keys.ActiveKeyId).Encrypt(nonce, plainBytes, sealedBytes.AsSpan(NonceBytes, plainBytes.Length),
            sealedBytes.AsSpan(NonceBytes + plainBytes.Length), context.AssociatedData());
        return $"{Prefix}{keys.ActiveKeyId}:{Convert.ToBase64String(sealedBytes)}";
    }

    public string? ProtectOrNull(string? plain, FieldContext context) => plain is null ? null : Protect(plain, context);

    public string? ProtectDate(DateOnly? date, FieldContext context) =>
        date is { } d ? Protect(d.ToString(DateFormat, CultureInfo.InvariantCulture), context) : null;

    /// <summary>The plain value. A value written before encryption (no prefix) reads as it is, until <c>keys rotate</c> encrypts it.</summary>
    public string Reveal(string stored, FieldContext context)
    {
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal))
            return stored;
        var keyId = KeyIdOf(stored) ?? throw new FieldDecryptionException($"{context}: the encrypted value is malformed");
        if (!keys.Keys.ContainsKey(keyId))
            throw new FieldDecryptionException($"{context} is encrypted under key id '{keyId}', which is not in Encryption:Keys (nor the key file)");
        byte[] sealedBytes;
        try
        {
            sealedBytes = Convert.FromBase64String(stored[(Prefix.Length + keyId.Length + 1)..]);
        }
        catch (FormatException)
        {
            throw new FieldDecryptionException($"{context}: the encrypted value is malformed");
        }
        if (sealedBytes.Length < NonceBytes + TagBytes)
            throw new FieldDecryptionException($"{context}: the encrypted value is too short");
        var length = sealedBytes.Length - NonceBytes - TagBytes;
        var plain = new byte[length];
        try
        {
            AesFor(keyId).Decrypt(sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes, length), sealedBytes.AsSpan(NonceBytes + length), plain,
                context.AssociatedData());
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new FieldDecryptionException($"{context} does not authenticate under key id '{keyId}': altered, or moved from another row");
        }
        return Encoding.UTF8.GetString(plain);
    }

    public string? RevealOrNull(string? stored, FieldContext context) => stored is null ? null : Reveal(stored, context);

    public DateOnly? RevealDate(string? stored, FieldContext context) =>
        RevealOrNull(stored, context) is { } text
            ? DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
                : throw new FieldDecryptionException($"{context} is not a date")
            : null;

    /// <summary>The key id of an encrypted value; null for a value stored before encryption or not in this format.</summary>
    public static string? KeyIdOf(string stored)
    {
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal))
            return null;
        var end = stored.IndexOf(':', Prefix.Length);
        return end > Prefix.Length ? stored[Prefix.Length..end] : null;
    }

    /// <summary>
    /// Who a signal is about, across addresses, as SQL may compare it: a keyed hash of <see cref="Persons.PersonKey"/>.
    /// Without the hash key a dump cannot be searched for a known name and birth date.
    /// </summary>
    public string? PersonKey(string surname, DateOnly? birthDate) =>
        Persons.PersonKey(surname, birthDate) is { } key ? Hash("person", key) : null;

    /// <summary>A birth date as SQL may compare it, for the SDV client check of a household that possibly moved.</summary>
    public string? BirthKey(DateOnly? birthDate) =>
        birthDate is { } d ? Hash("birth", d.ToString(DateFormat, CultureInfo.InvariantCulture)) : null;

    public void Dispose()
    {
        foreach (var aes in _aes.Values.SelectMany(perThread => perThread.Values))
            aes.Dispose();
        _aes.Dispose();
    }

    private AesGcm AesFor(string keyId)
    {
        var perThread = _aes.Value!;
        if (!perThread.TryGetValue(keyId, out var aes))
            perThread[keyId] = aes = new AesGcm(keys.Keys[keyId], TagBytes);
        return aes;
    }

    private string Hash(string purpose, string value) =>
        "h1:" + Convert.ToBase64String(HMACSHA256.HashData(keys.HashKey, Encoding.UTF8.GetBytes($"{purpose}|{value}")));
}
