using SignalHub.Domain.Routing;

namespace SignalHub.Domain.Tests.Routing;

public sealed class When_a_household_is_checked_against_the_SDV_client_list
{
    private const string Door = "2011AB-12--";
    private const string OtherDoor = "2099ZZ-3--";
    private static readonly DateOnly Born = new(1978, 3, 12);
    private static readonly DateOnly OtherBirth = new(1990, 1, 1);

    // signal surname, signal birth date, client surname, client birth date, client address, expected likelihood (null: no hit), why contains
    [TestCase("Jansen", "1978-03-12", "Jansen", "1978-03-12", Door, HitLikelihood.Likely, "zelfde adres, achternaam en geboortedatum")]
    [TestCase("JANSEN", null, "jansen", "1978-03-12", Door, HitLikelihood.Likely, "zelfde adres en achternaam")]
    [TestCase("de Boer", "1978-03-12", "De  Boer", null, Door, HitLikelihood.Likely, "zelfde adres en achternaam")]
    [TestCase("Jánsen-de Vries", "1978-03-12", "Jansen de Vries", "1978-03-12", Door, HitLikelihood.Likely, "zelfde adres")]
    [TestCase("van der Kreekhout", "1978-03-12", "Kreekhout", "1978-03-12", Door, HitLikelihood.Likely, "zelfde adres, achternaam")]
    [TestCase("Kreekhout", null, "Van der Kreekhout", null, Door, HitLikelihood.Likely, "zelfde adres en achternaam")]
    [TestCase("van 't Hof", "1978-03-12", "Hof", "1978-03-12", OtherDoor, HitLikelihood.Likely, "mogelijk verhuisde cliënt")]
    [TestCase("Jansen", "1978-03-12", "Jansen", "1990-01-01", Door, HitLikelihood.Possible, "andere geboortedatum")]
    [TestCase("Jansen", "1978-03-12", "Bakker", "1978-03-12", Door, HitLikelihood.Possible, "alleen het adres")]
    [TestCase("Jansen", "1978-03-12", "Jansen", "1978-03-12", OtherDoor, HitLikelihood.Likely, "mogelijk verhuisde cliënt")]
    [TestCase("Jansen", null, "Jansen", "1978-03-12", OtherDoor, null, null)]
    [TestCase("Jansen", "1978-03-12", "Jansen", "1990-01-01", OtherDoor, null, null)]
    [TestCase("Jansen", "1978-03-12", "Bakker", "1978-03-12", OtherDoor, null, null)]
    public void Should_find_the_hit_with_its_likelihood_and_why(string surname, string? born, string clientSurname, string? clientBorn,
        string clientAddress, HitLikelihood? expected, string? why)
    {
        var client = new SdvClient("SDV-1", clientSurname, Date(clientBorn), clientAddress, "Consulent Een");

        var hit = KnownClients.Find(Door, [new SignalledPerson(surname, Date(born))], [client]);

        if (expected is null)
        {
            Assert.That(hit, Is.Null);
            return;
        }
        Assert.That(hit, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(hit!.Likelihood, Is.EqualTo(expected));
            Assert.That(hit.Why, Does.Contain(why));
            Assert.That(hit.CaseReference, Is.EqualTo("SDV-1"));
            Assert.That(hit.Caseworker, Is.EqualTo("Consulent Een"));
        });
    }

    [Test]
    public void When_several_clients_hit_Should_take_the_strongest()
    {
        var clients = new[]
        {
            new SdvClient("SDV-3", "Bakker", null, Door, null),
            new SdvClient("SDV-2", "Jansen", Born, OtherDoor, "Consulent Twee"),
            new SdvClient("SDV-1", "Jansen", null, Door, "Consulent Een"),
        };

        var hit = KnownClients.Find(Door, [new SignalledPerson("Jansen", Born)], clients);

        Assert.That(hit?.CaseReference, Is.EqualTo("SDV-1"), "same address and surname beats a moved client, which beats only the address");
    }

    [Test]
    public void When_only_a_moved_client_and_an_address_hit_remain_Should_prefer_the_moved_client()
    {
        var clients = new[] { new SdvClient("SDV-3", "Bakker", null, Door, null), new SdvClient("SDV-2", "Jansen", Born, OtherDoor, null) };

        var hit = KnownClients.Find(Door, [new SignalledPerson("Jansen", Born), new SignalledPerson("Visser", OtherBirth)], clients);

        Assert.That(hit, Is.EqualTo(new SdvHit("SDV-2", null, HitLikelihood.Likely,
            "zelfde achternaam en geboortedatum op een ander adres: mogelijk verhuisde cliënt")));
    }

    private static DateOnly? Date(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
