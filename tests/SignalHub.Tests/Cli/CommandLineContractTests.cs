using System.Text.Json;
using SignalHub.Tests.Fixtures;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.Cli;

/// <summary>
/// The command line as scripts use it: the real executable, settings in environment variables, JSON on
/// stdout, exit codes that mean what the README says. Run against an empty SQLite file.
/// </summary>
public sealed class CommandLineContractTests
{
    private CliInstallation _cli = null!;

    [SetUp]
    public void UseAnEmptyDatabase() => _cli = new CliInstallation();

    [TearDown]
    public void RemoveTheDatabase() => _cli.Dispose();

    [Test]
    public async Task Partner_add_prints_its_api_key_once_as_json()
    {
        var result = await _cli.RunAsync("partner", "add", "--name", "Woonstichting Test", "--type", "housing", "--json");
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var json = result.Json();
        Assert.Multiple(() =>
        {
            Assert.That(json.Prop("apiKey").GetString(), Does.StartWith("shk_"));
            Assert.That(json.Prop("type").GetString(), Is.EqualTo("housing"));
            Assert.That(json.Prop("costTypes").EnumerateArray().Select(c => c.GetString()), Is.EqualTo(new[] { "rent" }));
        });
        var again = await _cli.RunAsync("partner", "add", "--name", "Woonstichting Test", "--type", "housing");
        Assert.That(again.ExitCode, Is.Not.Zero);
        Assert.That(again.Stderr, Does.Contain("already exists"));
    }

    [Test]
    public async Task Import_keeps_the_good_rows_and_reports_the_bad_row_by_line_and_column()
    {
        await _cli.RunAsync("partner", "add", "--name", "Energie Test", "--type", "energy");
        var file = await WriteTempAsync(Csv(
            Row("E-1", "energie", "Jansen", "12", "2011AB"),
            Row("E-2", "energie", "Bakker", "100000", "2011AB"),
            Row("E-3", "huur", "Visser", "3", "2011AB")));
        var result = await _cli.RunAsync("import", "--partner", "Energie Test", "--period", "2026-10", file, "--json");
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var receipt = result.Json();
        var errors = receipt.Prop("errors").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(receipt.Prop("deliveryId").GetGuid(), Is.Not.EqualTo(Guid.Empty));
            Assert.That(receipt.Prop("status").GetString(), Is.EqualTo("completed"));
            Assert.That(receipt.Prop("rowsRead").GetInt32(), Is.EqualTo(3));
            Assert.That(receipt.Prop("rowsAccepted").GetInt32(), Is.EqualTo(1));
            Assert.That(receipt.Prop("rowsRejected").GetInt32(), Is.EqualTo(2));
            Assert.That(errors.Select(e => (e.Prop("line").GetInt32(), e.Prop("column").GetString())),
                Is.EqualTo(new[] { (3, "house_number"), (4, "cost_type") }));
            Assert.That(errors[1].Prop("reason").GetString(), Does.Contain("may not be sent by this partner"));
        });

        var matches = await _cli.RunAsync("matches", "--period", "2026-10", "--json");
        var match = matches.Json().EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(match.Prop("address").Prop("postcode").GetString(), Is.EqualTo("2011AB"));
            Assert.That(match.Prop("address").Prop("houseNumber").GetInt32(), Is.EqualTo(12));
            Assert.That(match.Prop("signals")[0].Prop("partner").GetString(), Is.EqualTo("Energie Test"));
            Assert.That(match.Prop("priority").Prop("class").GetString(), Is.Not.Empty);
            Assert.That(match.Prop("recidivist").GetBoolean(), Is.False);
        });
    }

    [Test]
    public async Task A_file_refused_as_a_whole_exits_non_zero_with_the_reason()
    {
        await _cli.RunAsync("partner", "add", "--name", "Water Test", "--type", "water");
        var file = await WriteTempAsync("kenmerk;achternaam\nW-1;Jansen\n");
        var result = await _cli.RunAsync("import", "--partner", "Water Test", "--period", "2026-10", file, "--json");
        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        var receipt = result.Json();
        Assert.That(receipt.Prop("status").GetString(), Is.EqualTo("rejected"));
        Assert.That(receipt.Prop("error").Prop("code").GetString(), Is.EqualTo("header.missing_column"));
        Assert.That(receipt.Prop("error").Prop("message").GetString(), Does.Contain("'postcode'").And.Contain("'cost_type'"));
    }

    [TestCase("Storage__Provider", "oracle", "Storage:Provider")]
    [TestCase("Storage__ConnectionString", "Host=", "Storage:ConnectionString")]
    [TestCase("Bus__Transport", "kafka", "Bus:Transport")]
    [TestCase("Storage__ConnectionString", "Data Source=/proc/no-such-folder/signalhub.db", "Storage:ConnectionString")]
    public async Task A_wrong_setting_stops_the_process_with_one_clear_line(string key, string value, string named)
    {
        var settings = new Dictionary<string, string?> { [key.Replace("__", ":", StringComparison.Ordinal)] = value };
        if (value == "Host=")
            settings["Storage:Provider"] = "postgres";
        using var cli = new CliInstallation(settings);
        var result = await cli.RunAsync("demo", "--no-serve");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
            Assert.That(result.Stderr.Trim().Split('\n'), Has.Length.EqualTo(1), result.Stderr);
            Assert.That(result.Stderr, Does.Contain(named));
        });
    }

    [TestCase("matches --period 2026-13", "2026-13")]
    [TestCase("import --partner", "--partner")]
    [TestCase("no-such-command --json", "no-such-command")]
    public async Task A_command_line_that_does_not_parse_exits_2_with_one_line(string line, string named)
    {
        var result = await _cli.RunAsync(line.Split(' '));
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
            Assert.That(result.Stderr.Trim().Split('\n'), Has.Length.EqualTo(1), result.Stderr);
            Assert.That(result.Stderr, Does.Contain(named).And.Contain("--help"));
        });
    }

    [Test]
    public async Task Migrate_is_safe_to_run_twice()
    {
        var first = await _cli.RunAsync("migrate", "--json");
        var second = await _cli.RunAsync("migrate", "--json");
        Assert.That(first.ExitCode, Is.Zero, first.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(first.Json().Prop("appliedNow").GetArrayLength(), Is.GreaterThan(0));
            Assert.That(second.Json().Prop("appliedNow").GetArrayLength(), Is.Zero);
            Assert.That(second.Json().Prop("provider").GetString(), Is.EqualTo("sqlite"));
        });
    }

    [Test]
    public async Task Every_command_answers_help()
    {
        foreach (var command in new[] { "serve", "migrate", "partner add", "import", "matches", "dispatch", "cases", "demo" })
        {
            var result = await _cli.RunAsync([.. command.Split(' '), "--help"]);
            Assert.That(result.ExitCode, Is.Zero, $"{command}: {result}");
            Assert.That(result.Stdout, Does.Contain("Usage:"), command);
        }
    }
}
