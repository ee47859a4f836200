namespace SignalHub.Domain;

/// <summary>Anchor for the domain assembly; the rules live in the folders beside it.</summary>
public static class DomainAssembly;
