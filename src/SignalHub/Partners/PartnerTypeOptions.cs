using SignalHub.Domain.Vocabulary;

namespace SignalHub.Partners;

/// <summary>
/// Which partner types this municipality registers. Housing, energy, water and health insurers signal under the Wgs and
/// are always allowed; the standard's other creditors (DUO, CAK, Belastingdienst, ...) only in an experiment the
/// municipality takes part in, so each is enabled here by its code. Section <c>Partners</c>.
/// </summary>
public sealed class PartnerTypeOptions
{
    public const string Section = "Partners";

    /// <summary>Codes of the non-statutory partner types enabled, e.g. <c>["duo", "tax_authority"]</c>.</summary>
    public List<string> ExperimentTypes { get; set; } = [];

    public bool Allows(PartnerType type) =>
        type.IsStatutory() || ExperimentTypes.Any(code => PartnerTypes.TryParse(code, out var enabled, out _) && enabled == type);

    public IEnumerable<string> Errors() => ExperimentTypes
        .Select(code => PartnerTypes.TryParse(code, out _, out var error) ? null : $"Partners:ExperimentTypes: {error}")
        .OfType<string>();
}
