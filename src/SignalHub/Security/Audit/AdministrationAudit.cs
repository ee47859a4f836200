namespace SignalHub.Security.Audit;

/// <summary>
/// An administrator's change made in the portal, on the audit chain: who (the signed-in user), what (an action such as
/// <c>area.add</c>), on which subject, from where. Never a password, key or second-factor secret in the detail.
/// </summary>
public static class AdministrationAudit
{
    public static Task RecordChangeAsync(this AuditLog audit, HttpContext http, string action, string subjectType, string? subjectId,
        string? detail) =>
        audit.RecordAsync($"user:{http.User.Identity?.Name}", action, subjectType, subjectId, detail,
            http.Connection.RemoteIpAddress?.ToString(), http.RequestAborted);
}
