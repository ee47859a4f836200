using System.Globalization;

namespace SignalHub.Domain.Values;

/// <summary>
/// An amount in euros, exact to the cent. Construction rejects more than two decimals instead of
/// rounding: an amount with fractions of cents comes from a wrong column or a wrong export, and
/// silently rounding it would hide that from the partner. Negative amounts are allowed (credits,
/// corrections); whether an amount must be positive is the caller's rule, see <see cref="IsPositive"/>.
/// </summary>
public readonly record struct Money(decimal Amount) : IComparable<Money>
{
    private const string Example = "a number like 1234.56 or 1.234,56";

    private static readonly NumberFormatInfo DutchNumbers = NumberFormatInfo.ReadOnly(new NumberFormatInfo
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NumberGroupSizes = [3],
    });

    public static readonly Money Zero;

    public decimal Amount { get; } = decimal.Round(Amount, 2) == Amount
        ? Amount
        : throw new ArgumentOutOfRangeException(nameof(Amount), Amount, "Money is exact to the cent: at most 2 decimals.");

    public bool IsPositive => Amount > 0m;

    public static Money operator +(Money left, Money right) => new(left.Amount + right.Amount);

    public static Money operator -(Money left, Money right) => new(left.Amount - right.Amount);

    public static bool operator <(Money left, Money right) => left.Amount < right.Amount;

    public static bool operator >(Money left, Money right) => left.Amount > right.Amount;

    public static bool operator <=(Money left, Money right) => left.Amount <= right.Amount;

    public static bool operator >=(Money left, Money right) => left.Amount >= right.Amount;

    public static Money Add(Money left, Money right) => left + right;

    public static Money Subtract(Money left, Money right) => left - right;

    public int CompareTo(Money other) => Amount.CompareTo(other.Amount);

    /// <summary>
    /// Parses an amount from a partner file or form. Accepts an optional "€" or "EUR" before or
    /// after the number, an optional leading minus, and Dutch or English separators (see
    /// <see cref="AmountNotation"/> for how "1.234" and "1,234" are read: both are 1234).
    /// Spaces inside the number ("1 234,56") are rejected.
    /// </summary>
    public static bool TryParse(string? raw, out Money money, out string? error)
    {
        money = Zero;
        if (string.IsNullOrWhiteSpace(raw))
        {
            error = $"amount is empty; expected {Example}";
            return false;
        }

        var digits = WithoutSignAndCurrency(raw.Trim(), out var negative);
        var outcome = AmountNotation.TryRead(digits, out var amount);
        error = outcome switch
        {
            AmountNotation.Outcome.Parsed => null,
            AmountNotation.Outcome.TooManyDecimals => "amount has more than 2 decimals; expected whole cents, like 1234.56",
            AmountNotation.Outcome.TooLarge => "amount is too large to be an amount",
            _ => $"amount is not {Example}",
        };
        if (error is not null)
        {
            return false;
        }

        money = new Money(negative ? -amount : amount);
        return true;
    }

    /// <summary>Whole euros, rounded half away from zero: the standard (DDAS "bedrag") counts whole euros.</summary>
    public long ToWholeEuros() => (long)decimal.Round(Amount, 0, MidpointRounding.AwayFromZero);

    /// <summary>"€ 1.234,56", "€ -12,50": how the portal shows amounts.</summary>
    public string ToDutchString() =>
        (Amount < 0m ? "€ -" : "€ ") + Math.Abs(Amount).ToString("#,##0.00", DutchNumbers);

    /// <summary>"1234.56": the invariant form for files, JSON and logs of totals.</summary>
    public override string ToString() => Amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static string WithoutSignAndCurrency(string text, out bool negative)
    {
        negative = false;
        if (text.StartsWith('-'))
        {
            negative = true;
            text = text[1..].TrimStart();
        }

        text = WithoutCurrency(text);
        if (!negative && text.StartsWith('-'))
        {
            negative = true;
            text = text[1..].TrimStart();
        }

        return text;
    }

    private static string WithoutCurrency(string text)
    {
        foreach (var symbol in (ReadOnlySpan<string>)["€", "EUR"])
        {
            if (text.StartsWith(symbol, StringComparison.OrdinalIgnoreCase))
            {
                return text[symbol.Length..].Trim();
            }

            if (text.EndsWith(symbol, StringComparison.OrdinalIgnoreCase))
            {
                return text[..^symbol.Length].Trim();
            }
        }

        return text;
    }
}
