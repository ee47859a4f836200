namespace SignalHub.Domain.Vocabulary;

/// <summary>
/// The kind of organisation a partner is registered as (<c>signalhub partner add --type housing</c>).
/// The first four are the statutory fixed-cost partners; the others are the creditors the standard
/// names for experiments under the law. Each maps to one value of the standard's EnumSignaalpartner;
/// CAK is two registrations because the standard distinguishes its two kinds of signals.
/// </summary>
public enum PartnerType
{
    Housing = 1,
    Energy,
    Water,
    HealthInsurer,
    MortgageLender,
    CakHealthInsurance,
    CakOwnContribution,
    Duo,
    TaxAuthority,
    BenefitsOffice,
    Other,
}

public static class PartnerTypes
{
    private static readonly CodeList<PartnerType> List = new(
        "partner type",
        new(PartnerType.Housing, "housing", "Verhuurder", "Huur", "woningcorporatie", "corporatie", "verhuurder"),
        new(PartnerType.Energy, "energy", "Energieleverancier", "Energie", "energieleverancier"),
        new(PartnerType.Water, "water", "Drinkwaterbedrijf", "Water", "drinkwaterbedrijf", "waterbedrijf"),
        new(PartnerType.HealthInsurer, "health_insurer", "Zorgverzekeraar", "Zorg", "zorgverzekeraar"),
        new(PartnerType.MortgageLender, "mortgage_lender", "Hypotheekverstrekker", "Hypotheek", "mortgage"),
        new(PartnerType.CakHealthInsurance, "cak_health_insurance", "CAK Zorgverzekeringen", "CAK Zorgverzekeringen"),
        new(PartnerType.CakOwnContribution, "cak_own_contribution", "CAK Eigen bijdrage", "CAK Eigen bijdrage"),
        new(PartnerType.Duo, "duo", "DUO", "DUO"),
        new(PartnerType.TaxAuthority, "tax_authority", "Belastingdienst", "Belastingdienst"),
        new(PartnerType.BenefitsOffice, "benefits_office", "Dienst Toeslagen", "Dienst Toeslagen", "toeslagen"),
        new(PartnerType.Other, "other", "Overige schuldeiser", "Overige", "overig"));

    public static IReadOnlyList<PartnerType> All => List.All;

    public static bool TryParse(string? raw, out PartnerType value, out string? error) => List.TryParse(raw, out value, out error);

    public static string ToCode(this PartnerType value) => List.Code(value);

    public static string DutchLabel(this PartnerType value) => List.Label(value);

    public static SignalPartnerType ToSignalPartnerType(this PartnerType value) => SignalPartnerTypes.FromDdas(value.ToDdas());

    public static string ToDdas(this PartnerType value) => List.Ddas(value)!;

    public static bool TryFromDdas(string? ddas, out PartnerType value) => List.TryFromDdas(ddas, out value);

    public static PartnerType FromDdas(string ddas) => List.FromDdas(ddas, SignalPartnerTypes.DdasEnum);

    /// <summary>Housing, energy, water and health insurers must signal under the Wgs; the others only in experiments.</summary>
    public static bool IsStatutory(this PartnerType value) =>
        value is PartnerType.Housing or PartnerType.Energy or PartnerType.Water or PartnerType.HealthInsurer;

    /// <summary>
    /// The cost types a partner of this type may send unless its registration says otherwise. The
    /// experimental creditors have none: their arrears are not one of the four fixed costs.
    /// </summary>
    public static IReadOnlyList<CostType> DefaultCostTypes(this PartnerType value) => value switch
    {
        PartnerType.Housing => [CostType.Rent],
        PartnerType.Energy => [CostType.Energy],
        PartnerType.Water => [CostType.Water],
        PartnerType.HealthInsurer => [CostType.HealthInsurance],
        _ => [],
    };
}
