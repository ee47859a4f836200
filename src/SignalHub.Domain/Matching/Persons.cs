using System.Globalization;
using System.Text;

namespace SignalHub.Domain.Matching;

/// <summary>A person named in one or more signals at an address.</summary>
public sealed record Person(string Surname, string? Initials, DateOnly? BirthDate, IReadOnlyList<Guid> SignalIds);

/// <summary>
/// Groups an address's signals into persons: two signals are one person when their surnames agree
/// once case, diacritics and spacing are ignored and their birth dates do not contradict each other.
/// Rooms let separately stay separate persons within the one match.
/// </summary>
public static class Persons
{
    public static IReadOnlyList<Person> Of(IReadOnlyList<MatchSignal> signals) =>
        Group(signals, s => s.Surname, s => s.BirthDate)
            .Select(g => new Person(g[0].Surname, g.Select(s => s.Initials).FirstOrDefault(i => i is not null),
                g.Select(s => s.BirthDate).FirstOrDefault(b => b is not null), g.Select(s => s.Id).ToList()))
            .ToList();

    /// <summary>The grouping rule itself, for any record that names a person.</summary>
    public static IReadOnlyList<IReadOnlyList<T>> Group<T>(IEnumerable<T> items, Func<T, string> surname, Func<T, DateOnly?> birthDate)
    {
        var persons = new List<(string Key, List<T> All)>();
        foreach (var item in items)
        {
            var key = SurnameKey(surname(item));
            var born = birthDate(item);
            var same = persons.FirstOrDefault(p => p.Key == key
                && p.All.All(other => birthDate(other) is null || born is null || birthDate(other) == born));
            if (same.All is null)
                persons.Add((key, [item]));
            else
                same.All.Add(item);
        }
        return persons.Select(p => (IReadOnlyList<T>)p.All).ToList();
    }

    /// <summary>
    /// Who a signal is about, across addresses: surname key and birth date. Without a birth date a surname
    /// alone is too common to follow a household to another door, so there is no key.
    /// </summary>
    public static string? PersonKey(string surname, DateOnly? birthDate) =>
        birthDate is { } born ? $"{SurnameKey(surname)}|{born:yyyy-MM-dd}" : null;

    /// <summary>
    /// "Jansen-de Vries", "jansen de vries" and "Jánsen-De Vries" share one key. Leading tussenvoegsels are left out,
    /// because one partner writes "van der Berg" in the surname column where another writes "Berg" with the prefix
    /// apart; the key of "van der Berg" is that of "Berg".
    /// </summary>
    public static string SurnameKey(string surname)
    {
        var decomposed = WithoutLeadingPrefixes(surname).Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (char.IsLetter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                key.Append(char.ToLowerInvariant(c));
        return key.ToString();
    }

    private static readonly HashSet<string> Tussenvoegsels = new(StringComparer.OrdinalIgnoreCase)
    {
        "van", "de", "der", "den", "het", "'t", "t", "ter", "ten", "te", "in", "op", "aan", "bij", "uit", "la", "le", "du", "d'", "des", "von", "zu",
    };

    /// <summary>"van 't Hof" is "Hof"; a name made only of prefix words ("Van") stays as it is.</summary>
    private static string WithoutLeadingPrefixes(string surname)
    {
        var words = surname.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var first = 0;
        while (first < words.Length - 1 && Tussenvoegsels.Contains(words[first]))
            first++;
        return first == 0 ? surname : string.Join(' ', words[first..]);
    }
}
