using SignalHub.Domain.Vocabulary;

namespace SignalHub.Domain.Tests.Vocabulary;

internal delegate bool TryParser<T>(string? raw, out T value, out string? error);

internal delegate bool TryReader<T>(string? ddas, out T value);

/// <summary>One code list seen through its public API, so the same checks run over every list.</summary>
internal sealed record VocabularyUnderTest(
    string Name,
    string? DdasEnum,
    bool MirrorsDdasEnum,
    IReadOnlyList<Enum> Members,
    Func<Enum, string> Code,
    Func<Enum, string> Label,
    Func<Enum, string?> Ddas,
    Func<string?, Enum?> Parse,
    Func<string?, string?> ErrorFor,
    Func<string, Enum?> FromDdas)
{
    public static readonly VocabularyUnderTest[] All =
    [
        Mirror(SignalPartnerTypes.DdasEnum, SignalPartnerTypes.All, SignalPartnerTypes.ToCode, SignalPartnerTypes.DutchLabel, SignalPartnerTypes.ToDdas, SignalPartnerTypes.TryParse, SignalPartnerTypes.TryFromDdas),
        Mirror(ContactKinds.DdasEnum, ContactKinds.All, ContactKinds.ToCode, ContactKinds.DutchLabel, ContactKinds.ToDdas, ContactKinds.TryParse, ContactKinds.TryFromDdas),
        Mirror(DayParts.DdasEnum, DayParts.All, DayParts.ToCode, DayParts.DutchLabel, DayParts.ToDdas, DayParts.TryParse, DayParts.TryFromDdas),
        Mirror(SignalStatuses.DdasEnum, SignalStatuses.All, SignalStatuses.ToCode, SignalStatuses.DutchLabel, SignalStatuses.ToDdas, SignalStatuses.TryParse, SignalStatuses.TryFromDdas),
        Mirror(CaseResults.DdasEnum, CaseResults.All, CaseResults.ToCode, CaseResults.DutchLabel, CaseResults.ToDdas, CaseResults.TryParse, CaseResults.TryFromDdas),
        Of(SignalPartnerTypes.DdasEnum, false, CostTypes.All, CostTypes.ToCode, CostTypes.DutchLabel, CostTypes.ToDdas, CostTypes.TryParse, CostTypes.TryFromDdas),
        Of(SignalPartnerTypes.DdasEnum, true, PartnerTypes.All, PartnerTypes.ToCode, PartnerTypes.DutchLabel, PartnerTypes.ToDdas, PartnerTypes.TryParse, PartnerTypes.TryFromDdas),
        Of(null, false, SignalKinds.All, SignalKinds.ToCode, SignalKinds.DutchLabel, null, SignalKinds.TryParse, null),
        Of(null, false, CollectionStages.All, CollectionStages.ToCode, CollectionStages.DutchLabel, null, CollectionStages.TryParse, null),
        Of(null, false, MatchStatuses.All, MatchStatuses.ToCode, MatchStatuses.DutchLabel, null, MatchStatuses.TryParse, null),
        Of(null, false, DeliveryStatuses.All, DeliveryStatuses.ToCode, DeliveryStatuses.DutchLabel, null, DeliveryStatuses.TryParse, null),
        Of(null, false, FeedbackStatuses.All, FeedbackStatuses.ToCode, FeedbackStatuses.DutchLabel, null, FeedbackStatuses.TryParse, null),
        Of(null, false, SignalStandings.All, SignalStandings.ToCode, SignalStandings.DutchLabel, null, SignalStandings.TryParse, null),
    ];

    /// <summary>The lists that model one of the standard's enums member for member.</summary>
    public static IEnumerable<VocabularyUnderTest> DdasModels => All.Where(v => v.Name == v.DdasEnum);

    public override string ToString() => Name;

    private static VocabularyUnderTest Mirror<T>(string ddasEnum, IReadOnlyList<T> all, Func<T, string> code, Func<T, string> label, Func<T, string> ddas, TryParser<T> parse, TryReader<T> fromDdas)
        where T : struct, Enum =>
        Of(ddasEnum, true, all, code, label, ddas, parse, fromDdas) with { Name = ddasEnum };

    private static VocabularyUnderTest Of<T>(string? ddasEnum, bool mirrors, IReadOnlyList<T> all, Func<T, string> code, Func<T, string> label, Func<T, string>? ddas, TryParser<T> parse, TryReader<T>? fromDdas)
        where T : struct, Enum => new(
            typeof(T).Name,
            ddasEnum,
            mirrors,
            [.. all.Cast<Enum>()],
            v => code((T)v),
            v => label((T)v),
            v => ddas?.Invoke((T)v),
            raw => parse(raw, out var value, out _) ? value : null,
            raw => parse(raw, out _, out var error) ? null : error,
            s => fromDdas is not null && fromDdas(s, out var value) ? value : null);
}
