using System.Globalization;
using SignalHub.Domain.Addresses;
using SignalHub.Domain.Matching;
using SignalHub.Domain.Routing;
using SignalHub.Domain.Values;
using SignalHub.Ingestion.Reading;

namespace SignalHub.Synthetic;

/// <summary>
/// Writes one door's rows for one month to the partners' files and its expected match to expected.json.
/// The expected key is computed by <see cref="AddressNormalizer"/> over exactly the strings written; a
/// spelling that would not read as the door (a missed merge) stops the generator instead of being written.
/// </summary>
internal sealed class DoorWriter(GenerationContext context)
{
    public const double WithdrawnShare = 0.03;

    /// <summary>SignalHub's default Matching:RecidivismMonths.</summary>
    public static readonly int RecidivismMonths = new Matching.MatchingOptions().RecidivismMonths;

    private readonly DoorMonth _doorMonth = new(context.Seed, context.Population);

    private readonly AffinePermutation[] _contracts =
        [.. SyntheticPartners.All.Select(p => new AffinePermutation(10_000_000, StableHash.Of(context.Seed, Purpose.Contracts, [p.Index])))];

    public void Write(long door, int month, Period period, int maxSignals, PartnerFileWriter[] files, PartnerFileWriter?[] replacements,
        PeriodTally tally)
    {
        var address = context.Map.AddressOf(door);
        var signals = _doorMonth.Signals(address, month, period);
        if (signals.Count > maxSignals)
            signals.RemoveRange(maxSignals, signals.Count - maxSignals);
        var rows = new List<WrittenRow>(signals.Count);
        for (var i = 0; i < signals.Count; i++)
        {
            var signal = signals[i];
            var partner = signal.Partner;
            var random = SeededRandom.For(context.Seed, Purpose.Row, month, door, i);
            var (spelled, messy) = Spell(address, partner.Style, random);
            var person = context.Population.Person(door, signal.PersonSlot);
            var household = Population.HouseholdId(door, signal.Lodger);
            var reference = string.Format(CultureInfo.InvariantCulture, partner.Style.ReferenceFormat, _contracts[partner.Index].Forward(household));
            var fields = RowText.Render(signal, person, spelled, address.Town, reference, random.Chance(context.Settings.MessyRate / 4));
            CheckKey(address, fields);
            var withdrawn = replacements[partner.Index] is not null
                && StableHash.Unit(context.Seed, Purpose.Withdrawal, month, partner.Index, household) < WithdrawnShare;
            files[partner.Index].Write(fields);
            if (!withdrawn)
                replacements[partner.Index]?.Write(fields);
            rows.Add(new WrittenRow(partner, reference, fields[(int)PartnerColumn.Surname]!, person.BirthDate, signal.Lodger, withdrawn));
            tally.Signals++;
            tally.SignalsPerPartner[partner.Index]++;
            tally.SignalsPerCostType[partner.CostType]++;
            tally.Withdrawn += withdrawn ? 1 : 0;
            tally.MessyRows += messy ? 1 : 0;
            tally.Referrals += signal.Referral ? 1 : 0;
        }
        var match = Expect(address, rows, month);
        context.Expected.Match(match);
        tally.Doors++;
        tally.DoorsWithSeveralSignals += rows.Count > 1 ? 1 : 0;
        tally.Matches += match.References.Count > 0 ? 1 : 0;
        tally.ResolvedByPartner += match.References.Count == 0 ? 1 : 0;
        tally.Recidivists += match.Recidivist ? 1 : 0;
        tally.KnownClients += match.KnownClient ? 1 : 0;
        tally.JoinedOpenCases += match.JoinsOpenCase ? 1 : 0;
        if (!match.JoinsOpenCase)
            tally.Routes[match.Routing.Route]++;
    }

    private (SpelledAddress Address, bool Messy) Spell(DoorAddress door, FileStyle style, SeededRandom random)
    {
        if (!random.Chance(context.Settings.MessyRate))
            return (AddressSpelling.Clean(door, style, AddressSpelling.Postcode(door.Postcode, style.PostcodeWithSpace, 0)), false);
        // A messy row misspells the postcode, the number with its unit, or both.
        var what = random.Next(3);
        var postcode = AddressSpelling.Postcode(door.Postcode, style.PostcodeWithSpace, what == 1 ? 0 : random.Next(1, AddressSpelling.PostcodeVariants));
        return (what == 0 ? AddressSpelling.Clean(door, style, postcode) : AddressSpelling.Messy(door, style, postcode, random), true);
    }

    private static void CheckKey(DoorAddress door, string?[] fields)
    {
        string? F(PartnerColumn column) => fields[(int)column];
        var result = AddressNormalizer.Normalize(new AddressInput(F(PartnerColumn.Street), F(PartnerColumn.HouseNumber),
            F(PartnerColumn.HouseLetter), F(PartnerColumn.HouseNumberAddition), F(PartnerColumn.Postcode)));
        if (result.Address?.Key != door.Key)
            throw new InvalidOperationException(
                $"door {door.Key} written as street '{F(PartnerColumn.Street)}', number '{F(PartnerColumn.HouseNumber)}', letter " +
                $"'{F(PartnerColumn.HouseLetter)}', addition '{F(PartnerColumn.HouseNumberAddition)}', postcode '{F(PartnerColumn.Postcode)}' " +
                $"reads as {result.Address?.Key ?? result.Error?.Code}: the generator must not write a spelling of another door");
    }

    private ExpectedMatch Expect(DoorAddress address, List<WrittenRow> rows, int month)
    {
        var door = address.Door;
        var current = rows.Where(r => !r.Withdrawn).ToList();
        // Every earlier match made or joined a case that nobody closed: a door signalled before joins it.
        var joins = Enumerable.Range(1, month).Any(k => context.Plan.WasSignalled(door, month - k));
        var recidivist = Enumerable.Range(1, RecidivismMonths).Any(k => month - k >= 0 && context.Plan.WasSignalled(door, month - k));
        // The dispatcher decides once, on the signals of the first file in import order that has the door.
        var firstFile = rows.Min(r => r.Partner.Index);
        var client = context.Population.IsSdvClient(door) ? context.Population.Person(door, Population.MainAdult) : null;
        // Only a likely hit routes to SDV: same surname key and the same birth date (always written) at the door.
        var hit = client is not null && rows.Any(r => r.Partner.Index == firstFile && r.BirthDate == client.BirthDate
                && Persons.SurnameKey(r.Surname) == Persons.SurnameKey(client.Surname.Name))
            ? new SdvHit(ReferenceFiles.CaseReference(door), ReferenceFiles.Caseworker(door), HitLikelihood.Likely, "zelfde adres, achternaam en geboortedatum")
            : null;
        // Only whether an earlier match exists matters to the route, not its id.
        var routing = Router.Route(new RoutingFacts(hit, recidivist ? Guid.Empty : null, context.Map.TeamOf(address.Pc4Index)));
        return new ExpectedMatch(address.Key, References(current), References(rows.Where(r => r.Withdrawn)),
            current.Select(r => (Persons.SurnameKey(r.Surname), r.BirthDate)).Distinct().Count(), recidivist, routing,
            client is not null && rows.Any(r => !r.Lodger), joins);
    }

    private static List<SignalReference> References(IEnumerable<WrittenRow> rows) =>
        [.. rows.Select(r => new SignalReference(r.Partner.Name, r.Reference))
            .OrderBy(r => r.Partner, StringComparer.Ordinal).ThenBy(r => r.Reference, StringComparer.Ordinal)];

    private sealed record WrittenRow(SyntheticPartner Partner, string Reference, string Surname, DateOnly BirthDate, bool Lodger, bool Withdrawn);
}
