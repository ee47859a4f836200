using System.Globalization;
using SignalHub.Security.Accounts;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;

namespace SignalHub.Tests.Reporting;

/// <summary>The same month through the command line and the portal page.</summary>
public sealed partial class When_the_monitor_counts_a_month
{
    [Test]
    public async Task Should_print_the_monitor_as_one_json_object_with_the_contract_fields()
    {
        var result = await Fixtures.Cli.RunAsync(_stack.Settings, "report", "--period", "2026-11", "--json");
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var json = result.Json();
        Assert.Multiple(() =>
        {
            Assert.That(json.Prop("signalsReceived").GetInt32(), Is.EqualTo(_november.SignalsReceived));
            Assert.That(json.Prop("signalsByCostType").Prop("health_insurance").GetInt32(), Is.Zero);
            Assert.That(json.Prop("signalsByCostType").Prop("rent").GetInt32(), Is.EqualTo(5));
            Assert.That(json.Prop("uniqueAddresses").GetInt32(), Is.EqualTo(6));
            Assert.That(json.Prop("matches").GetInt32(), Is.EqualTo(5));
            Assert.That(json.Prop("routed").Prop("coordinator").GetInt32(), Is.EqualTo(1));
            Assert.That(json.Prop("routed").Prop("budgetcoach").GetInt32(), Is.EqualTo(1));
            Assert.That(json.Prop("contactMade").GetInt32(), Is.EqualTo(2));
            Assert.That(json.Prop("helpAccepted").GetInt32(), Is.EqualTo(1));
            Assert.That(json.Prop("withinNorm").GetInt32(), Is.EqualTo(3));
            Assert.That(json.Prop("recidivists").GetInt32(), Is.EqualTo(1));
        });
    }

    [TestCase("--period", "2026-13")]
    [TestCase("--period", "2026-Q5")]
    [TestCase("--period", "2026-11", "--format", "xlsx")]
    public async Task Should_refuse_a_wrong_option_with_one_line_and_exit_code_2(params string[] options)
    {
        var result = await Fixtures.Cli.RunAsync(_stack.Settings, ["report", .. options]);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
            Assert.That(result.Stderr.Trim().Split('\n'), Has.Length.EqualTo(1), result.Stderr);
        });
    }

    [Test]
    public async Task Should_write_a_quarter_as_csv_one_row_per_figure()
    {
        var result = await Fixtures.Cli.RunAsync(_stack.Settings, "report", "--period", "2026-Q4", "--format", "csv");
        var lines = result.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.ToString());
            Assert.That(lines[0], Is.EqualTo("period;figure;key;value"));
            Assert.That(lines, Does.Contain("\"2026-Q4\";\"signalsReceived\";;8"));
            Assert.That(lines, Does.Contain("\"2026-Q4\";\"signalsByCostType\";\"rent\";6"));
            Assert.That(lines, Does.Contain("\"2026-Q4\";\"uniqueAddresses\";;6"));
        });
    }

    [Test]
    public async Task Should_show_the_page_with_charts_tables_the_estimate_apart_and_a_csv_download()
    {
        using var coordinator = (await _stack.SignInAsync(PortalRoles.Coordinator)).Session;
        var html = await coordinator.GetPageAsync("/rapportage?periode=2026-11");
        using var csv = await coordinator.GetAsync("/rapportage?handler=csv&periode=2026-11");
        var body = await csv.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<h1>Rapportage november 2026</h1>"));
            Assert.That(html, Does.Contain("<title id=\"trechter-title\">"), "the funnel chart has a title");
            Assert.That(html, Does.Contain("<desc id=\"trechter-desc\">Signalen ontvangen: 7;"), "and its numbers for a screen reader");
            Assert.That(html, Does.Contain("<title id=\"verloop-title\">"));
            Assert.That(html, Does.Contain("(16,7%)"), "Dutch decimal comma");
            Assert.That(html, Does.Contain("schatting").IgnoreCase);
            Assert.That(html, Does.Contain("Vervolghulp en/of verwijzing financieel"));
            Assert.That(html, Does.Contain(MonitorMonth.Housing));
            Assert.That(csv.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
            Assert.That(csv.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Is.EqualTo("monitor-2026-11.csv"));
            Assert.That(body, Does.Contain("\"2026-11\";\"households\";;6"));
        });
    }

    [Test]
    public async Task Should_show_a_quarter_in_dutch_words()
    {
        using var coordinator = (await _stack.SignInAsync(PortalRoles.Coordinator)).Session;
        var html = await coordinator.GetPageAsync("/rapportage?periode=2026-Q4");
        Assert.That(html, Does.Contain("<h1>Rapportage 4e kwartaal 2026</h1>"));
        Assert.That(html, Does.Contain(8.ToString(CultureInfo.InvariantCulture)));
    }
}
