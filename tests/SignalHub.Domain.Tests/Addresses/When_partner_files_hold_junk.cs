using SignalHub.Domain.Addresses;

namespace SignalHub.Domain.Tests.Addresses;

/// <summary>
/// Thousands of made-up rows from pieces partners really write: the normaliser must never throw, and
/// what it accepts must read back to the same key from its own display form.
/// </summary>
public sealed class When_partner_files_hold_junk
{
    private static readonly string[] Pieces =
    [
        "12", "0", "3", "99999", "100000", "0012", "a", "A", "B", "h", "I", "x", " ", "  ", "-", ".", "/", ",",
        "(", ")", "II", "IV", "hoog", "hg", "e", "2e", "huis", "hs", "bg", "begane grond", "bel-etage",
        "boven", "links", "bis", "t/m", "é", "nvt", "Dorpsstraat", "2e Oosterparkstraat", "1940-1945",
        "1234AB", "1234 ab", "SS", "tweede", "etage", "verd", "\t", "ZW", "01",
    ];

    private static readonly string[] Fields =
        [AddressFields.Street, AddressFields.HouseNumber, AddressFields.HouseLetter, AddressFields.Addition, AddressFields.Postcode];

    [TestCase(20261122)]
    [TestCase(7)]
    public void Should_never_throw_and_read_back_what_it_accepts(int seed)
    {
        var random = new Random(seed);
        var accepted = 0;
        for (var row = 0; row < 5000; row++)
        {
            // Mostly a real number and postcode, so that many rows get through and are read back.
            var input = new AddressInput(Junk(random), random.Next(4) == 0 ? Junk(random) : "12" + Junk(random),
                Sometimes(random), Sometimes(random), random.Next(4) == 0 ? Junk(random) : "1234AB");
            var result = AddressNormalizer.Normalize(input);
            if (result.Address is { } address)
            {
                accepted++;
                Assert.That(ReadBack(address), Is.EqualTo(address.Key), $"{input} gave {address}");
            }
            else
            {
                Assert.That(result.Error?.Field, Is.AnyOf(Fields), $"{input}");
                Assert.That(result.Error?.Reason, Is.Not.Empty);
            }
        }

        Assert.That(accepted, Is.GreaterThan(1000), "the generator should also make valid rows");
    }

    private static string ReadBack(Address address)
    {
        var shown = address.ToString();
        var number = shown[(shown.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        var again = AddressNormalizer.Normalize(new AddressInput(null, number, null, null, address.Postcode.Value));
        return again.Address?.Key ?? $"refused: {again.Error?.Reason}";
    }

    private static string? Sometimes(Random random) => random.Next(3) == 0 ? Junk(random) : null;

    private static string? Junk(Random random)
    {
        var count = random.Next(4);
        return count == 0 ? null : string.Concat(Enumerable.Range(0, count).Select(_ => Pieces[random.Next(Pieces.Length)]));
    }
}
