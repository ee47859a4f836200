using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using SignalHub.Security.Accounts;

namespace SignalHub.Benchmarks;

/// <summary>
/// A signed-in coordinator for the load on portal pages: a user added with the CLI, signed in with its
/// password and second factor as a browser would. The cookies are kept by hand, because the portal marks
/// them Secure and the benchmark talks plain HTTP on loopback.
/// </summary>
public sealed partial class PortalSession
{
    private const string UserName = "bench-coordinator";
    private readonly Dictionary<string, string> _cookies = [];

    private PortalSession()
    {
    }

    /// <summary>The Cookie header that carries the session.</summary>
    public string CookieHeader => string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}"));

    public static async Task<PortalSession> SignInAsync(IReadOnlyDictionary<string, string> settings, Uri baseAddress)
    {
        var output = await SignalHubProcess.RunAsync(settings, "user", "add", "--name", UserName, "--role", "coordinator", "--json");
        using var added = JsonDocument.Parse(output);
        var password = added.RootElement.GetProperty("password").GetString()!;
        var session = new PortalSession();
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        var signIn = await session.SendAsync(http, HttpMethod.Get, "/inloggen");
        var secondFactor = await session.SendAsync(http, HttpMethod.Post, "/inloggen",
            new() { ["naam"] = UserName, ["wachtwoord"] = password, ["__RequestVerificationToken"] = Token(signIn.Body) });
        var enrolment = await session.SendAsync(http, HttpMethod.Get, secondFactor.Location ?? throw Unexpected("sign-in", secondFactor));
        var secret = SecretPattern().Match(enrolment.Body) is { Success: true } m ? m.Groups[1].Value.Replace(" ", "", StringComparison.Ordinal)
            : throw Unexpected("enrolment", enrolment);
        var key = Base32.TryDecode(secret, out var bytes) ? bytes : throw new InvalidOperationException("the enrolment secret is not Base32");
        var done = await session.SendAsync(http, HttpMethod.Post, secondFactor.Location,
            new() { ["code"] = Totp.Code(key, Totp.StepAt(DateTimeOffset.UtcNow)), ["__RequestVerificationToken"] = Token(enrolment.Body) });
        if (done.Status != HttpStatusCode.Redirect || done.Location?.Contains("inloggen", StringComparison.Ordinal) != false)
            throw Unexpected("second factor", done);
        return session;
    }

    /// <summary>A GET with the session's cookies; redirects are not followed, so a lost session shows as a failure.</summary>
    public HttpRequestMessage Get(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", CookieHeader);
        return request;
    }

    private async Task<Answer> SendAsync(HttpClient http, HttpMethod method, string path, Dictionary<string, string>? form = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (_cookies.Count > 0)
            request.Headers.Add("Cookie", CookieHeader);
        if (form is not null)
            request.Content = new FormUrlEncodedContent(form);
        using var response = await http.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            foreach (var pair in setCookies.Select(c => c.Split(';')[0].Split('=', 2)))
                _cookies[pair[0]] = pair[1];
        return new Answer(response.StatusCode, response.Headers.Location?.ToString(), await response.Content.ReadAsStringAsync());
    }

    private static string Token(string html) => TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value
        : throw new InvalidOperationException("the page has no antiforgery token");

    private static InvalidOperationException Unexpected(string step, Answer answer) =>
        new($"signing the benchmark's coordinator in failed at the {step}: {(int)answer.Status} {answer.Location}");

    private sealed record Answer(HttpStatusCode Status, string? Location, string Body);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("data-testid=\"totp-secret\">([^<]+)<")]
    private static partial Regex SecretPattern();
}
