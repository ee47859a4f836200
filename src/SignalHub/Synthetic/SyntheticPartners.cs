using SignalHub.Domain.Vocabulary;
using C = SignalHub.Ingestion.Reading.PartnerColumn;

namespace SignalHub.Synthetic;

/// <summary>A made-up partner, its share of its cost type's signals, and the style of its monthly file.</summary>
internal sealed record SyntheticPartner(int Index, string Name, string Slug, string Type, CostType CostType, double Share, FileStyle Style)
{
    public string FileName(string period, bool replacement) => replacement ? $"{Slug}_{period}_v2.csv" : $"{Slug}_{period}.csv";
}

/// <summary>
/// Two housing corporations, two energy suppliers, one water company and three health insurers, each
/// writing its file its own way. The order of this list is the import order expected.json assumes.
/// </summary>
internal static class SyntheticPartners
{
    public static IReadOnlyList<SyntheticPartner> All { get; } =
    [
        new(0, "Woonstichting Duinzicht", "woonstichting-duinzicht", "housing", CostType.Rent, 0.55,
            new(';', true, HeaderCase.AsIs, TextEncoding.Utf8, "\r\n", "dd-MM-yyyy", AmountStyle.Dutch, "huur", AddressLayout.SeparateColumns,
                true, true, "DZ-{0:D7}",
                [C.Reference, C.Kind, C.CostType, C.Surname, C.Prefix, C.Initials, C.BirthDate, C.Street, C.HouseNumber, C.HouseLetter, C.HouseNumberAddition,
                 C.Postcode, C.City, C.ArrearsAmount, C.ArrearsSince, C.UnpaidTerms, C.CollectionStage, C.CollectionStageDate, C.Crisis, C.WarmHandover])),
        new(1, "Woonbron Polderhof", "woonbron-polderhof", "housing", CostType.Rent, 0.45,
            new(',', false, HeaderCase.AsIs, TextEncoding.Utf8, "\n", "yyyy-MM-dd", AmountStyle.Plain, "rent", AddressLayout.UnitInNumber,
                false, false, "WBP{0:D8}",
                [C.Reference, C.CostType, C.Surname, C.Initials, C.BirthDate, C.Street, C.HouseNumber, C.Postcode, C.City, C.ArrearsAmount, C.ArrearsSince,
                 C.CollectionStage, C.CollectionStageDate, C.Crisis])),
        new(2, "Energie Lagekust", "energie-lagekust", "energy", CostType.Energy, 0.6,
            new(';', false, HeaderCase.Title, TextEncoding.Utf8WithBom, "\r\n", "dd/MM/yyyy", AmountStyle.EuroDutch, "energy", AddressLayout.StreetOnly,
                true, true, "ELK/{0:D7}",
                [C.Reference, C.Kind, C.CostType, C.Surname, C.Prefix, C.Initials, C.BirthDate, C.Street, C.Postcode, C.City, C.ArrearsAmount, C.ArrearsSince,
                 C.UnpaidTerms, C.CollectionStage, C.CollectionStageDate])),
        new(3, "Stroomwerk Energie", "stroomwerk-energie", "energy", CostType.Energy, 0.4,
            new(',', true, HeaderCase.AsIs, TextEncoding.Utf8, "\n", "yyyyMMdd", AmountStyle.EuroSignPlain, "energie", AddressLayout.LetterInNumber,
                false, false, "SW{0:D9}",
                [C.Reference, C.Kind, C.CostType, C.Surname, C.Prefix, C.Initials, C.BirthDate, C.Street, C.HouseNumber, C.HouseNumberAddition, C.Postcode, C.City,
                 C.ArrearsAmount, C.ArrearsSince, C.CollectionStage], AliasChoice: 1)),
        new(4, "Waterbedrijf Veenland", "waterbedrijf-veenland", "water", CostType.Water, 1.0,
            new(';', true, HeaderCase.AsIs, TextEncoding.Utf8WithBom, "\r\n", "d-M-yyyy", AmountStyle.DutchPlain, "drinkwater",
                AddressLayout.SeparateColumns, true, true, "VL-{0:D7}",
                [C.Reference, C.CostType, C.Surname, C.Prefix, C.Initials, C.BirthDate, C.Street, C.HouseNumber, C.HouseLetter, C.HouseNumberAddition, C.Postcode,
                 C.City, C.ArrearsAmount, C.ArrearsSince, C.CollectionStage, C.CollectionStageDate])),
        new(5, "Zorgverzekeraar Helderzorg", "zorgverzekeraar-helderzorg", "health_insurer", CostType.HealthInsurance, 0.45,
            new(';', false, HeaderCase.Upper, TextEncoding.Windows1252, "\r\n", "dd.MM.yyyy", AmountStyle.English, "health_insurance",
                AddressLayout.SeparateColumns, false, true, "HZ-{0:D8}",
                [C.Reference, C.CostType, C.Surname, C.Prefix, C.Initials, C.BirthDate, C.Street, C.HouseNumber, C.HouseLetter, C.HouseNumberAddition, C.Postcode,
                 C.City, C.ArrearsAmount, C.ArrearsSince, C.UnpaidTerms, C.CollectionStage])),
        new(6, "Zorgkring Verzekeringen", "zorgkring-verzekeringen", "health_insurer", CostType.HealthInsurance, 0.35,
            new(',', true, HeaderCase.Upper, TextEncoding.Utf8, "\n", "yyyy-MM-dd", AmountStyle.Plain, "zorgverzekering", AddressLayout.UnitInNumber,
                true, false, "ZK{0:D8}",
                [C.Reference, C.CostType, C.Surname, C.Initials, C.BirthDate, C.Street, C.HouseNumber, C.Postcode, C.City, C.ArrearsAmount, C.ArrearsSince, C.UnpaidTerms])),
        new(7, "Zilverpolis Zorg", "zilverpolis-zorg", "health_insurer", CostType.HealthInsurance, 0.2,
            new('\t', false, HeaderCase.AsIs, TextEncoding.Utf8, "\n", "dd-MM-yyyy", AmountStyle.DutchPlain, "zorg", AddressLayout.SeparateColumns,
                false, true, "ZP-{0:D7}",
                [C.Reference, C.CostType, C.Surname, C.Prefix, C.Initials, C.BirthDate, C.Street, C.HouseNumber, C.HouseLetter, C.HouseNumberAddition, C.Postcode,
                 C.City, C.ArrearsAmount, C.ArrearsSince, C.CollectionStage])),
    ];

    private static readonly Dictionary<CostType, SyntheticPartner[]> ByCostType =
        All.GroupBy(p => p.CostType).ToDictionary(g => g.Key, g => g.ToArray());

    public static IReadOnlyList<SyntheticPartner> For(CostType costType) => ByCostType[costType];
}
