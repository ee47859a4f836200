using System.Globalization;
using System.Text;
using SignalHub.Domain.Values;

namespace SignalHub.Demo;

/// <summary>
/// A small synthetic month for four partners, deterministic per seed. Every name and street is made up.
/// Some households owe several partners (so they match), addresses are spelled the messy ways partner
/// files spell them, and each file has one row a partner would get wrong, to show a receipt with errors.
/// </summary>
public sealed class DemoMonth(int seed, int households)
{
    private static readonly string[] Surnames = ["Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek"];
    private static readonly string[] Streets = ["Lindelaan", "Kastanjestraat", "Merelhof", "Zonnebloemweg", "Havenkade", "Molenpad", "Klaverplein", "Beukenhof", "Vlierstraat", "Reigerlaan"];
    private static readonly string[] Postcodes = ["2011", "2012", "2013", "2014", "2015", "2016"];
    private static readonly string[] Letters = ["B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "T"];

    public const string Town = "Spaarndam-Oost";

    public static readonly string[] CostTypes = ["rent", "energy", "water", "health_insurance"];

    public IReadOnlyList<DemoHousehold> Households { get; } = Generate(seed, households);

    /// <summary>One partner's file for the month: its households' rows, in the partner's own spelling.</summary>
    public string FileFor(string costType, Period period, bool dutchHeaders, Func<int, bool>? includeHousehold = null)
    {
        var rng = new Random(seed + (Array.IndexOf(CostTypes, costType) * 7919) + (period.Year * 12) + period.Month);
        var csv = new StringBuilder(dutchHeaders
            ? "kenmerk;vaste_last;achternaam;voorletters;geboortedatum;straat;huisnummer;postcode;woonplaats;bedrag_achterstand;achterstand_sinds;incassofase;datum_incassofase\n"
            : "reference;cost_type;surname;initials;birth_date;street;house_number;postcode;city;arrears_amount;arrears_since;collection_stage;collection_stage_date\n");
        var n = 0;
        foreach (var h in Households.Where((h, i) => h.Owes.Contains(costType) && (includeHousehold?.Invoke(i) ?? true)))
        {
            n++;
            var since = period.FirstDay.AddMonths(-(2 + rng.Next(6)));
            var amount = costType == "rent" ? 650m * (2 + rng.Next(3)) : Math.Round((decimal)(60 + rng.NextDouble() * 900), 2);
            var stage = h.Urgent && costType is "rent" ? ("ontruiming_gepland", period.FirstDay.AddDays(40).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)) : ("aanmaning", "");
            var (street, number) = MessySpelling(h, rng);
            csv.Append(CultureInfo.InvariantCulture, $"{costType[..3].ToUpperInvariant()}-{period}-{n:0000};{costType};{h.Surname};{h.Initials};{h.BirthDate:dd-MM-yyyy};{street};{number};{MessyPostcode(h.Postcode, rng)};{Town};{amount.ToString("N2", CultureInfo.GetCultureInfo("nl-NL"))};{since:yyyy-MM-dd};{stage.Item1};{stage.Item2}\n");
        }
        // One row a partner would get wrong: a postcode that cannot exist.
        csv.Append(CultureInfo.InvariantCulture, $"{costType[..3].ToUpperInvariant()}-{period}-FOUT;{costType};Testpersoon;T.;01-01-1980;Lindelaan;1;0123AB;{Town};100,00;{period.FirstDay.AddMonths(-2):yyyy-MM-dd};;\n");
        return csv.ToString();
    }

    private static (string Street, string Number) MessySpelling(DemoHousehold h, Random rng)
    {
        var suffix = h.Letter is null ? "" : rng.Next(3) switch { 0 => h.Letter, 1 => " " + h.Letter.ToLowerInvariant(), _ => "-" + h.Letter };
        return rng.Next(4) == 0 ? ($"{h.Street} {h.Number}{suffix}", "") : (h.Street, $"{h.Number}{suffix}");
    }

    private static string MessyPostcode(string postcode, Random rng) => rng.Next(3) switch
    {
        0 => postcode,
        1 => postcode[..4] + " " + postcode[4..].ToLowerInvariant(),
        _ => postcode[..4] + " - " + postcode[4..],
    };

    private static List<DemoHousehold> Generate(int seed, int count)
    {
        var rng = new Random(seed);
        var costTypes = CostTypes;
        var households = new List<DemoHousehold>();
        for (var i = 0; i < count; i++)
        {
            var owes = costTypes.Where((_, k) => rng.NextDouble() < (k == 3 ? 0.55 : k == 0 ? 0.35 : 0.3)).ToList();
            if (owes.Count == 0)
                owes.Add(costTypes[rng.Next(costTypes.Length)]);
            households.Add(new DemoHousehold(
                Surnames[rng.Next(Surnames.Length)], $"{(char)('A' + rng.Next(26))}.", new DateOnly(1950 + rng.Next(50), 1 + rng.Next(12), 1 + rng.Next(28)),
                Streets[rng.Next(Streets.Length)], 1 + rng.Next(180), rng.Next(6) == 0 ? "A" : null,
                Postcodes[rng.Next(Postcodes.Length)] + Letters[rng.Next(Letters.Length)] + Letters[rng.Next(Letters.Length)],
                owes, rng.Next(12) == 0));
        }
        return households;
    }
}

public sealed record DemoHousehold(string Surname, string Initials, DateOnly BirthDate, string Street, int Number, string? Letter,
    string Postcode, IReadOnlyList<string> Owes, bool Urgent);
