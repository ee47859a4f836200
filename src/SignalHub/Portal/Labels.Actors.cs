namespace SignalHub.Portal;

/// <summary>
/// Who did something, and the audit log's words, as a person reads them. Actors are stored as codes
/// (<c>user:anouk</c>, <c>signalhub:deadlines</c>, <c>partner:{id}</c>, <c>cli:root</c>); a worker's name is stored as typed.
/// </summary>
public static partial class Labels
{
    public static string Actor(string? actor)
    {
        if (string.IsNullOrEmpty(actor))
            return "";
        var colon = actor.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
            return actor;
        var (kind, name) = (actor[..colon], actor[(colon + 1)..]);
        return kind switch
        {
            "user" => name,
            "partner" => $"partner-API ({name})",
            "cli" => $"opdrachtregel ({name})",
            "portal" when name == "anonymous" => "niet ingelogde bezoeker",
            "signalhub" => name switch
            {
                "deadlines" => "SignalHub (termijnbewaking)",
                "actuality" => "SignalHub (actualiteitscheck)",
                "routing" => "SignalHub (automatisch)",
                "retention" => "SignalHub (bewaartermijnen)",
                _ => "SignalHub (automatisch)",
            },
            _ => actor,
        };
    }

    /// <summary>What an audit entry records: a page or API call reads as it was ("GET /zaken"); a change by its name.</summary>
    public static string AuditAction(string action) => action switch
    {
        "user.add" => "gebruiker toegevoegd",
        "user.reset-totp" => "authenticator-app opnieuw ingesteld",
        "user.unlock" => "gebruiker ontgrendeld",
        "api-key.create" => "API-sleutel gemaakt",
        "api-key.revoke" => "API-sleutel ingetrokken",
        "partner.add" => "partner toegevoegd",
        "sdv-client.add" => "SDV-cliënt toegevoegd",
        "sdv-client.remove" => "SDV-cliënt verwijderd",
        "sdv-clients.import" => "SDV-cliëntenlijst ingelezen",
        "area.add" => "gebied toegevoegd",
        "area.remove" => "gebied verwijderd",
        "areas.import" => "gebieden ingelezen",
        "retention purge" => "oude regels verwijderd (bewaartermijn)",
        _ when action.StartsWith("cli ", StringComparison.Ordinal) => "opdracht signalhub " + action[4..],
        _ => action,
    };

    /// <summary>The kind of subject of an audit entry.</summary>
    public static string AuditSubject(string? subjectType) => subjectType switch
    {
        null => "",
        "portal-page" => "portaalpagina",
        "partner-api" => "partner-API",
        "user" => "gebruiker",
        "api-key" => "API-sleutel",
        "partner" => "partner",
        "sdv-client" => "SDV-cliënt",
        "sdv-clients" => "SDV-cliëntenlijst",
        "area" => "gebied",
        "areas" => "gebieden",
        "audit_log" => "auditlog",
        "command" => "opdracht",
        _ => subjectType,
    };

    /// <summary>An audit entry's detail, with the system's English words in Dutch; the query of a page stays as it was.</summary>
    public static string AuditDetail(string? detail) => detail is null ? "" : detail
        .Replace(", failed", ", mislukt", StringComparison.Ordinal)
        .Replace("case reference ", "zaaknummer ", StringComparison.Ordinal)
        .Replace("removed entries up to seq ", "regels verwijderd tot en met nr. ", StringComparison.Ordinal)
        .Replace("; last removed hash ", "; laatste verwijderde hash ", StringComparison.Ordinal)
        .Replace("exit ", "afsluitcode ", StringComparison.Ordinal);
}
