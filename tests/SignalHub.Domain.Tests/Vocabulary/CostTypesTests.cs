using SignalHub.Domain.Vocabulary;

namespace SignalHub.Domain.Tests.Vocabulary;

public sealed class CostTypesTests
{
    private const string Accepted = "rent (huur), energy (energie), water (drinkwater), health_insurance (zorgverzekering, zorg)";

    [TestCase("rent", CostType.Rent)]
    [TestCase("huur", CostType.Rent)]
    [TestCase(" HUUR ", CostType.Rent)]
    [TestCase("energy", CostType.Energy)]
    [TestCase("Energie", CostType.Energy)]
    [TestCase("water", CostType.Water)]
    [TestCase("drinkwater", CostType.Water)]
    [TestCase("health_insurance", CostType.HealthInsurance)]
    [TestCase("health insurance", CostType.HealthInsurance)]
    [TestCase("Health-Insurance", CostType.HealthInsurance)]
    [TestCase("zorgverzekering", CostType.HealthInsurance)]
    [TestCase("zorg", CostType.HealthInsurance)]
    public void When_a_partner_names_a_cost_Should_read_its_type(string raw, CostType expected)
    {
        var parsed = CostTypes.TryParse(raw, out var value, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.True, error);
            Assert.That(value, Is.EqualTo(expected));
        });
    }

    [TestCase(null, "cost type is empty; expected one of: " + Accepted)]
    [TestCase(" ", "cost type is empty; expected one of: " + Accepted)]
    [TestCase("gas", "cost type is not one of: " + Accepted)]
    [TestCase("huurachterstand", "cost type is not one of: " + Accepted)]
    [TestCase("zorg verzekeraar", "cost type is not one of: " + Accepted)]
    public void When_a_cost_type_is_unknown_Should_list_the_accepted_ones(string? raw, string expectedError)
    {
        var parsed = CostTypes.TryParse(raw, out _, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.False);
            Assert.That(error, Is.EqualTo(expectedError));
        });
    }

    [TestCase(CostType.Rent, SignalPartnerType.Rent, "Huur")]
    [TestCase(CostType.Energy, SignalPartnerType.Energy, "Energie")]
    [TestCase(CostType.Water, SignalPartnerType.Water, "Water")]
    [TestCase(CostType.HealthInsurance, SignalPartnerType.HealthInsurance, "Zorg")]
    public void When_a_signal_is_reported_to_the_standard_Should_carry_the_partner_type_of_its_cost(CostType cost, SignalPartnerType expected, string ddas)
    {
        Assert.Multiple(() =>
        {
            Assert.That(cost.ToSignalPartnerType(), Is.EqualTo(expected));
            Assert.That(cost.ToDdas(), Is.EqualTo(ddas));
            Assert.That(CostTypes.FromDdas(ddas), Is.EqualTo(cost));
        });
    }

    [TestCase("Hypotheek")]
    [TestCase("DUO")]
    [TestCase("huur")]
    public void When_the_standard_names_no_fixed_cost_Should_not_invent_one(string ddas)
    {
        Assert.Multiple(() =>
        {
            Assert.That(CostTypes.TryFromDdas(ddas, out _), Is.False);
            Assert.That(() => CostTypes.FromDdas(ddas), Throws.ArgumentException.With.Message.Contains($"'{ddas}'"));
        });
    }
}
