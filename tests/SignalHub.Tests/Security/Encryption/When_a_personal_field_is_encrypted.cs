using SignalHub.Security.Encryption;

namespace SignalHub.Tests.Security.Encryption;

/// <summary>The field cipher itself: what it writes, what it refuses to read, and the keyed hashes SQL compares.</summary>
public sealed class When_a_personal_field_is_encrypted
{
    private static readonly Guid Row = Guid.CreateVersion7();
    private readonly FieldCipher _cipher = new(TestCiphers.Keys("k1"));

    [TestCase("Jansen")]
    [TestCase("Jánsen-de Vriës")]
    [TestCase("")]
    [TestCase("x'); DROP TABLE signals; --")]
    public void Should_read_back_what_was_written_and_show_none_of_it(string surname)
    {
        var stored = _cipher.Protect(surname, PersonalColumns.Signals.Surname(Row));

        Assert.Multiple(() =>
        {
            Assert.That(stored, Does.StartWith("enc1:k1:"));
            Assert.That(surname.Length == 0 || !stored.Contains(surname, StringComparison.Ordinal), Is.True, stored);
            Assert.That(_cipher.Reveal(stored, PersonalColumns.Signals.Surname(Row)), Is.EqualTo(surname));
        });
    }

    [Test]
    public void Should_write_a_new_nonce_each_time()
    {
        var context = PersonalColumns.Signals.Surname(Row);
        var first = _cipher.Protect("Jansen", context);
        var second = _cipher.Protect("Jansen", context);
        Assert.That(first, Is.Not.EqualTo(second));
    }

    [Test]
    public void Should_read_a_birth_date_and_an_absent_one()
    {
        var context = PersonalColumns.SdvClients.BirthDate(Row);
        Assert.Multiple(() =>
        {
            Assert.That(_cipher.RevealDate(_cipher.ProtectDate(new DateOnly(1978, 3, 12), context), context), Is.EqualTo(new DateOnly(1978, 3, 12)));
            Assert.That(_cipher.ProtectDate(null, context), Is.Null);
            Assert.That(_cipher.RevealDate(null, context), Is.Null);
        });
    }

    [TestCase(0, TestName = "When_the_nonce_is_altered_Should_refuse_it")]
    [TestCase(20, TestName = "When_the_ciphertext_is_altered_Should_refuse_it")]
    [TestCase(-1, TestName = "When_the_tag_is_altered_Should_refuse_it")]
    public void Tampered(int byteIndex)
    {
        var context = PersonalColumns.Signals.Surname(Row);
        var stored = _cipher.Protect("Bakker-Zandvoort", context);
        var header = stored[..(stored.LastIndexOf(':') + 1)];
        var bytes = Convert.FromBase64String(stored[header.Length..]);
        bytes[byteIndex < 0 ? bytes.Length + byteIndex : byteIndex] ^= 0x01;

        var error = Assert.Throws<FieldDecryptionException>(() => _cipher.Reveal(header + Convert.ToBase64String(bytes), context));

        Assert.That(error!.Message, Does.Contain("does not authenticate"));
    }

    [Test]
    public void When_a_value_is_moved_to_another_row_Should_refuse_it()
    {
        var stored = _cipher.Protect("Visser", PersonalColumns.Signals.Surname(Row));
        Assert.Throws<FieldDecryptionException>(() => _cipher.Reveal(stored, PersonalColumns.Signals.Surname(Guid.CreateVersion7())));
    }

    [Test]
    public void When_a_value_is_moved_to_another_column_Should_refuse_it()
    {
        var stored = _cipher.Protect("Visser", PersonalColumns.Signals.Surname(Row));
        Assert.Throws<FieldDecryptionException>(() => _cipher.Reveal(stored, PersonalColumns.Signals.FirstNames(Row)));
    }

    [Test]
    public void When_the_key_id_is_unknown_Should_name_it()
    {
        var stored = new FieldCipher(TestCiphers.Keys("retired-2025")).Protect("Smit", PersonalColumns.Signals.Surname(Row));

        var error = Assert.Throws<FieldDecryptionException>(() => _cipher.Reveal(stored, PersonalColumns.Signals.Surname(Row)));

        Assert.That(error!.Message, Does.Contain("'retired-2025'").And.Contain("signals.surname"));
    }

    [Test]
    public void A_value_under_an_older_key_still_reads_while_that_key_is_known()
    {
        var old = TestCiphers.Keys("k1");
        var stored = new FieldCipher(old).Protect("De Boer", PersonalColumns.Signals.Surname(Row));
        var rotated = new FieldCipher(TestCiphers.WithNewActiveKey(old, "k2"));

        Assert.Multiple(() =>
        {
            Assert.That(rotated.Reveal(stored, PersonalColumns.Signals.Surname(Row)), Is.EqualTo("De Boer"));
            Assert.That(rotated.Protect("De Boer", PersonalColumns.Signals.Surname(Row)), Does.StartWith("enc1:k2:"));
        });
    }

    [TestCase("Jansen-de Vries", "jansen de vries", true)]
    [TestCase("van der Berg", "Berg", true)]
    [TestCase("Jansen", "Janssen", false)]
    public void The_person_key_should_match_as_the_surname_rule_does(string one, string other, bool same)
    {
        var born = new DateOnly(1980, 2, 29);
        var (a, b) = (_cipher.PersonKey(one, born), _cipher.PersonKey(other, born));
        Assert.Multiple(() =>
        {
            Assert.That(a == b, Is.EqualTo(same));
            Assert.That(a, Does.Not.Contain("1980").And.Not.Contain("jansen").And.Not.Contain("berg"));
            Assert.That(_cipher.PersonKey(one, null), Is.Null, "without a birth date there is no key");
        });
    }

    [Test]
    public void Another_hash_key_should_give_other_person_and_birth_keys()
    {
        var other = new FieldCipher(TestCiphers.Keys("k1"));
        var born = new DateOnly(1978, 3, 12);
        Assert.Multiple(() =>
        {
            Assert.That(other.PersonKey("Jansen", born), Is.Not.EqualTo(_cipher.PersonKey("Jansen", born)));
            Assert.That(other.BirthKey(born), Is.Not.EqualTo(_cipher.BirthKey(born)));
            Assert.That(_cipher.BirthKey(born), Is.EqualTo(_cipher.BirthKey(new DateOnly(1978, 3, 12))));
        });
    }
}
