using System.Globalization;
using SignalHub.Domain.Values;

namespace SignalHub.Domain.Tests.Values;

public sealed class MoneyTests
{
    [TestCase("1234.56", "1234.56")]
    [TestCase("1234,56", "1234.56")]
    [TestCase("1.234,56", "1234.56")]
    [TestCase("1,234.56", "1234.56")]
    [TestCase("EUR 1.234,56", "1234.56")]
    [TestCase("eur1234,56", "1234.56")]
    [TestCase("€ 1.234,56", "1234.56")]
    [TestCase("€1234", "1234")]
    [TestCase("1234 EUR", "1234")]
    [TestCase("1234 €", "1234")]
    [TestCase(" 75 ", "75")]
    [TestCase("1234.5", "1234.50")]
    [TestCase("0,5", "0.50")]
    [TestCase("0075", "75")]
    [TestCase("1.234", "1234")]
    [TestCase("1,234", "1234")]
    [TestCase("1.23", "1.23")]
    [TestCase("1,23", "1.23")]
    [TestCase("1.234.567", "1234567")]
    [TestCase("1,234,567.89", "1234567.89")]
    [TestCase("1.234.567,89", "1234567.89")]
    [TestCase("-12,50", "-12.50")]
    [TestCase("-€ 12,50", "-12.50")]
    [TestCase("€ -1.234,56", "-1234.56")]
    public void When_a_partner_writes_an_amount_Should_read_the_euros(string raw, string expected)
    {
        var parsed = Money.TryParse(raw, out var money, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.True, error);
            Assert.That(error, Is.Null);
            Assert.That(money.Amount, Is.EqualTo(Euros(expected)));
        });
    }

    [TestCase(null, "amount is empty; expected a number like 1234.56 or 1.234,56")]
    [TestCase("", "amount is empty; expected a number like 1234.56 or 1.234,56")]
    [TestCase("   ", "amount is empty; expected a number like 1234.56 or 1.234,56")]
    [TestCase("abc", "amount is not a number like 1234.56 or 1.234,56")]
    [TestCase("12,34,56", "amount is not a number like 1234.56 or 1.234,56")]
    [TestCase("1.2.3,4", "amount is not a number like 1234.56 or 1.234,56")]
    [TestCase("1.23.456", "amount is not a number like 1234.56 or 1.234,56")]
    [TestCase("1 234,56", "amount is not a number like 1234.56 or 1.234,56")]
    [TestCase("1234.", "amount is not a number like 1234.56 or 1.234,56")]
    [TestCase(",50", "amount is not a number like 1234.56 or 1.234,56")]
    [TestCase("--12", "amount is not a number like 1234.56 or 1.234,56")]
    [TestCase("$ 12", "amount is not a number like 1234.56 or 1.234,56")]
    [TestCase("1e3", "amount is not a number like 1234.56 or 1.234,56")]
    [TestCase("1234.567", "amount has more than 2 decimals; expected whole cents, like 1234.56")]
    [TestCase("0,125", "amount has more than 2 decimals; expected whole cents, like 1234.56")]
    [TestCase("1.234,567", "amount has more than 2 decimals; expected whole cents, like 1234.56")]
    [TestCase("99999999999999999999999999999999", "amount is too large to be an amount")]
    public void When_an_amount_is_not_readable_Should_say_why(string? raw, string expectedError)
    {
        var parsed = Money.TryParse(raw, out _, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.False);
            Assert.That(error, Is.EqualTo(expectedError));
        });
    }

    [Test]
    public void When_a_whole_row_is_pasted_into_the_amount_Should_quote_only_its_start()
    {
        var row = "Jansen;Voorbeeldstraat 1;1234AB;huur;twaalf euro vijftig;2026-11-03";

        var parsed = Money.TryParse(row, out _, out var error);

        Assert.That(parsed, Is.False);
        Assert.That(error, Is.EqualTo("amount is not a number like 1234.56 or 1.234,56"));
    }

    [TestCase("1234.56", "€ 1.234,56")]
    [TestCase("75", "€ 75,00")]
    [TestCase("0.5", "€ 0,50")]
    [TestCase("1234567.8", "€ 1.234.567,80")]
    [TestCase("-12.5", "€ -12,50")]
    public void When_the_portal_shows_an_amount_Should_write_it_the_Dutch_way(string amount, string expected)
    {
        var money = new Money(Euros(amount));

        Assert.That(money.ToDutchString(), Is.EqualTo(expected));
    }

    [TestCase("1234.56")]
    [TestCase("-0.01")]
    [TestCase("1000000")]
    public void When_the_Dutch_form_is_read_back_Should_give_the_same_amount(string amount)
    {
        var money = new Money(Euros(amount));

        Assert.Multiple(() =>
        {
            Assert.That(Money.TryParse(money.ToDutchString(), out var fromDutch, out _), Is.True);
            Assert.That(fromDutch, Is.EqualTo(money));
            Assert.That(Money.TryParse(money.ToString(), out var fromInvariant, out _), Is.True);
            Assert.That(fromInvariant, Is.EqualTo(money));
        });
    }

    [Test]
    public void When_an_amount_has_fractions_of_cents_Should_refuse_to_construct_it() =>
        Assert.That(() => new Money(12.345m), Throws.TypeOf<ArgumentOutOfRangeException>());

    [TestCase("0.01", true)]
    [TestCase("0", false)]
    [TestCase("-5", false)]
    public void When_the_caller_requires_a_positive_amount_Should_tell_which_are(string amount, bool positive) =>
        Assert.That(new Money(Euros(amount)).IsPositive, Is.EqualTo(positive));

    [TestCase("450.49", 450)]
    [TestCase("450.50", 451)]
    [TestCase("-450.50", -451)]
    public void When_exported_to_the_standard_Should_round_to_whole_euros(string amount, long expected) =>
        Assert.That(new Money(Euros(amount)).ToWholeEuros(), Is.EqualTo(expected));

    [Test]
    public void When_arrears_are_added_Should_stay_exact()
    {
        var total = new Money(0.10m) + new Money(0.20m) - new Money(0.05m);

        Assert.Multiple(() =>
        {
            Assert.That(total, Is.EqualTo(new Money(0.25m)));
            Assert.That(new Money(2m) > new Money(1.99m), Is.True);
        });
    }

    [Test]
    public void When_two_amounts_differ_only_in_trailing_zeros_Should_be_equal() =>
        Assert.That(new Money(12.5m), Is.EqualTo(new Money(12.50m)));

    private static decimal Euros(string invariant) => decimal.Parse(invariant, NumberStyles.Number, CultureInfo.InvariantCulture);
}
