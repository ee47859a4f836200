using System.Text;
using System.Text.Json;
using SignalHub.Domain.Signals;
using SignalHub.Domain.Values;
using SignalHub.Ingestion;
using SignalHub.Ingestion.Reading;
using SignalHub.Synthetic;

namespace SignalHub.Tests.Synthetic;

/// <summary>A freshly generated folder, read back the way SignalHub reads partner files.</summary>
internal sealed class GeneratedFolder : IDisposable
{
    private GeneratedFolder(string path, GenerationSummary summary)
    {
        Path = path;
        Summary = summary;
        Expected = ExpectedAnswer.Read(System.IO.Path.Combine(path, "expected.json"));
    }

    public string Path { get; }

    public GenerationSummary Summary { get; }

    public ExpectedAnswer Expected { get; }

    public static GeneratedFolder Generate(long seed, int signals, int months = 1, double messyRate = 0.15, string lastPeriod = "2026-10")
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"signalhub-generated-{Guid.NewGuid():N}");
        var settings = new GeneratorSettings(seed, signals, null, months, Period.TryParse(lastPeriod, out var p, out _) ? p : default, messyRate);
        return new GeneratedFolder(path, new SyntheticGenerator(settings).Write(path, CancellationToken.None));
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public IEnumerable<string> PartnerFiles => Expected.Periods.SelectMany(p => p.Imports).Select(i => i.File);

    /// <summary>The rows of one partner file as the ingestion workers see them: read, cut into a chunk and read back.</summary>
    public IReadOnlyList<SignalRow> Rows(string file)
    {
        using var stream = System.IO.File.OpenRead(File(file));
        var opened = PartnerFileReader.Open(stream);
        Assert.That(opened.IsOpen, Is.True, () => $"{file}: {string.Join("; ", opened.Errors.Select(e => e.Message))}");
        var chunk = new StringBuilder();
        foreach (var record in opened.Reader!.ReadRecords())
        {
            Assert.That(record.Error, Is.Null, () => $"{file} line {record.StartLine}: {record.Error!.Message}");
            CanonicalChunk.Append(chunk, record);
        }
        return [.. CanonicalChunk.Read(chunk.ToString())];
    }

    /// <summary>Simple comma-separated reference files (partners, areas, SDV clients) as dictionaries by column.</summary>
    public IReadOnlyList<Dictionary<string, string>> Table(string file)
    {
        var lines = System.IO.File.ReadAllLines(File(file));
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(x => x.First, x => x.Second))];
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

/// <summary>expected.json, read for comparison.</summary>
internal sealed record ExpectedAnswer(long Seed, IReadOnlyList<ExpectedPeriod> Periods)
{
    public static ExpectedAnswer Read(string path)
    {
        using var json = JsonDocument.Parse(System.IO.File.ReadAllBytes(path));
        var root = json.RootElement;
        return new ExpectedAnswer(root.GetProperty("seed").GetInt64(), [.. root.GetProperty("periods").EnumerateArray().Select(ExpectedPeriod.From)]);
    }
}

internal sealed record ExpectedImport(string Partner, string File);

internal sealed record ExpectedPeriod(string Period, IReadOnlyList<ExpectedImport> Imports, IReadOnlyList<ExpectedDoor> Matches, JsonElement Totals)
{
    public static ExpectedPeriod From(JsonElement p) => new(
        p.GetProperty("period").GetString()!,
        [.. p.GetProperty("imports").EnumerateArray().Select(i => new ExpectedImport(i.GetProperty("partner").GetString()!, i.GetProperty("file").GetString()!))],
        [.. p.GetProperty("matches").EnumerateArray().Select(ExpectedDoor.From)],
        p.GetProperty("totals").Clone());

    public int Total(string name) => Totals.GetProperty(name).GetInt32();
}

internal sealed record ExpectedDoor(string Key, IReadOnlyList<string> References, IReadOnlyList<string> Withdrawn, int Persons, bool Recidivist,
    string Route, string? Team, bool KnownClient, bool JoinsOpenCase)
{
    public static ExpectedDoor From(JsonElement m) => new(
        m.GetProperty("key").GetString()!,
        ReferenceList(m.GetProperty("references")),
        ReferenceList(m.GetProperty("withdrawn")),
        m.GetProperty("persons").GetInt32(),
        m.GetProperty("recidivist").GetBoolean(),
        m.GetProperty("route").GetString()!,
        m.GetProperty("team").GetString(),
        m.GetProperty("knownClient").GetBoolean(),
        m.GetProperty("case").GetString() == "joins_open_case");

    /// <summary>"partner | reference", the form the comparisons use.</summary>
    public static string Signal(string partner, string reference) => $"{partner} | {reference}";

    private static List<string> ReferenceList(JsonElement list) =>
        [.. list.EnumerateArray().Select(r => Signal(r.GetProperty("partner").GetString()!, r.GetProperty("reference").GetString()!))];
}
