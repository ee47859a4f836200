using SignalHub.Domain.Addresses;

namespace SignalHub.Domain.Tests.Addresses;

/// <summary>Each refusal points the partner at the column to fix and the rule, never quoting what they wrote (the reason is stored).</summary>
public sealed class When_a_partner_row_is_refused
{
    // "street|house number|house letter|addition|postcode", then the field, code and the value the reason must not quote.
    [TestCase("Dorpsstraat|12|||0123AB", "postcode", "postcode.invalid", "'0123AB'")]
    [TestCase("Dorpsstraat|12|||1234 SS", "postcode", "postcode.reserved_letters", "'1234 SS'")]
    [TestCase("Dorpsstraat|12|||", "postcode", "postcode.missing", "Dorpsstraat")]
    [TestCase("Dorpsstraat||||1234AB", "house_number", "house_number.missing", "'Dorpsstraat'")]
    [TestCase("Dorpsstraat|abc|||1234AB", "house_number", "house_number.invalid", "'abc'")]
    [TestCase("Dorpsstraat|0|||1234AB", "house_number", "house_number.out_of_range", "'0'")]
    [TestCase("Dorpsstraat|100000|||1234AB", "house_number", "house_number.out_of_range", "'100000'")]
    [TestCase("Dorpsstraat|12 achterhuis|||1234AB", "house_number", "house_number_addition.invalid", "'12 achterhuis'")]
    [TestCase("Dorpsstraat|12 é|||1234AB", "house_number", "house_number_addition.invalid", "'é'")]
    [TestCase("Dorpsstraat|12|AB||1234AB", "house_letter", "house_letter.invalid", "'AB'")]
    [TestCase("Dorpsstraat|12a|b||1234AB", "house_letter", "house_letter.conflict", "'12a'")]
    [TestCase("Dorpsstraat|12||souterrain|1234AB", "house_number_addition", "house_number_addition.invalid", "'souterrain'")]
    [TestCase("Dorpsstraat|12-1||2|1234AB", "house_number_addition", "house_number_addition.conflict", "'12-1'")]
    public void Should_name_the_field_and_the_code_but_not_the_value(string row, string field, string code, string quoted)
    {
        var result = Spelling.OfRow(row);
        Assert.Multiple(() =>
        {
            Assert.That(result.IsValid, Is.False);
            Assert.That(result.Address, Is.Null);
            Assert.That(result.Error?.Field, Is.EqualTo(field));
            Assert.That(result.Error?.Code, Is.EqualTo(code));
            Assert.That(result.Error?.Reason, Does.Not.Contain(quoted).And.Not.Empty);
        });
    }

    // Several problems: the first in column order is reported.
    [TestCase("Dorpsstraat|0|AB|achterhuis|0123AB", "house_number")]
    [TestCase("Dorpsstraat|12|AB|achterhuis|0123AB", "house_letter")]
    [TestCase("Dorpsstraat|12||achterhuis|0123AB", "house_number_addition")]
    public void Should_report_the_first_problem_in_column_order(string row, string field)
    {
        Assert.That(Spelling.OfRow(row).Error?.Field, Is.EqualTo(field));
    }

    [Test]
    public void Should_give_a_valid_result_no_error()
    {
        var result = Spelling.OfRow("Dorpsstraat|12|||1234AB");
        Assert.Multiple(() =>
        {
            Assert.That(result.IsValid, Is.True);
            Assert.That(result.Error, Is.Null);
            Assert.That(result.Street, Is.EqualTo("Dorpsstraat"));
        });
    }

    [Test]
    public void Should_refuse_no_input_at_all_with_an_argument_exception()
    {
        Assert.That(() => AddressNormalizer.Normalize(null!), Throws.ArgumentNullException);
    }
}
