using Microsoft.Extensions.Options;
using SignalHub.Partners;

namespace SignalHub.Tests.Partners;

/// <summary>A wrong PartnerApi setting stops the process with a line that names the key.</summary>
public sealed class PartnerApiOptionsTests
{
    [TestCase(0, 60, "PartnerApi:PermitLimit")]
    [TestCase(-5, 60, "PartnerApi:PermitLimit")]
    [TestCase(100, 0, "PartnerApi:WindowSeconds")]
    [TestCase(100, 86_401, "PartnerApi:WindowSeconds")]
    public void When_a_limit_is_out_of_range_Should_name_the_key(int permitLimit, int windowSeconds, string key)
    {
        var result = new DataAnnotationValidateOptions<PartnerApiOptions>(null)
            .Validate(null, new PartnerApiOptions { PermitLimit = permitLimit, WindowSeconds = windowSeconds });
        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain(key));
    }

    [TestCase(1, 1)]
    [TestCase(300, 60)]
    public void When_limits_are_in_range_Should_pass(int permitLimit, int windowSeconds)
    {
        var result = new DataAnnotationValidateOptions<PartnerApiOptions>(null)
            .Validate(null, new PartnerApiOptions { PermitLimit = permitLimit, WindowSeconds = windowSeconds });
        Assert.That(result.Succeeded, Is.True, result.FailureMessage);
    }
}
