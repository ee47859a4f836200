namespace SignalHub.Synthetic;

/// <summary>
/// Which doors are signalled in which month, without a list of them. Month m's signalled doors are a
/// shuffled mix of doors new that month (a contiguous run of door numbers) and doors coming back, drawn
/// without repeats from the doors that were new in the six months before: about 40% of addresses had an
/// earlier signal in the previous six months (DOMAIN.md). Both shuffles are affine permutations, so
/// "was door d signalled in month m?" is answered by inverting them.
/// </summary>
internal sealed class ActivityPlan
{
    public const double ReturningShare = 0.42;
    public const int ReturnWindow = 6;

    private readonly List<MonthSlots> _months = [];

    public ActivityPlan(ulong seed, IReadOnlyList<int> plannedDoors)
    {
        long next = 0;
        for (var m = 0; m < plannedDoors.Count; m++)
        {
            var firstPoolMonth = Math.Max(0, m - ReturnWindow);
            var pool = _months.Skip(firstPoolMonth).Sum(s => s.NewCount);
            var returning = (int)Math.Min(Math.Round(plannedDoors[m] * (m == 0 ? 0 : ReturningShare)), pool);
            _months.Add(new MonthSlots(m, plannedDoors[m], returning, next, plannedDoors[m] - returning, firstPoolMonth,
                new AffinePermutation(plannedDoors[m], StableHash.Of(seed, Purpose.Plan, [m, 1])),
                new AffinePermutation(pool, StableHash.Of(seed, Purpose.Plan, [m, 2]))));
            next += plannedDoors[m] - returning;
        }
        DoorCount = next;
    }

    /// <summary>Every door that can be signalled in any month: 0 to DoorCount - 1.</summary>
    public long DoorCount { get; }

    public int Planned(int month) => _months[month].Planned;

    /// <summary>The door at a position of the month's order; the month writes positions 0, 1, 2, ... until it has its signals.</summary>
    public long DoorAt(int month, int position)
    {
        var s = _months[month];
        var t = s.Order.Forward(position);
        return t < s.Returning ? PoolDoor(s, s.Pool.Forward(t)) : s.NewStart + (t - s.Returning);
    }

    /// <summary>Records how many of the month's positions were written: only those doors were signalled.</summary>
    public void Written(int month, int positions) => _months[month].Written = positions;

    /// <summary>Whether the door had a signal in a month already written.</summary>
    public bool WasSignalled(long door, int month)
    {
        var s = _months[month];
        long t;
        if (door >= s.NewStart && door < s.NewStart + s.NewCount)
            t = s.Returning + (door - s.NewStart);
        else if (PoolIndex(s, door) is { } x && s.Pool.Inverse(x) is var j && j < s.Returning)
            t = j;
        else
            return false;
        return s.Order.Inverse(t) < s.Written;
    }

    private long PoolDoor(MonthSlots s, long index)
    {
        foreach (var earlier in _months.Skip(s.FirstPoolMonth).Take(s.Month - s.FirstPoolMonth))
        {
            if (index < earlier.NewCount)
                return earlier.NewStart + index;
            index -= earlier.NewCount;
        }
        throw new InvalidOperationException("pool index beyond the pool");
    }

    private long? PoolIndex(MonthSlots s, long door)
    {
        long offset = 0;
        foreach (var earlier in _months.Skip(s.FirstPoolMonth).Take(s.Month - s.FirstPoolMonth))
        {
            if (door >= earlier.NewStart && door < earlier.NewStart + earlier.NewCount)
                return offset + (door - earlier.NewStart);
            offset += earlier.NewCount;
        }
        return null;
    }

    private sealed record MonthSlots(int Month, int Planned, int Returning, long NewStart, int NewCount, int FirstPoolMonth,
        AffinePermutation Order, AffinePermutation Pool)
    {
        public int Written { get; set; } = int.MaxValue;
    }
}
