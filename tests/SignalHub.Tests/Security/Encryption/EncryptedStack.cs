using Dapper;
using SignalHub.Storage;
using SignalHub.Tests.Dispatch;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Security.Encryption;

/// <summary>A month with made-up people delivered through the real pipeline, and the tables read as a dump would show them.</summary>
internal static class EncryptedStack
{
    public const string Period = "2026-10";

    /// <summary>Every name part and birth date of the made-up people, as they were delivered and as a database would write them.</summary>
    public static readonly string[] Secrets =
    [
        "Zwanenburg", "Oudkerk", "Quirijn", "Xaveer", "Q.X.", "Ypma", "Kwakernaak", "Wubbolt",
        "17-06-1963", "1963-06-17", "1963", "02-11-1955", "1955-11-02", "1955",
        "0687654321", "quirijn@voorbeeld.invalid",
    ];

    /// <summary>The columns that must hold ciphertext wherever the partner sent a value.</summary>
    public static readonly string[] EncryptedColumns = ["surname", "prefix", "initials", "first_names", "birth_date", "phone", "email"];

    public static async Task DeliverAsync(SignalHubStack stack)
    {
        await stack.ImportAreasAsync();
        await stack.ImportSdvClientsAsync("SDV-90;Ypma-Kwakernaak;02-11-1955;2099AA;3;;;Consulent Verhuis");
        var housing = (await stack.RegisterAsync("Woonstichting Kluis", "housing")).ApiKey;
        var receipt = await stack.UploadAsync(housing, Period, string.Join("\n",
            "reference;cost_type;surname;prefix;initials;first_names;birth_date;phone;email;street;house_number;postcode;city;arrears_amount;arrears_since",
            "K-1;huur;Zwanenburg-Oudkerk;ter;Q.X.;Quirijn Xaveer;17-06-1963;0687654321;quirijn@voorbeeld.invalid;Lindelaan;30;2011AB;Spaarndam-Oost;450,00;2026-08-01",
            "K-2;huur;zwanenburg oudkerk;;Q.;Quirijn;17-06-1963;;;Lindelaan;30;2011AB;Spaarndam-Oost;120,00;2026-08-01",
            "K-3;huur;Ypma-Kwakernaak;;W.;Wubbolt;02-11-1955;;;Lindelaan;32;2011AB;Spaarndam-Oost;610,00;2026-07-01") + "\n");
        Assert.That(receipt.RowsRejected, Is.Zero);
    }

    /// <summary><c>SELECT *</c> of the table, every value as text (dates as a database would print them).</summary>
    public static Task<List<string>> DumpAsync(SignalHubStack stack, string table) =>
        stack.Get<Database>().ReadAsync(async c => (await c.QueryAsync($"SELECT * FROM {table}"))
            .Cast<IDictionary<string, object?>>()
            .SelectMany(row => row.Select(cell => $"{cell.Key}={Text(cell.Value)}"))
            .ToList(), CancellationToken.None);

    private static string Text(object? value) => value switch
    {
        null => "",
        DateTime time => time.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToBase64String(bytes),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
