using SignalHub.Domain.Routing;
using SignalHub.Storage.Dialects;

namespace SignalHub.Registers;

/// <summary>
/// The wijkteam areas, as postcode ranges. A bound is a PC6 postcode or a PC4 area (its whole range AA to ZZ); both
/// are stored as PC6 bounds. Ranges may overlap: routing takes the narrowest range that covers a postcode (see
/// <see cref="Areas"/>). Routing reads the table at each dispatch; cases already made keep their team.
/// </summary>
public sealed class AreasRegister(RegisterImport pipeline) : Register(pipeline)
{
    public const int TeamMaxLength = 100;

    private static readonly IReadOnlyList<ReferenceColumn> Csv =
    [
        new("postcode_from", true, "postcode_van", "van", "from"),
        new("postcode_to", true, "postcode_tot", "postcode_tot_en_met", "tot", "tot_en_met", "to"),
        new("team", true, "wijkteam"),
    ];

    public static readonly BulkTable Rows = new("areas", ["id", "postcode_from", "postcode_to", "team"]);

    public override string Name => "areas";

    public override IReadOnlyList<ReferenceColumn> Columns => Csv;

    public override BulkTable Table => Rows;

    public override string LockKey => "areas";

    public override Func<ReferenceRow, RegisterRow> BeginImport(DateTime now) => row =>
    {
        if (!Areas.TryParseBound(row["postcode_from"], upper: false, out var from, out var fromError))
            return RegisterRow.Refuse("postcode_from", fromError!);
        if (!Areas.TryParseBound(row["postcode_to"], upper: true, out var to, out var toError))
            return RegisterRow.Refuse("postcode_to", toError!);
        if (string.CompareOrdinal(from, to) > 0)
            return RegisterRow.Refuse("postcode_to", $"the range runs backwards: from {from} is after to {to}");
        if (row["team"] is not { Length: <= TeamMaxLength } team)
            return RegisterRow.Refuse("team", $"team is empty or longer than {TeamMaxLength} characters");
        return RegisterRow.Accept([Guid.CreateVersion7(), from, to, team]);
    };
}
