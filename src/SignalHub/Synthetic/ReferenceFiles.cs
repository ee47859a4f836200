using System.Globalization;
using System.Text;

namespace SignalHub.Synthetic;

/// <summary>
/// The files beside the partner files: the partners to register, the wijkteam areas and the debt-service
/// team's known clients, each a plain comma-separated UTF-8 file with an English header.
/// </summary>
internal static class ReferenceFiles
{
    public const string Partners = "partners.csv";
    public const string Areas = "areas.csv";
    public const string SdvClients = "sdv-clients.csv";

    public static void WritePartners(string directory)
    {
        using var csv = Open(directory, Partners, "name", "type");
        foreach (var partner in SyntheticPartners.All)
            Line(csv, partner.Name, partner.Type);
    }

    public static void WriteAreas(string directory, SyntheticMap map)
    {
        using var csv = Open(directory, Areas, "postcode_from", "postcode_to", "team");
        foreach (var area in map.Areas)
            Line(csv, area.From, area.To, area.Team);
    }

    /// <summary>The main adult of every door the population marks as a client, surname without its prefix as the register keeps it.</summary>
    public static int WriteSdvClients(string directory, SyntheticMap map, Population population, long doors)
    {
        using var csv = Open(directory, SdvClients, "case_reference", "surname", "birth_date", "postcode", "house_number", "house_letter",
            "house_number_addition", "caseworker");
        var count = 0;
        for (var door = 0L; door < doors; door++)
        {
            if (!population.IsSdvClient(door))
                continue;
            var person = population.Person(door, Population.MainAdult);
            var address = map.AddressOf(door);
            Line(csv, CaseReference(door), person.Surname.Name, person.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                address.Postcode, address.Number.ToString(CultureInfo.InvariantCulture), address.Letter ?? "", address.Addition ?? "",
                Caseworker(door));
            count++;
        }
        return count;
    }

    public static string CaseReference(long door) => string.Create(CultureInfo.InvariantCulture, $"SDV-{door:D7}");

    public static string Caseworker(long door)
    {
        var surname = MadeUpNames.Surnames[(int)(StableHash.Mix((ulong)door) % (ulong)MadeUpNames.Surnames.Count)];
        return $"{MadeUpNames.InitialLetters[(int)(door % MadeUpNames.InitialLetters.Length)]}. {surname.Full}";
    }

    private static StreamWriter Open(string directory, string name, params string[] header)
    {
        var writer = new StreamWriter(Path.Combine(directory, name), false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        Line(writer, header);
        return writer;
    }

    private static void Line(StreamWriter csv, params string[] values) =>
        csv.WriteLine(string.Join(',', values.Select(v => v.AsSpan().IndexOfAny(",\"\n") < 0 ? v : $"\"{v.Replace("\"", "\"\"", StringComparison.Ordinal)}\"")));
}
