using SignalHub.Domain.Vocabulary;

namespace SignalHub.Domain.Matching;

/// <summary>What the matcher needs to know of one current signal at an address.</summary>
public sealed record MatchSignal
{
    public required Guid Id { get; init; }
    public required Guid PartnerId { get; init; }
    public required Guid DeliveryId { get; init; }
    public required DateTime DeliveryReceivedAt { get; init; }
    public required string Reference { get; init; }
    public required SignalKind Kind { get; init; }
    public required CostType CostType { get; init; }
    public required string Surname { get; init; }
    public string? Initials { get; init; }
    public DateOnly? BirthDate { get; init; }
    public decimal? Amount { get; init; }
    public DateOnly? ArrearsSince { get; init; }
    public int? UnpaidTerms { get; init; }
    public CollectionStage? CollectionStage { get; init; }
    public DateOnly? CollectionStageDate { get; init; }
    public bool Crisis { get; init; }
}
