using System.Reflection;
using System.Text.RegularExpressions;
using SignalHub.Domain.Addresses;
using SignalHub.Ingestion.Reading;
using SignalHub.Portal;

namespace SignalHub.Tests.Portal;

/// <summary>
/// The one table of Dutch texts: every code the row validation and the file reader can give has a sentence of its own,
/// and every system actor a name a person understands.
/// </summary>
public sealed partial class When_codes_and_actors_are_shown_in_dutch
{
    /// <summary>The validator's codes that are not constants (they are made from the column name).</summary>
    private static readonly string[] ValidatorCodes =
    [
        "reference.missing", "reference.too_long", "kind.invalid", "cost_type.missing", "cost_type.invalid", "cost_type.not_allowed",
        "surname.missing", "birth_date.invalid", "birth_date.in_future", "birth_date.out_of_range", "arrears_amount.missing",
        "arrears_amount.invalid", "arrears_amount.not_positive", "arrears_amount.out_of_range", "arrears_since.missing",
        "arrears_since.invalid", "arrears_since.in_future", "unpaid_terms.invalid", "collection_stage.invalid",
        "collection_stage_date.invalid", "crisis.invalid", "warm_handover.invalid", "email.invalid", "email.too_long",
        "value.control_characters", "remark.too_long",
    ];

    public static IEnumerable<string> Codes() =>
        ValidatorCodes
            .Concat(Constants(typeof(AddressErrorCodes)))
            .Concat(Constants(typeof(RecordError)));

    [TestCaseSource(nameof(Codes))]
    public void Should_give_each_row_error_code_a_dutch_sentence(string code)
    {
        var column = code.Split('.')[0];
        var text = Labels.RowError(code, column switch { "record" => null, "value" => "surname", _ => column });
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.EndWith("is afgekeurd."), "a sentence of its own, not the fallback");
            Assert.That(Regex.Replace(text, @"\S+@\S+", ""), Does.Not.Match(CodeShape()), "no code in the sentence (an e-mail address is no code)");
            Assert.That(Labels.RowErrorInShort(code), Does.Not.Match(CodeShape()).And.Not.EndWith("afgekeurd"));
        });
    }

    [TestCase("arrears_since", "achterstand sinds")]
    [TestCase("house_number_addition", "toevoeging")]
    [TestCase("cost_type", "vaste last")]
    [TestCase("postcode", "postcode")]
    [TestCase(null, "hele regel")]
    public void Should_name_a_field_as_partners_call_it(string? column, string expected) =>
        Assert.That(Labels.Field(column), Is.EqualTo(expected));

    [TestCase("signalhub:deadlines", "SignalHub (termijnbewaking)")]
    [TestCase("signalhub:actuality", "SignalHub (actualiteitscheck)")]
    [TestCase("signalhub:routing", "SignalHub (automatisch)")]
    [TestCase("signalhub:retention", "SignalHub (bewaartermijnen)")]
    [TestCase("user:demo-coordinator", "demo-coordinator")]
    [TestCase("portal:anonymous", "niet ingelogde bezoeker")]
    [TestCase("Anouk de Lange", "Anouk de Lange")]
    public void Should_name_every_actor_in_dutch(string actor, string expected) =>
        Assert.That(Labels.Actor(actor), Is.EqualTo(expected));

    [Test]
    public void Should_say_in_dutch_why_a_file_was_refused_and_what_was_ignored()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Labels.FileProblem(StructuralError.HeaderMissingColumn, "required column 'postcode' is missing"),
                Is.EqualTo("De kopregel mist een verplichte kolom (postcode)."));
            Assert.That(Labels.FileWarning("unknown column 'klantnr' (column 3) is ignored"), Is.EqualTo("Onbekende kolom 'klantnr' (kolom 3) is genegeerd."));
            Assert.That(Labels.MatchStatus("not_picked_up"), Is.EqualTo("niet opgepakt"));
        });
    }

    private static IEnumerable<string> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    [GeneratedRegex(@"\b[a-z]+_[a-z_]+\b|\b[a-z]{2,}\.[a-z_]{2,}\b")]
    private static partial Regex CodeShape();
}
