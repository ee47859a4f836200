namespace SignalHub.Synthetic;

/// <summary>What <c>signalhub generate</c> wrote.</summary>
public sealed record GenerationSummary(string Directory, long Seed, IReadOnlyList<string> Periods, int Files, int Signals, int Rows,
    int Matches, int Withdrawn, int SdvClients, int Areas);

/// <summary>
/// Writes a synthetic municipality's months of partner files with the answer SignalHub should give, all
/// streamed: per door, its rows go to the partners' files and its match to expected.json before the next
/// door is made, and everything about a door or a person is recomputed from the seed instead of kept.
/// </summary>
public sealed class SyntheticGenerator(GeneratorSettings settings)
{
    /// <summary>Signals a month for about 250 inhabitants each (4 per 1,000); a PC4 area has about 8,000.</summary>
    private const double SignalsPerPc4 = 32;

    public GenerationSummary Write(string directory, CancellationToken ct)
    {
        if (settings.Problem() is { } problem)
            throw new GeneratorSettingsException(problem);
        Directory.CreateDirectory(directory);
        var seed = (ulong)settings.Seed;
        var periods = settings.Periods;
        var perMonth = settings.Signals ?? (int)Math.Ceiling((settings.Households ?? GeneratorSettings.DefaultSignals) * DoorMonth.SignalsPerDoor);
        // With --signals, plan a few doors more than needed: a month stops at its exact number of signals.
        var planned = settings.Households ?? ((int)Math.Ceiling(perMonth / DoorMonth.SignalsPerDoor * 1.06) + 16);
        var plan = new ActivityPlan(seed, [.. periods.Select(_ => planned)]);
        var map = new SyntheticMap(seed, Math.Clamp((int)Math.Ceiling(perMonth / SignalsPerPc4), 8, 8000));
        if (plan.DoorCount > Math.Min(map.Capacity, Population.MaxDoors))
            throw new GeneratorSettingsException($"{plan.DoorCount} doors over {periods.Count} months is more than the made-up town holds " +
                $"({Math.Min(map.Capacity, Population.MaxDoors)}): ask for fewer signals or months");
        var population = new Population(seed, plan.DoorCount);
        ReferenceFiles.WritePartners(directory);
        ReferenceFiles.WriteAreas(directory, map);
        var clients = ReferenceFiles.WriteSdvClients(directory, map, population, plan.DoorCount);

        using var expected = new ExpectedAnswerWriter(Path.Combine(directory, "expected.json"), settings);
        var writer = new PeriodWriter(new GenerationContext(seed, settings, directory, map, population, plan, expected));
        var tallies = new List<PeriodTally>();
        for (var month = 0; month < periods.Count; month++)
            tallies.Add(writer.Write(month, periods[month], ct));
        expected.Finish();
        return new GenerationSummary(Path.GetFullPath(directory), settings.Seed, [.. periods.Select(p => p.ToString())],
            Files: 4 + tallies.Sum(t => t.SignalsPerPartner.Length + t.ReplacementRowsPerPartner.Count(r => r >= 0)),
            Signals: tallies.Sum(t => t.Signals), Rows: tallies.Sum(t => t.Rows), Matches: tallies.Sum(t => t.Matches),
            Withdrawn: tallies.Sum(t => t.Withdrawn), SdvClients: clients, Areas: map.Areas.Count);
    }
}

/// <summary>Everything a period's writer reads; nothing in it grows with the number of signals.</summary>
internal sealed record GenerationContext(ulong Seed, GeneratorSettings Settings, string Directory, SyntheticMap Map, Population Population,
    ActivityPlan Plan, ExpectedAnswerWriter Expected);
