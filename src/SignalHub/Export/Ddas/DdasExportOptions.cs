using System.ComponentModel.DataAnnotations;

namespace SignalHub.Export.Ddas;

/// <summary>
/// Section <c>Export:Ddas</c>: who delivers the DDAS export to CBS. Checked at start when set; the export itself
/// refuses to run until the municipality code, supplier code, organisation and a contact person are there.
/// </summary>
public sealed class DdasExportOptions
{
    public const string Section = "Export:Ddas";

    /// <summary>CBS's four-digit municipality code, "0392" for Haarlem.</summary>
    [RegularExpression("^[0-9]{4}$", ErrorMessage = "Export:Ddas:MunicipalityCode must be the four-digit CBS municipality code, like 0392")]
    public string? MunicipalityCode { get; set; }

    /// <summary>The code CBS gave the software supplier or host that delivers (codeGegevensleverancier).</summary>
    [StringLength(50, ErrorMessage = "Export:Ddas:SupplierCode must be at most 50 characters")]
    public string? SupplierCode { get; set; }

    /// <summary>The organisation that delivers: the municipality itself, or who works the signals for it.</summary>
    [StringLength(200, ErrorMessage = "Export:Ddas:OrganisationName must be at most 200 characters")]
    public string? OrganisationName { get; set; }

    [RegularExpression("^[0-9]{8}$", ErrorMessage = "Export:Ddas:ChamberOfCommerceNumber must be eight digits")]
    public string? ChamberOfCommerceNumber { get; set; }

    public List<DdasContactPerson> ContactPersons { get; set; } = [];

    /// <summary>What is still missing for an export, as the keys an operator sets; empty when complete.</summary>
    public IReadOnlyList<string> Missing() => [.. Required().Where(r => r.Missing).Select(r => $"{Section}:{r.Key}")];

    /// <summary>The same, in the words a coordinator or administrator reads in the portal (no configuration keys).</summary>
    public IReadOnlyList<string> MissingInDutch() => [.. Required().Where(r => r.Missing).Select(r => r.Dutch)];

    private IEnumerable<(string Key, string Dutch, bool Missing)> Required() =>
    [
        ("MunicipalityCode", "de gemeentecode van CBS (vier cijfers)", string.IsNullOrWhiteSpace(MunicipalityCode)),
        ("SupplierCode", "de code die CBS aan de gegevensleverancier gaf", string.IsNullOrWhiteSpace(SupplierCode)),
        ("OrganisationName", "de naam van de aanleverende organisatie", string.IsNullOrWhiteSpace(OrganisationName)),
        ("ContactPersons", "ten minste één contactpersoon voor CBS", ContactPersons.Count == 0),
    ];
}

/// <summary>One entry of <c>Export:Ddas:ContactPersons</c>; CBS calls them with questions about a delivery.</summary>
public sealed class DdasContactPerson
{
    public string? Name { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? JobTitle { get; set; }
}
