namespace SignalHub.Security.Encryption;

/// <summary>The encryption keys are missing or malformed: start-up stops with this one line (exit 2).</summary>
public sealed class EncryptionConfigurationException(string message) : Exception(message);
