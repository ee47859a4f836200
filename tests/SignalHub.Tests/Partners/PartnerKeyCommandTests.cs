using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Partners;

/// <summary>
/// <c>signalhub partner key</c>: the administrator's way back for a partner that revoked its last key
/// through the API. The real executable against an empty SQLite file.
/// </summary>
public sealed class PartnerKeyCommandTests
{
    private CliInstallation _cli = null!;

    [SetUp]
    public void UseAnEmptyDatabase() => _cli = new CliInstallation();

    [TearDown]
    public void RemoveTheDatabase() => _cli.Dispose();

    [Test]
    public async Task When_an_administrator_issues_a_key_Should_print_a_new_key_once()
    {
        var added = await _cli.RunAsync("partner", "add", "--name", "Woonstichting Slot", "--type", "housing", "--json");
        Assert.That(added.ExitCode, Is.Zero, added.ToString());

        var issued = await _cli.RunAsync("partner", "key", "--name", "Woonstichting Slot", "--json");

        Assert.That(issued.ExitCode, Is.Zero, issued.ToString());
        var key = issued.Json();
        Assert.Multiple(() =>
        {
            Assert.That(key.Prop("apiKey").GetString(), Does.StartWith("shk_").And.Not.EqualTo(added.Json().Prop("apiKey").GetString()));
            Assert.That(key.Prop("prefix").GetString(), Is.EqualTo(key.Prop("apiKey").GetString()![..12]));
        });
    }

    [Test]
    public async Task When_the_partner_is_unknown_Should_refuse_with_exit_code_1()
    {
        var result = await _cli.RunAsync("partner", "key", "--name", "Niemand");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
            Assert.That(result.Stderr, Does.Contain("no partner named 'Niemand'"));
        });
    }
}
