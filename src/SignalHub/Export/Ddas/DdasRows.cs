namespace SignalHub.Export.Ddas;

/// <summary>The period of an export as instants: from the start of the first Amsterdam day to the start of the day after the last.</summary>
public sealed record DdasWindow(DateOnly FirstDay, DateOnly LastDay)
{
    public DateTime From => Outreach.AmsterdamTime.FromLocal(FirstDay.ToDateTime(TimeOnly.MinValue)).UtcDateTime;

    public DateTime Until => Outreach.AmsterdamTime.FromLocal(LastDay.AddDays(1).ToDateTime(TimeOnly.MinValue)).UtcDateTime;
}

internal sealed class DdasSignalRow
{
    public Guid Id { get; init; }
    public DateTime ReceivedAt { get; init; }
    public DateOnly? ArrearsSince { get; init; }
    public decimal? Amount { get; init; }
    public bool Crisis { get; init; }
    public bool WarmHandover { get; init; }
    public string CostType { get; init; } = "";
    public string Postcode { get; init; } = "";
    public int HouseNumber { get; init; }
    public string? HouseLetter { get; init; }
    public string? Addition { get; init; }

    /// <summary>SignalHub's own state of the signal: current or withdrawn.</summary>
    public string State { get; init; } = "";
    public string? NotPickedUp { get; init; }
    public Guid? CaseId { get; init; }
    public string? CaseResult { get; init; }
}

internal sealed class DdasCaseRow
{
    public Guid Id { get; init; }
    public string Period { get; init; } = "";
    public string? Result { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime MatchedAt { get; init; }
}

internal sealed class DdasCaseSignalRow
{
    public Guid CaseId { get; init; }
    public Guid SignalId { get; init; }
}

internal sealed class DdasAttemptRow
{
    public Guid CaseId { get; init; }
    public string Kind { get; init; } = "";
    public DateTime At { get; init; }
    public string DayPart { get; init; } = "";
    public bool Reached { get; init; }
}

internal sealed record DdasCase(DdasCaseRow Case, IReadOnlyList<Guid> SignalIds, IReadOnlyList<DdasAttemptRow> Attempts);
