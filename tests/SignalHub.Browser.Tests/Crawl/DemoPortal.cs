using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SignalHub.Demo;
using SignalHub.Partners;
using SignalHub.Security.Accounts;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;

namespace SignalHub.Browser.Tests.Crawl;

/// <summary>
/// The portal as <c>signalhub demo</c> leaves it: the demo's own loader (four partners, two months of deliveries, SDV
/// clients, a month of replayed outreach) run inside a test stack, with the scheduler paused so nothing moves while the
/// crawl reads. Each demo role signs in as a fresh user of that role and scope (the demo accounts have no authenticator yet).
/// </summary>
internal static class DemoPortal
{
    private static int _signedIn;

    public static async Task<SignalHubStack> StartAsync()
    {
        var days = DemoTimeline.Of(TimeProvider.System);
        var stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory, configure: b => DemoCommand.ReplayClock(b, days));
        await stack.Services.GetRequiredKeyedService<IScheduler>("signalhub").PauseAll();
        await DemoCommand.LoadAsync(stack.Services, days, CancellationToken.None);
        return stack;
    }

    /// <summary>The roles of the README's demo accounts, by account name.</summary>
    public static IEnumerable<string> Accounts => DemoAccounts.All.Select(a => a.Name);

    /// <summary>A signed-in user with the role, organisation and team of the demo account <paramref name="account"/>.</summary>
    public static async Task<SignedInUser> SignInLikeAsync(SignalHubStack stack, string account)
    {
        var (_, role, partner, team) = DemoAccounts.All.Single(a => a.Name == account);
        var partnerId = partner is null ? (Guid?)null
            : (await stack.Get<PartnerStore>().FindByNameAsync(partner, CancellationToken.None))?.Id ?? throw new InvalidOperationException($"no demo partner {partner}");
        // A name like the demo account's, so the pages show what a demo user sees (not "privacy_officer-0193").
        return await stack.SignInAsync(role, partnerId, team, $"{account}-{Interlocked.Increment(ref _signedIn)}");
    }
}
