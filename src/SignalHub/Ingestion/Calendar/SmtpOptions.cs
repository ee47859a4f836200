namespace SignalHub.Ingestion.Calendar;

/// <summary>
/// Optional e-mail for reminders. Section <c>Ingestion:Smtp</c>; off by default, and a reminder is recorded
/// whether or not it could be mailed. An internal relay without authentication is assumed.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Ingestion:Smtp";

    public bool Enabled { get; set; }

    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    /// <summary>STARTTLS; on by default so a reminder never crosses the network in clear unless asked to.</summary>
    public bool EnableSsl { get; set; } = true;

    public string From { get; set; } = "";

    /// <summary>The one line an operator reads when the section cannot be used, or null when it can.</summary>
    public string? Problem() => Enabled switch
    {
        false => null,
        true when string.IsNullOrWhiteSpace(Host) => $"{Section}:Host is required when {Section}:Enabled is true",
        true when string.IsNullOrWhiteSpace(From) || !System.Net.Mail.MailAddress.TryCreate(From, out _) =>
            $"{Section}:From must be an e-mail address when {Section}:Enabled is true",
        true when Port is < 1 or > 65535 => $"{Section}:Port must be 1 to 65535",
        _ => null,
    };
}
