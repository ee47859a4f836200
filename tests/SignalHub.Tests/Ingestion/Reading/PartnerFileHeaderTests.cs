using SignalHub.Ingestion.Reading;

namespace SignalHub.Tests.Ingestion.Reading;

public sealed class PartnerFileHeaderTests
{
    private static readonly string[] _minimal = ["kenmerk", "vaste_last", "achternaam", "huisnummer", "postcode", "bedrag_achterstand", "achterstand_sinds"];

    [TestCase("reference", PartnerColumn.Reference)]
    [TestCase("kenmerk", PartnerColumn.Reference)]
    [TestCase("kind", PartnerColumn.Kind)]
    [TestCase("soort", PartnerColumn.Kind)]
    [TestCase("cost_type", PartnerColumn.CostType)]
    [TestCase("vaste_last", PartnerColumn.CostType)]
    [TestCase("surname", PartnerColumn.Surname)]
    [TestCase("achternaam", PartnerColumn.Surname)]
    [TestCase("prefix", PartnerColumn.Prefix)]
    [TestCase("tussenvoegsel", PartnerColumn.Prefix)]
    [TestCase("initials", PartnerColumn.Initials)]
    [TestCase("voorletters", PartnerColumn.Initials)]
    [TestCase("first_names", PartnerColumn.FirstNames)]
    [TestCase("voornamen", PartnerColumn.FirstNames)]
    [TestCase("birth_date", PartnerColumn.BirthDate)]
    [TestCase("geboortedatum", PartnerColumn.BirthDate)]
    [TestCase("street", PartnerColumn.Street)]
    [TestCase("straat", PartnerColumn.Street)]
    [TestCase("straatnaam", PartnerColumn.Street)]
    [TestCase("house_number", PartnerColumn.HouseNumber)]
    [TestCase("huisnummer", PartnerColumn.HouseNumber)]
    [TestCase("house_letter", PartnerColumn.HouseLetter)]
    [TestCase("huisletter", PartnerColumn.HouseLetter)]
    [TestCase("house_number_addition", PartnerColumn.HouseNumberAddition)]
    [TestCase("toevoeging", PartnerColumn.HouseNumberAddition)]
    [TestCase("huisnummertoevoeging", PartnerColumn.HouseNumberAddition)]
    [TestCase("postcode", PartnerColumn.Postcode)]
    [TestCase("city", PartnerColumn.City)]
    [TestCase("woonplaats", PartnerColumn.City)]
    [TestCase("plaats", PartnerColumn.City)]
    [TestCase("phone", PartnerColumn.Phone)]
    [TestCase("telefoon", PartnerColumn.Phone)]
    [TestCase("telefoonnummer", PartnerColumn.Phone)]
    [TestCase("email", PartnerColumn.Email)]
    [TestCase("e-mail", PartnerColumn.Email)]
    [TestCase("emailadres", PartnerColumn.Email)]
    [TestCase("arrears_amount", PartnerColumn.ArrearsAmount)]
    [TestCase("bedrag_achterstand", PartnerColumn.ArrearsAmount)]
    [TestCase("achterstand", PartnerColumn.ArrearsAmount)]
    [TestCase("arrears_since", PartnerColumn.ArrearsSince)]
    [TestCase("achterstand_sinds", PartnerColumn.ArrearsSince)]
    [TestCase("datum_achterstand", PartnerColumn.ArrearsSince)]
    [TestCase("unpaid_terms", PartnerColumn.UnpaidTerms)]
    [TestCase("aantal_termijnen", PartnerColumn.UnpaidTerms)]
    [TestCase("collection_stage", PartnerColumn.CollectionStage)]
    [TestCase("incassofase", PartnerColumn.CollectionStage)]
    [TestCase("collection_stage_date", PartnerColumn.CollectionStageDate)]
    [TestCase("datum_incassofase", PartnerColumn.CollectionStageDate)]
    [TestCase("crisis", PartnerColumn.Crisis)]
    [TestCase("crisissignaal", PartnerColumn.Crisis)]
    [TestCase("warm_handover", PartnerColumn.WarmHandover)]
    [TestCase("warme_overdracht", PartnerColumn.WarmHandover)]
    [TestCase("remark", PartnerColumn.Remark)]
    [TestCase("opmerking", PartnerColumn.Remark)]
    [TestCase("KENMERK", PartnerColumn.Reference, TestName = "Upper case")]
    [TestCase("Huis-Nummer", PartnerColumn.HouseNumber, TestName = "Hyphen and mixed case")]
    [TestCase("huis nummer", PartnerColumn.HouseNumber, TestName = "Space inside")]
    [TestCase("Bedrag Achterstand", PartnerColumn.ArrearsAmount, TestName = "Space for underscore")]
    [TestCase("  Postcode\t", PartnerColumn.Postcode, TestName = "Surrounding whitespace")]
    [TestCase("\uFEFFKenmerk", PartnerColumn.Reference, TestName = "Byte-order mark in the first name")]
    [TestCase("E_MAIL", PartnerColumn.Email, TestName = "Underscore for hyphen")]
    public void When_a_column_has_a_known_name_Should_map_it_to_its_canonical_column(string name, PartnerColumn expected)
    {
        var map = PartnerFileHeader.Map(["foo", name]);

        Assert.That(map.IndexOf(expected), Is.EqualTo(1));
    }

    [Test]
    public void When_the_minimal_header_is_given_Should_be_valid_without_warnings()
    {
        var map = PartnerFileHeader.Map(_minimal);

        Assert.Multiple(() =>
        {
            Assert.That(map.Errors, Is.Empty);
            Assert.That(map.Warnings, Is.Empty);
            Assert.That(map.Has(PartnerColumn.Remark), Is.False);
        });
    }

    [Test]
    public void When_the_postcode_column_is_missing_Should_name_it_and_its_accepted_names()
    {
        var map = PartnerFileHeader.Map(_minimal.Where(name => name != "postcode").ToArray());

        Assert.That(map.Errors, Is.EqualTo(Records.Lines(new StructuralError("header.missing_column",
            "required column 'postcode' is missing (accepted names: postcode)"))));
    }

    [TestCase("straat", true, TestName = "With a street column the house number may be glued to it")]
    [TestCase("opmerking", false, TestName = "Without a street column the house number is required")]
    public void When_the_house_number_column_is_missing_Should_depend_on_a_street_column(string otherColumn, bool valid)
    {
        var map = PartnerFileHeader.Map([.. _minimal.Where(name => name != "huisnummer"), otherColumn]);

        Assert.Multiple(() =>
        {
            Assert.That(map.IsValid, Is.EqualTo(valid));
            Assert.That(map.Errors.Select(error => error.Message),
                valid ? Is.Empty : Has.One.Contains("accepted names: house_number, huisnummer"));
        });
    }

    [Test]
    public void When_two_columns_mean_the_same_Should_refuse_and_name_both()
    {
        var map = PartnerFileHeader.Map([.. _minimal, "Reference"]);

        Assert.That(map.Errors, Is.EqualTo(Records.Lines(new StructuralError("header.duplicate_column",
            "columns 1 ('kenmerk') and 8 ('Reference') both mean 'reference'; keep one of them"))));
    }

    [Test]
    public void When_a_column_is_unknown_or_unnamed_Should_warn_and_go_on()
    {
        var map = PartnerFileHeader.Map([.. _minimal.Take(6), "foo", _minimal[6], ""]);

        Assert.Multiple(() =>
        {
            Assert.That(map.IsValid);
            Assert.That(map.Warnings, Is.EqualTo(Records.Lines("unknown column 'foo' (column 7) is ignored",
                "column 9 has no name and is ignored")));
            Assert.That(map.IndexOf(PartnerColumn.ArrearsSince), Is.EqualTo(7));
        });
    }

    [TestCase(new[] { "", " " }, "header.empty", TestName = "Only empty names")]
    [TestCase(new[] { "K0001", "huur", "Voorbeeld", "1234AB" }, "header.unrecognised", TestName = "A data row where the header should be")]
    [TestCase(new[] { "kenmerk|achternaam|postcode" }, "header.unrecognised", TestName = "An unsupported delimiter")]
    public void When_the_first_line_is_no_header_Should_refuse_with_one_clear_error(string[] fields, string expectedCode)
    {
        var map = PartnerFileHeader.Map(fields);

        Assert.That(map.Errors.Select(error => error.Code), Is.EqualTo(Records.Lines(expectedCode)));
    }

    [Test]
    public void When_getting_a_value_Should_give_it_as_written_or_null_for_an_absent_column()
    {
        var map = PartnerFileHeader.Map(_minimal);
        string[] row = ["K1", "huur", " Voorbeeld ", "12", "1234AB", "10,00", "2026-10-01"];

        Assert.Multiple(() =>
        {
            Assert.That(map.Get(row, PartnerColumn.Surname), Is.EqualTo(" Voorbeeld "));
            Assert.That(map.Get(row, PartnerColumn.City), Is.Null);
        });
    }
}
