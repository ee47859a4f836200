using SignalHub.Domain.Addresses;
using SignalHub.Domain.Matching;
using SignalHub.Domain.Signals;
using SignalHub.Domain.Values;

namespace SignalHub.Tests.Synthetic;

/// <summary>
/// expected.json says what the files say: recomputed here from the files alone, with the address keys
/// of the domain's normaliser over the values as read back, and a partner's _v2 file replacing its first.
/// </summary>
public sealed class ExpectedAnswerTests
{
    private static GeneratedFolder Folder => SharedGeneration.Seven;

    [Test]
    public void Every_reference_in_the_files_appears_exactly_once_in_the_expected_answer()
    {
        foreach (var period in Folder.Expected.Periods)
        {
            var inFiles = FirstFiles(period).SelectMany(i => Folder.Rows(i.File).Select(r => ExpectedDoor.Signal(i.Partner, r.Reference!))).ToList();
            var inAnswer = period.Matches.SelectMany(m => m.References.Concat(m.Withdrawn)).ToList();
            Assert.That(inAnswer, Is.EquivalentTo(inFiles), period.Period);
            Assert.That(inAnswer, Is.Unique, period.Period);
        }
    }

    [Test]
    public void The_expected_matches_are_the_files_grouped_by_recomputed_address_key()
    {
        foreach (var period in Folder.Expected.Periods)
        {
            var first = Signals(period, FirstFiles(period));
            var current = Signals(period, period.Imports.GroupBy(i => i.Partner).Select(g => g.Last())).ToLookup(s => s.Key);
            var expected = period.Matches.ToDictionary(m => m.Key);
            Assert.That(expected.Keys, Is.EquivalentTo(first.Select(s => s.Key).Distinct()), period.Period);
            var wrong = new List<string>();
            foreach (var door in first.GroupBy(s => s.Key))
            {
                var now = current[door.Key].ToList();
                var refs = now.Select(s => s.Signal).Order(StringComparer.Ordinal).ToList();
                var gone = door.Select(s => s.Signal).Except(refs).Order(StringComparer.Ordinal).ToList();
                var persons = now.Select(s => (Persons.SurnameKey(s.Row.Surname!), s.Born)).Distinct().Count();
                var match = expected[door.Key];
                if (!match.References.SequenceEqual(refs) || !match.Withdrawn.Order(StringComparer.Ordinal).SequenceEqual(gone) || match.Persons != persons)
                    wrong.Add($"{door.Key}: expected {string.Join(", ", match.References)} / {match.Persons} persons, files say {string.Join(", ", refs)} / {persons}");
            }
            Assert.That(wrong.Take(5), Is.Empty, period.Period);
            Assert.That(period.Total("matches"), Is.EqualTo(expected.Values.Count(m => m.References.Count > 0)), period.Period);
        }
    }

    private static IEnumerable<ExpectedImport> FirstFiles(ExpectedPeriod period) =>
        period.Imports.Where(i => !i.File.EndsWith("_v2.csv", StringComparison.Ordinal));

    /// <summary>Key and reference of every row, in the order of <see cref="ExpectedDoor.References"/> (partner, then reference).</summary>
    private static List<(string Key, string Signal, SignalRow Row, DateOnly? Born)> Signals(ExpectedPeriod period, IEnumerable<ExpectedImport> files) =>
        [.. files.SelectMany(i => Folder.Rows(i.File).Select(r => (
            Key: AddressNormalizer.Normalize(new AddressInput(r.Street, r.HouseNumber, r.HouseLetter, r.HouseNumberAddition, r.Postcode)).Address?.Key
                 ?? throw new AssertionException($"{period.Period} {i.File} line {r.Line}: the address does not normalise"),
            Signal: ExpectedDoor.Signal(i.Partner, r.Reference!),
            Row: r,
            Born: DutchDate.TryParse(r.BirthDate, out var born, out _) ? born : (DateOnly?)null)))];
}
