using System.ComponentModel.DataAnnotations;

namespace SignalHub.Ingestion.Calendar;

/// <summary>
/// The reminder window of the delivery calendar. Section <c>Ingestion</c>, beside
/// <see cref="IngestionOptions.DeadlineDay"/>, so a deadline and its reminder are configured together.
/// </summary>
public sealed class CalendarOptions
{
    /// <summary>
    /// Partners that have not delivered are reminded from the start of the day this many days before the
    /// deadline day (Amsterdam time), but not before the first of the month; 0 reminds on the deadline day itself.
    /// </summary>
    [Range(0, 27, ErrorMessage = "Ingestion:ReminderDaysBefore must be 0 to 27")]
    public int ReminderDaysBefore { get; set; } = 3;
}
