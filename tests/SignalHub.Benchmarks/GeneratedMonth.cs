using System.Text.Json;
using SignalHub.Domain.Values;
using SignalHub.Synthetic;

namespace SignalHub.Benchmarks;

/// <summary>
/// One synthetic month of a given size, written once by the generator (the same code as <c>signalhub generate</c>)
/// and reused by every stack, so all stacks and the baselines see the same bytes.
/// </summary>
public sealed class GeneratedMonth
{
    private GeneratedMonth(string directory, int signals)
    {
        Directory = directory;
        Signals = signals;
        using var stream = System.IO.File.OpenRead(File("expected.json"));
        using var json = JsonDocument.Parse(stream);
        Imports = [.. json.RootElement.GetProperty("periods").EnumerateArray().SelectMany(p => p.GetProperty("imports").EnumerateArray()
            .Select(i => (p.GetProperty("period").GetString()!, i.GetProperty("partner").GetString()!, i.GetProperty("file").GetString()!)))];
    }

    public string Directory { get; }

    public int Signals { get; }

    /// <summary>(period, partner, file) in the order the expected answer assumes.</summary>
    public IReadOnlyList<(string Period, string Partner, string File)> Imports { get; }

    public static GeneratedMonth Prepare(string root, long seed, int signals, string period)
    {
        var directory = Path.Combine(root, $"data-{seed}-{period}-{signals}");
        if (!System.IO.File.Exists(Path.Combine(directory, "expected.json")))
        {
            var partial = directory + ".partial";
            if (System.IO.Directory.Exists(partial))
                System.IO.Directory.Delete(partial, recursive: true);
            var last = Period.TryParse(period, out var p, out var error) ? p : throw new ArgumentException(error);
            new SyntheticGenerator(new GeneratorSettings(seed, signals, null, 1, last, GeneratorSettings.DefaultMessyRate))
                .Write(partial, CancellationToken.None);
            System.IO.Directory.Move(partial, directory);
        }
        return new GeneratedMonth(directory, signals);
    }

    public string File(string name) => Path.Combine(Directory, name);

    /// <summary>The generator's simple comma-separated reference files, as dictionaries by column.</summary>
    public IReadOnlyList<Dictionary<string, string>> Table(string file)
    {
        var lines = System.IO.File.ReadAllLines(File(file));
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(x => x.First, x => x.Second))];
    }
}
