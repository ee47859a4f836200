using System.Net;
using System.Text.Json;
using SignalHub.Domain.Vocabulary;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;

namespace SignalHub.Tests.Export.Ddas;

/// <summary>
/// The DDAS export of a worked month (<see cref="DdasMonth"/>): valid against the published schema, and its figures
/// are the month's: every signal once, every case with its signals and attempts, every outcome and contact kind.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class When_a_month_is_exported_to_ddas(StackKind kind)
{
    private SignalHubStack _stack = null!;
    private int _attempts;
    private string _document = "";
    private JsonElement _levering;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        (_stack, _attempts) = await DdasMonth.BuildAsync(kind);
        _document = await _stack.ExportAsync(DdasMonth.From, DdasMonth.To);
        _levering = JsonDocument.Parse(_document).RootElement.Prop("leveringen")[0];
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_stack is not null)
            await _stack.DisposeAsync();
    }

    private IEnumerable<JsonElement> Signals => _levering.Prop("vroegsignalen").EnumerateArray();

    private IEnumerable<JsonElement> Cases => _levering.Prop("vroegsignaalzaken").EnumerateArray();

    [Test]
    public async Task Should_validate_against_the_published_schema() => await DdasSchema.AssertValidAsync(_document);

    [Test]
    public async Task Should_carry_every_signal_of_the_month_once()
    {
        var stored = await _stack.CountAsync("SELECT COUNT(*) FROM signals WHERE status <> 'replaced'");
        var ids = Signals.Select(s => s.Prop("ID").GetString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(ids, Has.Count.EqualTo(DdasMonth.Doors + 1), "seventeen doors from the corporation, one from the energy company");
            Assert.That(ids, Has.Count.EqualTo(stored));
            Assert.That(ids, Is.Unique);
        });
    }

    [Test]
    public async Task Should_carry_every_case_with_its_signals_and_attempts()
    {
        var cases = await _stack.CountAsync("SELECT COUNT(*) FROM cases");
        var signalIds = Signals.Select(s => s.Prop("ID").GetString()).ToHashSet();
        var referenced = Cases.SelectMany(k => k.Prop("vroegsignalen").EnumerateArray().Select(s => s.Prop("ID").GetString())).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Cases.Count(), Is.EqualTo(DdasMonth.Doors - 1), "every door but the one not picked up");
            Assert.That(Cases.Count(), Is.EqualTo(cases));
            Assert.That(Cases.Sum(k => k.Prop("contactpogingen").GetArrayLength()), Is.EqualTo(_attempts));
            Assert.That(referenced, Is.SubsetOf(signalIds).And.Unique);
            Assert.That(referenced, Has.Count.EqualTo(DdasMonth.Doors), "door 1's case holds both its signals; door 17 has no case");
            Assert.That(Cases.Select(k => k.Prop("vroegsignalen").GetArrayLength()).Max(), Is.EqualTo(2));
        });
    }

    [Test]
    public void Should_use_every_outcome_contact_kind_and_day_part_of_the_standard()
    {
        var attempts = Cases.SelectMany(k => k.Prop("contactpogingen").EnumerateArray()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Cases.Where(k => k.TryGetProperty("resultaat", out _)).Select(k => k.Prop("resultaat").GetString()),
                Is.EquivalentTo(CaseResults.All.Select(r => r.ToDdas())));
            Assert.That(attempts.Select(a => a.Prop("soort").GetString()).Distinct(), Is.EquivalentTo(ContactKinds.All.Select(k => k.ToDdas())));
            Assert.That(attempts.Select(a => a.Prop("dagdeel").GetString()).Distinct(), Is.EquivalentTo(DayParts.All.Select(d => d.ToDdas())));
            Assert.That(attempts.Count(a => a.Prop("bereikt").GetBoolean()), Is.EqualTo(4));
        });
    }

    [Test]
    public void Should_describe_each_signal_without_a_citizen_service_number()
    {
        var door17 = Signals.Single(s => s.Prop("client").Prop("Huisnummer").GetString() == $"{DdasMonth.NotPickedUpDoor}");
        var energy = Signals.Single(s => s.Prop("signaalpartner").Prop("type").GetString() == "Energie");
        Assert.Multiple(() =>
        {
            Assert.That(Signals.Select(s => s.Prop("client").Prop("Postcode").GetString()), Is.All.EqualTo(DdasMonth.Postcode));
            Assert.That(Signals.Where(s => s.Prop("client").TryGetProperty("Burgerservicenummer", out _)), Is.Empty);
            Assert.That(Signals.Where(s => s.Prop("client").TryGetProperty("Achternaam", out _)), Is.Empty);
            Assert.That(door17.Prop("status").GetString(), Is.EqualTo(SignalStatus.UnjustifiedSignal.ToDdas()), "too little owed: not picked up");
            Assert.That(door17.Prop("bedrag").GetInt32(), Is.EqualTo(20));
            Assert.That(energy.Prop("bedrag").GetInt32(), Is.EqualTo(180), "whole euros");
            Assert.That(energy.Prop("signaaldatum").GetString(), Is.EqualTo("2026-11-02"));
            Assert.That(energy.Prop("ontstaansdatum").GetString(), Is.EqualTo("2026-08-01"));
        });
    }

    [Test]
    public async Task Should_leave_out_what_arrived_outside_the_period()
    {
        var october = await _stack.ExportAsync(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31));
        var levering = JsonDocument.Parse(october).RootElement.Prop("leveringen")[0];
        Assert.Multiple(async () =>
        {
            Assert.That(levering.Prop("vroegsignalen").GetArrayLength(), Is.Zero);
            Assert.That(levering.Prop("vroegsignaalzaken").GetArrayLength(), Is.Zero);
            await DdasSchema.AssertValidAsync(october);
        });
    }

    [Test]
    public async Task Should_be_the_same_document_from_the_coordinators_report_page()
    {
        using var coordinator = (await _stack.SignInAsync(SignalHub.Security.Accounts.PortalRoles.Coordinator)).Session;
        using var download = await coordinator.GetAsync("/rapportage?handler=ddas&periode=2026-11");
        var body = await download.Content.ReadAsStringAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(download.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK), body);
            Assert.That(download.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Is.EqualTo("ddas-2026-11.json"));
            await DdasSchema.AssertValidAsync(body);
            var page = JsonDocument.Parse(body).RootElement.Prop("leveringen")[0];
            Assert.That(page.Prop("vroegsignalen").GetArrayLength(), Is.EqualTo(Signals.Count()));
            Assert.That(page.Prop("vroegsignaalzaken").GetArrayLength(), Is.EqualTo(Cases.Count()));
        });
    }

    [Test]
    public async Task Should_refuse_the_api_export_to_a_caller_without_a_coordinator_login()
    {
        using var anonymous = _stack.Client();
        using var response = await anonymous.GetAsync("/api/v1/exports/ddas?from=2026-11-01&to=2026-11-30");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
