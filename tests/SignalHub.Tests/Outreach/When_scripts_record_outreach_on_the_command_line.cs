using System.Globalization;
using SignalHub.Domain.Values;
using SignalHub.Domain.Vocabulary;
using SignalHub.Outreach;
using SignalHub.Tests.Fixtures;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.Outreach;

/// <summary>
/// The real <c>signalhub</c> executable beside a running stack, on the same database, as an operator's script uses
/// it: <c>case attempt</c>, <c>case close</c> and <c>cases --json</c>, on the real clock of this month.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class When_scripts_record_outreach_on_the_command_line(StackKind kind)
{
    private SignalHubStack _stack = null!;
    private string _period = "";
    private Guid _case;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stack = await SignalHubStack.StartAsync(kind);
        _period = Period.Of(AmsterdamTime.Today(TimeProvider.System)).ToString();
        var (_, key) = await _stack.RegisterAsync("Woonstichting Script", "housing");
        await _stack.UploadAsync(key, _period, Csv(Row("S-1", "huur", "Janssen", "8", "2801AB")));
        _case = await _stack.CaseAtAsync("2801AB", 8);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _stack.DisposeAsync();

    [Test]
    public async Task Should_record_a_joint_visit_refuse_an_early_close_and_list_the_attempt_in_the_standard_s_words()
    {
        var local = AmsterdamTime.ToLocal(DateTime.UtcNow);
        var at = local.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

        var attempt = await RunAsync("case", "attempt", "--case", _case.ToString(), "--kind", "Huisbezoek", "--at", at, "--reached", "no",
            "--by", "Sanne Veldwerker", "--by", "Karim Huismeester", "--note", "kaartje achtergelaten", "--json");
        var close = await RunAsync("case", "close", "--case", _case.ToString(), "--result", "no_contact_possible", "--json");
        var cases = await RunAsync("cases", "--period", _period, "--json");

        Assert.That(attempt.ExitCode, Is.Zero, attempt.ToString());
        var listed = cases.Json().EnumerateArray().Single(k => k.Prop("id").GetGuid() == _case);
        var recorded = listed.Prop("attempts").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(attempt.Json().Prop("status").GetString(), Is.EqualTo("contact_attempted"));
            Assert.That(attempt.Json().Prop("attemptId").GetGuid(), Is.EqualTo(recorded.Prop("id").GetGuid()));
            Assert.That(close.ExitCode, Is.EqualTo(1), close.ToString());
            Assert.That(close.Json().Prop("refusal").Prop("code").GetString(), Is.EqualTo("outreach_rule_not_met"));
            Assert.That(close.Stderr, Does.Contain("still needed: 1 more home visit on another day-part or another day, 2 more phone calls"));
            Assert.That(recorded.Prop("kind").GetString(), Is.EqualTo("Huisbezoek"));
            Assert.That(recorded.Prop("dayPart").GetString(), Is.EqualTo(DayParts.Of(TimeOnly.FromDateTime(local)).ToDdas()));
            Assert.That(recorded.Prop("reached").GetBoolean(), Is.False);
            Assert.That(recorded.Prop("by").EnumerateArray().Select(n => n.GetString()), Is.EqualTo(new[] { "Sanne Veldwerker", "Karim Huismeester" }));
            Assert.That(AmsterdamTime.ToLocal(recorded.Prop("at").GetDateTime().ToUniversalTime()).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture), Is.EqualTo(at));
            Assert.That(listed.Prop("status").GetString(), Is.EqualTo("contact_attempted"));
            Assert.That(listed.Prop("dueDate").GetString(), Does.Match(@"^\d{4}-\d{2}-\d{2}$"));
            Assert.That(listed.Prop("atRisk").GetBoolean(), Is.False);
            Assert.That(listed.Prop("overdue").GetBoolean(), Is.False);
        });
    }

    [TestCase("case", "close", "--result", "nearly_done")]
    [TestCase("case", "attempt", "--kind", "Duif", "--at", "2026-11-03T19:30", "--reached", "no", "--by", "Sanne Veldwerker")]
    [TestCase("case", "attempt", "--kind", "Telefoon", "--at", "3 november", "--reached", "no", "--by", "Sanne Veldwerker")]
    [TestCase("case", "attempt", "--kind", "Telefoon", "--at", "2026-11-03T19:30", "--reached", "misschien", "--by", "Sanne Veldwerker")]
    public async Task When_a_script_writes_a_value_wrongly_Should_exit_2_and_name_what_is_accepted(params string[] args)
    {
        var result = await RunAsync([.. args.Take(2), "--case", _case.ToString(), .. args.Skip(2)]);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
            Assert.That(result.Stderr.Trim().Split('\n'), Has.Length.EqualTo(1), result.Stderr);
        });
    }

    [Test]
    public async Task Every_outreach_command_should_answer_help()
    {
        foreach (var command in new[] { "case attempt", "case close", "case status", "case handover", "case accept", "case show", "followups" })
        {
            var result = await RunAsync([.. command.Split(' '), "--help"]);
            Assert.That(result.Stdout, Does.Contain("Usage:"), command);
        }
    }

    [TestCase("Outreach:AftercareMonths:0", "0", "Outreach:AftercareMonths")]
    [TestCase("Outreach:RequiredHomeVisits", "11", "Outreach:RequiredHomeVisits")]
    [TestCase("Outreach:FirstAttemptWorkingDays", "-1", "Outreach:FirstAttemptWorkingDays")]
    public async Task When_an_outreach_setting_is_wrong_Should_stop_with_one_line_naming_the_key(string key, string value, string named)
    {
        var settings = new Dictionary<string, string?>(_stack.Settings) { [key] = value };

        var result = await Fixtures.Cli.RunAsync(settings, "followups", "--json");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
            Assert.That(result.Stderr.Trim().Split('\n'), Has.Length.EqualTo(1), result.Stderr);
            Assert.That(result.Stderr, Does.Contain(named));
        });
    }

    private Task<CliResult> RunAsync(params string[] args) => Fixtures.Cli.RunAsync(_stack.Settings, args);
}
