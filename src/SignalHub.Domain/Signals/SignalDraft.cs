using SignalHub.Domain.Addresses;
using SignalHub.Domain.Values;
using SignalHub.Domain.Vocabulary;

namespace SignalHub.Domain.Signals;

/// <summary>A row that passed validation: typed, normalised, ready to store as a signal.</summary>
public sealed record SignalDraft
{
    public required int Line { get; init; }
    public required string Reference { get; init; }
    public required SignalKind Kind { get; init; }
    public required CostType CostType { get; init; }
    public required string Surname { get; init; }
    public string? Prefix { get; init; }
    public string? Initials { get; init; }
    public string? FirstNames { get; init; }
    public DateOnly? BirthDate { get; init; }
    public required Address Address { get; init; }
    public string? Street { get; init; }
    public string? City { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public Money? Amount { get; init; }
    public DateOnly? ArrearsSince { get; init; }
    public int? UnpaidTerms { get; init; }
    public CollectionStage? CollectionStage { get; init; }
    public DateOnly? CollectionStageDate { get; init; }
    public bool Crisis { get; init; }
    public bool WarmHandover { get; init; }
    public string? Remark { get; init; }
}
