using SignalHub.Reporting;

namespace SignalHub.Tests.Reporting;

public sealed class MonitorCsvTests
{
    [TestCase("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [TestCase("+31 Energie", "\"'+31 Energie\"")]
    [TestCase("@Woningen", "\"'@Woningen\"")]
    [TestCase("Woonstichting Telraam", "\"Woonstichting Telraam\"")]
    public void Should_keep_a_partner_name_from_running_as_a_formula(string partner, string cell)
    {
        var figures = Figures(partner);

        var rows = MonitorCsv.ToCsv([figures]).Split("\r\n");

        Assert.That(rows, Does.Contain($"\"2026-11\";\"signalsByPartner\";{cell};3"));
    }

    [TestCase("2026-11", "2026-11", "2026-11", false)]
    [TestCase("2026-Q1", "2026-01", "2026-03", true)]
    [TestCase("2026-q4", "2026-10", "2026-12", true)]
    public void Should_read_a_month_or_a_quarter(string raw, string first, string last, bool quarter)
    {
        Assert.That(ReportPeriod.TryParse(raw, out var period, out var error), Is.True, error);
        Assert.That((period.First.ToString(), period.Last.ToString(), period.IsQuarter), Is.EqualTo((first, last, quarter)));
    }

    [TestCase("2026-13")]
    [TestCase("2026-Q0")]
    [TestCase("Q4-2026")]
    [TestCase("")]
    public void Should_refuse_what_is_no_period(string raw) =>
        Assert.That(ReportPeriod.TryParse(raw, out _, out var error), Is.False, error);

    private static MonitorFigures Figures(string partner) => new("2026-11", 3, new Dictionary<string, int> { ["rent"] = 3 },
        new Dictionary<string, int> { [partner] = 3 }, 3, 3, 0, 0m, 3, new Dictionary<string, int>(), 0, 0, new Dictionary<string, int>(),
        new Dictionary<string, int>(), null, null, 0, 0m, 0, [], 0, new Dictionary<string, int>(), 0, 0);
}
