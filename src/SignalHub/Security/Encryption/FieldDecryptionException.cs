namespace SignalHub.Security.Encryption;

/// <summary>A stored value cannot be read: its key id is unknown, or it was altered or moved to another row.</summary>
public sealed class FieldDecryptionException(string message) : Exception(message);
