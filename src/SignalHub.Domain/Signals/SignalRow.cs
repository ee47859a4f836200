namespace SignalHub.Domain.Signals;

/// <summary>One record of a partner file as written, by canonical column; nothing is parsed yet.</summary>
public sealed record SignalRow
{
    /// <summary>The 1-based line in the file where the record starts (the header is line 1).</summary>
    public int Line { get; init; }

    public string? Reference { get; init; }
    public string? Kind { get; init; }
    public string? CostType { get; init; }
    public string? Surname { get; init; }
    public string? Prefix { get; init; }
    public string? Initials { get; init; }
    public string? FirstNames { get; init; }
    public string? BirthDate { get; init; }
    public string? Street { get; init; }
    public string? HouseNumber { get; init; }
    public string? HouseLetter { get; init; }
    public string? HouseNumberAddition { get; init; }
    public string? Postcode { get; init; }
    public string? City { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? ArrearsAmount { get; init; }
    public string? ArrearsSince { get; init; }
    public string? UnpaidTerms { get; init; }
    public string? CollectionStage { get; init; }
    public string? CollectionStageDate { get; init; }
    public string? Crisis { get; init; }
    public string? WarmHandover { get; init; }
    public string? Remark { get; init; }
}
