namespace SignalHub.Domain.Outreach;

/// <summary>The dates a case is measured against, and what the coordinator must know today.</summary>
public sealed record DeadlineFacts(DateOnly FirstAttemptDue, DateOnly DueDate, bool HasAttempt, bool Closed);

/// <summary>At risk: the first attempt is late, or the due date is near. Overdue: past the due date and not closed.</summary>
public sealed record DeadlineMarks(bool AtRisk, bool Overdue, IReadOnlyList<DeadlineRisk> Risks)
{
    public static readonly DeadlineMarks None = new(false, false, []);
}

public enum DeadlineRisk
{
    FirstAttemptLate = 1,
    DueSoon,
    Overdue,
}

/// <summary>
/// The two lead times of a case: a first contact attempt within a number of working days after dispatch, and the
/// whole cycle by the due date. Working days are Monday to Friday; public holidays are not known here and count
/// as working days. A deadline day counts whole: a first attempt due on the 10th is late from the 11th.
/// </summary>
public static class CaseDeadlines
{
    /// <summary>The day by which the first attempt is due: <paramref name="workingDays"/> weekdays after the dispatch day.</summary>
    public static DateOnly FirstAttemptDue(DateOnly dispatchedOn, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = dispatchedOn;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                counted++;
        }
        return day;
    }

    public static DeadlineMarks Assess(DeadlineFacts facts, DateOnly today, int atRiskDays)
    {
        if (facts.Closed)
            return DeadlineMarks.None;
        var risks = new List<DeadlineRisk>();
        if (!facts.HasAttempt && today > facts.FirstAttemptDue)
            risks.Add(DeadlineRisk.FirstAttemptLate);
        var daysLeft = facts.DueDate.DayNumber - today.DayNumber;
        if (daysLeft < 0)
            risks.Add(DeadlineRisk.Overdue);
        else if (daysLeft <= atRiskDays)
            risks.Add(DeadlineRisk.DueSoon);
        return new DeadlineMarks(risks.Any(r => r != DeadlineRisk.Overdue), risks.Contains(DeadlineRisk.Overdue), risks);
    }

    public static string ToCode(this DeadlineRisk risk) => risk switch
    {
        DeadlineRisk.FirstAttemptLate => "first_attempt_late",
        DeadlineRisk.DueSoon => "due_soon",
        _ => "overdue",
    };

    public static string DutchLabel(this DeadlineRisk risk) => risk switch
    {
        DeadlineRisk.FirstAttemptLate => "eerste contactpoging te laat",
        DeadlineRisk.DueSoon => "termijn loopt bijna af",
        _ => "termijn verstreken",
    };
}
