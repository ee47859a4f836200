namespace SignalHub.Domain.Vocabulary;

/// <summary>How an outreach worker tried to reach a household: the standard's EnumContactsoort (DDAS v0.9).</summary>
public enum ContactKind
{
    HomeVisit = 1,
    Phone,
    Letter,
    Email,
    TextMessage,
    /// <summary>A card left at the door when nobody answered (kaartje).</summary>
    Card,
    /// <summary>Work on the file without contact with the household (administratief).</summary>
    Administrative,
    Other,
}

public static class ContactKinds
{
    public const string DdasEnum = "EnumContactsoort";

    private static readonly CodeList<ContactKind> List = new(
        "contact kind",
        new(ContactKind.HomeVisit, "home_visit", "Huisbezoek", "Huisbezoek", "bezoek"),
        new(ContactKind.Phone, "phone", "Telefoon", "Telefoon", "bellen"),
        new(ContactKind.Letter, "letter", "Brief", "Brief"),
        new(ContactKind.Email, "email", "Mail", "Mail", "e-mail"),
        new(ContactKind.TextMessage, "text_message", "SMS/Whatsapp", "SMS/Whatsapp", "sms", "whatsapp"),
        new(ContactKind.Card, "card", "Kaartje", "Kaartje"),
        new(ContactKind.Administrative, "administrative", "Administratief", "Administratief"),
        new(ContactKind.Other, "other", "Overige", "Overige", "overig"));

    public static IReadOnlyList<ContactKind> All => List.All;

    public static bool TryParse(string? raw, out ContactKind value, out string? error) => List.TryParse(raw, out value, out error);

    public static string ToCode(this ContactKind value) => List.Code(value);

    public static string DutchLabel(this ContactKind value) => List.Label(value);

    public static string ToDdas(this ContactKind value) => List.Ddas(value)!;

    public static bool TryFromDdas(string? ddas, out ContactKind value) => List.TryFromDdas(ddas, out value);

    public static ContactKind FromDdas(string ddas) => List.FromDdas(ddas, DdasEnum);
}
