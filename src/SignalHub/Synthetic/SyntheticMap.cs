using System.Globalization;
using SignalHub.Domain.Addresses;

namespace SignalHub.Synthetic;

/// <summary>What kind of door a door is: a plain number, a house letter, a floor, or the ground-floor flat (H).</summary>
internal enum UnitKind
{
    None,
    Letter,
    Floor,
    GroundFloor,
}

/// <summary>One door, cleanly spelled, with the key <see cref="AddressNormalizer"/> gives that clean spelling.</summary>
internal sealed record DoorAddress(long Door, int Pc4Index, string Postcode, string Street, int Number, UnitKind Unit, string? Letter,
    int Floor, string Town)
{
    /// <summary>The addition as BAG would write it: the floor, or H for the ground floor.</summary>
    public string? Addition => Unit switch
    {
        UnitKind.Floor => Floor.ToString(CultureInfo.InvariantCulture),
        UnitKind.GroundFloor => "H",
        _ => null,
    };

    /// <summary>The key of the clean spelling, with the house letter and the addition each in their own field.</summary>
    public string Key { get; } = AddressNormalizer.Normalize(new AddressInput(null, Number.ToString(CultureInfo.InvariantCulture), Letter,
        Unit switch { UnitKind.Floor => Floor.ToString(CultureInfo.InvariantCulture), UnitKind.GroundFloor => "H", _ => null }, Postcode))
        .Address?.Key ?? throw new InvalidOperationException($"door {Door} has no valid clean address");
}

/// <summary>A wijkteam's postcode range, inclusive, as the areas table holds it.</summary>
internal sealed record AreaRange(string From, string To, string Team, int FromPc4, int ToPc4);

/// <summary>
/// The made-up municipality: a run of PC4 areas, postcodes (never SA, SD or SS) with one street each, and
/// doors numbered into them so that door n always has the same address and no two doors share one. The
/// wijkteams cover most PC4 areas, not all: the rest is the coordinator's.
/// </summary>
internal sealed class SyntheticMap
{
    public const int DoorsPerPostcode = 20;

    private readonly ulong _seed;
    private readonly int _firstPc4;
    private readonly int _townOffset;
    private readonly string[] _letterPairs;
    private readonly string?[] _teams;

    public SyntheticMap(ulong seed, int pc4Count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pc4Count, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pc4Count, 8000);
        _seed = seed;
        Pc4Count = pc4Count;
        var random = SeededRandom.For(seed, Purpose.Map);
        _firstPc4 = 1000 + random.Next(9000 - pc4Count);
        _townOffset = random.Next(80);
        _letterPairs = [.. LetterPairs()];
        for (var i = _letterPairs.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (_letterPairs[i], _letterPairs[j]) = (_letterPairs[j], _letterPairs[i]);
        }
        Areas = AreasFor(random);
        _teams = [.. Enumerable.Range(0, pc4Count).Select(TeamRule)];
    }

    public int Pc4Count { get; }

    public long Capacity => (long)Pc4Count * _letterPairs.Length * DoorsPerPostcode;

    public IReadOnlyList<AreaRange> Areas { get; }

    public int Pc4(int index) => _firstPc4 + index;

    /// <summary>The team whose range covers the PC4 area, by the dispatcher's rule, or null for the coordinator.</summary>
    public string? TeamOf(int pc4Index) => _teams[pc4Index];

    public DoorAddress AddressOf(long door)
    {
        var pc4Index = (int)(door % Pc4Count);
        var rest = door / Pc4Count;
        var pairIndex = (int)(rest / DoorsPerPostcode);
        var slot = (int)(rest % DoorsPerPostcode);
        var postcode = Pc4(pc4Index).ToString(CultureInfo.InvariantCulture) + _letterPairs[(pairIndex + (pc4Index * 37)) % _letterPairs.Length];
        var street = MadeUpNames.Streets[(int)(StableHash.Of(_seed, Purpose.Map, [pc4Index, pairIndex, 1]) % (ulong)MadeUpNames.Streets.Count)];
        var first = 1 + (int)(StableHash.Of(_seed, Purpose.Map, [pc4Index, pairIndex, 2]) % 120);
        var building = StableHash.Unit(_seed, Purpose.Map, pc4Index, pairIndex, 3);
        var town = MadeUpNames.Town((pc4Index / 30) + _townOffset);
        if (building < 0.6)
        {
            // A street of houses; now and then a house got a letter when a plot was split.
            var letter = StableHash.Unit(_seed, Purpose.Map, door, 4) < 0.06 ? "A" : null;
            return new DoorAddress(door, pc4Index, postcode, street, first + (2 * slot), letter is null ? UnitKind.None : UnitKind.Letter, letter, 0, town);
        }
        if (building < 0.85)
        {
            // Flats: a ground floor (H) and three floors share each number.
            var floor = slot % 4;
            return new DoorAddress(door, pc4Index, postcode, street, first + (2 * (slot / 4)),
                floor == 0 ? UnitKind.GroundFloor : UnitKind.Floor, null, floor, town);
        }
        // Split houses: 12, 12A and 12B.
        var unit = slot % 3;
        return new DoorAddress(door, pc4Index, postcode, street, first + (2 * (slot / 3)),
            unit == 0 ? UnitKind.None : UnitKind.Letter, unit switch { 1 => "A", 2 => "B", _ => null }, 0, town);
    }

    private static IEnumerable<string> LetterPairs()
    {
        for (var a = 'A'; a <= 'Z'; a++)
            for (var b = 'A'; b <= 'Z'; b++)
                if (a != 'S' || b is not ('A' or 'D' or 'S'))
                    yield return $"{a}{b}";
    }

    private List<AreaRange> AreasFor(SeededRandom random)
    {
        var areas = new List<AreaRange>();
        var team = random.Next(40);
        var start = 0;
        while (start < Pc4Count)
        {
            var end = Math.Min(Pc4Count - 1, start + random.Next(4, 12));
            if (!random.Chance(0.12))
                areas.Add(Range(start, end, MadeUpNames.Team(team++)));
            start = end + 1;
        }
        if (areas.Sum(a => a.ToPc4 - a.FromPc4 + 1) == Pc4Count)
        {
            // Most PC4 areas, never all: the last one is left to the coordinator.
            var last = areas[^1];
            areas.RemoveAt(areas.Count - 1);
            if (last.ToPc4 > last.FromPc4)
                areas.Add(Range(last.FromPc4 - _firstPc4, Pc4Count - 2, last.Team));
        }
        // One PC4 inside a larger range has a team of its own: the more specific range must win.
        if (areas.FirstOrDefault(a => a.ToPc4 - a.FromPc4 >= 2) is { } wide)
            areas.Add(Range(wide.FromPc4 - _firstPc4 + 1, wide.FromPc4 - _firstPc4 + 1, wide.Team + " Centrum"));
        return areas;
    }

    private AreaRange Range(int fromIndex, int toIndex, string team) =>
        new(Pc4(fromIndex).ToString(CultureInfo.InvariantCulture) + "AA", Pc4(toIndex).ToString(CultureInfo.InvariantCulture) + "ZZ", team,
            Pc4(fromIndex), Pc4(toIndex));

    /// <summary>The dispatcher's rule: of the ranges covering the postcode, the one starting latest, then ending first.</summary>
    private string? TeamRule(int pc4Index)
    {
        var pc4 = Pc4(pc4Index);
        return Areas.Where(a => a.FromPc4 <= pc4 && a.ToPc4 >= pc4)
            .OrderByDescending(a => a.From, StringComparer.Ordinal).ThenBy(a => a.To, StringComparer.Ordinal)
            .Select(a => a.Team).FirstOrDefault();
    }
}
