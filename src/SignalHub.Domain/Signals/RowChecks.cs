using System.Globalization;
using SignalHub.Domain.Values;

namespace SignalHub.Domain.Signals;

/// <summary>
/// Field checks that collect every error of one row instead of stopping at the first. A reason names the column and the
/// rule, never the value: it is stored with the delivery, and the value may be a name, a birth date or an amount.
/// </summary>
internal sealed class RowChecks(int line)
{
    private readonly List<RowError> _errors = [];

    public IReadOnlyList<RowError> Errors => _errors;

    public void Fail(string column, string code, string reason) => _errors.Add(new RowError(line, column, code, reason));

    public string? Required(string? raw, string column, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            Fail(column, $"{column}.missing", $"{column} is required");
            return null;
        }
        return Optional(raw, column, maxLength);
    }

    public string? Optional(string? raw, string column, int maxLength)
    {
        var value = raw?.Trim();
        if (string.IsNullOrEmpty(value))
            return null;
        if (value.Length > maxLength)
        {
            Fail(column, $"{column}.too_long", $"{column} is {value.Length} characters; at most {maxLength} are allowed");
            return null;
        }
        return value;
    }

    public DateOnly? Date(string? raw, string column, DateOnly latest, bool required)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            if (required)
                Fail(column, $"{column}.missing", $"{column} is required for arrears");
            return null;
        }
        if (!DutchDate.TryParse(raw, out var date, out var error))
        {
            Fail(column, $"{column}.invalid", error!);
            return null;
        }
        if (date > latest)
        {
            Fail(column, $"{column}.in_future", $"{column} lies in the future");
            return null;
        }
        return date;
    }

    public Money? Amount(string? raw, bool required)
    {
        const string column = "arrears_amount";
        if (string.IsNullOrWhiteSpace(raw))
        {
            if (required)
                Fail(column, $"{column}.missing", $"{column} is required for arrears");
            return null;
        }
        if (!Money.TryParse(raw, out var money, out var error))
        {
            Fail(column, $"{column}.invalid", error!);
            return null;
        }
        if (!money.IsPositive)
        {
            Fail(column, $"{column}.not_positive", $"{column} must be more than zero");
            return null;
        }
        if (money.Amount > 10_000_000m)
        {
            Fail(column, $"{column}.out_of_range", $"{column} is more than EUR 10,000,000");
            return null;
        }
        return money;
    }

    public int? WholeNumber(string? raw, string column, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return null;
        if (!int.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            Fail(column, $"{column}.invalid", $"{column} must be a whole number from {min} to {max}");
            return null;
        }
        return value;
    }

    public bool Flag(string? raw, string column)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return false;
        if (Values.Flag.TryParse(raw, out var value, out var error))
            return value;
        Fail(column, $"{column}.invalid", error!);
        return false;
    }

    /// <summary>NUL and other control characters never belong in a partner's field; refuse instead of storing them.</summary>
    public void NoControlCharacters(SignalRow row)
    {
        foreach (var (column, value) in Fields(row))
            if (value is not null && value.Any(c => char.IsControl(c) && c is not '\t' and not '\n' and not '\r'))
                Fail(column, "value.control_characters", $"{column} contains control characters (such as NUL); remove them");
    }

    private static IEnumerable<(string Column, string? Value)> Fields(SignalRow row) =>
    [
        ("reference", row.Reference), ("kind", row.Kind), ("cost_type", row.CostType), ("surname", row.Surname),
        ("prefix", row.Prefix), ("initials", row.Initials), ("first_names", row.FirstNames), ("birth_date", row.BirthDate),
        ("street", row.Street), ("house_number", row.HouseNumber), ("house_letter", row.HouseLetter),
        ("house_number_addition", row.HouseNumberAddition), ("postcode", row.Postcode), ("city", row.City),
        ("phone", row.Phone), ("email", row.Email), ("arrears_amount", row.ArrearsAmount), ("arrears_since", row.ArrearsSince),
        ("unpaid_terms", row.UnpaidTerms), ("collection_stage", row.CollectionStage),
        ("collection_stage_date", row.CollectionStageDate), ("crisis", row.Crisis), ("warm_handover", row.WarmHandover),
        ("remark", row.Remark),
    ];
}
