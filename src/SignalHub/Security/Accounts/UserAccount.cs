namespace SignalHub.Security.Accounts;

/// <summary>A row of <c>users</c>. The password is only ever held as ASP.NET Core's hash of it.</summary>
public sealed class UserAccount
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public string Role { get; init; } = "";
    public Guid? PartnerId { get; init; }
    public string? Team { get; init; }
    public string PasswordHash { get; init; } = "";
    public int FailedAttempts { get; init; }
    public DateTime? LockedUntil { get; init; }
    /// <summary>The plain secret once read by <see cref="UserStore"/>; stored encrypted in <c>users.totp_secret</c>.</summary>
    public string? TotpSecret { get; internal set; }
    public bool TotpConfirmed { get; init; }
    public long LastTotpStep { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime? LastSignInAt { get; init; }

    /// <summary>Changes whenever what a session was granted on changes; a cookie made under an older stamp is refused.</summary>
    public string SecurityStamp { get; init; } = "";

    /// <summary>Locks in a row (reset by a sign-in or an unlock): each lasts twice as long as the one before.</summary>
    public int Lockouts { get; init; }
}

/// <summary>What <c>signalhub user add</c> and the demo ask for.</summary>
public sealed record NewUser(string Name, string Role, Guid? PartnerId, string? Team, string Password);

public sealed class DuplicateUserException(string name) : Exception($"a user named '{name}' already exists")
{
    public string Name { get; } = name;
}
