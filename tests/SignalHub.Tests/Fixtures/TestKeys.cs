using SignalHub.Security.Encryption;

namespace SignalHub.Tests.Fixtures;

/// <summary>A server database gets no key file: each test stack on one is configured with fresh keys.</summary>
public static class TestKeys
{
    public const string KeyId = "test1";

    public static void AddTo(IDictionary<string, string?> settings)
    {
        settings[$"Encryption:Keys:{KeyId}"] = KeyFile.NewKey();
        settings["Encryption:ActiveKeyId"] = KeyId;
        settings["Encryption:HashKey"] = KeyFile.NewKey();
    }
}
