using Dapper;
using SignalHub.Security.Accounts;
using SignalHub.Security.Encryption;
using SignalHub.Storage;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;

namespace SignalHub.Tests.Security.Encryption;

/// <summary>
/// After a month with rejected rows and enrolled second factors, a raw <c>SELECT *</c> of every table of the database
/// shows no rejected value and no TOTP secret: a rejected row's reason names the column and the rule, the secrets are
/// under the field cipher. Secrets and reasons stored before (plain) are sealed at start and cleaned by migration 0020.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class When_a_month_with_bad_rows_and_second_factors_is_stored(StackKind kind)
{
    private const string Period = "2026-10";
    private const string Header = "reference;cost_type;surname;initials;birth_date;street;house_number;postcode;city;arrears_amount;arrears_since;email";

    /// <summary>Each bad row's one bad value, chosen so that nothing else in the database can contain it.</summary>
    private static readonly string[] RejectedValues =
        ["14-03-71", "31-02-1968", "1234,5678", "0123QZ", "qx-17", "geen-adres-qz.invalid", "2099-07-15", "huurqx"];

    private SignalHubStack _stack = null!;
    private readonly List<string> _secrets = [];

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stack = await SignalHubStack.StartAsync(kind);
        var (partner, key) = await _stack.RegisterAsync("Woonstichting Foutrij", "housing");
        string Row(int n, string birth = "12-03-1978", string amount = "450,00", string postcode = "2011AB", string number = "12",
            string email = "", string since = "2026-08-01", string cost = "huur") =>
            $"F-{n};{cost};Foutrijmans;J.;{birth};Lindelaan;{number};{postcode};Spaarndam-Oost;{amount};{since};{email}";
        var receipt = await _stack.UploadAsync(key, Period, string.Join("\n", Header, Row(1), Row(2, birth: "14-03-71"), Row(3, birth: "31-02-1968"),
            Row(4, amount: "1234,5678"), Row(5, postcode: "0123QZ"), Row(6, number: "qx-17"), Row(7, email: "geen-adres-qz.invalid"),
            Row(8, since: "2099-07-15"), Row(9, cost: "huurqx")) + "\n");
        Assert.That(receipt.RowsRejected, Is.EqualTo(RejectedValues.Length), string.Join(" | ", receipt.Errors.Select(e => e.Reason)));
        foreach (var role in new[] { PortalRoles.Coordinator, PortalRoles.Partner })
        {
            var user = await _stack.SignInAsync(role, role == PortalRoles.Partner ? partner.Id : null);
            _secrets.Add(user.Secret);
            user.Session.Dispose();
        }
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await (_stack?.DisposeAsync() ?? ValueTask.CompletedTask);

    [Test]
    public async Task Should_show_no_rejected_value_and_no_second_factor_secret_in_any_table()
    {
        var tables = await TablesAsync();
        var leaks = new List<string>();
        foreach (var table in tables)
            foreach (var cell in await EncryptedStack.DumpAsync(_stack, table))
                leaks.AddRange(RejectedValues.Concat(_secrets).Where(v => cell.Contains(v, StringComparison.OrdinalIgnoreCase)).Select(v => $"{table}: {cell}"));
        var reasons = await _stack.Get<Database>().ReadAsync(c => c.QueryAsync<string>("SELECT reason FROM delivery_errors"), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(tables, Is.SupersetOf(new[] { "users", "delivery_errors", "signals", "audit_log", "deliveries" }));
            Assert.That(reasons.Count(), Is.GreaterThanOrEqualTo(RejectedValues.Length), "the bad rows are there, with their reasons");
            Assert.That(leaks, Is.Empty, "a value of a rejected row or a TOTP secret readable in the database");
        });
    }

    [Test]
    public async Task Should_still_sign_in_with_the_encrypted_second_factor_and_count_it_in_key_status()
    {
        var user = await _stack.SignInAsync(PortalRoles.Sdv);
        user.Session.Dispose();
        var stored = await RawSecretAsync(user.Account.Id);
        var status = await _stack.Get<KeyStatusQuery>().ReadAsync(CancellationToken.None);
        var column = status.Columns.Single(c => (c.Table, c.Column) == ("users", "totp_secret"));
        var enrolled = await _stack.CountAsync("SELECT COUNT(totp_secret) FROM users");
        Assert.Multiple(() =>
        {
            Assert.That(stored, Does.StartWith("enc1:"));
            Assert.That((column.Plaintext, column.Keys[status.ActiveKeyId]), Is.EqualTo((0L, enrolled)));
            Assert.That(enrolled, Is.GreaterThanOrEqualTo(_secrets.Count + 1));
        });
    }

    [Test]
    public async Task Should_seal_a_secret_stored_in_plain_text_at_the_next_start()
    {
        var (user, secret) = await _stack.AddUserAsync(PortalRoles.BudgetCoach);
        await _stack.Get<Database>().InTransactionAsync((c, t) => c.ExecuteAsync("UPDATE users SET totp_secret = @Secret WHERE id = @Id",
            new { Secret = secret, user.Id }, t), CancellationToken.None);
        var plainBefore = (await _stack.Get<KeyStatusQuery>().ReadAsync(CancellationToken.None)).Plaintext;

        await using (await _stack.StartSiblingAsync(new SignalHub.Hosting.HostRoles(Web: true, Worker: false, Scheduler: false))) { }

        var stored = await RawSecretAsync(user.Id);
        Assert.Multiple(async () =>
        {
            Assert.That(plainBefore, Is.EqualTo(1), "keys status counts the plain secret");
            Assert.That(stored, Does.StartWith("enc1:").And.Not.Contain(secret));
            Assert.That((await _stack.Get<UserStore>().FindAsync(user.Id, CancellationToken.None))!.TotpSecret, Is.EqualTo(secret), "the same secret");
        });
    }

    [Test]
    public async Task Should_clean_reasons_that_quoted_a_value_with_migration_0020()
    {
        var database = _stack.Get<Database>();
        var delivery = await database.ReadAsync(c => c.QueryFirstAsync<Guid>("SELECT id FROM deliveries"), CancellationToken.None);
        var id = Guid.CreateVersion7();
        await database.InTransactionAsync((c, t) => c.ExecuteAsync("""
            INSERT INTO delivery_errors (id, delivery_id, line, column_name, code, reason)
            VALUES (@Id, @Delivery, 99, 'birth_date', 'birth_date.invalid', 'date ''14-03-71'' has a two-digit year; write the year in full')
            """, new { Id = id, Delivery = delivery }, t), CancellationToken.None);
        var migration = MigrationRunner.Embedded(database.Dialect.Name).Single(m => m.Name.StartsWith("0020_", StringComparison.Ordinal));

        await database.InTransactionAsync(async (c, t) =>
        {
            foreach (var batch in database.Dialect.SplitScript(migration.Script))
                await c.ExecuteAsync(batch, transaction: t);
            return true;
        }, CancellationToken.None);

        var reason = await database.ReadAsync(c => c.QuerySingleAsync<string>("SELECT reason FROM delivery_errors WHERE id = @Id", new { Id = id }),
            CancellationToken.None);
        Assert.That(reason, Is.EqualTo("birth_date: rejected by rule birth_date.invalid (the value is not repeated here)"));
    }

    private Task<string?> RawSecretAsync(Guid id) =>
        _stack.Get<Database>().ReadAsync(c => c.QuerySingleAsync<string?>("SELECT totp_secret FROM users WHERE id = @Id", new { Id = id }),
            CancellationToken.None);

    private async Task<List<string>> TablesAsync() =>
        [.. await _stack.Get<Database>().ReadAsync(c => c.QueryAsync<string>(kind == StackKind.SqliteInMemory
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"),
            CancellationToken.None)];
}
