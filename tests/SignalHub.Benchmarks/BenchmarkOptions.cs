using System.Globalization;

namespace SignalHub.Benchmarks;

/// <summary>The benchmark's command line: which sizes on which stacks, how long the load runs, where JSON goes.</summary>
public sealed record BenchmarkOptions(IReadOnlyList<int> Sizes, IReadOnlyList<StackKind> Stacks, string OutputDirectory,
    long Seed, int LoadSeconds, int LoadClients, int LoadAtSize, string Period, int LoadThinkMs)
{
    public static readonly IReadOnlyList<int> DefaultSizes = [10_000, 100_000, 1_000_000];

    public const string Usage = """
        usage: SignalHub.Benchmarks [--sizes 10k,100k,1m] [--stacks sqlite,postgres] [--out DIR] [--seed N]
                                    [--load-seconds 20] [--load-clients 50] [--load-think-ms 1000] [--load-at 100k]
                                    [--period YYYY-MM]
        """;

    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions(DefaultSizes, [StackKind.Sqlite, StackKind.PostgresRabbitMq],
            Path.Combine("artifacts", "benchmarks"), 11, 20, 50, 100_000, "2026-10", 1000);
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--sizes" => options with { Sizes = [.. value.Split(',').Select(ParseSize)] },
                "--stacks" => options with { Stacks = [.. value.Split(',').Select(ParseStack)] },
                "--out" => options with { OutputDirectory = value },
                "--seed" => options with { Seed = long.Parse(value, CultureInfo.InvariantCulture) },
                "--load-seconds" => options with { LoadSeconds = int.Parse(value, CultureInfo.InvariantCulture) },
                "--load-clients" => options with { LoadClients = int.Parse(value, CultureInfo.InvariantCulture) },
                "--load-think-ms" => options with { LoadThinkMs = int.Parse(value, CultureInfo.InvariantCulture) },
                "--load-at" => options with { LoadAtSize = ParseSize(value) },
                "--period" => options with { Period = value },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
            i++;
        }
        return options;
    }

    /// <summary>10000, 10k, 1m.</summary>
    public static int ParseSize(string text)
    {
        var t = text.Trim().ToUpperInvariant();
        var (digits, factor) = t.EndsWith('K') ? (t[..^1], 1_000) : t.EndsWith('M') ? (t[..^1], 1_000_000) : (t, 1);
        return int.Parse(digits, CultureInfo.InvariantCulture) * factor;
    }

    private static StackKind ParseStack(string text) => text.Trim().ToUpperInvariant() switch
    {
        "SQLITE" => StackKind.Sqlite,
        "POSTGRES" or "POSTGRESQL" => StackKind.PostgresRabbitMq,
        _ => throw new ArgumentException($"unknown stack {text}: sqlite or postgres"),
    };
}

/// <summary>The two stacks the issue names.</summary>
public enum StackKind
{
    Sqlite,
    PostgresRabbitMq,
}
