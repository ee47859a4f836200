namespace SignalHub.Domain.Addresses;

/// <summary>
/// Turns one partner address into the BAG form, so that every spelling of one door gets one
/// <see cref="Address.Key"/> and different doors never share one. The full rules, with examples and
/// trade-offs, are in schemas/addresses/normalisation.md. In short:
/// <list type="number">
/// <item>Postcode: spaces and hyphens dropped, case ignored; 4 digits not starting with 0, then 2
/// letters other than SA, SD, SS.</item>
/// <item>House number: 1 to 99999, leading zeros ignored ("0012" is 12, "12.0" is 12). It may carry the
/// letter and addition ("12a", "12-2 hoog"). When the field is empty it is taken from the end of the
/// street ("Dorpsstraat 12a"): the leftmost number after some of the street name that is followed only by
/// letter and addition words this parser knows; year ranges such as "1940-1945" belong to the name.</item>
/// <item>Letter: a single letter straight after the number, glued or after a space, hyphen or dot, is the
/// house letter: "12A", "12 a", "12-A", "12-a" are one door.</item>
/// <item>Floors become their number: "12-2", "12 II", "12 2hg", "12-2 hoog", "12 2e etage", "12 tweede"
/// all have addition 2. Roman numerals II to X are floors; a single I, V or X is a letter unless a floor
/// word follows ("12 I hoog").</item>
/// <item>Ground floor: huis, hs, h.s., bg, b.g., begane grond, parterre, bel-etage, beneden are addition H.
/// Upstairs without a floor (boven, bov, bv) is BOV. links/rechts are L/R. bis and ter stay BIS and TER.
/// Other words of at most 4 letters or digits are kept as written, in capitals; longer ones and ranges
/// ("12 t/m 16") are refused. Digit runs lose leading zeros ("12-01" is "12-1").</item>
/// <item>A lone single-letter addition becomes the house letter, so "12-H", "12 H", "12H", "12 huis" and
/// "12 hs" are all 12 with letter H.</item>
/// <item>"12", "12A", "121", "12-1" stay four doors; so do "12" and "12 huis".</item>
/// <item>The same letter or addition may be given twice (number field and its own field); two different
/// ones are refused.</item>
/// </list>
/// Every failure is returned as an <see cref="AddressError"/> naming the partner's field; the first
/// problem in column order (street and house number, house letter, addition, postcode) is reported.
/// </summary>
public static class AddressNormalizer
{
    public static AddressResult Normalize(AddressInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var street = FieldText.Tidy(input.Street);
        var tail = street is null ? null : StreetNumberSplitter.Split(street);
        var parts = new DoorParts();

        var numberError = ReadHouseNumber(FieldText.Tidy(input.HouseNumber), street, tail, parts, out var number);
        if (numberError is not null)
        {
            return AddressResult.Invalid(numberError, street);
        }

        if (tail is not null && tail.HouseNumber == number)
        {
            street = tail.Street;
        }

        var partsError = ReadHouseLetter(FieldText.Tidy(input.HouseLetter), parts)
            ?? ReadAddition(FieldText.Tidy(input.Addition), parts);
        var postcodeError = Postcode.Check(input.Postcode, out var postcode);
        if ((partsError ?? postcodeError) is { } error)
        {
            return AddressResult.Invalid(error, street);
        }

        parts.PromoteLoneLetter();
        return AddressResult.Valid(new Address(postcode, number, parts.Letter, parts.Addition), street);
    }

    private static AddressError? ReadHouseNumber(string? text, string? street, StreetTail? tail, DoorParts parts, out int number)
    {
        number = 0;
        if (text is null)
        {
            if (tail is null)
            {
                return new AddressError(AddressFields.HouseNumber, AddressErrorCodes.HouseNumberMissing, street is null
                    ? "house number is empty and there is no street to take it from"
                    : "house number is empty and the street does not end in a house number");
            }

            number = tail.HouseNumber;
            return parts.Add(tail.Unit.Letter, tail.Unit.Addition, "street");
        }

        var error = HouseNumberParser.Split(text, out number, out var remainder);
        if (error is not null)
        {
            return error;
        }

        // The street may repeat the number with its letter or addition ("Dorpsstraat 12a" and "12").
        if (tail is not null && tail.HouseNumber == number)
        {
            error = parts.Add(tail.Unit.Letter, tail.Unit.Addition, "street");
        }

        var unit = UnitParser.Read(remainder, letterSlotFree: true, out var problem, rightAfterNumber: true);
        return error ?? (unit is null
            ? new AddressError(AddressFields.HouseNumber, AddressErrorCodes.AdditionInvalid,
                $"house number ends in text that is no house letter or addition: {problem}")
            : parts.Add(unit.Letter, unit.Addition, "house_number"));
    }

    private static AddressError? ReadHouseLetter(string? text, DoorParts parts)
    {
        if (text is null)
        {
            return null;
        }

        var letter = string.Concat(text.Where(char.IsLetterOrDigit)).ToUpperInvariant();
        return Address.IsHouseLetter(letter)
            ? parts.Add(letter, null, "house_letter")
            : new AddressError(AddressFields.HouseLetter, AddressErrorCodes.HouseLetterInvalid,
                $"house letter must be exactly one letter A-Z; put anything longer in house_number_addition");
    }

    private static AddressError? ReadAddition(string? text, DoorParts parts)
    {
        if (text is null)
        {
            return null;
        }

        // With no letter yet, "A" or "A2" in the addition column starts with the house letter (BAG's 49A ambiguity).
        var unit = UnitParser.Read(text, letterSlotFree: parts.Letter is null, out var problem);
        return unit is null
            ? new AddressError(AddressFields.Addition, AddressErrorCodes.AdditionInvalid,
                $"house-number addition must be 1 to 4 letters or digits: {problem}")
            : parts.Add(unit.Letter, unit.Addition, "house_number_addition");
    }
}
