namespace SignalHub.Domain.Outreach;

/// <summary>One planned follow-up check: so many months after help started, due on that day.</summary>
public sealed record FollowUpPlan(int Months, DateOnly DueOn);

/// <summary>
/// Aftercare (nazorg): more than a fifth of households come back with new debts, so once help has started the
/// budget coach checks in again after set numbers of months (3 and 6 by default).
/// </summary>
public static class Aftercare
{
    public static IReadOnlyList<FollowUpPlan> Plan(DateOnly helpStarted, IEnumerable<int> months) =>
        [.. months.Where(m => m > 0).Distinct().Order().Select(m => new FollowUpPlan(m, helpStarted.AddMonths(m)))];
}
