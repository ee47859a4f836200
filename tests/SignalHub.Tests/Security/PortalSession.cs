using System.Net;
using System.Text.RegularExpressions;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Security;

/// <summary>
/// A browser-like HTTP client for the portal: keeps its cookies itself (they are Secure, and the test stack speaks
/// plain HTTP on loopback, where HttpClient's own cookie container would not send them back), does not follow
/// redirects (tests read them), and fills in a form's antiforgery token. A <paramref name="source"/> loopback address
/// (127.0.0.2, ...) makes the portal see another client address.
/// </summary>
public sealed partial class PortalSession(SignalHubStack stack, IPAddress? source = null) : IDisposable
{
    private readonly HttpClient _client = new(Handler(source))
    {
        BaseAddress = stack.BaseAddress,
        Timeout = TimeSpan.FromMinutes(2),
    };

    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Cookies => _cookies;

    /// <summary>Every Set-Cookie header seen, as sent: the tests of the cookies' flags read them.</summary>
    public List<string> SetCookieHeaders { get; } = [];

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        var response = await _client.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            foreach (var header in setCookies)
            {
                SetCookieHeaders.Add(header);
                var pair = header.Split(';')[0];
                var (name, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
                if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                    _cookies.Remove(name);
                else
                    _cookies[name] = value;
            }
        return response;
    }

    /// <summary>Puts a cookie copied from another session (or another browser) into this one.</summary>
    public void UseCookie(KeyValuePair<string, string> cookie) => _cookies[cookie.Key] = cookie.Value;

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    public async Task<string> GetPageAsync(string path)
    {
        using var response = await GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"GET {path}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Reads the form at <paramref name="formPath"/> for its antiforgery token, then posts <paramref name="fields"/> to <paramref name="postPath"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPath, IEnumerable<KeyValuePair<string, string>> fields, string? postPath = null)
    {
        var token = AntiforgeryToken(await GetPageAsync(formPath));
        return await PostAsync(postPath ?? formPath, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]));
    }

    public Task<HttpResponseMessage> PostAsync(string path, HttpContent content) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = content });

    public static string AntiforgeryToken(string html) =>
        TokenField().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new AssertionException("the page has no antiforgery token");

    public void Dispose() => _client.Dispose();

    private static SocketsHttpHandler Handler(IPAddress? source) => new()
    {
        UseCookies = false,
        AllowAutoRedirect = false,
        ConnectCallback = source is null ? null : async (context, ct) =>
        {
            var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.InterNetwork, System.Net.Sockets.SocketType.Stream,
                System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(source, 0));
                await socket.ConnectAsync(IPAddress.Parse(context.DnsEndPoint.Host), context.DnsEndPoint.Port, ct);
                return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
