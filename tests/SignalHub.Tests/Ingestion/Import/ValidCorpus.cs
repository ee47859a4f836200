namespace SignalHub.Tests.Ingestion.Import;

/// <summary>
/// Messy but valid partner files (ImportCorpus/valid), one per variant the contract allows, with what an
/// import must store. Every file is imported whole: no row may be rejected.
/// </summary>
public static class ValidCorpus
{
    private const string Utf8 = "UTF-8";
    private const string Windows1252 = "Windows-1252";

    public static IEnumerable<TestCaseData> Files() => All.Select(file => new TestCaseData(file).SetArgDisplayNames(file.File));

    private static readonly ValidFile[] All =
    [
        new("utf8-comma-lf.csv", 8, Utf8, ",",
            S("WS-2026-11-001", "amount", "1234.56"), S("WS-2026-11-001", "arrears_since", "2026-11-03"),
            S("WS-2026-11-001", "address_key", "2011AB-12--"), S("WS-2026-11-001", "birth_date", "1978-03-12"),
            S("WS-2026-11-005", "prefix", "van der"), S("WS-2026-11-005", "collection_stage", "eviction_scheduled")),
        new("utf8-bom-semicolon-crlf.csv", 10, "UTF-8 with BOM", ";",
            S("EN-24-0001", "amount", "1234.56"), S("EN-24-0001", "arrears_since", "2026-11-03"), S("EN-24-0001", "cost_type", "energy"),
            S("EN-24-0002", "address_key", "2021AB-7-A-"), S("EN-24-0004", "address_key", "2022CD-18--2"),
            S("EN-24-0009", "address_key", "2025JK-2--BIS"), S("EN-24-0002", "prefix", "van den")),
        new("windows1252-diacritics.csv", 8, Windows1252, ";",
            S("DW-0001", "surname", "Eénhoorn"), S("DW-0001", "first_names", "Loïs"), S("DW-0002", "surname", "Citroën"),
            S("DW-0003", "surname", "Brouwer-Daalmaïs"), S("DW-0001", "remark", "Klant ontving één herinnering"),
            S("DW-0001", "amount", "1234.56"), S("DW-0002", "amount", "88.20"), S("DW-0001", "arrears_since", "2026-11-03"),
            S("DW-0001", "cost_type", "water")),
        new("tab-delimited.csv", 6, Utf8, "tab",
            S("ZK-7001", "amount", "1234.56"), S("ZK-7001", "arrears_since", "2026-11-03"), S("ZK-7001", "birth_date", "1978-03-12"),
            S("ZK-7002", "amount", "312.40"), S("ZK-7002", "arrears_since", "2026-10-01"), S("ZK-7001", "cost_type", "health_insurance")),
        new("quoted-embedded-delimiters.csv", 6, Utf8, ",",
            S("ZV-001", "surname", "Jansma, de"), S("ZV-001", "amount", "1234.56"), S("ZV-001", "remark", "Premie sept, okt, nov open"),
            S("ZV-002", "street", "Dorpsstraat, achterom"), S("ZV-002", "address_key", "2042CD-3--"), S("ZV-003", "amount", "1050.00")),
        new("multiline-remarks.csv", 6, Utf8, ";",
            S("HB-01", "line", "2"), S("HB-02", "line", "4"), S("HB-03", "line", "5"), S("HB-04", "line", "8"),
            S("HB-05", "line", "9"), S("HB-06", "line", "12"),
            S("HB-01", "remark", "Huurder belt terug.\r\nZegt: \"ik betaal vrijdag\""),
            S("HB-03", "remark", "Eerste regel\nTweede regel\nDerde regel"), S("HB-04", "remark", "\"Oud\" adres klopt niet meer"),
            S("HB-05", "remark", "Alinea een\r\n\r\nAlinea drie"), S("HB-01", "amount", "1234.56")),
        new("mixed-line-ends.csv", 6, Utf8, ",",
            S("ML-1", "line", "2"), S("ML-3", "line", "4"), S("ML-6", "line", "7"), S("ML-2", "amount", "1234.56"),
            S("ML-2", "arrears_since", "2026-11-03"), S("ML-6", "address_key", "2061AB-11--")),
        new("header-aliases-mixed-case.csv", 8, Utf8, ";",
            S("WZ-1001", "amount", "1234.56"), S("WZ-1001", "arrears_since", "2026-11-03"), S("WZ-1001", "address_key", "2071AB-8--"),
            S("WZ-1001", "phone", "06-12345678"), S("WZ-1001", "email", "t.vink@voorbeeld.nl"), S("WZ-1001", "initials", "T."),
            S("WZ-1001", "unpaid_terms", "3"), S("WZ-1001", "warm_handover", "true"), S("WZ-1002", "prefix", "van der"),
            S("WZ-1002", "address_key", "2071AB-10-A-"), S("WZ-1004", "address_key", "2072CD-33--1"),
            S("WZ-1004", "collection_stage", "eviction_scheduled"), S("WZ-1004", "collection_stage_date", "2026-12-15"),
            S("WZ-1004", "crisis", "true"), S("WZ-1002", "remark", "Zitting gepland"), S("WZ-1001", "city", "Zandvoort")),
        new("unknown-extra-columns.csv", 6, Utf8, ";",
            S("EX-01", "amount", "1234.56"), S("EX-01", "address_key", "2081AB-4--"), S("EX-01", "surname", "Timmermans"))
        {
            Warnings =
            [
                "unknown column 'Klantnummer' (column 2) is ignored", "column 7 has no name and is ignored",
                "unknown column 'Interne notitie' (column 10) is ignored", "unknown column 'Dossierbehandelaar' (column 11) is ignored",
            ],
        },
        new("amount-notations.csv", 13, Utf8, ";",
            S("BA-01", "amount", "1234.56"), S("BA-02", "amount", "1234.56"), S("BA-03", "amount", "1234.56"),
            S("BA-04", "amount", "1234.56"), S("BA-05", "amount", "1234.56"), S("BA-06", "amount", "1234.00"),
            S("BA-07", "amount", "1234.00"), S("BA-08", "amount", "1234.56"), S("BA-09", "amount", "12.50"),
            S("BA-10", "amount", "1234.56"), S("BA-11", "amount", "1234.00"), S("BA-12", "amount", "75.00"),
            S("BA-13", "amount", "1234.00")),
        new("date-notations.csv", 9, Utf8, ";",
            [.. Enumerable.Range(1, 9).SelectMany(i => new[] { S($"DN-{i}", "arrears_since", "2026-11-03"), S($"DN-{i}", "birth_date", "1978-03-12") }),
             S("DN-1", "collection_stage_date", "2026-12-15")]),
        new("address-spellings.csv", 14, Utf8, ";",
            S("AD-01", "address_key", "2011AB-12-A-"), S("AD-02", "address_key", "2011AB-12-A-"), S("AD-03", "address_key", "2011AB-12-A-"),
            S("AD-04", "address_key", "2011AB-12-A-"), S("AD-04", "street", "Dorpsstraat"), S("AD-05", "address_key", "1234AB-7-B-"),
            S("AD-06", "address_key", "1234AB-7-B-"), S("AD-07", "address_key", "2013EF-14--2"), S("AD-08", "address_key", "2013EF-14--2"),
            S("AD-09", "address_key", "2013EF-14--2"), S("AD-10", "address_key", "2014GH-3--BIS"), S("AD-11", "address_key", "2015JK-12--"),
            S("AD-12", "address_key", "2016LM-5-H-"), S("AD-13", "address_key", "2017NP-14--"), S("AD-13", "street", "2e Oosterparkstraat"),
            S("AD-14", "address_key", "2018RT-3-A-"), S("AD-14", "street", "Burg. de Withstraat")),
        new("code-values.csv", 13, Utf8, ";",
            S("CV-01", "cost_type", "rent"), S("CV-02", "cost_type", "rent"), S("CV-03", "cost_type", "rent"),
            S("CV-07", "cost_type", "energy"), S("CV-08", "cost_type", "energy"), S("CV-09", "cost_type", "water"),
            S("CV-10", "cost_type", "water"), S("CV-11", "cost_type", "health_insurance"), S("CV-12", "cost_type", "health_insurance"),
            S("CV-13", "cost_type", "health_insurance"),
            S("CV-01", "collection_stage", "reminder"), S("CV-02", "collection_stage", "formal_notice"), S("CV-03", "collection_stage", "formal_notice"),
            S("CV-04", "collection_stage", "summons"), S("CV-05", "collection_stage", "eviction_scheduled"),
            S("CV-06", "collection_stage", "eviction_scheduled"), S("CV-07", "collection_stage", "cutoff_scheduled"),
            S("CV-08", "collection_stage", "cutoff_scheduled"), S("CV-13", "collection_stage", "formal_notice"),
            S("CV-01", "crisis", "false"), S("CV-02", "crisis", "false"), S("CV-05", "crisis", "true"), S("CV-06", "crisis", "true"),
            S("CV-07", "crisis", "true"), S("CV-08", "crisis", "true"), S("CV-11", "crisis", "true"), S("CV-13", "crisis", "false"),
            S("CV-01", "warm_handover", "false"), S("CV-02", "warm_handover", "true"), S("CV-03", "warm_handover", "true"),
            S("CV-04", "warm_handover", "true"), S("CV-08", "warm_handover", "false"), S("CV-09", "warm_handover", "true"),
            S("CV-10", "warm_handover", "false"), S("CV-13", "warm_handover", "true"), S("CV-01", "kind", "arrears")),
        new("referrals.csv", 6, Utf8, ";",
            S("VW-01", "kind", "referral"), S("VW-01", "amount", null), S("VW-01", "arrears_since", null), S("VW-01", "warm_handover", "true"),
            S("VW-02", "kind", "referral"), S("VW-03", "kind", "referral"), S("VW-06", "kind", "referral"),
            S("VW-04", "kind", "arrears"), S("VW-04", "amount", "645.00"), S("VW-05", "kind", "arrears"), S("VW-05", "amount", "1234.56")),
        new("empty-optional-columns.csv", 5, Utf8, ",",
            S("EO-1", "amount", "1234.56"), S("EO-1", "kind", "arrears"), S("EO-1", "prefix", null), S("EO-1", "birth_date", null),
            S("EO-1", "street", null), S("EO-1", "house_letter", null), S("EO-1", "city", null), S("EO-1", "email", null),
            S("EO-1", "unpaid_terms", null), S("EO-1", "collection_stage", null), S("EO-1", "crisis", "false"),
            S("EO-1", "warm_handover", "false"), S("EO-1", "remark", null), S("EO-1", "address_key", "2121AB-1--")),
        new("header-only.csv", 0, Utf8, ";"),
        new("excel-empty-rows.csv", 5, Utf8, ";",
            S("XL-1", "line", "2"), S("XL-2", "line", "4"), S("XL-3", "line", "7"), S("XL-4", "line", "10"), S("XL-5", "line", "11"),
            S("XL-1", "amount", "1234.56")),
        new("lone-cr-line-ends.csv", 5, Utf8, ";",
            S("CR-1", "line", "2"), S("CR-5", "line", "6"), S("CR-1", "amount", "1234.56"), S("CR-1", "arrears_since", "2026-11-03")),
        new("windows1252-with-utf8-bom.csv", 5, Windows1252, ";",
            S("WB-1", "surname", "Eénhoorn"), S("WB-2", "surname", "Citroën"), S("WB-4", "first_names", "Noël"), S("WB-1", "amount", "1234.56")),
        new("street-column-only.csv", 7, Utf8, ";",
            S("SO-1", "address_key", "2161AB-12-A-"), S("SO-1", "street", "Dorpsstraat"), S("SO-2", "address_key", "2161AB-3-A-"),
            S("SO-3", "address_key", "2161CD-3--"), S("SO-3", "street", "Plein 1940-1945"), S("SO-4", "address_key", "2161CD-117-H-"),
            S("SO-5", "address_key", "2161EF-7--2"), S("SO-6", "address_key", "2161EF-1-A-3"), S("SO-7", "address_key", "2161AB-14--")),
        new("lenient-quotes.csv", 5, Utf8, ";",
            S("LQ-1", "surname", "Hart, 't"), S("LQ-1", "remark", "Lekkage aan 3\" leiding gemeld"), S("LQ-2", "remark", "Ziet er goed uit"),
            S("LQ-3", "remark", "12\"A is de achterdeur"), S("LQ-4", "remark", "Gewoon quoted")),
        new("long-remark.csv", 5, Utf8, ";",
            S("LR-1", "length(remark)", "1000"), S("LR-2", "remark", "kort"), S("LR-1", "amount", "1234.56")),
    ];

    private static StoredValue S(string reference, string column, string? expected) => new(reference, column, expected);
}

/// <summary>A valid corpus file: how many data rows it holds, how it is written, and values its import must store.</summary>
public sealed record ValidFile(string File, int Rows, string Encoding, string Delimiter, params StoredValue[] Stored)
{
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>A column of the current signal with this reference; null means the column is empty (NULL).</summary>
public sealed record StoredValue(string Reference, string Column, string? Expected);
