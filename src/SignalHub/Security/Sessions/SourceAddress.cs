using System.Security.Cryptography;
using System.Text;
using SignalHub.Security.Encryption;

namespace SignalHub.Security.Sessions;

/// <summary>
/// A client address as SignalHub keeps it: a keyed hash (HMAC-SHA256 under the installation's hash key), enough to
/// tell "signed in from here before" without storing where a worker was.
/// </summary>
public sealed class SourceAddress(EncryptionKeys keys)
{
    public static string Of(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public string KeyOf(HttpContext http) => KeyOf(Of(http));

    public string KeyOf(string address) =>
        "a1:" + Convert.ToBase64String(HMACSHA256.HashData(keys.HashKey, Encoding.UTF8.GetBytes($"address|{address}")))[..40];
}
