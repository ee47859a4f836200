using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using SignalHub.Security.Encryption;

namespace SignalHub.Security.KeyRing;

/// <summary>
/// Seals each Data Protection key at rest with the installation's field cipher (AES-256-GCM under the active key of
/// <c>Encryption:Keys</c> or the SQLite key file), bound to this installation's id: a copied key ring is useless
/// without the installation's keys, and useless in another installation even with them.
/// </summary>
public sealed class SealedXmlEncryptor(FieldCipher cipher, Installation installation) : IXmlEncryptor
{
    public static readonly XName Sealed = XName.Get("sealed", "urn:signalhub:data-protection");

    public EncryptedXmlInfo Encrypt(XElement plaintextElement) =>
        new(new XElement(Sealed, cipher.Protect(plaintextElement.ToString(SaveOptions.DisableFormatting), ContextOf(installation))),
            typeof(SealedXmlDecryptor));

    internal static FieldContext ContextOf(Installation installation) => new("data_protection_keys", "xml", installation.Id);
}

/// <summary>Opens what <see cref="SealedXmlEncryptor"/> sealed; Data Protection makes it with the service provider.</summary>
public sealed class SealedXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var cipher = services.GetRequiredService<FieldCipher>();
        var installation = services.GetRequiredService<Installation>();
        return XElement.Parse(cipher.Reveal(encryptedElement.Value, SealedXmlEncryptor.ContextOf(installation)));
    }
}
