using System.Globalization;
using System.Net.Mail;
using Microsoft.Extensions.Options;
using SignalHub.Domain.Values;

namespace SignalHub.Ingestion.Calendar;

/// <summary>
/// Mails a reminder through the framework's <see cref="SmtpClient"/> when <c>Ingestion:Smtp:Enabled</c>.
/// A failure is returned as text for the reminder's row, never thrown: the reminder itself is already recorded.
/// </summary>
internal sealed class ReminderMail(IOptions<SmtpOptions> options)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public bool Enabled => options.Value.Enabled;

    /// <summary>Sends the reminder; returns null when the relay accepted it, otherwise why it did not.</summary>
    public async Task<string?> TrySendReminderAsync(string to, Period period, DateTime deadline, CancellationToken ct)
    {
        var smtp = options.Value;
        try
        {
            using var message = new MailMessage(smtp.From, to, Subject(period), Body(period, deadline));
            using var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.EnableSsl };
            await client.SendMailAsync(message, ct);
            return null;
        }
        catch (Exception e) when (e is SmtpException or FormatException or InvalidOperationException)
        {
            return e.InnerException is { } inner ? $"{e.Message} ({inner.Message})" : e.Message;
        }
    }

    public static string Subject(Period period) => $"Herinnering: aanlevering betalingsachterstanden {period}";

    public static string Body(Period period, DateTime deadline)
    {
        var lastDay = DeliveryDeadline.Today(deadline).AddDays(-1).ToString("d MMMM yyyy", Dutch);
        return $"""
            Beste contactpersoon,

            Voor de periode {period} hebben wij nog geen aanlevering van de betalingsachterstanden ontvangen.
            De uiterste aanleverdatum is {lastDay} (tot het einde van die dag).

            Dit bericht is automatisch verstuurd door SignalHub.
            """;
    }
}
