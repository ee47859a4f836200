namespace SignalHub.Storage;

/// <summary>A storage setting that cannot work; its message is the one line an operator sees.</summary>
public sealed class StorageConfigurationException(string message) : Exception(message);
