using System.Text;
using SignalHub.Security.Accounts;

namespace SignalHub.Tests.Security;

/// <summary>RFC 6238, appendix B: the reference codes for the test seeds, and how SignalHub accepts a typed code.</summary>
public sealed class TotpTests
{
    private const string Sha1Seed = "12345678901234567890";
    private const string Sha256Seed = "12345678901234567890123456789012";
    private const string Sha512Seed = "1234567890123456789012345678901234567890123456789012345678901234";

    [TestCase(59, "94287082", "SHA1", Sha1Seed)]
    [TestCase(59, "46119246", "SHA256", Sha256Seed)]
    [TestCase(59, "90693936", "SHA512", Sha512Seed)]
    [TestCase(1111111109, "07081804", "SHA1", Sha1Seed)]
    [TestCase(1111111109, "68084774", "SHA256", Sha256Seed)]
    [TestCase(1111111109, "25091201", "SHA512", Sha512Seed)]
    [TestCase(1111111111, "14050471", "SHA1", Sha1Seed)]
    [TestCase(1234567890, "89005924", "SHA1", Sha1Seed)]
    [TestCase(2000000000, "69279037", "SHA1", Sha1Seed)]
    [TestCase(20000000000, "65353130", "SHA1", Sha1Seed)]
    [TestCase(20000000000, "77737706", "SHA256", Sha256Seed)]
    [TestCase(20000000000, "47863826", "SHA512", Sha512Seed)]
    public void Should_give_the_codes_of_RFC_6238(long unixSeconds, string expected, string algorithm, string seed) =>
        Assert.That(Totp.Code(Encoding.ASCII.GetBytes(seed), Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds)), 8, algorithm),
            Is.EqualTo(expected));

    [Test]
    public void Should_give_six_digits_the_last_six_of_the_eight()
    {
        var step = Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(59));
        Assert.That(Totp.Code(Encoding.ASCII.GetBytes(Sha1Seed), step), Is.EqualTo("287082"));
    }

    [Test]
    public void Should_round_trip_a_secret_through_Base32()
    {
        var secret = Totp.NewSecret();
        Assert.Multiple(() =>
        {
            Assert.That(Base32.TryDecode(secret, out var key), Is.True);
            Assert.That(key, Has.Length.EqualTo(20));
            Assert.That(Base32.Encode(key), Is.EqualTo(secret));
            Assert.That(Base32.Encode(Encoding.ASCII.GetBytes("foobar")), Is.EqualTo("MZXW6YTBOI"), "RFC 4648's example");
        });
    }

    [TestCase(-30, true, TestName = "When_the_code_is_one_step_old_Should_accept_it")]
    [TestCase(0, true, TestName = "When_the_code_is_current_Should_accept_it")]
    [TestCase(30, true, TestName = "When_the_phone_is_one_step_ahead_Should_accept_it")]
    [TestCase(-90, false, TestName = "When_the_code_is_three_steps_old_Should_refuse_it")]
    [TestCase(90, false, TestName = "When_the_code_is_three_steps_ahead_Should_refuse_it")]
    public void Should_accept_a_code_within_one_step_of_now(int offsetSeconds, bool accepted)
    {
        var secret = Totp.NewSecret();
        Base32.TryDecode(secret, out var key);
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_015);
        var code = Totp.Code(key, Totp.StepAt(now.AddSeconds(offsetSeconds)));
        Assert.That(Totp.Verify(secret, code, now, lastUsedStep: 0) is not null, Is.EqualTo(accepted));
    }

    [Test]
    public void Should_not_accept_the_same_code_twice()
    {
        var secret = Totp.NewSecret();
        Base32.TryDecode(secret, out var key);
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_015);
        var code = Totp.Code(key, Totp.StepAt(now));
        var used = Totp.Verify(secret, code, now, 0);
        Assert.Multiple(() =>
        {
            Assert.That(used, Is.EqualTo(Totp.StepAt(now)));
            Assert.That(Totp.Verify(secret, code, now, used!.Value), Is.Null, "a replayed code");
        });
    }

    [TestCase("")]
    [TestCase("12345")]
    [TestCase("1234567")]
    [TestCase("12a456")]
    [TestCase("' OR 1=1 --")]
    public void Should_refuse_what_is_not_six_digits(string typed) =>
        Assert.That(Totp.Verify(Totp.NewSecret(), typed, DateTimeOffset.UtcNow, 0), Is.Null);

    [Test]
    public void Should_give_an_otpauth_uri_an_authenticator_app_reads() =>
        Assert.That(Totp.Uri("JBSWY3DPEHPK3PXP", "demo sdv"),
            Is.EqualTo("otpauth://totp/SignalHub:demo%20sdv?secret=JBSWY3DPEHPK3PXP&issuer=SignalHub&algorithm=SHA1&digits=6&period=30"));
}
