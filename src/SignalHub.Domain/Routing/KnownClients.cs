using SignalHub.Domain.Matching;

namespace SignalHub.Domain.Routing;

public enum HitLikelihood
{
    /// <summary>Address and surname agree, or surname and birth date at another address: routed to SDV.</summary>
    Likely,

    /// <summary>Only the address agrees: routed on as not known, shown to SDV to confirm or reject.</summary>
    Possible,
}

/// <summary>A hit in the debt-service client list, with why it was taken for one.</summary>
public sealed record SdvHit(string CaseReference, string? Caseworker, HitLikelihood Likelihood, string Why);

/// <summary>One row of the SDV client list, as imported.</summary>
public sealed record SdvClient(string CaseReference, string Surname, DateOnly? BirthDate, string AddressKey, string? Caseworker);

/// <summary>A person named in the match's signals.</summary>
public sealed record SignalledPerson(string Surname, DateOnly? BirthDate);

/// <summary>
/// Is the household of a match already an SDV client? Surnames are compared by <see cref="Persons.SurnameKey"/>
/// (case, diacritics and spacing ignored); birth dates contradict only when both are known and differ.
/// <list type="bullet">
/// <item>Likely: same address and surname, birth date not contradicting.</item>
/// <item>Likely: same surname and birth date at another address: a possibly moved client.</item>
/// <item>Possible: only the address agrees (another surname, or the same surname with another birth date).</item>
/// </list>
/// The strongest hit wins: a likely one at the address, then a moved client, then a possible one; ties by case reference.
/// </summary>
public static class KnownClients
{
    public static SdvHit? Find(string addressKey, IReadOnlyList<SignalledPerson> persons, IEnumerable<SdvClient> candidates)
    {
        ArgumentNullException.ThrowIfNull(persons);
        ArgumentNullException.ThrowIfNull(candidates);
        return candidates
            .Select(client => (client, assessment: Assess(addressKey, persons, client)))
            .Where(x => x.assessment is not null)
            .OrderBy(x => x.assessment!.Value.Rank).ThenBy(x => x.client.CaseReference, StringComparer.Ordinal)
            .Select(x => new SdvHit(x.client.CaseReference, x.client.Caseworker, x.assessment!.Value.Likelihood, x.assessment.Value.Why))
            .FirstOrDefault();
    }

    private static (int Rank, HitLikelihood Likelihood, string Why)? Assess(string addressKey, IReadOnlyList<SignalledPerson> persons, SdvClient client)
    {
        var surname = Persons.SurnameKey(client.Surname);
        var namesake = persons.Where(p => Persons.SurnameKey(p.Surname) == surname).ToList();
        var agreeing = namesake.Where(p => p.BirthDate is null || client.BirthDate is null || p.BirthDate == client.BirthDate).ToList();
        var sameBirth = namesake.Any(p => p.BirthDate is not null && p.BirthDate == client.BirthDate);
        if (client.AddressKey == addressKey)
        {
            if (agreeing.Count > 0)
                return (0, HitLikelihood.Likely, sameBirth ? "zelfde adres, achternaam en geboortedatum" : "zelfde adres en achternaam");
            return (2, HitLikelihood.Possible, namesake.Count > 0
                ? "zelfde adres en achternaam, maar een andere geboortedatum"
                : "alleen het adres komt overeen (andere achternaam)");
        }
        return sameBirth ? (1, HitLikelihood.Likely, "zelfde achternaam en geboortedatum op een ander adres: mogelijk verhuisde cliënt") : null;
    }
}
