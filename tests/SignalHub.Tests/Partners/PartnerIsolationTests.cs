using SignalHub.Tests.Fixtures;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.Partners;

/// <summary>
/// A partner's key only ever reaches that partner's deliveries: another partner's receipt and error
/// report answer 404 exactly as an unknown delivery does, so not even their existence leaks. On both stacks.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class PartnerIsolationTests(StackKind kind)
{
    private SignalHubStack _stack = null!;
    private HttpClient _a = null!;
    private HttpClient _b = null!;
    private Guid _bDelivery;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stack = await SignalHubStack.StartAsync(kind);
        var aKey = (await _stack.RegisterAsync("Woonstichting Eigen", "housing")).ApiKey;
        var bKey = (await _stack.RegisterAsync("Drinkwater Ander", "water")).ApiKey;
        _a = _stack.Client(aKey);
        _b = _stack.Client(bKey);
        var receipt = await _stack.UploadAsync(bKey, "2026-10", Csv(
            Row("W-1", "water", "Kok", "4", "2011AB"),
            Row("W-2", "water", "de Vries", "8", "0000XX")));
        Assert.That(receipt.RowsRejected, Is.EqualTo(1), "B's delivery has an error report worth hiding");
        _bDelivery = receipt.DeliveryId;
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _a.Dispose();
        _b.Dispose();
        await (_stack?.DisposeAsync() ?? ValueTask.CompletedTask);
    }

    [TestCase("")]
    [TestCase("/errors.csv")]
    public async Task When_a_partner_asks_for_another_partners_delivery_Should_answer_404_like_an_unknown_one(string suffix)
    {
        using var own = await _b.GetAsync($"/api/v1/deliveries/{_bDelivery}{suffix}");
        var foreign = await (await _a.GetAsync($"/api/v1/deliveries/{_bDelivery}{suffix}")).AssertProblemAsync(404);
        var unknown = await (await _a.GetAsync($"/api/v1/deliveries/{Guid.CreateVersion7()}{suffix}")).AssertProblemAsync(404);

        Assert.Multiple(() =>
        {
            Assert.That((int)own.StatusCode, Is.EqualTo(200), "the owner reads it");
            Assert.That(foreign.Prop("title").GetString(), Is.EqualTo(unknown.Prop("title").GetString()));
            Assert.That(foreign.GetRawText(), Does.Not.Contain("Drinkwater").And.Not.Contain("Kok").And.Not.Contain("0000XX"));
        });
    }

    [Test]
    public async Task When_a_partner_withdraws_another_partners_reference_Should_answer_404_and_leave_it_current()
    {
        await (await _a.WithdrawAsync("W-1", "2026-10", "paid")).AssertProblemAsync(404);
        Assert.That(await _stack.CountAsync("SELECT COUNT(*) FROM signals WHERE reference = 'W-1' AND status = 'current'"), Is.EqualTo(1));
    }
}
