using System.Diagnostics;
using System.Globalization;
using Npgsql;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Deploy;

/// <summary>
/// deploy/local/scale-out.sh runs a synthetic month through one web process, two workers and two schedulers
/// on the shared services (its own database and queue prefix) and exits 0 only when the result is exactly
/// expected.json, and when each scheduled job's effect happened once per fire time (a fire time Quartz ran twice
/// is counted and printed; its second run must have changed nothing).
/// </summary>
[Category("Reliability")]
// Alone: five processes of its own, two of them schedulers that must keep their cluster check-ins.
[NonParallelizable]
public sealed class ScaleOutScriptTests
{
    [Test]
    public async Task The_scale_out_script_takes_a_month_in_exactly_as_expected_and_reports_the_spread()
    {
        var postgres = new NpgsqlConnectionStringBuilder(TestServices.RequirePostgres());
        var amqp = new Uri(TestServices.RequireRabbitMq());
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(DeployFolder.PathOf("local/scale-out.sh"));
        start.ArgumentList.Add("--signals");
        start.ArgumentList.Add("600");
        start.Environment["SIGNALHUB_DLL"] = Path.Combine(AppContext.BaseDirectory, "signalhub.dll");
        start.Environment["SIGNALHUB_POSTGRES_PORT"] = postgres.Port.ToString(CultureInfo.InvariantCulture);
        start.Environment["SIGNALHUB_RABBITMQ_PORT"] = amqp.Port.ToString(CultureInfo.InvariantCulture);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        await process.WaitForExitAsync(timeout.Token);
        var (output, errors) = (await stdout, await stderr);
        TestContext.Out.WriteLine(output);

        Assert.Multiple(() =>
        {
            Assert.That(process.ExitCode, Is.Zero, errors);
            Assert.That(output, Does.Contain("OK: the result is exactly expected.json"));
            Assert.That(output, Does.Match("worker-1: [0-9]+ chunks").And.Match("worker-2: [0-9]+ chunks"));
            Assert.That(output, Does.Match("run twice for one fire time: [0-9]+, second runs that changed nothing: [0-9]+"));
            Assert.That(output, Does.Contain("cases marked twice 0, partners reminded twice 0"));
        });
    }
}
