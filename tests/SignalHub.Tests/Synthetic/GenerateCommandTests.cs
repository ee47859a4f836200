using SignalHub.Domain.Values;
using SignalHub.Synthetic;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Synthetic;

/// <summary><c>signalhub generate</c> as scripts run it: its own process, the same bytes for the same seed, clear refusals.</summary>
public sealed class GenerateCommandTests
{
    private static readonly Dictionary<string, string?> NoSettings = [];
    private readonly List<string> _folders = [];

    [TearDown]
    public void RemoveTheFolders()
    {
        foreach (var folder in _folders.Where(Directory.Exists))
            Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task When_another_process_uses_the_same_seed_Should_write_the_same_bytes_in_every_file()
    {
        var there = NewFolder();
        var result = await Fixtures.Cli.RunAsync(NoSettings, "generate", "--out", there, "--seed", "31", "--signals", "300", "--months", "2",
            "--period", "2026-10", "--json");
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Json().Prop("signals").GetInt32(), Is.EqualTo(600));
        var here = Generate(31);
        var files = FileNames(here);
        Assert.That(FileNames(there), Is.EqualTo(files));
        Assert.That(files, Has.Member("expected.json").And.Member("sdv-clients.csv").And.Member("areas.csv").And.Member("partners.csv"));
        var different = files.Where(f => !File.ReadAllBytes(Path.Combine(here, f)).SequenceEqual(File.ReadAllBytes(Path.Combine(there, f)))).ToList();
        Assert.That(different, Is.Empty);
    }

    [Test]
    public void When_the_seed_differs_Should_write_different_partner_files()
    {
        var (one, other) = (Generate(31), Generate(32));
        var same = FileNames(one).Where(f => f.Contains('_', StringComparison.Ordinal))
            .Where(f => File.Exists(Path.Combine(other, f)) && File.ReadAllBytes(Path.Combine(one, f)).SequenceEqual(File.ReadAllBytes(Path.Combine(other, f))))
            .ToList();
        Assert.That(same, Is.Empty);
    }

    [TestCase("--signals", "10", "--households", "10")]
    [TestCase("--months", "0")]
    [TestCase("--messy-rate", "1.5")]
    [TestCase("--period", "2100-01")]
    public async Task Settings_it_cannot_honour_are_refused_with_one_line(params string[] args)
    {
        var result = await Fixtures.Cli.RunAsync(NoSettings, ["generate", "--out", NewFolder(), .. args]);
        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Stderr.Trim().Split('\n'), Has.Length.EqualTo(1), result.Stderr);
    }

    private string Generate(long seed)
    {
        var folder = NewFolder();
        var period = Period.TryParse("2026-10", out var p, out _) ? p : default;
        new SyntheticGenerator(new GeneratorSettings(seed, 300, null, 2, period, GeneratorSettings.DefaultMessyRate)).Write(folder, CancellationToken.None);
        return folder;
    }

    private string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"signalhub-generate-{Guid.NewGuid():N}");
        _folders.Add(folder);
        return folder;
    }

    private static List<string> FileNames(string folder) =>
        [.. Directory.GetFiles(folder).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];
}
