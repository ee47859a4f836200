using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using SignalHub.Ingestion.Calendar;
using SignalHub.Outreach;
using SignalHub.Storage;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Ingestion.Calendar;
using SignalHub.Tests.Outreach;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.Scheduling;

/// <summary>
/// A scheduler that missed its cluster check-in has its trigger recovered by another, and the same fire time runs
/// a second time, later, when the world has moved on. That second fire changes nothing; the next fire time does
/// the new work. The jobs run through <see cref="IJob.Execute"/> with the context Quartz would hand them.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class When_a_scheduled_job_fires_twice(StackKind kind)
{
    private SignalHubStack? _stack;

    [TearDown]
    public async Task StopAsync()
    {
        if (_stack is not null)
            await _stack.DisposeAsync();
    }

    [Test]
    public async Task Should_mark_cases_once_for_one_fire_time()
    {
        var clock = new FakeTimeProvider(OutreachStack.Amsterdam("2026-11-02 09:00"));
        _stack = await OutreachStack.StartAsync(kind, clock);
        var (_, key) = await _stack.RegisterAsync("Woonstichting Dubbel", "housing");
        await _stack.UploadAsync(key, "2026-11", Csv(Row("D-1", "huur", "Dekker", "1", "2701AB"), Row("D-2", "huur", "Brouwer", "2", "2701AB")));
        var job = _stack.Services.GetRequiredService<OutreachDeadlineJob>();
        var weekBefore = OutreachStack.Amsterdam("2026-12-16 06:15");
        var christmasEve = OutreachStack.Amsterdam("2026-12-24 06:15");

        clock.SetUtcNow(weekBefore);
        await Task.WhenAll(Fire(job, "outreach-deadlines", weekBefore), Fire(job, "outreach-deadlines", weekBefore));
        var afterFirst = await MarkEventsAsync();
        clock.SetUtcNow(christmasEve);
        await Fire(job, "outreach-deadlines", weekBefore); // the recovered fire, late: the cases are overdue by now
        var afterSecond = await MarkEventsAsync();
        await Fire(job, "outreach-deadlines", christmasEve);
        var afterNext = await MarkEventsAsync();

        var fires = await FiresAsync("outreach-deadlines");
        TestContext.Out.WriteLine($"{kind}: events after the fire {afterFirst.Count}, after it fired again {afterSecond.Count}, after the next fire time {afterNext.Count}");
        Assert.Multiple(() =>
        {
            Assert.That(afterFirst, Is.EqualTo(new[] { "at_risk", "at_risk" }), "two fires at once marked each case once (due 23 December)");
            Assert.That(afterSecond, Is.EqualTo(afterFirst), "the same fire time again changed nothing");
            Assert.That(afterNext, Is.EqualTo(new[] { "at_risk", "at_risk", "overdue", "overdue" }), "the next fire time marked them overdue");
            Assert.That(fires, Is.EqualTo(2), "two fire times recorded");
        });
    }

    [Test]
    public async Task Should_remind_each_partner_once_for_one_fire_time()
    {
        var clock = new FakeTimeProvider(CalendarStack.Amsterdam("2026-11-02 09:00:00"));
        _stack = await CalendarStack.StartAsync(kind, clock);
        var first = (await _stack.RegisterAsync("Waterbedrijf Dubbel", "water")).Partner.Id;
        var window = CalendarStack.Amsterdam("2026-11-22 08:17:00");
        clock.SetUtcNow(window);
        var job = _stack.Services.GetRequiredService<DeliveryReminderJob>();

        await Fire(job, "delivery-reminders", window);
        var newcomer = (await _stack.RegisterAsync("Energie Dubbel", "energy")).Partner.Id;
        clock.Advance(TimeSpan.FromMinutes(30));
        await Fire(job, "delivery-reminders", window); // recovered late: the newcomer has joined since
        var afterSecond = (await _stack.RemindersAsync("2026-11")).Select(r => r.PartnerId).ToList();
        await Fire(job, "delivery-reminders", window.AddHours(1));
        var afterNext = (await _stack.RemindersAsync("2026-11")).Select(r => r.PartnerId).ToList();
        var fires = await FiresAsync("delivery-reminders");

        Assert.Multiple(() =>
        {
            Assert.That(afterSecond, Is.EqualTo(new[] { first }), "the same fire time again reminded no one");
            Assert.That(afterNext, Is.EquivalentTo(new[] { first, newcomer }), "the next fire time reminded the newcomer, once");
            Assert.That(fires, Is.EqualTo(2), "two fire times recorded");
        });
    }

    private static Task Fire(IJob job, string name, DateTimeOffset scheduledFor) =>
        job.Execute(FiredContext.For(name, scheduledFor), CancellationToken.None).AsTask();

    private async Task<List<string>> MarkEventsAsync() =>
        [.. await _stack!.Get<Database>().ReadAsync(c => c.QueryAsync<string>(
            "SELECT event FROM case_events WHERE actor = @Actor ORDER BY event", new { Actor = DeadlineMarking.Actor }), CancellationToken.None)];

    private Task<long> FiresAsync(string job) => _stack!.CountAsync("SELECT COUNT(*) FROM job_fires WHERE job_name = @Job", new { Job = job });
}
