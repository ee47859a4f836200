namespace SignalHub.Tests.Ingestion.Import;

/// <summary>
/// Broken partner files (ImportCorpus/broken) with the exact outcome the contract promises: refused whole
/// with one structural code, or completed with these row errors (line, column, code) and the good rows kept.
/// Imported by a housing partner, which may send rent only.
/// </summary>
public static class BrokenCorpus
{
    public static IEnumerable<TestCaseData> Files() => All.Select(file => new TestCaseData(file).SetArgDisplayNames(file.File));

    private static readonly BrokenFile[] All =
    [
        Refused("empty.csv", "file.empty"),
        Refused("only-line-ends.csv", "file.empty"),
        Refused("utf16-le-bom.csv", "file.utf16"),
        Refused("utf16-be-bom.csv", "file.utf16"),
        Refused("utf16-without-bom.csv", "file.not_text"),
        Refused("spreadsheet-saved-as-csv.csv", "file.not_text"),
        // The contract scans the whole file for NUL: one in a field refuses the file, not the row.
        Refused("nul-byte-in-field.csv", "file.not_text", "byte 164"),
        Refused("no-header.csv", "header.unrecognised"),
        Refused("pipe-delimited.csv", "header.unrecognised", "the delimiter must be ';', ',' or tab"),
        Refused("header-of-only-delimiters.csv", "header.empty"),
        Refused("header-unterminated-quote.csv", "header.unreadable"),
        Refused("missing-required-columns.csv", "header.missing_column", "'cost_type'", "'postcode'"),
        Refused("missing-house-number-and-street.csv", "header.missing_column", "'house_number'", "street column"),
        Refused("missing-arrears-columns.csv", "header.missing_column", "'arrears_amount'", "'arrears_since'"),
        Refused("duplicate-column.csv", "header.duplicate_column", "'kenmerk'", "'reference'"),
        Refused("duplicate-column-by-alias.csv", "header.duplicate_column", "'Bedrag achterstand'", "'ACHTERSTAND'", "'arrears_amount'"),
        Refused("too-many-rows.csv", "file.too_many_rows", "more than 10 rows") with { Settings = new() { ["Ingestion:MaxRows"] = "10" } },
        Refused("too-large.csv", "file.too_large", "512 bytes") with { Settings = new() { ["Ingestion:MaxFileBytes"] = "512" } },

        Completed("bad-postcodes.csv", accepted: 3,
            "3 postcode postcode.invalid", "4 postcode postcode.reserved_letters", "6 postcode postcode.reserved_letters",
            "7 postcode postcode.missing", "8 postcode postcode.invalid"),
        Completed("bad-house-numbers.csv", accepted: 3,
            "3 house_number house_number.out_of_range", "4 house_number house_number.out_of_range", "6 house_number house_number.invalid",
            "7 house_number house_number.missing", "8 house_letter house_letter.invalid",
            "9 house_number_addition house_number_addition.invalid"),
        Completed("bad-amounts.csv", accepted: 3,
            "3 arrears_amount arrears_amount.not_positive", "4 arrears_amount arrears_amount.not_positive",
            "5 arrears_amount arrears_amount.invalid", "6 arrears_amount arrears_amount.invalid", "7 arrears_amount arrears_amount.invalid",
            "8 arrears_amount arrears_amount.missing", "9 arrears_amount arrears_amount.out_of_range"),
        Completed("bad-dates.csv", accepted: 2,
            "3 arrears_since arrears_since.in_future", "4 arrears_since arrears_since.invalid", "5 arrears_since arrears_since.invalid",
            "6 arrears_since arrears_since.invalid", "7 birth_date birth_date.invalid", "8 birth_date birth_date.in_future",
            "9 arrears_since arrears_since.missing"),
        Completed("bad-cost-types.csv", accepted: 2,
            "3 cost_type cost_type.not_allowed", "4 cost_type cost_type.invalid", "5 cost_type cost_type.missing",
            "6 cost_type cost_type.not_allowed"),
        Completed("bad-codes-and-values.csv", accepted: 2,
            "3 kind kind.invalid", "4 collection_stage collection_stage.invalid", "5 crisis crisis.invalid",
            "6 warm_handover warm_handover.invalid", "7 unpaid_terms unpaid_terms.invalid", "8 email email.invalid",
            "9 surname surname.missing", "10 reference reference.missing",
            "11 arrears_amount arrears_amount.invalid", "11 postcode postcode.invalid"),
        // Line numbers are physical lines: the quoted remarks on lines 2-3 and 6-8 hold CRLF, LF and a lone CR.
        Completed("duplicate-references.csv", accepted: 4,
            "5 reference reference.duplicate", "9 reference reference.duplicate", "10 reference reference.duplicate"),
        Completed("field-count.csv", accepted: 3,
            "3 - record.field_count", "4 - record.field_count", "6 - record.field_count"),
        Completed("unterminated-quote.csv", accepted: 3, "6 - record.unterminated_quote"),
        Completed("control-characters.csv", accepted: 2,
            "3 surname value.control_characters", "4 remark value.control_characters"),
        Completed("overlong-fields.csv", accepted: 2,
            "3 - record.field_too_long", "4 remark remark.too_long", "5 reference reference.too_long"),
    ];

    private static BrokenFile Refused(string file, string code, params string[] named) =>
        new(file, "rejected", 0, [], code, named);

    private static BrokenFile Completed(string file, int accepted, params string[] errors) =>
        new(file, "completed", accepted, errors, null, []);
}

/// <summary>
/// A broken corpus file and its expected receipt. <see cref="Errors"/> are "line column code", with "-" for a
/// row that could not be read into columns; <see cref="Named"/> are phrases the refusal's message must hold.
/// </summary>
public sealed record BrokenFile(string File, string Status, int Accepted, IReadOnlyList<string> Errors, string? Refusal,
    IReadOnlyList<string> Named)
{
    public Dictionary<string, string?> Settings { get; init; } = [];
}
