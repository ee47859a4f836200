using System.Globalization;
using System.Text.Json;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Ingestion.Import;

/// <summary>
/// Broken partner files through the real <c>signalhub import</c> into a fresh SQLite installation: a
/// structural error refuses the file and keeps nothing of it (exit 1); row errors refuse only their rows,
/// each reported by line, column and code, and the good rows are stored (exit 0). The partner is registered once
/// through <c>signalhub partner add</c>; each test imports into its own copy of that installation, side by side.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public sealed class When_a_broken_file_is_imported
{
    private const string Partner = "Woonstichting Voorbeeld";
    private const string Period = "2026-11";
    private CliInstallation _registered = null!;

    [OneTimeSetUp]
    public async Task RegisterThePartnerAsync()
    {
        _registered = new CliInstallation();
        await _registered.RegisterPartnerAsync(Partner, "housing");
    }

    [OneTimeTearDown]
    public void RemoveTheTemplate() => _registered?.Dispose();

    [TestCaseSource(typeof(BrokenCorpus), nameof(BrokenCorpus.Files))]
    public async Task Should_report_exactly_what_is_wrong_and_keep_only_the_good_rows(BrokenFile file)
    {
        using var installation = CliInstallation.CopyOf(_registered, file.Settings);

        var result = await installation.ImportAsync(Partner, Period, ImportCorpus.PathOf("broken", file.File));

        Assert.That(result.ExitCode, Is.EqualTo(file.Status == "rejected" ? 1 : 0), result.ToString());
        var receipt = result.Json();
        var errors = receipt.Prop("errors").EnumerateArray().Select(Describe).Order(StringComparer.Ordinal);
        var rejectedRows = file.Errors.Select(e => e.Split(' ')[0]).Distinct().Count();
        Assert.Multiple(() =>
        {
            Assert.That(receipt.Prop("status").GetString(), Is.EqualTo(file.Status));
            Assert.That(receipt.Prop("error").ValueKind == JsonValueKind.Null ? null : receipt.Prop("error").Prop("code").GetString(),
                Is.EqualTo(file.Refusal));
            foreach (var phrase in file.Named)
                Assert.That(receipt.Prop("error").Prop("message").GetString(), Does.Contain(phrase));
            Assert.That(errors, Is.EqualTo(file.Errors.Order(StringComparer.Ordinal)));
            Assert.That(receipt.Prop("rowsAccepted").GetInt32(), Is.EqualTo(file.Accepted));
            Assert.That(receipt.Prop("rowsRejected").GetInt32(), Is.EqualTo(rejectedRows));
            Assert.That(receipt.Prop("rowsRead").GetInt32(), Is.EqualTo(file.Status == "rejected" ? 0 : file.Accepted + rejectedRows));
        });
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await installation.ScalarAsync<long>("SELECT COUNT(*) FROM signals WHERE status = 'current'"), Is.EqualTo(file.Accepted));
            Assert.That(await installation.ScalarAsync<long>("SELECT COUNT(*) FROM delivery_files"), Is.Zero, "nothing of the file is kept");
        });
    }

    [Test]
    public async Task Should_refuse_an_oversized_file_before_storing_anything()
    {
        using var installation = CliInstallation.CopyOf(_registered, new Dictionary<string, string?> { ["Ingestion:MaxFileBytes"] = "512" });

        var result = await installation.ImportAsync(Partner, Period, ImportCorpus.PathOf("broken", "too-large.csv"));

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Json().Prop("deliveryId").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(await installation.ScalarAsync<long>("SELECT COUNT(*) FROM deliveries"), Is.Zero);
    }

    [Test]
    public async Task Should_name_the_line_where_a_reused_reference_first_appeared()
    {
        using var installation = CliInstallation.CopyOf(_registered);

        var result = await installation.ImportAsync(Partner, Period, ImportCorpus.PathOf("broken", "duplicate-references.csv"));

        var reasons = result.Json().Prop("errors").EnumerateArray().Select(e => e.Prop("reason").GetString());
        Assert.That(reasons, Is.EqualTo(new[]
        {
            "reference already appears on line 2; each reference may appear once per file",
            "reference already appears on line 4; each reference may appear once per file",
            "reference already appears on line 6; each reference may appear once per file",
        }));
        Assert.That(await installation.StoredAsync("DR-01", "surname"), Is.EqualTo("Jansen"), "the first use is the one kept");
    }

    private static string Describe(JsonElement error) => string.Create(CultureInfo.InvariantCulture,
        $"{error.Prop("line").GetInt32()} {error.Prop("column").GetString() ?? "-"} {error.Prop("code").GetString()}");
}
