using Microsoft.Playwright;

namespace SignalHub.Browser.Tests.Fixtures;

/// <summary>Full-page screenshots of the portal in <c>artifacts/screenshots/</c>; a few are copied to docs/screenshots for the README.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    /// <summary>At most this many pixels of a long page (the triage queue of a busy month runs to metres).</summary>
    private const int MaxHeight = 1600;

    public static async Task SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = path,
            FullPage = true,
            Clip = new Clip { X = 0, Y = 0, Width = page.ViewportSize?.Width ?? 1280, Height = Math.Min(height, MaxHeight) },
            Animations = ScreenshotAnimations.Disabled,
        });
        TestContext.AddTestAttachment(path, name);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SignalHub.sln")))
                return dir.FullName;
        }
        return Path.GetTempPath();
    }
}
