using SignalHub.Domain.Values;
using SignalHub.Ingestion.Calendar;

namespace SignalHub.Browser.Tests.Fixtures;

/// <summary>The month the portal offers by default and its deadline, as SignalHub decides them (Amsterdam time).</summary>
public static class ThisMonth
{
    public const int DeadlineDay = 25;

    public static Period Period => Period.Of(DeliveryDeadline.Today(DateTime.UtcNow));

    public static DateTime Deadline => DeliveryDeadline.EndOf(Period, DeadlineDay);
}
