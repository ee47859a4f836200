namespace SignalHub.Browser.Tests.Fixtures;

/// <summary>
/// Debian's Chromium, which the test command installs and names in <c>SIGNALHUB_TEST_CHROMIUM</c>. Without it the
/// browser tests are skipped locally, and fail under the test command (<c>SIGNALHUB_TEST_REQUIRE_SERVICES=1</c>).
/// Playwright never downloads a browser here.
/// </summary>
public static class ChromiumExecutable
{
    public const string Variable = "SIGNALHUB_TEST_CHROMIUM";

    /// <summary>
    /// Headless flags for a root user in a closed network: no sandbox (root), no GPU, and none of the background
    /// traffic (updates, sync, safe browsing lists) that would otherwise flood the network with failing requests.
    /// </summary>
    public static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
    ];

    public static string Require()
    {
        var path = Environment.GetEnvironmentVariable(Variable);
        var required = Environment.GetEnvironmentVariable("SIGNALHUB_TEST_REQUIRE_SERVICES") == "1";
        if (string.IsNullOrWhiteSpace(path))
        {
            const string message = $"{Variable} is not set: install Debian's chromium and export {Variable}=/usr/bin/chromium (bash deploy/local/run-tests.sh does both)";
            if (required)
                Assert.Fail(message);
            Assert.Ignore(message);
        }
        if (!File.Exists(path))
            Assert.Fail($"{Variable}={path}, but there is no such file");
        return path;
    }
}
