using System.Text;

namespace SignalHub.Synthetic;

/// <summary>One made-up adult: surname, initials and birth date.</summary>
internal sealed record SyntheticPerson(Surname Surname, string Initials, DateOnly BirthDate);

/// <summary>
/// Who lives behind each door, computed from the seed and the door number alone, so nothing is kept per
/// household. Door n has a main household (one adult, or two with different surnames, as Dutch couples
/// keep their own) and now and then a lodger (a room let separately: a second household at the same door).
/// Every adult gets a surname-and-birth-date pair no other adult has, so the matcher's "possibly moved"
/// links never join two made-up people by accident.
/// </summary>
internal sealed class Population
{
    /// <summary>Main adult, the main adult's partner, the lodger.</summary>
    public const int SlotsPerDoor = 3;

    public const int MainAdult = 0;
    public const int MainPartner = 1;
    public const int Lodger = 2;

    private static readonly DateOnly FirstBirthDate = new(1930, 1, 1);
    private static readonly int BirthDates = new DateOnly(2006, 12, 31).DayNumber - FirstBirthDate.DayNumber + 1;

    private readonly ulong _seed;
    private readonly AffinePermutation _persons;

    public Population(ulong seed, long doors)
    {
        if (doors > MaxDoors)
            throw new ArgumentOutOfRangeException(nameof(doors), doors, $"at most {MaxDoors} doors have made-up residents of their own");
        _seed = seed;
        _persons = new AffinePermutation((long)MadeUpNames.Surnames.Count * BirthDates, StableHash.Of(seed, Purpose.Persons, []));
    }

    public static long MaxDoors => (long)MadeUpNames.Surnames.Count * BirthDates / SlotsPerDoor;

    public const double LodgerShare = 0.03;
    public const double SdvClientShare = 0.06;

    public bool HasLodger(long door) => StableHash.Unit(_seed, Purpose.Household, door, 1) < LodgerShare;

    public bool HasPartner(long door) => StableHash.Unit(_seed, Purpose.Household, door, 2) < 0.45;

    /// <summary>The main adult of the door is a client of the debt-service team (about 7% of households are, in the pilot).</summary>
    public bool IsSdvClient(long door) => StableHash.Unit(_seed, Purpose.Clients, door) < SdvClientShare;

    /// <summary>The partner's key for a household's contract: one per door's main household and one per lodger.</summary>
    public static long HouseholdId(long door, bool lodger) => (door * 2) + (lodger ? 1 : 0);

    public SyntheticPerson Person(long door, int slot)
    {
        var index = _persons.Forward((door * SlotsPerDoor) + slot);
        var surname = MadeUpNames.Surnames[(int)(index % MadeUpNames.Surnames.Count)];
        var born = FirstBirthDate.AddDays((int)(index / MadeUpNames.Surnames.Count));
        var random = SeededRandom.For(_seed, Purpose.Persons, door, slot);
        var initials = new StringBuilder(3);
        var count = random.Weighted([0.35, 0.45, 0.2]) + 1;
        for (var i = 0; i < count; i++)
            initials.Append(MadeUpNames.InitialLetters[random.Next(MadeUpNames.InitialLetters.Length)]);
        return new SyntheticPerson(surname, initials.ToString(), born);
    }
}
