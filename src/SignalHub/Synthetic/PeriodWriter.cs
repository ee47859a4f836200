using SignalHub.Domain.Values;

namespace SignalHub.Synthetic;

/// <summary>
/// Writes one period: every partner's file, the replacement files of the partners that send one (dropping
/// a few references, which SignalHub then withdraws), door after door until the month has its signals.
/// </summary>
internal sealed class PeriodWriter(GenerationContext context)
{
    public const double ReplacingShare = 0.35;

    private readonly DoorWriter _doors = new(context);

    public PeriodTally Write(int month, Period period, CancellationToken ct)
    {
        var text = period.ToString();
        var partners = SyntheticPartners.All;
        var replacing = Replacing(month);
        var files = partners.Select(p => new PartnerFileWriter(Path.Combine(context.Directory, p.FileName(text, false)), p.Style)).ToArray();
        var replacements = partners
            .Select(p => replacing[p.Index] ? new PartnerFileWriter(Path.Combine(context.Directory, p.FileName(text, true)), p.Style) : null)
            .ToArray();
        var tally = new PeriodTally();
        try
        {
            context.Expected.BeginPeriod(text, [
                .. partners.Select(p => (p.Name, p.FileName(text, false))),
                .. partners.Where(p => replacing[p.Index]).Select(p => (p.Name, p.FileName(text, true))),
            ]);
            var limit = context.Settings.Signals ?? int.MaxValue;
            var position = 0;
            for (; position < context.Plan.Planned(month) && tally.Signals < limit; position++)
            {
                if (position % 4096 == 0)
                    ct.ThrowIfCancellationRequested();
                _doors.Write(context.Plan.DoorAt(month, position), month, period, limit - tally.Signals, files, replacements, tally);
            }
            context.Plan.Written(month, position);
        }
        finally
        {
            foreach (var file in files)
                file.Dispose();
            foreach (var file in replacements)
                file?.Dispose();
        }
        foreach (var partner in partners.Where(p => replacements[p.Index] is not null))
            tally.ReplacementRowsPerPartner[partner.Index] = replacements[partner.Index]!.Rows;
        context.Expected.EndPeriod(tally);
        return tally;
    }

    /// <summary>About a third of the partners send a replacement file in a month; at least one always does.</summary>
    private bool[] Replacing(int month)
    {
        var replacing = SyntheticPartners.All.Select(p => StableHash.Unit(context.Seed, Purpose.Withdrawal, month, p.Index, -1) < ReplacingShare).ToArray();
        if (!replacing.Contains(true))
            replacing[(int)(StableHash.Of(context.Seed, Purpose.Withdrawal, [month, -2]) % (ulong)replacing.Length)] = true;
        return replacing;
    }
}
