namespace SignalHub.Domain.Addresses;

/// <summary>
/// The words partners use around a house number, and the canonical addition each one stands for.
/// </summary>
internal static class UnitWords
{
    /// <summary>The canonical addition for the ground floor (Amsterdam's "H" for huis).</summary>
    public const string GroundFloor = "H";

    /// <summary>The canonical addition for an upstairs dwelling whose floor is not given.</summary>
    public const string Upstairs = "BOV";

    /// <summary>Words after a floor number that only say "this is a floor": 2e, 2de, 2 hoog, 2 hg, 2e etage.</summary>
    private static readonly HashSet<string> FloorMarkers = new(StringComparer.Ordinal)
    {
        "E", "STE", "DE", "H", "HG", "HOOG", "EH", "EHG", "EHOOG", "ET", "ETG", "ETAGE", "VD", "VERD", "VERDIEPING",
    };

    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["EERSTE"] = 1, ["TWEEDE"] = 2, ["DERDE"] = 3, ["VIERDE"] = 4, ["VIJFDE"] = 5,
        ["ZESDE"] = 6, ["ZEVENDE"] = 7, ["ACHTSTE"] = 8, ["NEGENDE"] = 9, ["TIENDE"] = 10,
    };

    private static readonly Dictionary<string, int> Romans = new(StringComparer.Ordinal)
    {
        ["I"] = 1, ["II"] = 2, ["III"] = 3, ["IV"] = 4, ["V"] = 5,
        ["VI"] = 6, ["VII"] = 7, ["VIII"] = 8, ["IX"] = 9, ["X"] = 10,
    };

    // Longest phrases first, so "BEGANE GROND" wins over a lone word.
    private static readonly (string[] Words, string Canonical)[] Phrases =
    [
        (["BEGANE", "GROND"], GroundFloor), (["BEL", "ETAGE"], GroundFloor), (["H", "S"], GroundFloor),
        (["B", "G"], GroundFloor), (["HUIS"], GroundFloor), (["HS"], GroundFloor), (["BG"], GroundFloor),
        (["BEGANEGROND"], GroundFloor), (["PARTERRE"], GroundFloor), (["BELETAGE"], GroundFloor),
        (["BENEDEN"], GroundFloor), (["BENEDENWONING"], GroundFloor), (["BEN"], GroundFloor),
        (["BOVEN"], Upstairs), (["BOVENWONING"], Upstairs), (["BOV"], Upstairs), (["BV"], Upstairs),
        (["LINKS"], "L"), (["RECHTS"], "R"),
    ];

    // Additions that are real BAG spellings on their own: 12 bis, 12 ter.
    private static readonly HashSet<string> KnownLiterals = new(StringComparer.Ordinal) { "BIS", "TER" };

    public static bool IsFloorMarker(UnitRun run) => !run.IsDigits && FloorMarkers.Contains(run.Text);

    /// <summary>A floor named by a word: "tweede", or a Roman numeral of two or more letters ("II").</summary>
    public static bool TryFloorWord(string word, out int floor) =>
        Ordinals.TryGetValue(word, out floor) || (word.Length > 1 && Romans.TryGetValue(word, out floor));

    /// <summary>A single I, V or X is a floor only when a floor word follows: "12 I hoog".</summary>
    public static bool IsRomanFloorWithMarker(IReadOnlyList<UnitRun> runs, int at, out int floor)
    {
        floor = 0;
        return at + 1 < runs.Count && IsFloorMarker(runs[at + 1]) && Romans.TryGetValue(runs[at].Text, out floor);
    }

    public static bool TryPhrase(IReadOnlyList<UnitRun> runs, int at, out string canonical, out int length)
    {
        foreach (var (words, meaning) in Phrases)
        {
            if (Matches(runs, at, words))
            {
                canonical = meaning;
                length = words.Length;
                return true;
            }
        }

        canonical = string.Empty;
        length = 0;
        return false;
    }

    public static bool IsKnownLiteral(string word) => KnownLiterals.Contains(word);

    /// <summary>"12 t/m 16", "12 tot 16", "12 en 14" name several doors.</summary>
    public static bool IsRange(IReadOnlyList<UnitRun> runs) =>
        runs.Any(run => run.Text is "TM" or "TOT" or "EN")
        || runs.Where((run, at) => run.Text == "T" && at + 1 < runs.Count && runs[at + 1].Text == "M").Any();

    private static bool Matches(IReadOnlyList<UnitRun> runs, int at, string[] words)
    {
        if (at + words.Length > runs.Count)
        {
            return false;
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (runs[at + i].IsDigits || runs[at + i].Text != words[i])
            {
                return false;
            }
        }

        return true;
    }
}
