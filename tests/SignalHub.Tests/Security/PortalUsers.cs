using System.Net;
using SignalHub.Security.Accounts;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Security;

/// <summary>A portal user of a role, created in the stack's database and signed in through the real sign-in pages.</summary>
public sealed record SignedInUser(UserAccount Account, string Secret, PortalSession Session)
{
    /// <summary>The portal's session cookie (name and value), for a browser context.</summary>
    public KeyValuePair<string, string> SessionCookie => Session.Cookies.Single(c => c.Key == "signalhub");
}

public static class PortalUsers
{
    public const string Password = "een-lang-test-wachtwoord";

    /// <summary>Creates a user of <paramref name="role"/> (scoped to a partner or team when given) and signs it in with password and TOTP code.</summary>
    public static async Task<SignedInUser> SignInAsync(this SignalHubStack stack, string role, Guid? partnerId = null, string? team = null,
        string? name = null)
    {
        var (user, secret) = await stack.AddUserAsync(role, partnerId, team, name);
        var session = new PortalSession(stack);
        using var password = await session.PostFormAsync("/inloggen", [new("naam", user.Name), new("wachtwoord", Password)]);
        Assert.That(password.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the password step");
        // The code of the app's own clock: a stack may run on a moved test clock.
        using var code = await session.PostFormAsync("/inloggen/code", [new("code", CodeAt(secret, stack.Get<TimeProvider>().GetUtcNow()))]);
        Assert.That(code.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the code step");
        Assert.That(session.Cookies.Keys, Has.Member("signalhub"), "signed in");
        return new SignedInUser(user, secret, session);
    }

    /// <summary>A user with an enrolled authenticator (a known secret), not signed in.</summary>
    public static async Task<(UserAccount User, string Secret)> AddUserAsync(this SignalHubStack stack, string role, Guid? partnerId = null,
        string? team = null, string? name = null)
    {
        var users = stack.Get<UserStore>();
        var user = await users.AddAsync(new NewUser(name ?? $"{role}-{Guid.NewGuid():N}"[..20], role, partnerId, team, Password), CancellationToken.None);
        var secret = Totp.NewSecret();
        await users.SetTotpSecretAsync(user.Id, secret, CancellationToken.None);
        return (user, secret);
    }

    public static string CurrentCode(string secret) => CodeAt(secret, DateTimeOffset.UtcNow);

    public static string CodeAt(string secret, DateTimeOffset now) =>
        Totp.Code(Base32.TryDecode(secret, out var key) ? key : [], Totp.StepAt(now));
}
