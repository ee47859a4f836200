using SignalHub.Domain.Addresses;

namespace SignalHub.Domain.Tests.Addresses;

/// <summary>Builds partner inputs for the tables; all names and addresses are made up.</summary>
internal static class Spelling
{
    public const string Postcode = "1234AB";

    /// <summary>Only the house-number field filled, as many partner files do, with postcode 1234AB.</summary>
    public static AddressResult OfNumber(string houseNumber) =>
        AddressNormalizer.Normalize(new AddressInput(null, houseNumber, null, null, Postcode));

    /// <summary>"street|house number|house letter|addition|postcode"; an empty part is an empty field.</summary>
    public static AddressResult OfRow(string row) => AddressNormalizer.Normalize(Input(row));

    public static AddressInput Input(string row)
    {
        var parts = row.Split('|');
        Assert.That(parts, Has.Length.EqualTo(5), $"row '{row}' needs 5 parts");
        return new AddressInput(Part(parts[0]), Part(parts[1]), Part(parts[2]), Part(parts[3]), Part(parts[4]));
    }

    public static string KeyOf(AddressResult result, string spelling)
    {
        Assert.That(result.Error, Is.Null, $"'{spelling}' was refused");
        return result.Address!.Value.Key;
    }

    private static string? Part(string part) => part.Length == 0 ? null : part;
}
