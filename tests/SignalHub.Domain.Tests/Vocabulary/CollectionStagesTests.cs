using SignalHub.Domain.Vocabulary;

namespace SignalHub.Domain.Tests.Vocabulary;

public sealed class CollectionStagesTests
{
    private const string Accepted =
        "reminder (herinnering), formal_notice (aanmaning, ingebrekestelling), summons (dagvaarding), "
        + "eviction_scheduled (ontruiming_gepland), cutoff_scheduled (afsluiting_gepland)";

    [TestCase("herinnering", CollectionStage.Reminder)]
    [TestCase("aanmaning", CollectionStage.FormalNotice)]
    [TestCase("ingebrekestelling", CollectionStage.FormalNotice)]
    [TestCase("dagvaarding", CollectionStage.Summons)]
    [TestCase("ontruiming_gepland", CollectionStage.EvictionScheduled)]
    [TestCase("Ontruiming gepland", CollectionStage.EvictionScheduled)]
    [TestCase("ontruiming-gepland", CollectionStage.EvictionScheduled)]
    [TestCase("afsluiting_gepland", CollectionStage.CutoffScheduled)]
    [TestCase(" AFSLUITING  GEPLAND ", CollectionStage.CutoffScheduled)]
    [TestCase("reminder", CollectionStage.Reminder)]
    [TestCase("formal_notice", CollectionStage.FormalNotice)]
    [TestCase("summons", CollectionStage.Summons)]
    [TestCase("eviction_scheduled", CollectionStage.EvictionScheduled)]
    [TestCase("cutoff-scheduled", CollectionStage.CutoffScheduled)]
    public void When_a_partner_names_its_collection_step_Should_read_the_stage(string raw, CollectionStage expected)
    {
        var parsed = CollectionStages.TryParse(raw, out var value, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.True, error);
            Assert.That(value, Is.EqualTo(expected));
        });
    }

    [TestCase(null, "collection stage is empty; expected one of: " + Accepted)]
    [TestCase("ontruiming", "collection stage is not one of: " + Accepted)]
    [TestCase("deurwaarder", "collection stage is not one of: " + Accepted)]
    public void When_the_stage_is_unknown_Should_list_the_accepted_ones(string? raw, string expectedError)
    {
        var parsed = CollectionStages.TryParse(raw, out _, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.False);
            Assert.That(error, Is.EqualTo(expectedError));
        });
    }

    [Test]
    public void When_stages_are_compared_Should_follow_the_escalation() =>
        Assert.That(CollectionStages.All, Is.Ordered.And.EqualTo(new[]
        {
            CollectionStage.Reminder, CollectionStage.FormalNotice, CollectionStage.Summons,
            CollectionStage.EvictionScheduled, CollectionStage.CutoffScheduled,
        }));
}
