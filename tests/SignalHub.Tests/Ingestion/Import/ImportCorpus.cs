namespace SignalHub.Tests.Ingestion.Import;

/// <summary>The partner files of tests/SignalHub.Tests/Ingestion/ImportCorpus, as copied next to the tests.</summary>
public static class ImportCorpus
{
    public static string PathOf(string folder, string file) =>
        Path.Combine(TestContext.CurrentContext.TestDirectory, "Ingestion", "ImportCorpus", folder, file);
}
