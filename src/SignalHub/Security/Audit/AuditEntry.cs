using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SignalHub.Security.Audit;

/// <summary>
/// Who did what to which household record, when, from where. Each entry's hash covers its own fields and
/// the hash of the entry before it, so changing or removing one entry breaks every hash after it.
/// </summary>
public sealed record AuditEntry(long Seq, DateTime At, string Actor, string Action, string SubjectType, string? SubjectId,
    string? Detail, string? RemoteAddress, string PrevHash, string Hash)
{
    /// <summary>The hash that starts the chain.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string HashOf(long seq, DateTime at, string actor, string action, string subjectType, string? subjectId,
        string? detail, string? remoteAddress, string prevHash)
    {
        // Length-prefixed fields, so no two different entries can serialise to the same text.
        var text = new StringBuilder();
        foreach (var field in new[]
        {
            seq.ToString(CultureInfo.InvariantCulture), at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            actor, action, subjectType, subjectId ?? "", detail ?? "", remoteAddress ?? "", prevHash,
        })
            text.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('|');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public bool IsIntact => Hash == HashOf(Seq, At, Actor, Action, SubjectType, SubjectId, Detail, RemoteAddress, PrevHash);
}
