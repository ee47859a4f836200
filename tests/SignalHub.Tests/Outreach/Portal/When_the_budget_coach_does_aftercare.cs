using System.Net;
using Microsoft.Extensions.Time.Testing;
using SignalHub.Domain.Outreach;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;
using static SignalHub.Security.Accounts.PortalRoles;
using static SignalHub.Tests.Fixtures.PartnerFiles;
using static SignalHub.Tests.Outreach.OutreachStack;

namespace SignalHub.Tests.Outreach.Portal;

/// <summary>
/// Help started for a household on Friday 6 November 2026; the first aftercare check (after three months) is due on
/// 6 February 2027. On Monday 8 February the budget coach finds it on the list and marks it done.
/// </summary>
public sealed class When_the_budget_coach_does_aftercare
{
    private FakeTimeProvider _clock = null!;
    private SignalHubStack _stack = null!;
    private SignedInUser _coach = null!;
    private Guid _case;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _clock = new FakeTimeProvider(Amsterdam("2026-11-02 09:00"));
        _stack = await OutreachStack.StartAsync(StackKind.SqliteInMemory, _clock);
        await _stack.AddAreaAsync("2501AA", "2501ZZ", "Wijkteam Zuid");
        var (_, key) = await _stack.RegisterAsync("Woonstichting Nazorg", "housing");
        await _stack.UploadAsync(key, "2026-11", Csv(Row("N-1", "huur", "Nazorger", "3", "2501AB")));
        _clock.SetUtcNow(Amsterdam("2026-11-06 21:00"));
        _case = await _stack.CaseAtAsync("2501AB", 3);
        await _stack.RecordAsync(_case, "Huisbezoek 2026-11-04 19:30 bereikt");
        await _stack.Work().ChangeStatusAsync(_case, CaseStage.HelpAccepted, "Sanne Veldwerker", CancellationToken.None);
        _clock.SetUtcNow(Amsterdam("2027-02-08 10:00"));
        _coach = await _stack.SignInAsync(BudgetCoach);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _coach.Session.Dispose();
        await _stack.DisposeAsync();
    }

    [Test]
    public async Task Should_name_the_month_of_the_case_so_checks_of_one_door_are_told_apart()
    {
        var check = (await _stack.DetailAsync(_case)).FollowUps[0];
        var list = await _coach.Session.GetPageAsync("/budgetcoach");
        Assert.Multiple(() =>
        {
            Assert.That(check.CaseMonth, Is.EqualTo("november 2026"));
            Assert.That(list, Does.Contain("zaak van november 2026").Or.Contain("data-label=\"Zaak van\">november 2026"));
        });
    }

    [Test]
    public async Task Should_list_the_due_check_and_mark_it_done_once()
    {
        var due = (await _stack.DetailAsync(_case)).FollowUps[0];
        var list = await _coach.Session.GetPageAsync("/budgetcoach");

        // The second press comes from the same page, still open in another tab.
        var token = PortalSession.AntiforgeryToken(list);
        using var done = await _coach.Session.PostAsync("/budgetcoach", new FormUrlEncodedContent(
            [new("nazorg", due.Id.ToString()), new("notitie", "Gebeld: de regeling loopt."), new("__RequestVerificationToken", token)]));
        using var again = await _coach.Session.PostAsync("/budgetcoach", new FormUrlEncodedContent(
            [new("nazorg", due.Id.ToString()), new("__RequestVerificationToken", token)]));

        var after = (await _stack.DetailAsync(_case)).FollowUps.Single(f => f.Id == due.Id);
        var listAfter = await _coach.Session.GetPageAsync("/budgetcoach");
        Assert.Multiple(async () =>
        {
            Assert.That(due.DueOn, Is.EqualTo(new DateOnly(2027, 2, 6)));
            Assert.That(list, Does.Contain($"data-followup=\"{due.Id}\"").And.Contain("na 3 maanden"));
            Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(after.DoneBy, Is.EqualTo(_coach.Account.Name));
            Assert.That(after.DoneAt, Is.Not.Null);
            Assert.That(listAfter, Does.Not.Contain($"data-followup=\"{due.Id}\""));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), Does.Contain("Dit nazorgmoment is al gedaan."));
        });
    }
}
