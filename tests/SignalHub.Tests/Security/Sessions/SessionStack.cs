using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Security.Sessions;

/// <summary>A stack on a clock the test turns, with sign-in limits that leave room for many sign-ins from loopback.</summary>
internal static class SessionStack
{
    public static Task<SignalHubStack> StartAsync(StackKind kind, FakeTimeProvider clock, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Accounts:MaxFailedAttempts"] = "3",
            ["Accounts:SignInPermitsPerMinute"] = "1000",
            ["Accounts:SessionMinutes"] = "60",
            ["Accounts:SessionAbsoluteHours"] = "2",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
            settings[key] = value;
        return SignalHubStack.StartAsync(kind, settings, builder => builder.Services.AddSingleton<TimeProvider>(clock));
    }

    /// <summary>A new browser holding only a copy of <paramref name="user"/>'s session cookie.</summary>
    public static PortalSession CopyOf(this SignalHubStack stack, SignedInUser user)
    {
        var copy = new PortalSession(stack);
        copy.UseCookie(user.SessionCookie);
        return copy;
    }

    /// <summary>Whether the page opens (200) or the cookie was refused (a redirect to the sign-in page).</summary>
    public static async Task<bool> OpensAsync(this PortalSession session, string path)
    {
        using var response = await session.GetAsync(path);
        if (response.StatusCode == HttpStatusCode.OK)
            return true;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"GET {path}");
        Assert.That(response.Headers.Location?.AbsolutePath, Is.EqualTo("/inloggen"), $"GET {path}");
        return false;
    }

    public static async Task<HttpStatusCode> PostPasswordAsync(this PortalSession session, string name, string password)
    {
        using var response = await session.PostFormAsync("/inloggen", [new("naam", name), new("wachtwoord", password)]);
        return response.StatusCode;
    }
}
