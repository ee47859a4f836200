using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;
using SignalHub.Storage;

namespace SignalHub.Security.KeyRing;

/// <summary>
/// The portal's Data Protection key ring in the installation's own database (<c>data_protection_keys</c>), so every web
/// process of one installation shares it and no other installation (nor the OS account's home folder) holds it.
/// Data Protection calls these synchronously, rarely: at start and when it makes or revokes a key.
/// </summary>
public sealed class DatabaseXmlRepository(Database database, TimeProvider clock) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. database.ReadAsync(c => c.QueryAsync<string>(new CommandDefinition("SELECT xml FROM data_protection_keys ORDER BY created_at, name")),
                CancellationToken.None).GetAwaiter().GetResult()
            .Select(xml => XElement.Parse(xml))];

    public void StoreElement(XElement element, string friendlyName)
    {
        // Data Protection names a key "key-{id}" and a revocation "revocation-{date}"; a name may come twice, a row may not.
        var name = $"{friendlyName}-{Guid.CreateVersion7():N}";
        database.InTransactionAsync((c, t) => c.ExecuteAsync(new CommandDefinition(
                "INSERT INTO data_protection_keys (name, xml, created_at) VALUES (@Name, @Xml, @CreatedAt)",
                new { Name = name[..Math.Min(name.Length, 100)], Xml = element.ToString(SaveOptions.DisableFormatting), CreatedAt = clock.GetUtcNow().UtcDateTime },
                t)), CancellationToken.None).GetAwaiter().GetResult();
    }
}
