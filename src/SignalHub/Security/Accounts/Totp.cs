using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace SignalHub.Security.Accounts;

/// <summary>
/// Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): 30-second steps, 6 digits, HMAC-SHA1, as
/// every authenticator app reads them from an <c>otpauth://</c> URI.
/// </summary>
public static class Totp
{
    public const int StepSeconds = 30;
    public const int Digits = 6;

    /// <summary>A fresh 160-bit secret, Base32 as authenticator apps expect it.</summary>
    public static string NewSecret() => Base32.Encode(RandomNumberGenerator.GetBytes(20));

    public static long StepAt(DateTimeOffset time) => time.ToUnixTimeSeconds() / StepSeconds;

    /// <summary>The code of one step; <paramref name="digits"/> and <paramref name="algorithm"/> other than the defaults only for RFC 6238's test vectors.</summary>
    public static string Code(byte[] key, long step, int digits = Digits, string algorithm = "SHA1")
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = algorithm switch
        {
#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1; HMAC does not rely on SHA-1's collision resistance.
            "SHA1" => HMACSHA1.HashData(key, counter),
#pragma warning restore CA5350
            "SHA256" => HMACSHA256.HashData(key, counter),
            "SHA512" => HMACSHA512.HashData(key, counter),
            _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "SHA1, SHA256 or SHA512"),
        };
        var offset = hash[^1] & 0x0f;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7fffffff) % (int)Math.Pow(10, digits);
        return binary.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    /// <summary>
    /// The step <paramref name="code"/> belongs to, within one step either side of now (clocks drift), and only if it
    /// is later than <paramref name="lastUsedStep"/>: a code works once.
    /// </summary>
    public static long? Verify(string secret, string? code, DateTimeOffset now, long lastUsedStep)
    {
        var typed = new string((code ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (typed.Length != Digits || !typed.All(char.IsAsciiDigit) || !Base32.TryDecode(secret, out var key))
            return null;
        var current = StepAt(now);
        for (var step = current - 1; step <= current + 1; step++)
            if (step > lastUsedStep && CryptographicOperations.FixedTimeEquals(
                    System.Text.Encoding.ASCII.GetBytes(Code(key, step)), System.Text.Encoding.ASCII.GetBytes(typed)))
                return step;
        return null;
    }

    /// <summary>What an authenticator app scans or is given: <c>otpauth://totp/SignalHub:NAME?secret=...</c>.</summary>
    public static string Uri(string secret, string userName, string issuer = "SignalHub") =>
        $"otpauth://totp/{System.Uri.EscapeDataString(issuer)}:{System.Uri.EscapeDataString(userName)}" +
        $"?secret={secret}&issuer={System.Uri.EscapeDataString(issuer)}&algorithm=SHA1&digits={Digits}&period={StepSeconds}";
}
