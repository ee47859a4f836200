using System.Text.RegularExpressions;

namespace SignalHub.Domain.Tests.Vocabulary;

/// <summary>Rules every code list keeps, checked member by member.</summary>
public sealed partial class EveryVocabularyTests
{
    private static IEnumerable<TestCaseData> EveryMember() =>
        VocabularyUnderTest.All.SelectMany(v => v.Members.Select(m =>
            new TestCaseData(v, m).SetArgDisplayNames(v.Name, m.ToString())));

    private static IEnumerable<TestCaseData> EveryMemberWithDdas() =>
        EveryMember().Where(c => ((VocabularyUnderTest)c.Arguments[0]!).DdasEnum is not null);

    private static IEnumerable<TestCaseData> EveryVocabulary() =>
        VocabularyUnderTest.All.Select(v => new TestCaseData(v).SetArgDisplayNames(v.Name));

    [TestCaseSource(nameof(EveryMember))]
    public void When_a_code_is_read_back_Should_give_the_same_member(object vocabulary, Enum member)
    {
        var list = (VocabularyUnderTest)vocabulary;
        var code = list.Code(member);

        Assert.Multiple(() =>
        {
            Assert.That(code, Does.Match(LowerSnakeCase()));
            Assert.That(list.Parse(code), Is.EqualTo(member));
            Assert.That(list.Parse($"  {code.ToUpperInvariant().Replace('_', '-')} "), Is.EqualTo(member));
            Assert.That(list.Parse(code.Replace('_', ' ')), Is.EqualTo(member));
        });
    }

    [TestCaseSource(nameof(EveryMember))]
    public void When_the_portal_shows_a_member_Should_have_a_Dutch_label_that_reads_back(object vocabulary, Enum member)
    {
        var list = (VocabularyUnderTest)vocabulary;
        var label = list.Label(member);

        Assert.Multiple(() =>
        {
            Assert.That(label, Is.Not.Empty);
            Assert.That(list.Parse(label), Is.EqualTo(member));
        });
    }

    [TestCaseSource(nameof(EveryMemberWithDdas))]
    public void When_a_member_goes_to_the_standard_and_back_Should_be_the_same_member(object vocabulary, Enum member)
    {
        var list = (VocabularyUnderTest)vocabulary;
        var ddas = list.Ddas(member);

        Assert.Multiple(() =>
        {
            Assert.That(ddas, Is.Not.Null.And.Not.Empty);
            Assert.That(list.FromDdas(ddas!), Is.EqualTo(member));
            Assert.That(list.Parse(ddas), Is.EqualTo(member));
        });
    }

    [TestCaseSource(nameof(EveryVocabulary))]
    public void When_listing_a_vocabulary_Should_hold_every_enum_member_once_with_distinct_codes(object vocabulary)
    {
        var list = (VocabularyUnderTest)vocabulary;
        var enumType = list.Members[0].GetType();

        Assert.Multiple(() =>
        {
            Assert.That(list.Members, Is.EquivalentTo(Enum.GetValues(enumType)));
            Assert.That(list.Members.Select(list.Code), Is.Unique);
            Assert.That(list.Members.Select(list.Label), Is.Unique);
        });
    }

    [TestCaseSource(nameof(EveryVocabulary))]
    public void When_a_value_is_unknown_Should_name_every_accepted_code(object vocabulary)
    {
        var list = (VocabularyUnderTest)vocabulary;
        var error = list.ErrorFor("geen idee");

        Assert.Multiple(() =>
        {
            Assert.That(list.Parse("geen idee"), Is.Null);
            Assert.That(error, Does.Contain(" is not one of: ").And.Not.Contain("geen idee"));
            foreach (var member in list.Members)
            {
                Assert.That(error, Does.Contain(list.Code(member)));
            }
        });
    }

    [GeneratedRegex("^[a-z]+(_[a-z]+)*$")]
    private static partial Regex LowerSnakeCase();
}
