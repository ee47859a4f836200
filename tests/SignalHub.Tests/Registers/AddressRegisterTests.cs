using System.Text;
using SignalHub.Matching;
using SignalHub.Registers;
using SignalHub.Tests.Fixtures;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.Registers;

/// <summary>With the municipality's BAG register loaded, a door resolves to its nummeraanduiding, a typo is
/// flagged for the partner, and an address outside the municipality is never dispatched.</summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class AddressRegisterTests(StackKind kind)
{
    private const string Register = """
        nummeraanduiding_id;postcode;huisnummer;huisletter;huisnummertoevoeging;openbare_ruimte;woonplaats
        0392200000000012;2011AB;12;A;;Lindelaan;Spaarndam-Oost
        0392200000000013;2011AB;14;;2;Lindelaan;Spaarndam-Oost
        0392200000000014;2011 ac;3;;;Lindelaan;Spaarndam-Oost
        0392200000000015;0123AB;3;;;Lindelaan;Spaarndam-Oost
        """;

    [Test]
    public async Task Each_address_is_resolved_flagged_or_kept_out()
    {
        await using var stack = await SignalHubStack.StartAsync(kind);
        await using (var file = new MemoryStream(Encoding.UTF8.GetBytes(Register)))
        {
            var imported = await stack.Get<AddressRegister>().ImportAsync(file, CancellationToken.None);
            Assert.That((imported.RowsRead, imported.RowsImported, imported.RowsRejected), Is.EqualTo((4, 3, 1)));
            Assert.That(imported.Errors.Single().Line, Is.EqualTo(5));
        }
        var (_, key) = await stack.RegisterAsync("Woonstichting Register", "housing");
        await stack.UploadAsync(key, "2026-10", Csv(
            Row("R-1", "huur", "Jansen", "12 a", "2011AB"),
            Row("R-2", "huur", "Bakker", "14-2", "2011AB"),
            Row("R-3", "huur", "Visser", "16", "2011AB"),
            Row("R-4", "huur", "Smit", "9", "9999ZZ")));

        var matches = (await stack.Get<MatchQuery>().ListAsync(Scenario.Month("2026-10"), CancellationToken.None))
            .ToDictionary(m => m.Signals.Single().Reference);
        Assert.Multiple(() =>
        {
            Assert.That((matches["R-1"].AddressStatus, matches["R-1"].Address.BagId), Is.EqualTo(("resolved", "0392200000000012")));
            Assert.That((matches["R-2"].AddressStatus, matches["R-2"].Address.BagId), Is.EqualTo(("resolved", "0392200000000013")));
            Assert.That(matches["R-3"].AddressStatus, Is.EqualTo("not_found"));
            Assert.That(matches["R-4"].AddressStatus, Is.EqualTo("outside"));
            Assert.That(matches["R-4"].Status, Is.EqualTo("not_picked_up"), "outside the municipality: never dispatched");
            Assert.That(matches["R-3"].Status, Is.EqualTo("dispatched"), "a door the register lacks is still visited");
        });
    }
}
