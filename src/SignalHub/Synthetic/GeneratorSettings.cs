using SignalHub.Domain.Values;

namespace SignalHub.Synthetic;

/// <summary>
/// What to generate. Give either <see cref="Signals"/> (signals per month, exactly) or
/// <see cref="Households"/> (signalled doors per month); <see cref="LastPeriod"/> is the newest month.
/// </summary>
public sealed record GeneratorSettings(long Seed, int? Signals, int? Households, int Months, Period LastPeriod, double MessyRate)
{
    public const int DefaultSignals = 2000;
    public const double DefaultMessyRate = 0.15;

    public IReadOnlyList<Period> Periods => [.. Enumerable.Range(0, Months).Select(i => LastPeriod.AddMonths(i - Months + 1))];

    /// <summary>The reason the settings cannot be generated, or null.</summary>
    public string? Problem() =>
        (Signals, Households) switch
        {
            (not null, not null) => "give --signals or --households, not both",
            ( <= 0, _) => "--signals must be at least 1",
            (_, <= 0) => "--households must be at least 1",
            _ when Months is < 1 or > 36 => "--months must be from 1 to 36",
            _ when MessyRate is < 0 or > 1 || double.IsNaN(MessyRate) => "--messy-rate must be from 0 to 1",
            _ => null,
        };
}

/// <summary>Settings the generator cannot honour, such as more doors than the made-up town has.</summary>
public sealed class GeneratorSettingsException(string message) : Exception(message);
