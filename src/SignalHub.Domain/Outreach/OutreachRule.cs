using SignalHub.Domain.Vocabulary;

namespace SignalHub.Domain.Outreach;

/// <summary>
/// Counts the attempts that satisfy the outreach agreement. Home visits count once per moment: a day and a
/// day-part, so two visits on the same morning are one, and a morning and an evening visit on one day are two.
/// Phone calls count once per clock minute: the agreement asks different moments of visits only, and a call
/// is cheap to repeat later the same day; the same minute twice is one call entered twice. A joint visit is one
/// attempt, whoever went. Other kinds (letter, card, mail) do not count towards the rule.
/// </summary>
public static class OutreachRule
{
    public static OutreachProgress Evaluate(IEnumerable<AttemptFact> attempts, OutreachRequirement requirement)
    {
        var all = attempts.ToList();
        var visits = all.Where(a => a.Kind == ContactKind.HomeVisit).Select(a => (a.Date, a.DayPart)).Distinct().Count();
        var calls = all.Where(a => a.Kind == ContactKind.Phone).Select(a => a.Local.Ticks / TimeSpan.TicksPerMinute).Distinct().Count();
        return new OutreachProgress(requirement, visits, calls);
    }
}

/// <summary>What the attempts so far add up to, and what is still needed, in words for the portal and the command line.</summary>
public sealed record OutreachProgress(OutreachRequirement Requirement, int HomeVisits, int PhoneCalls)
{
    public int HomeVisitsMissing => Math.Max(0, Requirement.HomeVisits - HomeVisits);

    public int PhoneCallsMissing => Math.Max(0, Requirement.PhoneCalls - PhoneCalls);

    public bool IsMet => HomeVisitsMissing == 0 && PhoneCallsMissing == 0;

    /// <summary>"nog 1 huisbezoek op een ander dagdeel of een andere dag", "nog 2 telefoongesprekken"; empty when met.</summary>
    public IReadOnlyList<string> Needs => [.. DutchVisits(), .. DutchCalls()];

    /// <summary>The same in English: "1 more home visit on another day-part or another day", "2 more phone calls".</summary>
    public IReadOnlyList<string> NeedsInEnglish => [.. EnglishVisits(), .. EnglishCalls()];

    private IEnumerable<string> DutchVisits()
    {
        var missing = HomeVisitsMissing;
        if (missing == 0)
            yield break;
        yield return (missing, HomeVisits) switch
        {
            (1, 0) => "nog 1 huisbezoek",
            (1, _) => "nog 1 huisbezoek op een ander dagdeel of een andere dag",
            (_, 0) => $"nog {missing} huisbezoeken op verschillende dagen of dagdelen",
            _ => $"nog {missing} huisbezoeken, elk op een ander dagdeel of een andere dag",
        };
    }

    private IEnumerable<string> EnglishVisits()
    {
        var missing = HomeVisitsMissing;
        if (missing == 0)
            yield break;
        yield return (missing, HomeVisits) switch
        {
            (1, 0) => "1 more home visit",
            (1, _) => "1 more home visit on another day-part or another day",
            (_, 0) => $"{missing} more home visits on different days or day-parts",
            _ => $"{missing} more home visits, each on another day-part or another day",
        };
    }

    private IEnumerable<string> DutchCalls()
    {
        if (PhoneCallsMissing > 0)
            yield return PhoneCallsMissing == 1 ? "nog 1 telefoongesprek" : $"nog {PhoneCallsMissing} telefoongesprekken";
    }

    private IEnumerable<string> EnglishCalls()
    {
        if (PhoneCallsMissing > 0)
            yield return PhoneCallsMissing == 1 ? "1 more phone call" : $"{PhoneCallsMissing} more phone calls";
    }
}
