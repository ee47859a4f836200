namespace SignalHub.Synthetic;

/// <summary>
/// A shuffle of 0..n-1 that needs no memory: i maps to (a*i + b) mod n with a coprime to n, and back with
/// a's inverse. It lets a million doors, persons or contract numbers be drawn without repeats and without
/// keeping a list of what was drawn.
/// </summary>
internal readonly struct AffinePermutation
{
    private readonly ulong _size;
    private readonly ulong _multiplier;
    private readonly ulong _inverse;
    private readonly ulong _offset;

    public AffinePermutation(long size, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        _size = (ulong)size;
        if (size <= 1)
        {
            (_multiplier, _inverse, _offset) = (1, 1, 0);
            return;
        }
        var random = new SeededRandom(seed);
        // Start well away from 1 so neighbours do not stay neighbours.
        var a = (ulong)(size / 3) + (random.NextUInt64() % (ulong)(size - (size / 3)));
        while (Gcd(a, _size) != 1)
            a = (a % (_size - 1)) + 1;
        _multiplier = a;
        _inverse = ModularInverse(a, _size);
        _offset = random.NextUInt64() % _size;
    }

    public long Size => (long)_size;

    public long Forward(long i) => (long)((((UInt128)_multiplier * (ulong)i) + _offset) % _size);

    public long Inverse(long x) => (long)((UInt128)_inverse * (((ulong)x + _size - _offset) % _size) % _size);

    private static ulong Gcd(ulong a, ulong b)
    {
        while (b != 0)
            (a, b) = (b, a % b);
        return a;
    }

    private static ulong ModularInverse(ulong a, ulong n)
    {
        // Extended Euclid on signed 128-bit values: sizes stay far below 2^63.
        var (t, newT, r, newR) = ((Int128)0, (Int128)1, (Int128)n, (Int128)a);
        while (newR != 0)
        {
            var q = r / newR;
            (t, newT) = (newT, t - (q * newT));
            (r, newR) = (newR, r - (q * newR));
        }
        return (ulong)(t < 0 ? t + n : t);
    }
}
