using QRCoder;

namespace SignalHub.Security.Accounts;

/// <summary>
/// What the enrolment page shows of a new TOTP secret: the <c>otpauth://</c> URI as a QR code an app can scan (inline
/// SVG drawn here, so the page needs no script and no other site), and the secret in groups of four to type over.
/// </summary>
public static class EnrolmentCode
{
    /// <summary>An inline SVG of <paramref name="uri"/>, with its quiet zone, scaled by CSS through its viewBox.</summary>
    public static string QrSvg(string uri)
    {
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(1, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
        return svg.Replace("<svg ", "<svg class=\"totp-qr\" role=\"img\" aria-label=\"QR-code om uw authenticator-app te koppelen\" data-testid=\"totp-qr\" ", StringComparison.Ordinal);
    }

    /// <summary>The secret as an app's "enter a key" screen takes it most easily: ABCD EFGH ...</summary>
    public static IReadOnlyList<string> Groups(string secret) => [.. secret.Chunk(4).Select(c => new string(c))];
}
