using SignalHub.Tests.Fixtures;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.Security.Encryption;

/// <summary>
/// The embedded database makes its own key file on first start; a server database without keys refuses to start
/// in one line; <c>keys status</c> and <c>keys rotate</c> as an operator's script runs them; a lost key file is named.
/// </summary>
public sealed class When_keys_are_managed_on_the_command_line
{
    [Test]
    public async Task The_embedded_database_should_get_a_key_file_only_its_owner_reads_and_say_so()
    {
        // Information, as a server logs by default; scripts' Warning level keeps a refusal to one line.
        using var cli = new CliInstallation(new Dictionary<string, string?> { ["Logging:LogLevel:SignalHub.Security.Encryption"] = "Information" });

        var result = await cli.RunAsync("partner", "add", "--name", "Woonstichting Sleutel", "--type", "housing");

        var keyFile = cli.DatabaseFile + ".keys.json";
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.ToString());
            Assert.That(File.Exists(keyFile), Is.True);
            if (!OperatingSystem.IsWindows())
                Assert.That(File.GetUnixFileMode(keyFile), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
            Assert.That(result.Stdout + result.Stderr, Does.Contain("created key file"));
        });
    }

    [Test]
    public async Task Status_and_rotate_should_report_per_key_id_and_change_nothing_when_done()
    {
        using var cli = new CliInstallation();
        await cli.RegisterPartnerAsync("Woonstichting Sleutel", "housing");
        var file = await WriteTempAsync(Csv(Row("S-1", "huur", "Zwanenburg", "4", "2011AB"), Row("S-2", "huur", "Oudkerk", "6", "2011AB")));
        Assert.That((await cli.ImportAsync("Woonstichting Sleutel", "2026-10", file)).ExitCode, Is.Zero);

        var status = await cli.RunAsync("keys", "status", "--json");
        var rotate = await cli.RunAsync("keys", "rotate", "--json");

        var activeKeyId = status.Json().Prop("activeKeyId").GetString()!;
        Assert.Multiple(() =>
        {
            Assert.That(status.ExitCode, Is.Zero, status.ToString());
            Assert.That(activeKeyId, Does.StartWith("local-"));
            Assert.That(status.Json().Prop("keys").Prop(activeKeyId).GetInt64(), Is.EqualTo(2 * 3), "surname, initials and birth date of two signals");
            Assert.That(rotate.ExitCode, Is.Zero, rotate.ToString());
            Assert.That(rotate.Json().Prop("signals").GetInt32(), Is.Zero, "everything is under the active key already");
        });
    }

    [Test]
    public async Task A_server_database_without_keys_should_refuse_to_start_in_one_line()
    {
        var postgres = TestServices.RequirePostgres();
        using var cli = new CliInstallation(new Dictionary<string, string?> { ["Storage:Provider"] = "postgres", ["Storage:ConnectionString"] = postgres });

        var result = await cli.RunAsync("keys", "status");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
            Assert.That(result.Stderr.Trim().Split('\n'), Has.Length.EqualTo(1), result.Stderr);
            Assert.That(result.Stderr, Does.Contain("Encryption:Keys").And.Contain("postgres"));
        });
    }

    [Test]
    public async Task When_the_key_file_is_lost_Should_name_the_missing_key_id()
    {
        using var cli = new CliInstallation();
        await cli.RegisterPartnerAsync("Woonstichting Sleutel", "housing");
        var file = await WriteTempAsync(Csv(Row("L-1", "huur", "Wubbolt", "8", "2011AB")));
        Assert.That((await cli.ImportAsync("Woonstichting Sleutel", "2026-10", file)).ExitCode, Is.Zero);
        var lostKeyId = (await cli.RunAsync("keys", "status", "--json")).Json().Prop("activeKeyId").GetString();
        File.Delete(cli.DatabaseFile + ".keys.json");

        var result = await cli.RunAsync("keys", "rotate");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
            Assert.That(result.Stderr, Does.Contain($"key id '{lostKeyId}'"));
        });
    }
}
