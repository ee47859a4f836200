using SignalHub.Domain.Vocabulary;

namespace SignalHub.Domain.Outreach;

/// <summary>A municipal scheme the household applied for with the worker's help (the Tilburg outcomes). The standard has no such list.</summary>
public enum Scheme
{
    SpecialAssistance = 1,
    TaxRemission,
    HousingCostAllowance,
    CollectiveHealthInsurance,
    ParticipationScheme,
}

public static class Schemes
{
    private static readonly CodeList<Scheme> List = new(
        "scheme",
        new(Scheme.SpecialAssistance, "special_assistance", "Bijzondere bijstand", null),
        new(Scheme.TaxRemission, "tax_remission", "Kwijtschelding", null),
        new(Scheme.HousingCostAllowance, "housing_cost_allowance", "Woonkostentoeslag", null),
        new(Scheme.CollectiveHealthInsurance, "collective_health_insurance", "Collectieve zorgverzekering", null),
        new(Scheme.ParticipationScheme, "participation_scheme", "Meedoenregeling", null));

    public static IReadOnlyList<Scheme> All => List.All;

    /// <summary>Accepts the code or the Dutch name: <c>kwijtschelding</c>, <c>bijzondere-bijstand</c>.</summary>
    public static bool TryParse(string? raw, out Scheme value, out string? error) => List.TryParse(raw, out value, out error);

    public static string ToCode(this Scheme value) => List.Code(value);

    public static string DutchLabel(this Scheme value) => List.Label(value);
}
