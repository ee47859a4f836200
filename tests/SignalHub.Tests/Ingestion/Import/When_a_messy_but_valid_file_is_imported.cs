using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Ingestion.Import;

/// <summary>
/// Every variant the partner-file contract allows, imported whole through the real <c>signalhub import</c>
/// into a fresh SQLite installation: no row is rejected, and the stored values are what the partner meant.
/// The partner is registered once through <c>signalhub partner add</c>; each test imports into its own copy of that
/// installation, side by side.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public sealed class When_a_messy_but_valid_file_is_imported
{
    private const string Partner = "Vaste Lasten Voorbeeld";
    private const string Period = "2026-11";
    private CliInstallation _registered = null!;

    [OneTimeSetUp]
    public async Task RegisterThePartnerAsync()
    {
        _registered = new CliInstallation();
        await _registered.RegisterPartnerAsync(Partner, "housing", "rent,energy,water,health_insurance");
    }

    [OneTimeTearDown]
    public void RemoveTheTemplate() => _registered?.Dispose();

    [TestCaseSource(typeof(ValidCorpus), nameof(ValidCorpus.Files))]
    public async Task Should_accept_every_row_and_store_what_the_partner_meant(ValidFile file)
    {
        using var installation = CliInstallation.CopyOf(_registered);

        var result = await installation.ImportAsync(Partner, Period, ImportCorpus.PathOf("valid", file.File));

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var receipt = result.Json();
        Assert.Multiple(() =>
        {
            Assert.That(receipt.Prop("status").GetString(), Is.EqualTo("completed"));
            Assert.That(receipt.Prop("rowsRead").GetInt32(), Is.EqualTo(file.Rows));
            Assert.That(receipt.Prop("rowsAccepted").GetInt32(), Is.EqualTo(file.Rows));
            Assert.That(receipt.Prop("rowsRejected").GetInt32(), Is.Zero);
            Assert.That(receipt.Prop("errors").EnumerateArray().Select(e => e.Prop("reason").GetString()), Is.Empty);
            Assert.That(receipt.Prop("warnings").EnumerateArray().Select(w => w.GetString()), Is.EqualTo(file.Warnings));
        });
        var delivery = receipt.Prop("deliveryId").GetGuid().ToString();
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await installation.ScalarAsync<string>("SELECT encoding FROM deliveries"), Is.EqualTo(file.Encoding));
            Assert.That(await installation.ScalarAsync<string>("SELECT delimiter FROM deliveries"), Is.EqualTo(file.Delimiter));
            Assert.That(await installation.ScalarAsync<long>("SELECT COUNT(*) FROM signals WHERE status = 'current'"), Is.EqualTo(file.Rows));
            Assert.That(await installation.ScalarAsync<long>("SELECT COUNT(*) FROM delivery_files"), Is.Zero, "the stored file is gone once split");
            foreach (var stored in file.Stored)
                Assert.That(await installation.StoredAsync(stored.Reference, stored.Column), Is.EqualTo(stored.Expected),
                    $"{stored.Reference} {stored.Column} (delivery {delivery})");
        });

        var matches = await installation.RunAsync("matches", "--period", Period, "--json");
        Assert.That(matches.ExitCode, Is.Zero, matches.ToString());
        var doors = await installation.ScalarAsync<long>("SELECT COUNT(DISTINCT address_key) FROM signals");
        Assert.Multiple(() =>
        {
            Assert.That(matches.Json().GetArrayLength(), Is.EqualTo(doors), "one match per door");
            Assert.That(matches.Json().EnumerateArray().Sum(m => m.Prop("signals").GetArrayLength()), Is.EqualTo(file.Rows),
                "every accepted row is a signal in its door's match");
        });
    }

    [Test]
    public async Task Should_make_one_match_of_one_door_spelled_four_ways()
    {
        using var installation = CliInstallation.CopyOf(_registered);
        await installation.ImportAsync(Partner, Period, ImportCorpus.PathOf("valid", "address-spellings.csv"));

        var matches = (await installation.RunAsync("matches", "--period", Period, "--json")).Json().EnumerateArray().ToList();

        var door = matches.Single(m => m.Prop("address").Prop("postcode").GetString() == "2011AB");
        Assert.Multiple(() =>
        {
            Assert.That(door.Prop("address").Prop("houseNumber").GetInt32(), Is.EqualTo(12));
            Assert.That(door.Prop("address").Prop("houseLetter").GetString(), Is.EqualTo("A"));
            Assert.That(door.Prop("signals").EnumerateArray().Select(s => s.Prop("reference").GetString()),
                Is.EquivalentTo(new[] { "AD-01", "AD-02", "AD-03", "AD-04" }));
            Assert.That(door.Prop("signals").EnumerateArray().Select(s => s.Prop("costType").GetString()),
                Is.EquivalentTo(new[] { "rent", "energy", "water", "health_insurance" }));
            Assert.That(door.Prop("multipleArrears").GetBoolean(), Is.True);
        });
    }
}
