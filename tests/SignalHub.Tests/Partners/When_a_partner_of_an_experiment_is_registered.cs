using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Partners;

/// <summary>The four statutory partner types are the default; the standard's other creditors only where the municipality enabled them.</summary>
public sealed class When_a_partner_of_an_experiment_is_registered
{
    [Test]
    public async Task Should_be_refused_unless_its_type_is_enabled()
    {
        using var plain = new CliInstallation();
        var refused = await plain.RunAsync("partner", "add", "--name", "DUO Test", "--type", "duo", "--cost-types", "rent", "--json");
        Assert.Multiple(() =>
        {
            Assert.That(refused.ExitCode, Is.EqualTo(2), refused.ToString());
            Assert.That(refused.Stderr, Does.Contain("Partners:ExperimentTypes"));
        });

        using var enabled = new CliInstallation(new Dictionary<string, string?> { ["Partners:ExperimentTypes:0"] = "duo" });
        var added = await enabled.RunAsync("partner", "add", "--name", "DUO Test", "--type", "duo", "--cost-types", "rent", "--json");
        Assert.That(added.ExitCode, Is.Zero, added.ToString());
        Assert.That(added.Json().Prop("type").GetString(), Is.EqualTo("duo"));
    }

    [Test]
    public async Task Should_stop_on_a_code_that_is_no_partner_type()
    {
        using var cli = new CliInstallation(new Dictionary<string, string?> { ["Partners:ExperimentTypes:0"] = "bank" });
        var result = await cli.RunAsync("partner", "list");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
            Assert.That(result.Stderr, Does.Contain("Partners:ExperimentTypes"));
        });
    }
}
