using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SignalHub.Ingestion.Calendar;
using SignalHub.Tests.Fixtures;
using static SignalHub.Tests.Fixtures.PartnerFiles;
using static SignalHub.Tests.Ingestion.Calendar.CalendarStack;

namespace SignalHub.Tests.Ingestion.Calendar;

/// <summary>
/// January 2027, deadline the 25th: the end of that day in Amsterdam is 23:00 UTC. One partner delivers a
/// minute before it (and corrects its file afterwards), one half a minute after it, one never.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class When_the_delivery_deadline_has_passed(StackKind kind)
{
    private FakeTimeProvider _clock = null!;
    private SignalHubStack _stack = null!;
    private Guid _onTime;
    private Guid _late;
    private Guid _never;

    [SetUp]
    public async Task StartAsync()
    {
        _clock = new FakeTimeProvider(Amsterdam("2027-01-04 09:00:00"));
        _stack = await CalendarStack.StartAsync(kind, _clock);
        var (onTime, onTimeKey) = await _stack.RegisterAsync("Woonstichting Op Tijd", "housing");
        var (late, lateKey) = await _stack.RegisterAsync("Energie Te Laat", "energy");
        (_onTime, _late) = (onTime.Id, late.Id);
        _never = (await _stack.RegisterAsync("Waterbedrijf Nooit", "water")).Partner.Id;

        _clock.SetUtcNow(Amsterdam("2027-01-25 23:59:00"));
        await _stack.UploadAsync(onTimeKey, "2027-01", Csv(Row("T-1", "huur", "Visser", "7", "2012AB")));
        _clock.SetUtcNow(Amsterdam("2027-01-26 00:00:30"));
        await _stack.UploadAsync(lateKey, "2027-01", Csv(Row("L-1", "energie", "Bakker", "9", "2012AB")));
        await _stack.UploadAsync(onTimeKey, "2027-01", Csv(Row("T-1", "huur", "Visser", "7", "2012AB", amount: "500,00")));
        _clock.SetUtcNow(Amsterdam("2027-01-26 01:00:00"));
    }

    [TearDown]
    public async Task StopAsync()
    {
        if (_stack is not null)
            await (_stack?.DisposeAsync() ?? ValueTask.CompletedTask);
    }

    [Test]
    public async Task Should_flag_the_late_and_the_missing_partner_but_not_the_one_on_time()
    {
        var first = await Job().RunAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(1));
        var again = await Job().RunAsync(CancellationToken.None);

        var flags = await _stack.RemindersAsync("2027-01");
        Assert.Multiple(() =>
        {
            Assert.That(flags.Select(f => f.PartnerId), Is.EquivalentTo(new[] { _late, _never }));
            Assert.That(flags.Select(f => f.Kind), Is.All.EqualTo(ReminderKind.Late));
            Assert.That(first, Is.EqualTo(2));
            Assert.That(again, Is.Zero, "the next hour's run adds nothing");
        });
    }

    [Test]
    public async Task Should_show_each_partner_s_timeliness_in_the_calendar()
    {
        await Job().RunAsync(CancellationToken.None);

        var calendar = (await _stack.Get<DeliveryCalendar>().ForPeriodAsync(Scenario.Month("2027-01"), null, CancellationToken.None))
            .ToDictionary(e => e.PartnerId);

        Assert.Multiple(() =>
        {
            Assert.That(calendar[_onTime].Timeliness, Is.EqualTo(Timeliness.OnTime), "its first delivery counts, not the correction");
            Assert.That(calendar[_onTime].CompletedDeliveries, Is.EqualTo(2));
            Assert.That(calendar[_onTime].FlaggedLateAt, Is.Null);
            Assert.That(calendar[_late].Timeliness, Is.EqualTo(Timeliness.Late));
            Assert.That(calendar[_late].FirstDeliveredAt, Is.EqualTo(Amsterdam("2027-01-26 00:00:30").UtcDateTime));
            Assert.That(calendar[_late].FlaggedLateAt, Is.EqualTo(Amsterdam("2027-01-26 01:00:00").UtcDateTime));
            Assert.That(calendar[_never].Timeliness, Is.EqualTo(Timeliness.Missing));
            Assert.That(calendar[_never].FirstDeliveredAt, Is.Null);
        });
    }

    [Test]
    public async Task Should_show_a_partner_only_its_own_row()
    {
        var calendar = await _stack.Get<DeliveryCalendar>().ForPeriodAsync(Scenario.Month("2027-01"), _late, CancellationToken.None);

        Assert.That(calendar.Select(e => e.PartnerId), Is.EqualTo(new[] { _late }));
    }

    private LateDeliveryJob Job() => _stack.Services.GetRequiredService<LateDeliveryJob>();
}
