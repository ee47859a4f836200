using SignalHub.Domain.Outreach;
using SignalHub.Domain.Routing;
using SignalHub.Domain.Vocabulary;

namespace SignalHub.Reporting;

/// <summary>What the monitor needs of one case: no names, no addresses.</summary>
public sealed class MonitorCase
{
    public Guid Id { get; init; }
    public string Route { get; init; } = "";
    public string Status { get; init; } = "";
    public string? Result { get; init; }
    public string? Schemes { get; init; }
    public string? HelpKinds { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime? ClosedAt { get; init; }
    public long HelpEvents { get; init; }
}

public sealed class MonitorAttempt
{
    public Guid CaseId { get; init; }
    public DateTime At { get; init; }
    public bool Reached { get; init; }
}

/// <summary>The case figures of the monitor, counted from the facts: the definitions are on <see cref="MonitorFigures"/>.</summary>
public sealed record CaseCounts(int Cases, IReadOnlyDictionary<string, int> Routed, int ContactMade, int HelpAccepted,
    IReadOnlyDictionary<string, int> Outcomes, IReadOnlyDictionary<string, int> Schemes, decimal? MedianDaysToFirstAttempt,
    decimal? MedianDaysToFirstContact, int WithinNorm)
{
    /// <summary>The monthly cycle's norm: from signal to help within 28 days (the Haarlem / Zandvoort working agreement).</summary>
    public static readonly TimeSpan Norm = TimeSpan.FromDays(28);

    public static CaseCounts From(IReadOnlyList<MonitorCase> cases, IReadOnlyList<MonitorAttempt> attempts)
    {
        var byCase = attempts.ToLookup(a => a.CaseId);
        var firstAttempt = new List<double>();
        var firstContact = new List<double>();
        var withinNorm = 0;
        foreach (var k in cases)
        {
            var mine = byCase[k.Id].OrderBy(a => a.At).ToList();
            if (mine.Count > 0)
                firstAttempt.Add(Days(k.CreatedAt, mine[0].At));
            var contact = mine.FirstOrDefault(a => a.Reached);
            if (contact is not null)
                firstContact.Add(Days(k.CreatedAt, contact.At));
            var handled = new[] { contact?.At, k.ClosedAt }.OfType<DateTime>().DefaultIfEmpty(DateTime.MaxValue).Min();
            if (handled - k.CreatedAt <= Norm)
                withinNorm++;
        }
        return new(cases.Count,
            Enum.GetValues<Domain.Routing.Route>().ToDictionary(r => r.ToCode(), r => cases.Count(k => k.Route == r.ToCode())),
            cases.Count(k => byCase[k.Id].Any(a => a.Reached)),
            cases.Count(k => k.Status == CaseStage.HelpAccepted.ToCode() || k.HelpEvents > 0 || !string.IsNullOrEmpty(k.HelpKinds)),
            CaseResults.All.ToDictionary(r => r.ToCode(), r => cases.Count(k => k.Status == CaseStage.Closed.ToCode() && k.Result == r.ToCode())),
            Domain.Outreach.Schemes.All.ToDictionary(s => s.ToCode(), s => cases.Count(k => Codes(k.Schemes).Contains(s.ToCode()))),
            Median(firstAttempt), Median(firstContact), withinNorm);
    }

    private static double Days(DateTime from, DateTime to) => Math.Max(0, (to - from).TotalDays);

    private static string[] Codes(string? list) => list?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];

    private static decimal? Median(List<double> days)
    {
        if (days.Count == 0)
            return null;
        days.Sort();
        var middle = days.Count / 2;
        var median = days.Count % 2 == 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2;
        return Math.Round((decimal)median, 1, MidpointRounding.AwayFromZero);
    }
}
