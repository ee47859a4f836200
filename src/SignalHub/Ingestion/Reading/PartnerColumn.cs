namespace SignalHub.Ingestion.Reading;

/// <summary>The canonical columns of a partner file, in the order of the published contract.</summary>
public enum PartnerColumn
{
    Reference,
    Kind,
    CostType,
    Surname,
    Prefix,
    Initials,
    FirstNames,
    BirthDate,
    Street,
    HouseNumber,
    HouseLetter,
    HouseNumberAddition,
    Postcode,
    City,
    Phone,
    Email,
    ArrearsAmount,
    ArrearsSince,
    UnpaidTerms,
    CollectionStage,
    CollectionStageDate,
    Crisis,
    WarmHandover,
    Remark,
}

public enum ColumnRequirement
{
    Optional,
    Required,

    /// <summary>House number: may be left out when it is glued to the street (the row validator checks each row).</summary>
    RequiredUnlessStreet,
}
