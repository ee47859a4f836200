namespace SignalHub.Domain.Vocabulary;

/// <summary>The kind of creditor behind a signal: the standard's EnumSignaalpartner (DDAS v0.9).</summary>
public enum SignalPartnerType
{
    Rent = 1,
    Energy,
    Water,
    HealthInsurance,
    Mortgage,
    CakHealthInsurance,
    CakOwnContribution,
    Duo,
    TaxAuthority,
    BenefitsOffice,
    Other,
}

public static class SignalPartnerTypes
{
    public const string DdasEnum = "EnumSignaalpartner";

    private static readonly CodeList<SignalPartnerType> List = new(
        "signal partner type",
        new(SignalPartnerType.Rent, "rent", "Huur", "Huur"),
        new(SignalPartnerType.Energy, "energy", "Energie", "Energie"),
        new(SignalPartnerType.Water, "water", "Water", "Water"),
        new(SignalPartnerType.HealthInsurance, "health_insurance", "Zorg", "Zorg"),
        new(SignalPartnerType.Mortgage, "mortgage", "Hypotheek", "Hypotheek"),
        // CAK sends two kinds of signals: unpaid health-insurance premium (wanbetalersregeling) and unpaid own contribution for care.
        new(SignalPartnerType.CakHealthInsurance, "cak_health_insurance", "CAK Zorgverzekeringen", "CAK Zorgverzekeringen"),
        new(SignalPartnerType.CakOwnContribution, "cak_own_contribution", "CAK Eigen bijdrage", "CAK Eigen bijdrage"),
        new(SignalPartnerType.Duo, "duo", "DUO", "DUO"),
        new(SignalPartnerType.TaxAuthority, "tax_authority", "Belastingdienst", "Belastingdienst"),
        new(SignalPartnerType.BenefitsOffice, "benefits_office", "Dienst Toeslagen", "Dienst Toeslagen"),
        new(SignalPartnerType.Other, "other", "Overige", "Overige"));

    public static IReadOnlyList<SignalPartnerType> All => List.All;

    public static bool TryParse(string? raw, out SignalPartnerType value, out string? error) => List.TryParse(raw, out value, out error);

    public static string ToCode(this SignalPartnerType value) => List.Code(value);

    public static string DutchLabel(this SignalPartnerType value) => List.Label(value);

    public static string ToDdas(this SignalPartnerType value) => List.Ddas(value)!;

    public static bool TryFromDdas(string? ddas, out SignalPartnerType value) => List.TryFromDdas(ddas, out value);

    public static SignalPartnerType FromDdas(string ddas) => List.FromDdas(ddas, DdasEnum);
}
