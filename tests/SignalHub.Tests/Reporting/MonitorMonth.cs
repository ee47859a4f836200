using Microsoft.Extensions.Time.Testing;
using SignalHub.Domain.Outreach;
using SignalHub.Domain.Vocabulary;
using SignalHub.Ingestion;
using SignalHub.Outreach;
using SignalHub.Tests.Dispatch;
using SignalHub.Tests.Fixtures;
using static SignalHub.Tests.Fixtures.PartnerFiles;
using static SignalHub.Tests.Outreach.OutreachStack;

namespace SignalHub.Tests.Reporting;

/// <summary>
/// A synthetic autumn with known answers, built through the real pipeline. Names and streets are made up.
/// October: one rent signal at Lindelaan 3; a worker reaches the household, who needs no help.
/// November (delivered on Monday the 2nd, the clock at 09:00):
/// <code>
/// door          signals              route         outreach
/// 2501AB 1      rent R-1, energy E-1 wijkteam      call 4th 10:00 not reached, visit 6th 19:30 reached, help accepted,
///                                                  closed 10th: follow_up_financial, tax_remission + special_assistance
/// 2501AB 2      rent R-2 (SDV client) sdv          closed 10th: already_known_to_debt_service, no attempt
/// 2501AB 3      rent R-3 (also in Oct, budgetcoach    visit 3rd 11:00 reached, closed 10th: no_help_needed
///               arrears rose)
/// 2501AB 4      rent R-4, withdrawn   wijkteam     call 5th 09:00 not reached
/// 2501AB 5      rent R-5, EUR 20      not picked up (below the minimum): unjustified_signal
/// 2699XA 7      energy E-2            coordinator  nothing
/// (rejected)    rent R-9, postcode 12345
/// </code>
/// </summary>
internal static class MonitorMonth
{
    public const string Housing = "Woonstichting Telraam";
    public const string Energy = "Energiebedrijf Telraam";

    public static async Task<SignalHubStack> BuildAsync(StackKind kind, FakeTimeProvider clock)
    {
        var stack = await StartAsync(kind, clock);
        await stack.AddAreaAsync("2501AA", "2501ZZ", "Wijkteam Zuid");
        await stack.ImportSdvClientsAsync("D-200;Bakkerus;02-02-1972;2501AB;2;;;Consulent Test");
        var (housing, housingKey) = await stack.RegisterAsync(Housing, "housing");
        var (_, energyKey) = await stack.RegisterAsync(Energy, "energy");

        clock.SetUtcNow(Amsterdam("2026-10-05 09:00"));
        await stack.UploadAsync(housingKey, "2026-10", Csv(Row("R-0", "huur", "Dekkerink", "3", "2501AB", birthDate: "03-03-1973")));
        var october = await stack.CaseAtAsync("2501AB", 3);
        clock.SetUtcNow(Amsterdam("2026-10-07 12:00"));
        await stack.RecordAsync(october, "Huisbezoek 2026-10-06 10:00 bereikt");
        await CloseAsync(stack, october, new ClosingInput(CaseResult.NoHelpNeeded));

        clock.SetUtcNow(Amsterdam("2026-11-02 09:00"));
        await stack.UploadAsync(housingKey, "2026-11", Csv(
            Row("R-1", "huur", "Jansma", "1", "2501AB", birthDate: "01-01-1971"), Row("R-2", "huur", "Bakkerus", "2", "2501AB", birthDate: "02-02-1972"),
            Row("R-3", "huur", "Dekkerink", "3", "2501AB", amount: "900,00", birthDate: "03-03-1973"),
            Row("R-4", "huur", "Veenstra", "4", "2501AB", birthDate: "04-04-1974"),
            Row("R-5", "huur", "Molenaar", "5", "2501AB", amount: "20,00", birthDate: "05-05-1975"),
            Row("R-9", "huur", "Zwartkop", "9", "12345", birthDate: "09-09-1979")));
        await stack.UploadAsync(energyKey, "2026-11", Csv(
            Row("E-1", "energie", "Jansma", "1", "2501AB", birthDate: "01-01-1971"),
            Row("E-2", "energie", "Stroomberg", "7", "2699XA", birthDate: "07-07-1977")));

        clock.SetUtcNow(Amsterdam("2026-11-10 12:00"));
        var door1 = await CaseAsync(stack, "2501AB", 1);
        await stack.RecordAsync(door1, "Telefoon 2026-11-04 10:00 niet");
        await stack.RecordAsync(door1, "Huisbezoek 2026-11-06 19:30 bereikt");
        Assert.That((await stack.Work().ChangeStatusAsync(door1, CaseStage.HelpAccepted, "Sanne Veldwerker", CancellationToken.None)).Refusal, Is.Null);
        await CloseAsync(stack, door1, new ClosingInput(CaseResult.FollowUpFinancial, [Scheme.TaxRemission, Scheme.SpecialAssistance], [HelpKind.PaymentArrangement]));
        await CloseAsync(stack, await CaseAsync(stack, "2501AB", 2), new ClosingInput(CaseResult.AlreadyKnownToDebtService));
        var door3 = await CaseAsync(stack, "2501AB", 3);
        await stack.RecordAsync(door3, "Huisbezoek 2026-11-03 11:00 bereikt");
        await CloseAsync(stack, door3, new ClosingInput(CaseResult.NoHelpNeeded));
        await stack.RecordAsync(await CaseAsync(stack, "2501AB", 4), "Telefoon 2026-11-05 09:00 niet");
        var withdrawn = await stack.Get<SignalWithdrawal>().WithdrawAsync(housing.Id, Scenario.Month("2026-11"), "R-4", WithdrawalReason.Paid, CancellationToken.None);
        Assert.That(withdrawn, Is.Not.Null);
        await stack.WaitUntilIdleAsync();
        return stack;
    }

    private static async Task<Guid> CaseAsync(SignalHubStack stack, string postcode, int number) =>
        (await stack.RequireCaseAtAsync("2026-11", postcode, number)).Id;

    private static async Task CloseAsync(SignalHubStack stack, Guid caseId, ClosingInput closing)
    {
        var change = await stack.Work().CloseAsync(caseId, closing, "Sanne Veldwerker", CancellationToken.None);
        Assert.That(change.Refusal, Is.Null, () => change.Refusal!.Message);
    }
}
