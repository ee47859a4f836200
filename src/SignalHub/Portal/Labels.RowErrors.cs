using System.Text.RegularExpressions;
using SignalHub.Ingestion.Reading;

namespace SignalHub.Portal;

/// <summary>
/// The Dutch text of every error the partner file can get: one table for the row errors of the domain's row validation
/// (code <c>{column}.{what}</c>, or <c>record.*</c> for a row that could not be read), one for a file refused as a whole,
/// and the field names as partners know them. The portal shows these; the API carries them as <c>reasonNl</c>.
/// </summary>
public static partial class Labels
{
    /// <summary>Codes whose text depends on the field, by the part after the dot; <c>{veld}</c> is the field's Dutch name.</summary>
    private static readonly Dictionary<string, string> RowErrorsByKind = new(StringComparer.Ordinal)
    {
        ["missing"] = "{Veld} ontbreekt; dit veld is verplicht.",
        ["too_long"] = "{Veld} is te lang.",
        ["invalid"] = "{Veld} heeft geen geldige waarde.",
        ["in_future"] = "{Veld} ligt in de toekomst.",
        ["not_positive"] = "{Veld} moet meer dan nul zijn.",
        ["out_of_range"] = "{Veld} valt buiten de toegestane grenzen.",
        ["conflict"] = "{Veld} staat ook in het huisnummer, met een andere waarde.",
        ["control_characters"] = "{Veld} bevat besturingstekens (zoals NUL); haal die weg.",
    };

    /// <summary>Codes with a text of their own.</summary>
    private static readonly Dictionary<string, string> RowErrorsByCode = new(StringComparer.Ordinal)
    {
        ["postcode.invalid"] = "De postcode is geen Nederlandse postcode: vier cijfers (niet beginnend met 0) en twee letters, zoals 1234 AB.",
        ["postcode.reserved_letters"] = "De postcode eindigt op SA, SD of SS; die letters komen in Nederlandse postcodes niet voor.",
        ["house_number.invalid"] = "Het huisnummer is geen getal (een huisletter of toevoeging hoort in een eigen kolom of na het getal).",
        ["house_number.out_of_range"] = "Het huisnummer moet van 1 tot en met 99999 zijn.",
        ["house_letter.invalid"] = "De huisletter moet precies één letter zijn.",
        ["house_number_addition.invalid"] = "De huisnummertoevoeging moet 1 tot 4 letters of cijfers zijn.",
        ["birth_date.invalid"] = "De geboortedatum is geen geldige datum (bijvoorbeeld 31-12-1980 of 1980-12-31).",
        ["birth_date.out_of_range"] = "De geboortedatum ligt voor 1900.",
        ["arrears_since.invalid"] = "De datum achterstand sinds is geen geldige datum (bijvoorbeeld 31-12-2025 of 2025-12-31).",
        ["collection_stage_date.invalid"] = "De datum incassofase is geen geldige datum (bijvoorbeeld 31-12-2025 of 2025-12-31).",
        ["arrears_amount.invalid"] = "Het bedrag achterstand is geen bedrag (bijvoorbeeld 1234,56).",
        ["arrears_amount.out_of_range"] = "Het bedrag achterstand is hoger dan € 10.000.000.",
        ["kind.invalid"] = "De soort signaal is onbekend; gebruik een soort uit de beschrijving van het bestand.",
        ["cost_type.invalid"] = "De vaste last is onbekend; gebruik huur, energie, water of zorgverzekering (zie de beschrijving van het bestand).",
        ["cost_type.not_allowed"] = "Deze vaste last mag uw organisatie niet aanleveren.",
        ["collection_stage.invalid"] = "De incassofase is onbekend; gebruik een fase uit de beschrijving van het bestand.",
        ["unpaid_terms.invalid"] = "Het aantal termijnen moet een heel getal van 1 tot en met 1000 zijn.",
        ["crisis.invalid"] = "Het crisissignaal moet ja of nee zijn.",
        ["warm_handover.invalid"] = "De warme overdracht moet ja of nee zijn.",
        ["email.invalid"] = "Het e-mailadres is geen adres zoals naam@voorbeeld.nl.",
        [RecordError.FieldTooLong] = "Een veld in deze regel is te lang.",
        [RecordError.TooLong] = "Deze regel is te lang.",
        [RecordError.TooManyFields] = "Deze regel heeft te veel velden.",
        [RecordError.UnterminatedQuote] = "Een aanhalingsteken in deze regel wordt niet gesloten.",
        [RecordError.FieldCount] = "Deze regel heeft een ander aantal velden dan de kopregel.",
    };

    /// <summary>The Dutch text of a row error code; a general sentence for a code this table does not know yet.</summary>
    public static string RowError(string code, string? column)
    {
        if (RowErrorsByCode.TryGetValue(code, out var text))
            return text;
        var kind = code[(code.IndexOf('.', StringComparison.Ordinal) + 1)..];
        var field = Field(column ?? code.Split('.')[0]);
        var sentence = RowErrorsByKind.GetValueOrDefault(kind, "{Veld} is afgekeurd.");
        return sentence.Replace("{Veld}", "Het veld " + field, StringComparison.Ordinal);
    }

    /// <summary>What went wrong, in a word or two, for counts per code ("postcode: ongeldig").</summary>
    private static readonly Dictionary<string, string> RowErrorsInShort = new(StringComparer.Ordinal)
    {
        ["missing"] = "ontbreekt",
        ["too_long"] = "te lang",
        ["invalid"] = "ongeldig",
        ["in_future"] = "in de toekomst",
        ["not_positive"] = "niet meer dan nul",
        ["out_of_range"] = "buiten de grenzen",
        ["conflict"] = "botst met het huisnummer",
        ["control_characters"] = "besturingstekens",
        ["not_allowed"] = "niet toegestaan",
        ["reserved_letters"] = "ongeldige letters",
    };

    /// <summary>A row error code in short, as a count per code shows it: "postcode: ongeldig", "regel onleesbaar".</summary>
    public static string RowErrorInShort(string code)
    {
        var dot = code.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0 || code.StartsWith("record.", StringComparison.Ordinal))
            return "regel onleesbaar";
        var field = code[..dot] == "value" ? "veld" : Field(code[..dot]);
        return $"{field}: {RowErrorsInShort.GetValueOrDefault(code[(dot + 1)..], "afgekeurd")}";
    }

    /// <summary>
    /// A row error in Dutch, with the value the partner sent when the English reason quotes it (the row validation
    /// always quotes the offending value first), so the partner can find it in the file.
    /// </summary>
    /// <summary>The row error in Dutch: the column and the rule, never the value sent (it may be a name or a birth date).</summary>
    public static string RowError(Ingestion.ReceiptError error) => RowError(error.Code, error.Column);

    /// <summary>A partner-file column as partners call it: "achterstand sinds" for <c>arrears_since</c>; "hele regel" for none.</summary>
    public static string Field(string? column)
    {
        if (string.IsNullOrEmpty(column))
            return "hele regel";
        var known = PartnerColumns.All.FirstOrDefault(c => c.Name == column);
        var name = known is null ? column : known.Aliases.Count > 0 ? known.Aliases[0] : known.Name;
        return name.Replace('_', ' ');
    }

    /// <summary>Why a file was refused as a whole, for a structural error code.</summary>
    public static string FileProblem(string code, string message) => code switch
    {
        StructuralError.FileEmpty => "Het bestand is leeg.",
        StructuralError.FileTooLarge => "Het bestand is groter dan toegestaan.",
        StructuralError.FileTooManyRows => "Het bestand heeft meer regels dan een levering mag hebben.",
        StructuralError.FileUtf16 => "Het bestand is in UTF-16 opgeslagen; sla het op als UTF-8 (CSV UTF-8).",
        StructuralError.FileNotText => "Het bestand is geen tekstbestand (CSV); een Excel-bestand moet eerst als CSV worden opgeslagen.",
        StructuralError.HeaderEmpty => "De kopregel (regel 1) is leeg.",
        StructuralError.HeaderUnreadable => "De kopregel (regel 1) is niet te lezen.",
        StructuralError.HeaderUnrecognised => "De kopregel (regel 1) bevat geen bekende kolomnamen.",
        StructuralError.HeaderMissingColumn => $"De kopregel mist een verplichte kolom{Quoted(message, " ({0})")}.",
        StructuralError.HeaderDuplicateColumn => $"De kopregel noemt een kolom twee keer{Quoted(message, " ({0})")}.",
        _ => "Het bestand kon niet worden gelezen.",
    };

    /// <summary>A remark on the file's header, as the reader wrote it (English), in Dutch.</summary>
    public static string FileWarning(string warning) =>
        UnknownColumn().Match(warning) is { Success: true } unknown ? $"Onbekende kolom '{unknown.Groups[1].Value}' (kolom {unknown.Groups[2].Value}) is genegeerd."
        : NamelessColumn().Match(warning) is { Success: true } nameless ? $"Kolom {nameless.Groups[1].Value} heeft geen naam en is genegeerd."
        : "Een kolom van het bestand is genegeerd.";

    private static string Quoted(string message, string format) =>
        QuotedValue().Match(message) is { Success: true } m ? string.Format(Dutch, format, m.Groups[1].Value) : "";

    [GeneratedRegex(@"^unknown column '(.*)' \(column (\d+)\) is ignored$")]
    private static partial Regex UnknownColumn();

    [GeneratedRegex(@"^column (\d+) has no name and is ignored$")]
    private static partial Regex NamelessColumn();

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex QuotedValue();
}
