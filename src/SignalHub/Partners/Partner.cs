using SignalHub.Domain.Vocabulary;

namespace SignalHub.Partners;

/// <summary>A registered fixed-cost partner and the cost types it may send (data minimisation).</summary>
public sealed class Partner
{
    public Guid Id { get; init; }

    public string Name { get; init; } = "";

    public string Type { get; init; } = "";

    /// <summary>Comma-separated cost type codes, e.g. <c>rent</c>.</summary>
    public string CostTypes { get; init; } = "";

    public string? ContactName { get; init; }

    public string? ContactEmail { get; init; }

    public DateTime CreatedAt { get; init; }

    public IReadOnlySet<CostType> AllowedCostTypes() =>
        CostTypes.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(code => Domain.Vocabulary.CostTypes.TryParse(code, out var type, out _) ? type : (CostType?)null)
            .OfType<CostType>()
            .ToHashSet();
}
