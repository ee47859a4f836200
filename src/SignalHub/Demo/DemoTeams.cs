namespace SignalHub.Demo;

/// <summary>The demo's made-up teams: the postcode ranges of the two wijkteams, and who does each team's outreach.</summary>
internal static class DemoTeams
{
    public const string North = "Wijkteam Noord";
    public const string South = "Wijkteam Zuid";

    /// <summary>Postcodes 2016 and up on purpose belong to no team: they fill the coordinator's queue.</summary>
    public static readonly IReadOnlyList<(string From, string To, string Team)> Areas = [("2011AA", "2013ZZ", North), ("2014AA", "2015ZZ", South)];

    public static readonly IReadOnlyDictionary<string, string[]> Workers = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [North] = ["Fatma Yilmaz", "Joris Verbeek"],
        [South] = ["Anouk de Lange", "Samir El Idrissi"],
        ["SDV"] = ["Consulent Demo", "Ilse Brandsma"],
        ["Budgetcoach"] = ["Budgetcoach Demo"],
    };
}
