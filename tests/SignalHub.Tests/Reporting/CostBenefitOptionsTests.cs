using SignalHub.Reporting;
using SignalHub.Security.Retention;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Reporting;

/// <summary>Unit values and retention terms are checked on start, with one line that names the key.</summary>
public sealed class CostBenefitOptionsTests
{
    [TestCase("EvictionValue", "-1", "Reporting:CostBenefit:EvictionValue")]
    [TestCase("CutOffValue", "-0.01", "Reporting:CostBenefit:CutOffValue")]
    [TestCase("EvictionsPreventedPerHelpedHousehold", "1.5", "Reporting:CostBenefit:EvictionsPreventedPerHelpedHousehold")]
    [TestCase("CutOffsPreventedPerHelpedHousehold", "-0.1", "Reporting:CostBenefit:CutOffsPreventedPerHelpedHousehold")]
    public async Task When_a_unit_value_is_impossible_Should_refuse_to_start_and_name_the_key(string key, string value, string named)
    {
        var error = await StartFailureAsync($"Reporting:CostBenefit:{key}", value);
        Assert.That(error, Does.Contain(named));
    }

    [TestCase("SignalsNotActedOnMonths", "0", "Retention:SignalsNotActedOnMonths")]
    [TestCase("AuditMonths", "12", "Retention:AuditMonths")]
    [TestCase("UploadedFileDays", "-1", "Retention:UploadedFileDays")]
    public async Task When_a_retention_term_is_impossible_Should_refuse_to_start_and_name_the_key(string key, string value, string named)
    {
        var error = await StartFailureAsync($"Retention:{key}", value);
        Assert.That(error, Does.Contain(named));
    }

    [Test]
    public void Should_estimate_from_the_counted_help_and_keep_an_unset_unit_value_at_zero()
    {
        var figures = new MonitorFigures("2026-11", 0, new Dictionary<string, int>(), new Dictionary<string, int>(), 0, 0, 0, 0m, 0,
            new Dictionary<string, int>(), 0, 250, new Dictionary<string, int>(), new Dictionary<string, int>(), null, null, 0, 0m, 0, [], 0,
            new Dictionary<string, int>(), 0, 0);

        var estimate = CostBenefitEstimate.For(figures, new CostBenefitOptions());

        Assert.Multiple(() =>
        {
            Assert.That(estimate.Lines[0].Count, Is.EqualTo(2m), "2 evictions per 250 households helped");
            Assert.That(estimate.Lines[0].Total, Is.EqualTo(200_000m));
            Assert.That(estimate.Lines[1].Total, Is.Zero, "no source for a cut-off's value: not estimated until set");
            Assert.That(estimate.Total, Is.EqualTo(200_000m));
        });
    }

    private static async Task<string> StartFailureAsync(string key, string value)
    {
        try
        {
            await using var stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory, new Dictionary<string, string?> { [key] = value });
        }
        catch (Exception e)
        {
            return e.Message;
        }
        Assert.Fail($"{key}={value} started");
        return "";
    }
}
