namespace SignalHub.Ingestion.Reading;

/// <summary>One canonical column: its name in the contract, the Dutch names partners use for it, and whether it must be there.</summary>
public sealed record PartnerColumnDefinition(
    PartnerColumn Column, string Name, IReadOnlyList<string> Aliases, ColumnRequirement Requirement)
{
    public IEnumerable<string> AcceptedNames => [Name, .. Aliases];
}

/// <summary>The contract of schemas/partner-file/README.md as a table; a test keeps the two in step.</summary>
public static class PartnerColumns
{
    private const ColumnRequirement Required = ColumnRequirement.Required;
    private const ColumnRequirement Optional = ColumnRequirement.Optional;

    public static IReadOnlyList<PartnerColumnDefinition> All { get; } =
    [
        new(PartnerColumn.Reference, "reference", ["kenmerk"], Required),
        new(PartnerColumn.Kind, "kind", ["soort"], Optional),
        new(PartnerColumn.CostType, "cost_type", ["vaste_last"], Required),
        new(PartnerColumn.Surname, "surname", ["achternaam"], Required),
        new(PartnerColumn.Prefix, "prefix", ["tussenvoegsel"], Optional),
        new(PartnerColumn.Initials, "initials", ["voorletters"], Optional),
        new(PartnerColumn.FirstNames, "first_names", ["voornamen"], Optional),
        new(PartnerColumn.BirthDate, "birth_date", ["geboortedatum"], Optional),
        new(PartnerColumn.Street, "street", ["straat", "straatnaam"], Optional),
        new(PartnerColumn.HouseNumber, "house_number", ["huisnummer"], ColumnRequirement.RequiredUnlessStreet),
        new(PartnerColumn.HouseLetter, "house_letter", ["huisletter"], Optional),
        new(PartnerColumn.HouseNumberAddition, "house_number_addition", ["toevoeging", "huisnummertoevoeging"], Optional),
        new(PartnerColumn.Postcode, "postcode", [], Required),
        new(PartnerColumn.City, "city", ["woonplaats", "plaats"], Optional),
        new(PartnerColumn.Phone, "phone", ["telefoon", "telefoonnummer"], Optional),
        new(PartnerColumn.Email, "email", ["e-mail", "emailadres"], Optional),
        new(PartnerColumn.ArrearsAmount, "arrears_amount", ["bedrag_achterstand", "achterstand"], Required),
        new(PartnerColumn.ArrearsSince, "arrears_since", ["achterstand_sinds", "datum_achterstand"], Required),
        new(PartnerColumn.UnpaidTerms, "unpaid_terms", ["aantal_termijnen"], Optional),
        new(PartnerColumn.CollectionStage, "collection_stage", ["incassofase"], Optional),
        new(PartnerColumn.CollectionStageDate, "collection_stage_date", ["datum_incassofase"], Optional),
        new(PartnerColumn.Crisis, "crisis", ["crisissignaal"], Optional),
        new(PartnerColumn.WarmHandover, "warm_handover", ["warme_overdracht"], Optional),
        new(PartnerColumn.Remark, "remark", ["opmerking"], Optional),
    ];

    public static PartnerColumnDefinition Get(PartnerColumn column) => All[(int)column];
}
