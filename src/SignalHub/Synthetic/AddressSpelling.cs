using System.Globalization;
using SignalHub.Ingestion.Reading;

namespace SignalHub.Synthetic;

/// <summary>The address fields of one row, exactly as written to the file (null: the file has no such column).</summary>
internal sealed record SpelledAddress(string? Street, string? HouseNumber, string? HouseLetter, string? Addition, string Postcode);

/// <summary>
/// Writes a door the way partners write doors: cleanly in the partner's own layout, or, for a messy row, in
/// one of the spellings schemas/addresses/normalisation.md says are the same door (<c>12 a</c>, <c>12-A</c>,
/// <c>Lindelaan 12a</c>, <c>12 2hg</c>, <c>12 hs</c>, <c>1234 ab</c>, <c>1234-AB</c>, ...).
/// </summary>
internal static class AddressSpelling
{
    private static readonly string[] Romans = ["", "I", "II", "III", "IV", "V"];

    public const int PostcodeVariants = 6;

    /// <summary>Variant 0 is the partner's clean form; the others are the messy ones.</summary>
    public static string Postcode(string postcode, bool withSpace, int variant)
    {
        var (digits, letters) = (postcode[..4], postcode[4..]);
        return variant switch
        {
            0 => withSpace ? $"{digits} {letters}" : postcode,
            1 => $"{digits} {letters.ToLowerInvariant()}",
            2 => $"{digits}-{letters}",
            3 => postcode.ToLowerInvariant(),
            4 => $" {digits} {letters} ",
            _ => $"{digits} - {letters.ToLowerInvariant()}",
        };
    }

    /// <summary>The clean spelling: the number with its unit where the layout has no columns for them.</summary>
    public static SpelledAddress Clean(DoorAddress door, FileStyle style, string postcode)
    {
        var n = door.Number.ToString(CultureInfo.InvariantCulture);
        var glued = door.Unit switch { UnitKind.Letter => n + door.Letter, UnitKind.None => n, _ => $"{n}-{door.Addition}" };
        return style.Layout switch
        {
            AddressLayout.SeparateColumns => new(door.Street, n, door.Unit == UnitKind.Letter ? door.Letter : "",
                door.Addition ?? "", postcode),
            AddressLayout.UnitInNumber => new(door.Street, glued, null, null, postcode),
            AddressLayout.LetterInNumber => new(door.Street, door.Unit == UnitKind.Letter ? glued : n, null, door.Addition ?? "", postcode),
            _ => new($"{door.Street} {glued}", null, null, null, postcode),
        };
    }

    /// <summary>A messy spelling of the door's number and unit, placed where this partner's columns allow.</summary>
    public static SpelledAddress Messy(DoorAddress door, FileStyle style, string postcode, SeededRandom random)
    {
        var texts = NumberTexts(door);
        var own = OwnColumnTexts(door);
        var hasNumber = style.Layout != AddressLayout.StreetOnly;
        var ownColumns = style.Layout == AddressLayout.SeparateColumns
            || (style.Layout == AddressLayout.LetterInNumber && door.Unit is UnitKind.Floor or UnitKind.GroundFloor);
        var placement = random.Next(3);
        var n = door.Number.ToString(CultureInfo.InvariantCulture);
        if (placement == 0 && ownColumns && own.Count > 0)
        {
            var text = random.Pick(own);
            var isLetter = door.Unit == UnitKind.Letter;
            return new(door.Street, n, style.Has(PartnerColumn.HouseLetter) ? (isLetter ? text : "") : null,
                isLetter ? EmptyIfColumn(style, PartnerColumn.HouseNumberAddition) : text, postcode);
        }
        // Glued to the street: the number column, if there is one, stays empty.
        var streetTexts = texts.Where(t => !t.StartsWith('0') && !t.EndsWith(".0", StringComparison.Ordinal)).ToList();
        if (placement == 1 || !hasNumber)
        {
            var unit = random.Pick(streetTexts);
            var street = random.Chance(0.2) ? door.Street + unit : $"{door.Street} {unit}";
            return new(street, hasNumber ? "" : null, EmptyIfColumn(style, PartnerColumn.HouseLetter),
                EmptyIfColumn(style, PartnerColumn.HouseNumberAddition), postcode);
        }
        return new(door.Street, random.Pick(texts), EmptyIfColumn(style, PartnerColumn.HouseLetter),
            EmptyIfColumn(style, PartnerColumn.HouseNumberAddition), postcode);
    }

    /// <summary>Every messy way this generator writes the number with its unit in one field.</summary>
    public static IReadOnlyList<string> NumberTexts(DoorAddress door)
    {
        var n = door.Number.ToString(CultureInfo.InvariantCulture);
        var f = door.Floor.ToString(CultureInfo.InvariantCulture);
        var upper = door.Letter ?? "";
        var lower = upper.ToLowerInvariant();
        return door.Unit switch
        {
            UnitKind.None => [n, $"00{n}", $"{n}.0"],
            UnitKind.Letter => [$"{n}{upper}", $"{n}{lower}", $"{n} {lower}", $"{n}-{upper}", $"{n}-{lower}", $"{n}.{lower}", $"{n} {upper}"],
            UnitKind.GroundFloor => [$"{n}-H", $"{n} H", $"{n}H", $"{n} huis", $"{n} hs", $"{n} bg", $"{n} h.s.", $"{n} b.g.", $"{n} parterre", $"{n}-h"],
            _ => [$"{n}-{f}", $"{n} {f}", $"{n}/{f}", $"{n}-0{f}", $"{n} {f}hg", $"{n}-{f} hoog", $"{n} {f}e", $"{n} {f}e etage",
                  .. door.Floor >= 2 ? new[] { $"{n} {Romans[door.Floor]}", $"{n} {Romans[door.Floor]} hoog" } : []],
        };
    }

    /// <summary>Every messy way this generator fills the letter or the addition column on its own.</summary>
    public static IReadOnlyList<string> OwnColumnTexts(DoorAddress door)
    {
        var f = door.Floor.ToString(CultureInfo.InvariantCulture);
        var letter = door.Letter ?? "";
        return door.Unit switch
        {
            UnitKind.Letter => [letter.ToLowerInvariant(), $"{letter.ToLowerInvariant()}.", $" {letter} "],
            UnitKind.GroundFloor => ["H", "huis", "hs", "bg", "h"],
            UnitKind.Floor => [f, $"{f}e", $"{f} hoog", $"0{f}", $"{f}hg", .. door.Floor >= 2 ? new[] { Romans[door.Floor] } : []],
            _ => [],
        };
    }

    private static string? EmptyIfColumn(FileStyle style, PartnerColumn column) => style.Has(column) ? "" : null;
}
