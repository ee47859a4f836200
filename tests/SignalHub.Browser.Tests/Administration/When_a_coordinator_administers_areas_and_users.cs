using System.Text;
using Microsoft.Playwright;
using SignalHub.Browser.Tests.Fixtures;
using SignalHub.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace SignalHub.Browser.Tests.Administration;

/// <summary>
/// A coordinator in the browser: replaces the areas with a CSV that has one bad line and reads which line and why, then
/// adds a wijkteam user and is shown its one-time password once.
/// </summary>
public sealed class When_a_coordinator_administers_areas_and_users
{
    private SignalHubStack _stack = null!;
    private IPage _page = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        SetDefaultExpectTimeout(15_000);
        _stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory);
        _page = await BrowserRun.OpenAsync(_stack);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _page.Context.CloseAsync();
        await _stack.DisposeAsync();
    }

    [Test]
    public async Task Should_see_the_bad_line_of_an_areas_import_and_the_teams_of_the_good_ones()
    {
        await _page.GotoAsync("/");
        await _page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Beheer" }).ClickAsync();
        await _page.GetByRole(AriaRole.Navigation, new() { Name = "Beheer" }).GetByRole(AriaRole.Link, new() { Name = "Gebieden en teams" }).ClickAsync();
        await _page.GetByLabel("CSV-bestand").SetInputFilesAsync(new FilePayload
        {
            Name = "gebieden.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes("postcode_van;postcode_tot;wijkteam\n2011;2013;Wijkteam Noord\n2014;20X4;Wijkteam Fout\n2015;2016;Wijkteam Zuid\n"),
        });
        await _page.GetByRole(AriaRole.Button, new() { Name = "Inlezen en vervangen" }).ClickAsync();

        await Expect(_page.GetByText("2 regels ingelezen, 1 regels overgeslagen")).ToBeVisibleAsync();
        var badLine = _page.Locator("table.import-errors tbody tr");
        await Expect(badLine).ToHaveCountAsync(1);
        await Expect(badLine.Locator("td").First).ToHaveTextAsync("3");
        await Expect(badLine).ToContainTextAsync("20X4");
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Name = "Wijkteam Noord" })).ToBeVisibleAsync();
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Name = "Wijkteam Fout" })).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(_page, "beheer-gebieden-import");
    }

    [Test]
    public async Task Should_add_a_wijkteam_user_and_see_its_password_once()
    {
        await _page.GotoAsync("/beheer/gebruikers");
        await _page.GetByLabel("Gebruikersnaam").FillAsync("wijk-browser");
        await _page.GetByRole(AriaRole.Group, new() { Name = "Rol" }).GetByLabel("wijkteam").CheckAsync();
        await _page.Locator("input#team").FillAsync("Wijkteam Noord");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Gebruiker toevoegen" }).ClickAsync();

        await Expect(_page.GetByRole(AriaRole.Heading, new() { Name = "wijk-browser is toegevoegd" })).ToBeVisibleAsync();
        var password = await _page.Locator("[data-password]").InnerTextAsync();
        Assert.That(password, Has.Length.EqualTo(20));
        await Expect(_page.GetByRole(AriaRole.Cell, new() { Name = "wijk-browser", Exact = true })).ToBeVisibleAsync();

        await _page.GotoAsync("/beheer/gebruikers");
        await Expect(_page.GetByText(password)).ToHaveCountAsync(0);
    }

    [Test]
    public async Task Should_be_told_next_to_the_field_when_no_role_is_chosen()
    {
        await _page.GotoAsync("/beheer/gebruikers");
        await _page.GetByLabel("Gebruikersnaam").FillAsync("zonder-rol");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Gebruiker toevoegen" }).ClickAsync();

        await Expect(_page.Locator("#foutoverzicht")).ToBeFocusedAsync();
        await Expect(_page.Locator("#rol-partner-fout")).ToHaveTextAsync("Kies de rol van de gebruiker.");
    }
}
