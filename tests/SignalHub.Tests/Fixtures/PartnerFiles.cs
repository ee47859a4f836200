using System.Text;

namespace SignalHub.Tests.Fixtures;

/// <summary>Partner files for scenarios, written as partners write them. Names and streets are made up.</summary>
public static class PartnerFiles
{
    public const string Header = "reference;cost_type;surname;initials;birth_date;street;house_number;postcode;city;arrears_amount;arrears_since;collection_stage;collection_stage_date";

    public static string Csv(params string[] rows) => string.Join("\n", new[] { Header }.Concat(rows)) + "\n";

    public static string Row(string reference, string costType, string surname, string houseNumber, string postcode,
        string amount = "450,00", string since = "2026-08-01", string stage = "", string stageDate = "", string birthDate = "12-03-1978") =>
        $"{reference};{costType};{surname};J.;{birthDate};Lindelaan;{houseNumber};{postcode};Spaarndam-Oost;{amount};{since};{stage};{stageDate}";

    public static MemoryStream Stream(string csv) => new(Encoding.UTF8.GetBytes(csv));

    public static async Task<string> WriteTempAsync(string csv)
    {
        var path = Path.Combine(Path.GetTempPath(), $"partner-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, csv);
        return path;
    }
}
