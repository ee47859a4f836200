using System.ComponentModel.DataAnnotations;

namespace SignalHub.Partners;

/// <summary>Limits of the partner API, per partner. Section <c>PartnerApi</c>.</summary>
public sealed class PartnerApiOptions
{
    public const string Section = "PartnerApi";

    /// <summary>Requests one partner may make per window; beyond it the API answers 429 with Retry-After.</summary>
    [Range(1, 1_000_000, ErrorMessage = "PartnerApi:PermitLimit must be between 1 and 1000000")]
    public int PermitLimit { get; set; } = 300;

    /// <summary>Length of the fixed window the permits count in, in seconds.</summary>
    [Range(1, 86_400, ErrorMessage = "PartnerApi:WindowSeconds must be between 1 and 86400")]
    public int WindowSeconds { get; set; } = 60;
}
