namespace SignalHub.Tests.Synthetic;

/// <summary>
/// One larger generated folder that several fixtures read: seven months of 12,000 signals, enough for the
/// mix, the share of addresses with several signals and the share signalled before to be measured.
/// </summary>
[SetUpFixture]
public sealed class SharedGeneration
{
    public const int SignalsPerMonth = 12_000;
    public const int Months = 7;

    private static readonly Lazy<GeneratedFolder> Folder = new(() => GeneratedFolder.Generate(seed: 2026, SignalsPerMonth, Months));

    internal static GeneratedFolder Seven => Folder.Value;

    [OneTimeTearDown]
    public void RemoveTheFolder()
    {
        if (Folder.IsValueCreated)
            Folder.Value.Dispose();
    }
}
