using SignalHub.Domain.Vocabulary;

namespace SignalHub.Domain.Tests.Vocabulary;

public sealed class SignalKindsTests
{
    [TestCase(null, SignalKind.Arrears)]
    [TestCase("", SignalKind.Arrears)]
    [TestCase("  ", SignalKind.Arrears)]
    [TestCase("arrears", SignalKind.Arrears)]
    [TestCase("Achterstand", SignalKind.Arrears)]
    [TestCase("referral", SignalKind.Referral)]
    [TestCase("VERWIJZING", SignalKind.Referral)]
    public void When_a_partner_says_why_it_reports_Should_read_the_kind(string? raw, SignalKind expected)
    {
        var parsed = SignalKinds.TryParse(raw, out var value, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.True, error);
            Assert.That(value, Is.EqualTo(expected));
        });
    }

    [TestCase("crisis", "signal kind is not one of: arrears (achterstand), referral (verwijzing)")]
    [TestCase("toestemming", "signal kind is not one of: arrears (achterstand), referral (verwijzing)")]
    public void When_the_kind_is_unknown_Should_list_the_accepted_ones(string raw, string expectedError)
    {
        var parsed = SignalKinds.TryParse(raw, out _, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.False);
            Assert.That(error, Is.EqualTo(expectedError));
        });
    }

    [TestCase(SignalKind.Arrears, false)]
    [TestCase(SignalKind.Referral, true)]
    public void When_reported_to_the_standard_Should_mark_a_consented_referral_as_warm_hand_over(SignalKind kind, bool warmeOverdracht) =>
        Assert.That(kind.ToDdasWarmeOverdracht(), Is.EqualTo(warmeOverdracht));
}
