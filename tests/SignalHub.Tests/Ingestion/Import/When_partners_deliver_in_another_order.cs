using System.Globalization;
using SignalHub.Matching;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Ingestion.Import;

/// <summary>
/// Matching must not depend on which partner delivers first: the same three files, imported in two orders
/// into two fresh installations, give the same matches (ids and timestamps aside).
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class When_partners_deliver_in_another_order(StackKind kind)
{
    private const string Period = "2026-11";

    private static readonly (string Name, string Type, string Csv)[] Deliveries =
    [
        ("Woonstichting Volgorde", "housing", """
            kenmerk;vaste_last;achternaam;voorletters;geboortedatum;straat;huisnummer;postcode;woonplaats;bedrag_achterstand;achterstand_sinds;incassofase;datum_incassofase
            VH-1;huur;Jansen;J.;12-03-1978;Lindelaan;12;2401AB;Haarlem;845,00;01-09-2026;ontruiming_gepland;15-12-2026
            VH-2;huur;de Boer;P.;;Lindelaan;14;2401AB;Haarlem;455,00;01-10-2026;;
            VH-3;huur;Visser;A.;;Kastanjelaan;3;2402CD;Haarlem;612,40;01-10-2026;aanmaning;01-11-2026

            """),
        ("Energie Volgorde", "energy", """
            reference,cost_type,surname,initials,birth_date,street,house_number,postcode,city,arrears_amount,arrears_since,collection_stage,collection_stage_date
            VE-1,energy,JANSEN,J,1978-03-12,LINDELAAN,12,2401 ab,HAARLEM,"1.234,56",2026-08-01,cutoff_scheduled,2026-12-08
            VE-2,energy,Bakker,K.,,Lindelaan,14 A,2401AB,Haarlem,312.00,2026-10-01,,
            VE-3,energy,Smit,H.,,Molenweg,7,2403EF,Haarlem,150.00,2026-10-01,,

            """),
        ("Water Volgorde", "water", """
            kenmerk;vaste_last;achternaam;straat;huisnummer;postcode;woonplaats;bedrag_achterstand;achterstand_sinds
            VW-1;drinkwater;Jansen;Lindelaan 12;;2401AB;Haarlem;64,00;01-10-2026
            VW-2;water;Smit;molenweg;7;2403 EF;Haarlem;88,00;01-09-2026
            VW-3;water;Mulder;Molenweg;9;2403EF;Haarlem;45,00;01-10-2026

            """),
    ];

    [Test]
    public async Task Should_make_the_same_matches_whichever_partner_delivers_first()
    {
        var forwards = await MatchesAfterAsync(Deliveries);
        var backwards = await MatchesAfterAsync([.. Deliveries.Reverse()]);

        Assert.That(forwards, Has.Count.EqualTo(6), string.Join("\n", forwards));
        Assert.That(backwards, Is.EqualTo(forwards));
    }

    private async Task<IReadOnlyList<string>> MatchesAfterAsync(IEnumerable<(string Name, string Type, string Csv)> deliveries)
    {
        await using var stack = await SignalHubStack.StartAsync(kind);
        foreach (var (name, type, csv) in deliveries)
        {
            var (_, key) = await stack.RegisterAsync(name, type);
            var receipt = await stack.UploadAsync(key, Period, csv);
            Assert.That(receipt.RowsAccepted, Is.EqualTo(3), () => string.Join("; ", receipt.Errors.Select(e => e.Reason)));
        }
        var matches = await stack.Get<MatchQuery>().ListAsync(Scenario.Month(Period), CancellationToken.None);
        return [.. matches.Select(Describe).Order(StringComparer.Ordinal)];
    }

    /// <summary>Everything a match says except its ids and timestamps.</summary>
    private static string Describe(MatchView m) => string.Join(" | ",
        $"{m.Address.Postcode} {m.Address.HouseNumber}{m.Address.HouseLetter} {m.Address.HouseNumberAddition} {m.Address.Street} {m.Address.City}",
        m.Status,
        $"{m.Priority.Class} {m.Priority.Score.ToString(CultureInfo.InvariantCulture)}: {string.Join(", ", m.Priority.Reasons)}",
        $"multiple {m.MultipleArrears}, actionable {m.Actionable}, recidivist {m.Recidivist}",
        string.Join("; ", m.Persons.Select(p => $"{p.Surname} {p.Initials} {p.BirthDate}")),
        string.Join("; ", m.Signals.Select(s => string.Create(CultureInfo.InvariantCulture,
            $"{s.Partner} {s.Reference} {s.Kind} {s.CostType} {s.Amount} {s.Since} {s.CollectionStage} {s.CollectionStageDate} {s.Crisis}"))));
}
