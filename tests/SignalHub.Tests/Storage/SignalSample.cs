using System.Reflection;
using System.Text;

namespace SignalHub.Tests.Storage;

/// <summary>
/// One synthetic <c>signals</c> row holding every kind of value the type handlers translate: ids, a null id,
/// a UTC and an unspecified time, dates, money and flags. Property names are the columns in PascalCase.
/// </summary>
internal sealed class SignalSample
{
    public Guid Id { get; init; }
    public Guid DeliveryId { get; init; }
    public Guid PartnerId { get; init; }
    public string Period { get; init; } = "";
    public int Line { get; init; }
    public string Reference { get; init; } = "";
    public string Kind { get; init; } = "";
    public string CostType { get; init; } = "";
    public string Surname { get; init; } = "";
    public string? BirthDate { get; init; }
    public int HouseNumber { get; init; }
    public string Postcode { get; init; } = "";
    public string AddressKey { get; init; } = "";
    public decimal? Amount { get; init; }
    public DateOnly? ArrearsSince { get; init; }
    public int? UnpaidTerms { get; init; }
    public bool Crisis { get; init; }
    public bool WarmHandover { get; init; }
    public string Status { get; init; } = "";
    public int ChunkSeq { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime? StatusAt { get; init; }
    public Guid? SupersededBy { get; init; }
    public Guid? MatchId { get; init; }

    public static IReadOnlyList<PropertyInfo> Properties { get; } = typeof(SignalSample).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    public static IReadOnlyList<string> Columns { get; } = Properties.Select(p => SnakeCase(p.Name)).ToList();

    public static SignalSample Make(Guid deliveryId, Guid partnerId, string reference) => new()
    {
        Id = Guid.NewGuid(),
        DeliveryId = deliveryId,
        PartnerId = partnerId,
        Period = "2026-03",
        Line = 2,
        Reference = reference,
        Kind = "arrears",
        CostType = "rent",
        Surname = "Testmans-Voorbeeld",
        BirthDate = "enc1:k1:c2FtcGxl",
        HouseNumber = 12,
        Postcode = "2011AB",
        AddressKey = "2011AB|12||",
        Amount = 1234.56m,
        ArrearsSince = new DateOnly(2026, 1, 1),
        UnpaidTerms = null,
        Crisis = true,
        WarmHandover = false,
        Status = "current",
        ChunkSeq = 0,
        CreatedAt = new DateTime(2026, 3, 31, 22, 15, 30, 123, DateTimeKind.Utc),
        StatusAt = new DateTime(2026, 4, 1, 0, 0, 1, 250, DateTimeKind.Unspecified),
        SupersededBy = null,
        MatchId = Guid.NewGuid(),
    };

    /// <summary>The value for a column of this sample, or null for a column it does not fill.</summary>
    public object? ValueOf(string column) =>
        Properties.FirstOrDefault(p => SnakeCase(p.Name) == column)?.GetValue(this);

    public static string SnakeCase(string pascal)
    {
        var text = new StringBuilder();
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
                text.Append('_');
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }
}
