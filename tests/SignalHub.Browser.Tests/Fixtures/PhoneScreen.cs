using Microsoft.Playwright;

namespace SignalHub.Browser.Tests.Fixtures;

/// <summary>Outreach workers read the portal at the door: a page must fit a phone's width without sideways scrolling.</summary>
public static class PhoneScreen
{
    public static async Task AssertFitsAsync(IPage page, string path)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.That(overflow, Is.LessThanOrEqualTo(0), $"{path} is {overflow} px wider than the phone's screen");
    }
}
