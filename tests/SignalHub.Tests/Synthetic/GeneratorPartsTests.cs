using System.Globalization;
using SignalHub.Domain.Addresses;
using SignalHub.Synthetic;

namespace SignalHub.Tests.Synthetic;

/// <summary>The parts the generator stands on: shuffles without memory, made-up names, spellings of one door, the plan of months.</summary>
public sealed class GeneratorPartsTests
{
    [TestCase(1L)]
    [TestCase(2L)]
    [TestCase(10L)]
    [TestCase(97L)]
    [TestCase(4096L)]
    [TestCase(10_000L)]
    public void An_affine_permutation_visits_every_number_once_and_inverts(long size)
    {
        var shuffle = new AffinePermutation(size, 42);
        var seen = Enumerable.Range(0, (int)size).Select(i => shuffle.Forward(i)).ToList();
        Assert.That(seen, Is.EquivalentTo(Enumerable.Range(0, (int)size).Select(i => (long)i)));
        Assert.That(seen.Select(shuffle.Inverse), Is.EqualTo(Enumerable.Range(0, (int)size).Select(i => (long)i)));
    }

    [Test]
    public void No_two_made_up_surnames_share_a_key_with_or_without_their_prefix() =>
        Assert.That(MadeUpNames.SurnameKeysAreDistinct(), Is.True);

    [TestCase("None", null, 0)]
    [TestCase("Letter", "A", 0)]
    [TestCase("Letter", "B", 0)]
    [TestCase("Floor", null, 1)]
    [TestCase("Floor", null, 2)]
    [TestCase("Floor", null, 3)]
    [TestCase("GroundFloor", null, 0)]
    public void Every_spelling_the_generator_writes_reads_as_the_door(string kind, string? letter, int floor)
    {
        var unit = Enum.Parse<UnitKind>(kind);
        var door = new DoorAddress(0, 0, "2345BC", "Poëziepad", 17, unit, letter, floor, "Oosterduin");
        var wrong = new List<string>();
        void Check(string? street, string? number, string? houseLetter, string? addition)
        {
            var key = AddressNormalizer.Normalize(new AddressInput(street, number, houseLetter, addition, "2345 bc")).Address?.Key;
            if (key != door.Key)
                wrong.Add($"'{street}' '{number}' '{houseLetter}' '{addition}' reads as {key}");
        }
        foreach (var text in AddressSpelling.NumberTexts(door))
        {
            Check(door.Street, text, null, null);
            if (!text.StartsWith('0') && !text.EndsWith(".0", StringComparison.Ordinal))
                Check($"{door.Street} {text}", null, null, null);
        }
        foreach (var text in AddressSpelling.OwnColumnTexts(door))
        {
            var n = door.Number.ToString(CultureInfo.InvariantCulture);
            Check(door.Street, n, unit == UnitKind.Letter ? text : null, unit == UnitKind.Letter ? null : text);
        }
        Assert.That(wrong, Is.Empty, door.Key);
    }

    [TestCase(0, "2345BC")]
    [TestCase(1, "2345 bc")]
    [TestCase(2, "2345-BC")]
    [TestCase(3, "2345bc")]
    [TestCase(4, " 2345 BC ")]
    [TestCase(5, "2345 - bc")]
    public void Postcodes_are_misspelled_only_in_ways_that_read_back_the_same(int variant, string written)
    {
        Assert.That(AddressSpelling.Postcode("2345BC", withSpace: false, variant), Is.EqualTo(written));
        Assert.That(Postcode.TryParse(written, out var postcode, out _) ? postcode.Value : null, Is.EqualTo("2345BC"));
    }

    [TestCase(10)]
    [TestCase(63)]
    [TestCase(800)]
    public void Wijkteams_cover_most_but_not_all_areas_and_the_most_specific_range_wins(int pc4Count)
    {
        var map = new SyntheticMap(5, pc4Count);
        var covered = Enumerable.Range(0, pc4Count).Count(i => map.TeamOf(i) is not null);
        Assert.That(covered, Is.LessThan(pc4Count).And.GreaterThan(pc4Count * 0.6));
        var nested = map.Areas.Single(a => a.Team.EndsWith(" Centrum", StringComparison.Ordinal));
        Assert.That(map.TeamOf(nested.FromPc4 - map.Pc4(0)), Is.EqualTo(nested.Team));
    }

    [Test]
    public void The_plan_answers_whether_a_door_was_signalled_exactly_as_it_listed_the_month()
    {
        var plan = new ActivityPlan(9, [300, 280, 310, 290, 305, 300, 295, 300]);
        for (var month = 0; month < 8; month++)
        {
            var written = plan.Planned(month) - 17;
            var doors = Enumerable.Range(0, written).Select(i => plan.DoorAt(month, i)).ToList();
            plan.Written(month, written);
            Assert.That(doors, Is.Unique);
            var listed = doors.ToHashSet();
            var disagree = Enumerable.Range(0, (int)plan.DoorCount).Where(d => plan.WasSignalled(d, month) != listed.Contains(d)).Take(5).ToList();
            Assert.That(disagree, Is.Empty, $"month {month}");
        }
    }
}
