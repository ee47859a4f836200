namespace SignalHub.Security.Encryption;

/// <summary>The encryption keys are missing or malformed: start-up stops with this one line (exit 2).</summary>
public sealed class EncryptionConfigurationException(string message) : Exception(message);

/// <summary>A stored value cannot be read: its key id is unknown, or it was altered or moved to another row.</summary>
public sealed class FieldDecryptionException(string message) : Exception(message);
