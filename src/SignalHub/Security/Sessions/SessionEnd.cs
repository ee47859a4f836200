namespace SignalHub.Security.Sessions;

/// <summary>Why a portal session ended: the <c>ended_why</c> of <c>portal_sessions</c>.</summary>
public static class SessionEnd
{
    public const string SignOut = "sign-out";
    public const string Administrator = "administrator";
    public const string Lockout = "lockout";
    public const string TotpReset = "totp-reset";
    public const string RoleChange = "role-change";
    public const string PasswordChange = "password-change";
    public const string UserRemoved = "user-removed";
    public const string Expired = "expired";

    /// <summary>The user's stamp changed without the session being ended with it (another process ended it first).</summary>
    public const string StaleStamp = "stale-stamp";
}
