using System.Net;
using System.Text;
using SignalHub.Security.Audit;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;

namespace SignalHub.Tests.Portal;

/// <summary>Posting a page's named handler as the browser does, and reading what the audit chain says of a user.</summary>
public static class PortalForms
{
    public static Task<HttpResponseMessage> PostHandlerAsync(this PortalSession session, string page, string handler,
        params (string Name, string Value)[] fields) =>
        session.PostFormAsync(page, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), $"{page}?handler={handler}");

    public static async Task<HttpResponseMessage> PostFileAsync(this PortalSession session, string page, string handler, string fileName, string csv)
    {
        var token = PortalSession.AntiforgeryToken(await session.GetPageAsync(page));
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "bestand", fileName },
        };
        return await session.PostAsync($"{page}?handler={handler}", form);
    }

    /// <summary>Follows a post-redirect-get to the page it lands on.</summary>
    public static async Task<string> FollowAsync(this PortalSession session, HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        return await session.GetPageAsync(response.Headers.Location!.OriginalString);
    }

    public static async Task<IReadOnlyList<AuditEntry>> AuditOfAsync(this SignalHubStack stack, SignedInUser user) =>
        await stack.Get<AuditLog>().SearchAsync(new AuditQuery(DateTime.UtcNow.AddYears(-20), DateTime.UtcNow.AddYears(20), $"user:{user.Account.Name}"),
            CancellationToken.None);

    public static string Html(string text) => System.Net.WebUtility.HtmlEncode(text);
}
