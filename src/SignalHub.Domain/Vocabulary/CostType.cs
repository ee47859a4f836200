namespace SignalHub.Domain.Vocabulary;

/// <summary>The fixed cost a signal's arrears are for: the four statutory kinds of the Wgs.</summary>
public enum CostType
{
    Rent = 1,
    Energy,
    Water,
    HealthInsurance,
}

public static class CostTypes
{
    private static readonly CodeList<CostType> List = new(
        "cost type",
        new(CostType.Rent, "rent", "Huur", "Huur", "huur"),
        new(CostType.Energy, "energy", "Energie", "Energie", "energie"),
        new(CostType.Water, "water", "Water", "Water", "drinkwater"),
        new(CostType.HealthInsurance, "health_insurance", "Zorgverzekering", "Zorg", "zorgverzekering", "zorg"));

    public static IReadOnlyList<CostType> All => List.All;

    public static bool TryParse(string? raw, out CostType value, out string? error) => List.TryParse(raw, out value, out error);

    public static string ToCode(this CostType value) => List.Code(value);

    public static string DutchLabel(this CostType value) => List.Label(value);

    /// <summary>The standard's signal-partner type for arrears of this cost: Huur, Energie, Water or Zorg.</summary>
    public static SignalPartnerType ToSignalPartnerType(this CostType value) => SignalPartnerTypes.FromDdas(value.ToDdas());

    public static string ToDdas(this CostType value) => List.Ddas(value)!;

    public static bool TryFromDdas(string? ddas, out CostType value) => List.TryFromDdas(ddas, out value);

    public static CostType FromDdas(string ddas) => List.FromDdas(ddas, SignalPartnerTypes.DdasEnum);
}
