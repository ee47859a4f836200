namespace SignalHub.Domain.Addresses;

/// <summary>
/// Collects the house letter and the addition from every place a partner may have written them
/// (street, house number, house letter, addition) and refuses contradictions.
/// </summary>
internal sealed class DoorParts
{
    private string? _letterSource;
    private string? _additionSource;

    public string? Letter { get; private set; }

    public string? Addition { get; private set; }

    /// <summary>Adds what one field says; <paramref name="source"/> names the field, never its value, e.g. "house_number".</summary>
    public AddressError? Add(string? letter, string? addition, string source)
    {
        if (letter is not null)
        {
            if (Letter is not null && Letter != letter)
            {
                return new AddressError(AddressFields.HouseLetter, AddressErrorCodes.HouseLetterConflict,
                    $"{source} and {_letterSource} give different house letters");
            }

            Letter = letter;
            _letterSource ??= source;
        }

        if (addition is not null)
        {
            if (Addition is not null && Addition != addition)
            {
                return new AddressError(AddressFields.Addition, AddressErrorCodes.AdditionConflict,
                    $"{source} and {_additionSource} give different additions");
            }

            Addition = addition;
            _additionSource ??= source;
        }

        return null;
    }

    /// <summary>
    /// A lone single-letter addition is the house letter: "12-H", "12 huis" and "12H" are one door,
    /// as are BAG's letter A and addition A on one number (which practically never both exist).
    /// </summary>
    public void PromoteLoneLetter()
    {
        if (Letter is null && Addition is { Length: 1 } single && char.IsAsciiLetterUpper(single[0]))
        {
            Letter = single;
            Addition = null;
        }
    }
}
