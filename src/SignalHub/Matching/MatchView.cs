namespace SignalHub.Matching;

/// <summary>
/// A match as <c>signalhub matches --json</c>, the portal and dispatch read it. Field names are a contract.
/// </summary>
public sealed record MatchView(
    Guid Id,
    string Period,
    MatchAddress Address,
    IReadOnlyList<MatchPerson> Persons,
    IReadOnlyList<MatchSignalView> Signals,
    MatchPriority Priority,
    bool Recidivist,
    Guid? RecidivistOf,
    bool MultipleArrears,
    bool Actionable,
    string Status,
    string AddressStatus,
    IReadOnlyList<MatchLink> Links);

public sealed record MatchAddress(string Postcode, int HouseNumber, string? HouseLetter, string? HouseNumberAddition, string? BagId, string? Street, string? City);

public sealed record MatchPerson(string Surname, string? Initials, DateOnly? BirthDate);

/// <param name="PossiblyOutdated">The partner has not delivered for the current month yet: the signal may no longer hold.</param>
public sealed record MatchSignalView(Guid Id, string Partner, string Reference, string CostType, decimal? Amount, DateOnly? Since,
    string? CollectionStage, DateOnly? CollectionStageDate, bool Crisis, string Kind, bool PossiblyOutdated);

/// <summary>Another match of the same person at another address ("possibly moved").</summary>
public sealed record MatchLink(Guid MatchId, string Kind, string Reason);

public sealed record MatchPriority(string Class, int Score, IReadOnlyList<string> Reasons);
