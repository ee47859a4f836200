using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using SignalHub.Hosting;
using SignalHub.Ingestion.Calendar;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Ingestion.Calendar;

/// <summary>E-mail is optional: a relay that accepts gets the reminder; one that cannot be reached yields a reason, not an exception.</summary>
public sealed class ReminderMailTests
{
    private static readonly DateTime Deadline = DeliveryDeadline.EndOf(Scenario.Month("2026-11"), 25);

    [Test]
    public async Task When_the_relay_accepts_the_reminder_names_the_period_and_the_last_day()
    {
        using var relay = new SmtpRelay();
        var mail = Mail(relay.Port);

        var error = await mail.TrySendReminderAsync("planning@woonstichting.example", Scenario.Month("2026-11"), Deadline, CancellationToken.None);

        var message = await relay.Received.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Multiple(() =>
        {
            Assert.That(error, Is.Null);
            Assert.That(message, Does.Contain("2026-11"));
            Assert.That(message, Does.Contain("planning@woonstichting.example"));
        });
    }

    [Test]
    public async Task When_the_relay_cannot_be_reached_the_reason_is_returned_and_nothing_is_thrown()
    {
        var error = await Mail(ClosedPort()).TrySendReminderAsync("planning@woonstichting.example", Scenario.Month("2026-11"), Deadline, CancellationToken.None);

        Assert.That(error, Is.Not.Null.And.Not.Empty);
    }

    [Test]
    public void The_body_gives_the_deadline_day_in_Dutch()
    {
        Assert.That(ReminderMail.Body(Scenario.Month("2026-11"), Deadline), Does.Contain("25 november 2026"));
    }

    [TestCase(false, "", "", 587, null)]
    [TestCase(true, "", "signalhub@gemeente.example", 587, "Ingestion:Smtp:Host")]
    [TestCase(true, "smtp.gemeente.example", "", 587, "Ingestion:Smtp:From")]
    [TestCase(true, "smtp.gemeente.example", "not an address", 587, "Ingestion:Smtp:From")]
    [TestCase(true, "smtp.gemeente.example", "signalhub@gemeente.example", 0, "Ingestion:Smtp:Port")]
    [TestCase(true, "smtp.gemeente.example", "signalhub@gemeente.example", 25, null)]
    public void An_enabled_relay_needs_a_host_a_sender_and_a_port(bool enabled, string host, string from, int port, string? namedKey)
    {
        var problem = new SmtpOptions { Enabled = enabled, Host = host, From = from, Port = port }.Problem();

        if (namedKey is null)
            Assert.That(problem, Is.Null);
        else
            Assert.That(problem, Does.StartWith(namedKey));
    }

    [Test]
    public void An_enabled_relay_without_a_host_stops_the_start_with_the_key_named()
    {
        var settings = new Dictionary<string, string?> { ["Ingestion:Smtp:Enabled"] = "true", ["Ingestion:Smtp:From"] = "signalhub@gemeente.example" };

        var failure = Assert.CatchAsync(() => SignalHubStack.StartAsync(StackKind.SqliteInMemory, settings));

        Assert.That(SignalHubHost.Explain(failure!), Is.EqualTo("Ingestion:Smtp:Host is required when Ingestion:Smtp:Enabled is true"));
    }

    private static ReminderMail Mail(int port) => new(Options.Create(new SmtpOptions
    {
        Enabled = true, Host = "127.0.0.1", Port = port, EnableSsl = false, From = "signalhub@gemeente.example",
    }));

    private static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
