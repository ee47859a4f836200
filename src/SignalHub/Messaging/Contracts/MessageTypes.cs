namespace SignalHub.Messaging.Contracts;

/// <summary>The contracts the outbox may carry, by stable name; listed, not scanned.</summary>
public static class MessageTypes
{
    private static readonly Dictionary<string, Type> ByName = new[]
    {
        typeof(DeliveryReceived), typeof(DeliveryChunkReady), typeof(SignalsAccepted), typeof(DeliveryCompleted),
        typeof(MatchesUpdated), typeof(SignalWithdrawn),
    }.ToDictionary(type => type.Name);

    public static IEnumerable<Type> All => ByName.Values;

    public static string NameOf(Type type) =>
        ByName.ContainsKey(type.Name) ? type.Name : throw new ArgumentException($"{type.Name} is not a SignalHub message contract");

    public static Type Resolve(string name) =>
        ByName.TryGetValue(name, out var type) ? type : throw new ArgumentException($"unknown message type '{name}'");
}
