using System.Text.Json;
using SignalHub.Domain.Values;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Demo;

/// <summary>
/// `signalhub demo` is the README's first command: a new user must find every screen with data, so the demo month
/// leaves cases in every state of the outreach flow, marks at risk and overdue, a hand-over waiting, a recidivist
/// with the budget coach; and running it again adds nothing.
/// </summary>
public sealed class When_the_demo_is_loaded
{
    private static readonly string[] EveryStage = ["new", "assigned", "contact_attempted", "in_contact", "help_accepted", "closed"];

    private CliInstallation _cli = null!;
    private List<JsonElement> _cases = null!;

    [OneTimeSetUp]
    public async Task LoadTheDemo()
    {
        _cli = new CliInstallation();
        var loaded = await _cli.RunAsync("demo", "--no-serve", "--json");
        Assert.That(loaded.ExitCode, Is.Zero, loaded.ToString());
        _cases = await CasesAsync();
    }

    [OneTimeTearDown]
    public void RemoveTheDatabase() => _cli.Dispose();

    [Test]
    public void Cases_stand_in_every_state_of_the_flow()
    {
        var stages = _cases.Select(c => c.Prop("status").GetString()).Distinct().ToList();
        Assert.That(stages, Is.SupersetOf(EveryStage), $"stages in the demo: {string.Join(", ", stages)}");
    }

    [Test]
    public void Cases_go_to_every_route()
    {
        var routes = _cases.Select(c => c.Prop("route").GetString()).Distinct().ToList();
        Assert.That(routes, Is.SupersetOf(new[] { "sdv", "wijkteam", "budgetcoach", "coordinator" }));
    }

    [Test]
    public void Last_months_open_cases_are_marked_by_the_deadline_job() =>
        Assert.That(_cases.Count(c => c.Prop("atRisk").GetBoolean() || c.Prop("overdue").GetBoolean()), Is.Positive);

    [Test]
    public void Closed_cases_carry_several_final_results_and_their_attempts()
    {
        var closed = _cases.Where(c => c.Prop("status").GetString() == "closed").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(closed.Select(c => c.Prop("result").GetString()).Distinct().Count(), Is.GreaterThanOrEqualTo(4));
            var notReached = closed.Where(c => c.Prop("result").GetString() == "no_contact_possible").ToList();
            Assert.That(notReached, Is.Not.Empty);
            Assert.That(notReached.All(c => c.Prop("attempts").GetArrayLength() >= 4), "closed as not reached only after two visits and two calls");
        });
    }

    [Test]
    public async Task A_hand_over_waits_and_aftercare_is_planned()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(await _cli.ScalarAsync<long>("SELECT COUNT(*) FROM case_handovers WHERE accepted_at IS NULL"), Is.Positive);
            Assert.That(await _cli.ScalarAsync<long>("SELECT COUNT(*) FROM case_followups"), Is.Positive);
        });
    }

    [Test]
    public async Task Running_it_again_adds_nothing()
    {
        var attempts = await _cli.ScalarAsync<long>("SELECT COUNT(*) FROM case_attempts");
        var again = await _cli.RunAsync("demo", "--no-serve", "--json");
        Assert.That(again.ExitCode, Is.Zero, again.ToString());
        Assert.Multiple(async () =>
        {
            Assert.That(await CasesAsync(), Has.Count.EqualTo(_cases.Count));
            Assert.That(await _cli.ScalarAsync<long>("SELECT COUNT(*) FROM case_attempts"), Is.EqualTo(attempts));
        });
    }

    private async Task<List<JsonElement>> CasesAsync()
    {
        var thisMonth = Period.Of(DateOnly.FromDateTime(DateTime.UtcNow));
        var cases = new List<JsonElement>();
        foreach (var period in new[] { thisMonth.Previous(), thisMonth })
        {
            var listed = await _cli.RunAsync("cases", "--period", period.ToString(), "--json");
            Assert.That(listed.ExitCode, Is.Zero, listed.ToString());
            cases.AddRange(listed.Json().EnumerateArray().Select(c => c.Clone()));
        }
        return cases;
    }
}
