using System.Globalization;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using SignalHub.Scheduling;
using SignalHub.Storage;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Ingestion.Calendar;

/// <summary>
/// A stack whose clock the test turns. Quartz's own triggers are paused so that only the test runs the
/// calendar's jobs, at the times it chooses.
/// </summary>
internal static class CalendarStack
{
    public static async Task<SignalHubStack> StartAsync(StackKind kind, FakeTimeProvider clock)
    {
        var stack = await SignalHubStack.StartAsync(kind, configure: builder => builder.Services.AddSingleton<TimeProvider>(clock));
        // SchedulingRegistration names the scheduler "signalhub"; Quartz 4 registers it under that key.
        await stack.Services.GetRequiredKeyedService<IScheduler>("signalhub").PauseAll();
        return stack;
    }

    /// <summary>A wall-clock time in Amsterdam, "2026-11-22 00:00:01", as the instant the fake clock needs.</summary>
    public static DateTimeOffset Amsterdam(string local)
    {
        var time = DateTime.ParseExact(local, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(time, SchedulingRegistration.Amsterdam), TimeSpan.Zero);
    }

    public static async Task<IReadOnlyList<ReminderRow>> RemindersAsync(this SignalHubStack stack, string period) =>
        [.. await stack.Get<Database>().ReadAsync(c => c.QueryAsync<ReminderRow>(
            "SELECT partner_id AS PartnerId, kind AS Kind, sent_by_email AS SentByEmail, email_error AS EmailError FROM partner_reminders WHERE period = @Period",
            new { Period = period }), CancellationToken.None)];
}

internal sealed class ReminderRow
{
    public Guid PartnerId { get; init; }
    public string Kind { get; init; } = "";
    public bool SentByEmail { get; init; }
    public string? EmailError { get; init; }
}
