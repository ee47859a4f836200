using Dapper;
using Microsoft.Data.Sqlite;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Registers;

/// <summary>
/// <c>signalhub areas import</c> and <c>signalhub sdv-clients import</c> through the real executable: each bad line is
/// reported with its line and column, the good ones replace the whole list in one go, stored in normalised form.
/// </summary>
public sealed class When_reference_lists_are_imported
{
    private readonly Dictionary<string, string?> _settings = new() { ["Storage:Provider"] = "sqlite", ["Bus:Transport"] = "inmemory" };
    private string _file = "";

    [SetUp]
    public void UseAnEmptyDatabase()
    {
        _file = Path.Combine(Path.GetTempPath(), $"signalhub-lists-{Guid.NewGuid():N}.db");
        _settings["Storage:ConnectionString"] = $"Data Source={_file}";
    }

    [TearDown]
    public void RemoveTheDatabase()
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
            File.Delete(path);
    }

    [Test]
    public async Task Areas_should_be_stored_as_PC6_bounds_with_every_bad_line_reported()
    {
        var file = await PartnerFiles.WriteTempAsync("""
            postcode_from,postcode_to,team
            2011,2013,Wijkteam Noord
            2013 cd,2013CD,Wijkteam Hofje
            2014XX,2015,Wijkteam Zuid
            0123,0199,Wijkteam Nergens
            2020,2019ZZ,Wijkteam Achteruit
            2030,2031,
            """);

        var result = await Fixtures.Cli.RunAsync(_settings, "areas", "import", file, "--json");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var json = result.Json();
        Assert.Multiple(async () =>
        {
            Assert.That((json.Prop("rowsRead").GetInt32(), json.Prop("rowsImported").GetInt32(), json.Prop("rowsRejected").GetInt32()), Is.EqualTo((6, 3, 3)));
            Assert.That(json.Prop("errors").EnumerateArray().Select(e => (e.Prop("line").GetInt32(), e.Prop("column").GetString())),
                Is.EqualTo(new[] { (5, "postcode_from"), (6, "postcode_to"), (7, "team") }));
            Assert.That(json.Prop("errors")[1].Prop("reason").GetString(), Does.Contain("runs backwards"));
            Assert.That(await RowsAsync("SELECT postcode_from || '-' || postcode_to || ' ' || team FROM areas ORDER BY postcode_from"),
                Is.EqualTo(new[] { "2011AA-2013ZZ Wijkteam Noord", "2013CD-2013CD Wijkteam Hofje", "2014XX-2015ZZ Wijkteam Zuid" }));
        });
    }

    [Test]
    public async Task A_second_import_should_replace_the_areas_not_add_to_them()
    {
        await Fixtures.Cli.RunAsync(_settings, "areas", "import", await PartnerFiles.WriteTempAsync("van;tot;wijkteam\n2011;2013;Noord\n2014;2015;Zuid\n"));
        var again = await Fixtures.Cli.RunAsync(_settings, "areas", "import", await PartnerFiles.WriteTempAsync("van;tot;wijkteam\n2011;2019;Heel de stad\n"));

        Assert.That(again.ExitCode, Is.Zero, again.ToString());
        Assert.That(again.Stdout, Does.Contain("1 areas imported, 0 rejected of 1 rows"));
        Assert.That(await RowsAsync("SELECT team FROM areas"), Is.EqualTo(new[] { "Heel de stad" }));
    }

    [Test]
    public async Task SDV_clients_should_be_read_with_Dutch_headers_normalised_and_every_bad_line_reported()
    {
        var file = await PartnerFiles.WriteTempAsync("""
            dossiernummer;achternaam;geboortedatum;postcode;huisnummer;huisletter;huisnummertoevoeging;consulent
            SDV-1;de Groot;12-03-1978;2011 ab;12a;;;Consulent Een
            SDV-2;Smit;;2011AB;14;;2 hoog;
            SDV-3;Kok;31-02-1980;2011AB;16;;;
            SDV-4;Bos;;0123AB;18;;;
            SDV-1;Visser;;2011AB;20;;;
            SDV-6;;;2011AB;22;;;
            """);

        var result = await Fixtures.Cli.RunAsync(_settings, "sdv-clients", "import", file, "--json");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var json = result.Json();
        Assert.Multiple(async () =>
        {
            Assert.That((json.Prop("rowsRead").GetInt32(), json.Prop("rowsImported").GetInt32(), json.Prop("rowsRejected").GetInt32()), Is.EqualTo((6, 2, 4)));
            Assert.That(json.Prop("errors").EnumerateArray().Select(e => (e.Prop("line").GetInt32(), e.Prop("column").GetString())),
                Is.EqualTo(new[] { (4, "birth_date"), (5, "postcode"), (6, "case_reference"), (7, "surname") }));
            Assert.That(json.Prop("errors")[2].Prop("reason").GetString(), Does.Contain("line 2"));
            Assert.That(await RowsAsync("SELECT case_reference || ' ' || address_key || ' ' || COALESCE(caseworker, '-') FROM sdv_clients ORDER BY case_reference"),
                Is.EqualTo(new[] { "SDV-1 2011AB-12-A- Consulent Een", "SDV-2 2011AB-14--2 -" }));
        });
    }

    [Test]
    public async Task A_file_without_the_required_columns_should_be_refused_whole_and_keep_the_old_list()
    {
        await Fixtures.Cli.RunAsync(_settings, "areas", "import", await PartnerFiles.WriteTempAsync("van;tot;wijkteam\n2011;2013;Noord\n"));

        var result = await Fixtures.Cli.RunAsync(_settings, "areas", "import", await PartnerFiles.WriteTempAsync("postcode;team\n2011;Noord\n"), "--json");

        Assert.Multiple(async () =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
            Assert.That(result.Json().Prop("error").GetString(), Does.Contain("'postcode_from'").And.Contain("'postcode_to'"));
            Assert.That(await RowsAsync("SELECT team FROM areas"), Is.EqualTo(new[] { "Noord" }));
        });
    }

    // The receipt is a contract scripts read: the same fields, in this order, for every register.
    [TestCase("areas", "van;tot;wijkteam\n2011;2013;Noord\n0123;0199;Nergens\n", "postcode_from")]
    [TestCase("sdv-clients", "dossiernummer;achternaam;postcode;huisnummer\nSDV-1;Smit;2011AB;12\nSDV-2;;2011AB;14\n", "surname")]
    [TestCase("addresses", "id;postcode;huisnummer\n0392200000000012;2011AB;12\n0392200000000012;2011AB;14\n", "id")]
    public async Task Should_answer_every_register_with_the_same_receipt(string register, string csv, string badColumn)
    {
        var result = await Fixtures.Cli.RunAsync(_settings, register, "import", await PartnerFiles.WriteTempAsync(csv), "--json");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var json = result.Json();
        Assert.Multiple(() =>
        {
            Assert.That(json.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "rowsRead", "rowsImported", "rowsRejected", "error", "errors" }));
            Assert.That((json.Prop("rowsRead").GetInt32(), json.Prop("rowsImported").GetInt32(), json.Prop("rowsRejected").GetInt32()), Is.EqualTo((2, 1, 1)));
            Assert.That(json.Prop("error").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
            Assert.That(json.Prop("errors")[0].EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "line", "column", "reason" }));
            Assert.That((json.Prop("errors")[0].Prop("line").GetInt32(), json.Prop("errors")[0].Prop("column").GetString()), Is.EqualTo((3, badColumn)));
        });
    }

    [TestCase("areas import")]
    [TestCase("sdv-clients import")]
    [TestCase("addresses import")]
    public async Task Every_new_command_should_answer_help(string command)
    {
        var result = await Fixtures.Cli.RunAsync(_settings, [.. command.Split(' '), "--help"]);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Stdout, Does.Contain("Usage:").And.Contain("FILE"));
    }

    private async Task<string[]> RowsAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_file}");
        return [.. await connection.QueryAsync<string>(sql)];
    }
}
