using SignalHub.Portal;
using SignalHub.Security.Access;

namespace SignalHub.Tests.Portal;

/// <summary>
/// Every menu entry names its page by the path the access policy knows it by: a page moved to another folder without its
/// menu entry would silently drop out of every role's menu (the menu shows only pages the policy grants).
/// </summary>
public sealed class When_the_menu_names_its_pages
{
    private static IEnumerable<MenuEntry> AllEntries => PortalMenu.Entries.Concat(PortalMenu.AdminEntries);

    [TestCaseSource(nameof(AllEntries))]
    public void Should_name_a_page_the_access_policy_knows(MenuEntry entry) =>
        Assert.That(PortalAccess.Pages.TryGetValue(entry.PagePath, out var policy) && policy is not null, Is.True,
            $"{entry.Label} ({entry.Href}) names {entry.PagePath}, which the access policy does not grant to anyone");
}
