using Microsoft.AspNetCore.DataProtection;

namespace SignalHub.Security.KeyRing;

/// <summary>
/// Puts the installation's id in front of every purpose, as its application discriminator. The framework asks for
/// protectors while the app is built, before the migrations of its start have run, so the id is read at the first
/// protect or unprotect, not then.
/// </summary>
internal sealed class InstallationDataProtection(IDataProtectionProvider root, Installation installation) : IDataProtectionProvider
{
    public IDataProtector CreateProtector(string purpose) =>
        new DeferredProtector(() => root.CreateProtector($"SignalHub/{installation.Id:N}").CreateProtector(purpose));

    private sealed class DeferredProtector(Func<IDataProtector> create) : IDataProtector
    {
        private readonly Lazy<IDataProtector> _inner = new(create);

        public IDataProtector CreateProtector(string purpose) => new DeferredProtector(() => _inner.Value.CreateProtector(purpose));

        public byte[] Protect(byte[] plaintext) => _inner.Value.Protect(plaintext);

        public byte[] Unprotect(byte[] protectedData) => _inner.Value.Unprotect(protectedData);
    }
}
