using SignalHub.Domain.Vocabulary;

namespace SignalHub.Domain.Tests.Vocabulary;

public sealed class PartnerTypesTests
{
    [TestCase("housing", PartnerType.Housing)]
    [TestCase("energy", PartnerType.Energy)]
    [TestCase("water", PartnerType.Water)]
    [TestCase("health_insurer", PartnerType.HealthInsurer)]
    [TestCase("health-insurer", PartnerType.HealthInsurer)]
    [TestCase("woningcorporatie", PartnerType.Housing)]
    [TestCase("Zorgverzekeraar", PartnerType.HealthInsurer)]
    [TestCase("drinkwaterbedrijf", PartnerType.Water)]
    [TestCase("mortgage", PartnerType.MortgageLender)]
    [TestCase("DUO", PartnerType.Duo)]
    [TestCase("belastingdienst", PartnerType.TaxAuthority)]
    [TestCase("CAK Eigen bijdrage", PartnerType.CakOwnContribution)]
    [TestCase("cak_health_insurance", PartnerType.CakHealthInsurance)]
    [TestCase("toeslagen", PartnerType.BenefitsOffice)]
    [TestCase("overig", PartnerType.Other)]
    public void When_an_administrator_registers_a_partner_Should_read_its_type(string raw, PartnerType expected)
    {
        var parsed = PartnerTypes.TryParse(raw, out var value, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.True, error);
            Assert.That(value, Is.EqualTo(expected));
        });
    }

    [TestCase("cak")]
    [TestCase("gemeente")]
    public void When_the_type_is_unknown_or_ambiguous_Should_list_the_accepted_ones(string raw)
    {
        var parsed = PartnerTypes.TryParse(raw, out _, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.False);
            Assert.That(error, Does.StartWith($"partner type is not one of: housing (woningcorporatie, corporatie, verhuurder, Huur), energy ("));
            Assert.That(error, Does.Contain("cak_health_insurance (CAK Zorgverzekeringen), cak_own_contribution (CAK Eigen bijdrage)"));
        });
    }

    [TestCase(PartnerType.Housing, new[] { CostType.Rent }, true)]
    [TestCase(PartnerType.Energy, new[] { CostType.Energy }, true)]
    [TestCase(PartnerType.Water, new[] { CostType.Water }, true)]
    [TestCase(PartnerType.HealthInsurer, new[] { CostType.HealthInsurance }, true)]
    [TestCase(PartnerType.MortgageLender, new CostType[0], false)]
    [TestCase(PartnerType.TaxAuthority, new CostType[0], false)]
    [TestCase(PartnerType.Other, new CostType[0], false)]
    public void When_a_partner_is_registered_Should_get_the_cost_types_of_its_kind(PartnerType type, CostType[] expected, bool statutory)
    {
        Assert.Multiple(() =>
        {
            Assert.That(type.DefaultCostTypes(), Is.EqualTo(expected));
            Assert.That(type.IsStatutory(), Is.EqualTo(statutory));
        });
    }

    [TestCase(PartnerType.Housing, SignalPartnerType.Rent)]
    [TestCase(PartnerType.HealthInsurer, SignalPartnerType.HealthInsurance)]
    [TestCase(PartnerType.MortgageLender, SignalPartnerType.Mortgage)]
    [TestCase(PartnerType.CakHealthInsurance, SignalPartnerType.CakHealthInsurance)]
    [TestCase(PartnerType.CakOwnContribution, SignalPartnerType.CakOwnContribution)]
    [TestCase(PartnerType.BenefitsOffice, SignalPartnerType.BenefitsOffice)]
    public void When_reported_to_the_standard_Should_name_the_signal_partner_type(PartnerType type, SignalPartnerType expected) =>
        Assert.That(type.ToSignalPartnerType(), Is.EqualTo(expected));

    [Test]
    public void When_a_statutory_partner_sends_its_own_cost_Should_agree_with_the_cost_types_partner_type()
    {
        foreach (var type in PartnerTypes.All.Where(t => t.IsStatutory()))
        {
            Assert.That(type.DefaultCostTypes().Select(c => c.ToSignalPartnerType()), Is.All.EqualTo(type.ToSignalPartnerType()), type.ToCode());
        }
    }
}
