namespace SignalHub.Domain.Addresses;

/// <summary>
/// Why an address was refused, written for the partner who sent it.
/// </summary>
/// <param name="Field">The partner's column that holds the problem; one of <see cref="AddressFields"/>.</param>
/// <param name="Code">A stable machine code; one of <see cref="AddressErrorCodes"/>.</param>
/// <param name="Reason">One English sentence that names the field and the rule, never the value (it is stored).</param>
public sealed record AddressError(string Field, string Code, string Reason);

/// <summary>The canonical column names an <see cref="AddressError"/> can point at.</summary>
public static class AddressFields
{
    public const string Street = "street";
    public const string HouseNumber = "house_number";
    public const string HouseLetter = "house_letter";
    public const string Addition = "house_number_addition";
    public const string Postcode = "postcode";
}

/// <summary>The stable codes of <see cref="AddressError.Code"/>.</summary>
public static class AddressErrorCodes
{
    public const string PostcodeMissing = "postcode.missing";
    public const string PostcodeInvalid = "postcode.invalid";
    public const string PostcodeReservedLetters = "postcode.reserved_letters";
    public const string HouseNumberMissing = "house_number.missing";
    public const string HouseNumberInvalid = "house_number.invalid";
    public const string HouseNumberOutOfRange = "house_number.out_of_range";
    public const string HouseLetterInvalid = "house_letter.invalid";
    public const string HouseLetterConflict = "house_letter.conflict";
    public const string AdditionInvalid = "house_number_addition.invalid";
    public const string AdditionConflict = "house_number_addition.conflict";
}
