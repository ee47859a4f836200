using System.Globalization;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using SignalHub.Domain.Vocabulary;
using SignalHub.Outreach;
using SignalHub.Scheduling;
using SignalHub.Storage;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Outreach;

/// <summary>
/// A stack with a clock the test turns, for outreach scenarios; Quartz is paused so only the test runs jobs.
/// Doors are found by postcode and house number; attempts are written as workers say them.
/// </summary>
internal static class OutreachStack
{
    public static async Task<SignalHubStack> StartAsync(StackKind kind, FakeTimeProvider clock)
    {
        var stack = await SignalHubStack.StartAsync(kind, configure: builder => builder.Services.AddSingleton<TimeProvider>(clock));
        await stack.Services.GetRequiredKeyedService<IScheduler>("signalhub").PauseAll();
        return stack;
    }

    /// <summary>An Amsterdam wall-clock time, "2026-11-02 09:00", as the instant the fake clock needs.</summary>
    public static DateTimeOffset Amsterdam(string local) =>
        AmsterdamTime.FromLocal(DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));

    public static CaseWork Work(this SignalHubStack stack) => stack.Get<CaseWork>();

    public static async Task<Guid> CaseAtAsync(this SignalHubStack stack, string postcode, int houseNumber) =>
        (await stack.Get<Database>().ReadAsync(c => c.QuerySingleAsync<CaseId>(
            "SELECT k.id AS Id FROM cases k JOIN matches m ON m.id = k.match_id WHERE m.postcode = @Postcode AND m.house_number = @Number",
            new { Postcode = postcode, Number = houseNumber }), CancellationToken.None)).Id;

    public static async Task<CaseDetail> DetailAsync(this SignalHubStack stack, Guid caseId) =>
        await stack.Get<CaseDetailQuery>().GetAsync(caseId, CancellationToken.None) ?? throw new AssertionException($"no case {caseId}");

    /// <summary>"Huisbezoek 2026-11-03 19:30 niet" by the named workers; "bereikt" for reached.</summary>
    public static AttemptInput Attempt(string said, params string[] by)
    {
        var words = said.Split(' ');
        var kind = ContactKinds.TryParse(words[0], out var k, out var error) ? k : throw new ArgumentException(error, nameof(said));
        return new AttemptInput(kind, Amsterdam($"{words[1]} {words[2]}"), words[3] == "bereikt", by.Length == 0 ? ["Sanne Veldwerker"] : by);
    }

    public static async Task<CaseChange> RecordAsync(this SignalHubStack stack, Guid caseId, string said, params string[] by)
    {
        var change = await stack.Work().RecordAttemptAsync(caseId, Attempt(said, by), "Sanne Veldwerker", CancellationToken.None);
        Assert.That(change.Refusal, Is.Null, $"recording '{said}' was refused");
        return change;
    }

    private sealed class CaseId
    {
        public Guid Id { get; init; }
    }
}
