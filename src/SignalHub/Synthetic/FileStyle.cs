using SignalHub.Ingestion.Reading;

namespace SignalHub.Synthetic;

/// <summary>Where a partner's export puts house number, letter and addition.</summary>
internal enum AddressLayout
{
    /// <summary>street, house_number, house_letter and house_number_addition each in their own column.</summary>
    SeparateColumns,

    /// <summary>Letter and addition written with the number: <c>12A</c>, <c>12-2</c>.</summary>
    UnitInNumber,

    /// <summary>The letter with the number (<c>12A</c>), the addition in its own column.</summary>
    LetterInNumber,

    /// <summary>No house-number column: <c>Lindelaan 12-2</c> in the street column.</summary>
    StreetOnly,
}

internal enum AmountStyle
{
    /// <summary><c>1.234,56</c></summary>
    Dutch,

    /// <summary><c>1234,56</c></summary>
    DutchPlain,

    /// <summary><c>1,234.56</c></summary>
    English,

    /// <summary><c>1234.56</c></summary>
    Plain,

    /// <summary><c>EUR 1.234,56</c></summary>
    EuroDutch,

    /// <summary><c>€ 1234,56</c></summary>
    EuroSignPlain,
}

internal enum TextEncoding
{
    Utf8,
    Utf8WithBom,
    Windows1252,
}

internal enum HeaderCase
{
    AsIs,
    Upper,
    Title,
}

/// <summary>
/// How one partner's export looks: delimiter, header language and case, encoding, line ends, date and amount
/// notation, its word for the cost type, where the address parts go and which columns it has at all. A partner
/// without a prefix column writes the prefix in front of the surname, as such exports do.
/// </summary>
internal sealed record FileStyle(
    char Delimiter,
    bool Dutch,
    HeaderCase Case,
    TextEncoding Encoding,
    string LineEnd,
    string DateFormat,
    AmountStyle Amount,
    string CostTypeWord,
    AddressLayout Layout,
    bool PostcodeWithSpace,
    bool InitialsWithDots,
    string ReferenceFormat,
    IReadOnlyList<PartnerColumn> Columns,
    int AliasChoice = 0)
{
    public bool Has(PartnerColumn column) => Columns.Contains(column);

    public string Header(PartnerColumn column)
    {
        var definition = PartnerColumns.Get(column);
        var name = Dutch && definition.Aliases.Count > 0 ? definition.Aliases[AliasChoice % definition.Aliases.Count] : definition.Name;
        return Case switch
        {
            HeaderCase.Upper => name.ToUpperInvariant(),
            HeaderCase.Title => string.Join('_', name.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..])),
            _ => name,
        };
    }
}
