using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SignalHub.Ingestion.Calendar;
using SignalHub.Tests.Fixtures;
using static SignalHub.Tests.Fixtures.PartnerFiles;
using static SignalHub.Tests.Ingestion.Calendar.CalendarStack;

namespace SignalHub.Tests.Ingestion.Calendar;

/// <summary>
/// November 2026, deadline the 25th, reminders 3 days before: from Sunday 22 November, 00:00 in Amsterdam.
/// One partner delivered early in the month, the other has not.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class When_the_delivery_deadline_comes_near(StackKind kind)
{
    private FakeTimeProvider _clock = null!;
    private SignalHubStack _stack = null!;
    private Guid _delivered;
    private Guid _undelivered;

    [SetUp]
    public async Task StartAsync()
    {
        _clock = new FakeTimeProvider(Amsterdam("2026-11-02 09:00:00"));
        _stack = await CalendarStack.StartAsync(kind, _clock);
        var (housing, housingKey) = await _stack.RegisterAsync("Woonstichting Kalender", "housing");
        _undelivered = (await _stack.RegisterAsync("Waterbedrijf Kalender", "water")).Partner.Id;
        _delivered = housing.Id;
        _clock.SetUtcNow(Amsterdam("2026-11-10 14:00:00"));
        var receipt = await _stack.UploadAsync(housingKey, "2026-11", Csv(Row("K-1", "huur", "Jansen", "12", "2011AB")));
        Assert.That(receipt.Status, Is.EqualTo("completed"));
    }

    [TearDown]
    public async Task StopAsync()
    {
        if (_stack is not null)
            await (_stack?.DisposeAsync() ?? ValueTask.CompletedTask);
    }

    [Test]
    public async Task Should_remind_no_one_before_the_window_opens()
    {
        _clock.SetUtcNow(Amsterdam("2026-11-21 23:59:59"));

        var recorded = await Job().RunAsync(CancellationToken.None);

        Assert.That(recorded, Is.Zero);
        Assert.That(await _stack.RemindersAsync("2026-11"), Is.Empty);
    }

    [Test]
    public async Task Should_remind_each_partner_without_a_delivery_exactly_once()
    {
        _clock.SetUtcNow(Amsterdam("2026-11-22 00:00:01"));

        // Three schedulers at once, then the next hour's run.
        var racing = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Job().RunAsync(CancellationToken.None)));
        _clock.Advance(TimeSpan.FromHours(1));
        var nextHour = await Job().RunAsync(CancellationToken.None);

        var reminders = await _stack.RemindersAsync("2026-11");
        Assert.Multiple(() =>
        {
            Assert.That(racing.Sum(), Is.EqualTo(1), "the racing runs recorded one reminder between them");
            Assert.That(nextHour, Is.Zero);
            Assert.That(reminders.Select(r => r.PartnerId), Is.EqualTo(new[] { _undelivered }));
            Assert.That(reminders[0].Kind, Is.EqualTo(ReminderKind.Reminder));
            Assert.That(reminders[0].SentByEmail, Is.False, "e-mail is not configured");
            Assert.That(reminders[0].EmailError, Is.Null, "nothing was tried, so nothing failed");
        });
    }

    [Test]
    public async Task Should_show_the_reminder_and_the_open_delivery_in_the_calendar()
    {
        _clock.SetUtcNow(Amsterdam("2026-11-23 08:00:00"));
        await Job().RunAsync(CancellationToken.None);

        var calendar = await _stack.Get<DeliveryCalendar>().ForPeriodAsync(Scenario.Month("2026-11"), null, CancellationToken.None);

        var delivered = calendar.Single(e => e.PartnerId == _delivered);
        var undelivered = calendar.Single(e => e.PartnerId == _undelivered);
        Assert.Multiple(() =>
        {
            Assert.That(delivered.Timeliness, Is.EqualTo(Timeliness.OnTime));
            Assert.That(delivered.FirstDeliveredAt, Is.EqualTo(Amsterdam("2026-11-10 14:00:00").UtcDateTime));
            Assert.That(delivered.RemindedAt, Is.Null);
            Assert.That(undelivered.Timeliness, Is.EqualTo(Timeliness.Open), "the deadline is still ahead");
            Assert.That(undelivered.RemindedAt, Is.EqualTo(Amsterdam("2026-11-23 08:00:00").UtcDateTime));
            Assert.That(undelivered.DeadlineDay, Is.EqualTo(new DateOnly(2026, 11, 25)));
            Assert.That(undelivered.Deadline, Is.EqualTo(Amsterdam("2026-11-26 00:00:00").UtcDateTime));
        });
    }

    private DeliveryReminderJob Job() => _stack.Services.GetRequiredService<DeliveryReminderJob>();
}
