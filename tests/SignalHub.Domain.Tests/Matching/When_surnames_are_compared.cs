using SignalHub.Domain.Matching;

namespace SignalHub.Domain.Tests.Matching;

public sealed class When_surnames_are_compared
{
    [TestCase("Jansen-de Vries", "jansen de vries")]
    [TestCase("Jánsen-De Vries", "Jansen de Vries")]
    [TestCase("van der Berg", "Berg")]
    [TestCase("Van Den Berg", "berg")]
    [TestCase("van 't Hof", "Hof")]
    [TestCase("de  Boer", "Boer")]
    [TestCase("Van", "van")]
    public void Should_be_one_surname(string one, string other) =>
        Assert.That(Persons.SurnameKey(one), Is.EqualTo(Persons.SurnameKey(other)));

    [TestCase("Berg", "Bergen")]
    [TestCase("Jansen-de Vries", "Vries")]
    [TestCase("Van", "Berg")]
    [TestCase("Vandenberg", "Berg")]
    public void Should_be_two_surnames(string one, string other) =>
        Assert.That(Persons.SurnameKey(one), Is.Not.EqualTo(Persons.SurnameKey(other)));
}
