using System.Text.Json;
using SignalHub.Outreach;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Export.Ddas;

/// <summary>
/// <c>signalhub export ddas</c> as an operator runs it, each command its own process: the demo month exports valid,
/// to a file or to standard output, and a bad date or a missing setting stops it with one line and exit 2.
/// </summary>
public sealed class When_scripts_export_ddas_on_the_command_line
{
    private CliInstallation _cli = null!;
    private string _from = "";
    private string _to = "";

    [OneTimeSetUp]
    public async Task LoadTheDemoMonthAsync()
    {
        _cli = new CliInstallation(DdasMonth.Settings);
        var demo = await _cli.RunAsync("demo", "--no-serve");
        Assert.That(demo.ExitCode, Is.Zero, demo.ToString());
        // The demo loads last month and this month, both received today.
        var today = AmsterdamTime.Today(TimeProvider.System);
        _from = $"{today.AddMonths(-1):yyyy-MM}-01";
        _to = $"{today:yyyy-MM-dd}";
    }

    [OneTimeTearDown]
    public void Clean() => _cli.Dispose();

    [Test]
    public async Task Should_write_the_demo_month_to_a_file_that_validates_and_say_what_it_wrote()
    {
        var file = Path.Combine(Path.GetTempPath(), $"ddas-{Guid.NewGuid():N}.json");
        try
        {
            var result = await _cli.RunAsync("export", "ddas", "--from", _from, "--to", _to, "--out", file, "--json");
            Assert.That(result.ExitCode, Is.Zero, result.ToString());
            var document = await File.ReadAllTextAsync(file);
            var levering = JsonDocument.Parse(document).RootElement.Prop("leveringen")[0];
            var printed = result.Json();
            var signals = await _cli.ScalarAsync<long>("SELECT COUNT(*) FROM signals WHERE status <> 'replaced'");
            var cases = await _cli.ScalarAsync<long>("SELECT COUNT(*) FROM cases");
            var attempts = await _cli.ScalarAsync<long>("SELECT COUNT(*) FROM case_attempts");
            await DdasSchema.AssertValidAsync(document);
            Assert.Multiple(() =>
            {
                Assert.That(signals, Is.GreaterThan(100), "the demo month has four partners' files for two months");
                Assert.That(levering.Prop("vroegsignalen").GetArrayLength(), Is.EqualTo(signals));
                Assert.That(levering.Prop("vroegsignaalzaken").GetArrayLength(), Is.EqualTo(cases).And.GreaterThan(0));
                Assert.That(printed.Prop("signals").GetInt64(), Is.EqualTo(signals));
                Assert.That(printed.Prop("cases").GetInt64(), Is.EqualTo(cases));
                Assert.That(printed.Prop("contactAttempts").GetInt64(), Is.EqualTo(attempts));
                Assert.That(levering.Prop("gemeentecode").GetString(), Is.EqualTo(DdasMonth.Settings["Export:Ddas:MunicipalityCode"]));
                Assert.That(File.Exists(file + ".partial"), Is.False);
            });
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public async Task Should_write_the_document_to_standard_output_without_out()
    {
        var result = await _cli.RunAsync("export", "ddas", "--from", _from, "--to", _to);
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        await DdasSchema.AssertValidAsync(result.Stdout);
        Assert.That(result.Json().Prop("startdatumLevering").GetString(), Is.EqualTo(_from));
    }

    [TestCase("--to|2026-11-30", "--from is required")]
    [TestCase("--from|2026-11-01", "--to is required")]
    [TestCase("--from|2026-13-01|--to|2026-11-30", "--from '2026-13-01' is not a date")]
    [TestCase("--from|01-11-2026|--to|2026-11-30", "--from '01-11-2026' is not a date")]
    [TestCase("--from|2026-11-01|--to|2026-11", "--to '2026-11' is not a date")]
    [TestCase("--from|2026-11-30|--to|2026-11-01", "--to 2026-11-01 is before --from 2026-11-30")]
    public async Task When_a_date_is_missing_or_wrong_Should_stop_with_one_line_and_exit_2(string options, string says)
    {
        var result = await _cli.RunAsync(["export", "ddas", .. options.Split('|')]);
        AssertOneLineRefusal(result, says);
    }

    [TestCase("Export:Ddas:MunicipalityCode", "", "Export:Ddas:MunicipalityCode")]
    [TestCase("Export:Ddas:MunicipalityCode", "392", "four-digit CBS municipality code")]
    [TestCase("Export:Ddas:SupplierCode", "", "Export:Ddas:SupplierCode")]
    [TestCase("Export:Ddas:ContactPersons:0:Email", "geen-adres", "Export:Ddas:ContactPersons:0:Email")]
    public async Task When_a_setting_is_missing_or_wrong_Should_stop_with_one_line_naming_it_and_exit_2(string key, string value, string says)
    {
        using var installation = new CliInstallation(new Dictionary<string, string?>(DdasMonth.Settings) { [key] = value });
        var result = await installation.RunAsync("export", "ddas", "--from", "2026-11-01", "--to", "2026-11-30");
        // A host that fails to start also logs to standard output, as for every command; stderr is the contract.
        AssertOneLineRefusal(result, says, stdoutEmpty: false);
    }

    private static void AssertOneLineRefusal(CliResult result, string says, bool stdoutEmpty = true) =>
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
            Assert.That(result.Stderr.Trim().Split('\n'), Has.Length.EqualTo(1), result.Stderr);
            Assert.That(result.Stderr, Does.Contain(says));
            if (stdoutEmpty)
                Assert.That(result.Stdout, Is.Empty, "no half document");
        });
}
