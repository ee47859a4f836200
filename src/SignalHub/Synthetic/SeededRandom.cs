namespace SignalHub.Synthetic;

/// <summary>
/// SplitMix64: a tiny generator whose numbers are fixed by its seed on every machine and every .NET
/// version. <see cref="Random"/> and <see cref="string.GetHashCode()"/> promise neither, and the same seed
/// must write the same bytes.
/// </summary>
internal sealed class SeededRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A generator for one purpose and one thing (a door in a month, a person), independent of every other.</summary>
    public static SeededRandom For(ulong seed, Purpose purpose, params ReadOnlySpan<long> parts) => new(StableHash.Of(seed, purpose, parts));

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return StableHash.Mix(_state);
    }

    /// <summary>0 to <paramref name="maxExclusive"/> - 1, without modulo bias worth mentioning (Lemire's multiply-shift).</summary>
    public int Next(int maxExclusive) => (int)(((UInt128)NextUInt64() * (ulong)maxExclusive) >> 64);

    public int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>An index into <paramref name="weights"/>, each chosen in proportion to its weight.</summary>
    public int Weighted(IReadOnlyList<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
            total += w;
        var x = NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            x -= weights[i];
            if (x < 0 && weights[i] > 0)
                return i;
        }
        // Rounding left x at the very top: the last index that can be chosen at all.
        for (var i = weights.Count - 1; i > 0; i--)
            if (weights[i] > 0)
                return i;
        return 0;
    }
}

/// <summary>A stable 64-bit mix of numbers (SplitMix64's finaliser), for decisions that must not depend on order.</summary>
internal static class StableHash
{
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public static ulong Of(ulong seed, Purpose purpose, ReadOnlySpan<long> parts)
    {
        var h = Mix(seed ^ 0x6A09E667F3BCC909UL);
        h = Mix(h ^ (ulong)purpose);
        foreach (var part in parts)
            h = Mix(h ^ (ulong)part);
        return h;
    }

    /// <summary>A number in [0, 1) for a decision about one thing.</summary>
    public static double Unit(ulong seed, Purpose purpose, params ReadOnlySpan<long> parts) =>
        (Of(seed, purpose, parts) >> 11) * (1.0 / (1UL << 53));
}

/// <summary>The purposes random numbers are drawn for: one stream each, so adding one never shifts another.</summary>
internal enum Purpose : long
{
    Map = 1,
    Plan,
    Persons,
    Household,
    DoorMonth,
    Row,
    Withdrawal,
    Contracts,
    Clients,
}
