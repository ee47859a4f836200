namespace SignalHub.Domain.Addresses;

/// <summary>
/// A Dutch postcode in BAG form: 4 digits not starting with 0, then 2 capital letters other than SA,
/// SD and SS (never issued). Spaces and hyphens are dropped and case is ignored, so " 1234 - ab " is
/// "1234AB".
/// </summary>
public readonly record struct Postcode
{
    private static readonly string[] ReservedLetters = ["SA", "SD", "SS"];

    private readonly string? _value;

    private Postcode(string value) => _value = value;

    /// <summary>The canonical form, e.g. "1234AB"; empty only for <c>default(Postcode)</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Parses a postcode as partners write it; <paramref name="error"/> says why it failed.</summary>
    public static bool TryParse(string? raw, out Postcode postcode, out string? error)
    {
        var problem = Check(raw, out postcode);
        error = problem?.Reason;
        return problem is null;
    }

    public override string ToString() => Value;

    internal static AddressError? Check(string? raw, out Postcode postcode)
    {
        postcode = default;
        var tidy = FieldText.Tidy(raw);
        if (tidy is null)
        {
            return Problem(AddressErrorCodes.PostcodeMissing,
                "postcode is empty; a Dutch postcode is 4 digits and 2 letters, e.g. '1234AB'");
        }

        var compact = string.Concat(tidy.Where(c => c != '-' && !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (!HasBagShape(compact))
        {
            return Problem(AddressErrorCodes.PostcodeInvalid,
                $"postcode must be 4 digits not starting with 0 followed by 2 letters, e.g. '1234AB'");
        }

        var letters = compact[4..];
        if (ReservedLetters.Contains(letters, StringComparer.Ordinal))
        {
            return Problem(AddressErrorCodes.PostcodeReservedLetters,
                "postcode ends in a letter pair that is never issued (SA, SD and SS are not used)");
        }

        postcode = new Postcode(compact);
        return null;
    }

    private static bool HasBagShape(string compact) =>
        compact.Length == 6
        && compact[0] is >= '1' and <= '9'
        && compact[1..4].All(char.IsAsciiDigit)
        && compact[4..].All(char.IsAsciiLetterUpper);

    private static AddressError Problem(string code, string reason) =>
        new(AddressFields.Postcode, code, reason);
}
