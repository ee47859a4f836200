using SignalHub.Domain.Matching;

namespace SignalHub.Synthetic;

/// <summary>A surname as the population register holds it: the prefix (tussenvoegsel) apart.</summary>
internal sealed record Surname(string? Prefix, string Name)
{
    public string Full => Prefix is null ? Name : $"{Prefix} {Name}";
}

/// <summary>
/// Dutch-looking names built from word parts, so no list of real people is involved: surnames, streets,
/// towns and neighbourhood teams. Every surname's key differs from every other's, with or without its
/// prefix, so one surname and birth date always name one made-up person.
/// </summary>
internal static class MadeUpNames
{
    private static readonly string[] SurnameStems =
        ["Berk", "Eik", "Hazel", "Klaver", "Linde", "Mos", "Riet", "Wilg", "Zand", "Veen",
         "Duin", "Heide", "Kreek", "Vlas", "Brem", "Ooster", "Wester", "Noorder", "Zuider", "Hoog"];

    private static readonly string[] SurnameEnds =
        ["kamp", "hout", "dijk", "hoek", "veld", "broek", "horst", "laar", "berg", "sloot", "weerd", "donk", "mans", "stra"];

    private static readonly string?[] Prefixes = ["van", null, null, null, "de", null, null, "van der", null, "van den"];

    private static readonly string[] StreetStems =
        ["Berken", "Eiken", "Linden", "Wilgen", "Kastanje", "Vlier", "Hazelaar", "Klaver", "Zonnebloem", "Tulpen",
         "Merel", "Reiger", "Lijster", "Spreeuw", "Kievit", "Molen", "Haven", "Smids", "Bakkers", "Schippers",
         "Duinroos", "Heide", "Poëzie", "Ruïne"];

    private static readonly string[] StreetKinds = ["straat", "laan", "weg", "hof", "plein", "kade", "singel", "pad", "dreef", "erf"];

    private static readonly string[] TownStarts = ["Ooster", "Wester", "Noorder", "Zuider", "Nieuw-", "Oud-", "Groot-", "Klein-"];

    private static readonly string[] TownEnds = ["duin", "veen", "hoorn", "dam", "wijk", "broek", "kerk", "horst", "ven", "meer"];

    private static readonly string[] QuarterKinds = ["kwartier", "buurt", "park", "hoven", "veld"];

    public static IReadOnlyList<Surname> Surnames { get; } =
    [
        .. SurnameStems.SelectMany(stem => SurnameEnds.Select(end => stem + end))
            .Select((name, i) => new Surname(Prefixes[(i * 7) % Prefixes.Length], name)),
    ];

    public static IReadOnlyList<string> Streets { get; } = [.. StreetStems.SelectMany(stem => StreetKinds.Select(kind => stem + kind))];

    public const string InitialLetters = "AAABCDEEFGHHIJJKLMMNPRRSTWW";

    public static string Town(int index)
    {
        var start = TownStarts[index % TownStarts.Length];
        var end = TownEnds[(index / TownStarts.Length) % TownEnds.Length];
        var name = start.EndsWith('-') ? start + char.ToUpperInvariant(end[0]) + end[1..] : start + end;
        var round = index / (TownStarts.Length * TownEnds.Length);
        return round == 0 ? name : $"{name} {round + 1}";
    }

    public static string Team(int index)
    {
        var stem = StreetStems[index % StreetStems.Length];
        var kind = QuarterKinds[(index / StreetStems.Length) % QuarterKinds.Length];
        var round = index / (StreetStems.Length * QuarterKinds.Length);
        return round == 0 ? $"Wijkteam {stem}{kind}" : $"Wijkteam {stem}{kind} {round + 1}";
    }

    /// <summary>True when no two surnames share a key, whether a partner writes the prefix apart or in front.</summary>
    public static bool SurnameKeysAreDistinct()
    {
        var keys = Surnames.SelectMany(s => new[] { Persons.SurnameKey(s.Name), Persons.SurnameKey(s.Full) }.Distinct()).ToList();
        return keys.Count == keys.Distinct(StringComparer.Ordinal).Count();
    }
}
