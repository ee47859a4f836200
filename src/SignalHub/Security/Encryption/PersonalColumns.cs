namespace SignalHub.Security.Encryption;

/// <summary>The columns stored encrypted, and where each value's associated data comes from: every writer and reader uses these.</summary>
public static class PersonalColumns
{
    public static class Signals
    {
        public const string Table = "signals";
        public static FieldContext Surname(Guid id) => new(Table, "surname", id);
        public static FieldContext Prefix(Guid id) => new(Table, "prefix", id);
        public static FieldContext Phone(Guid id) => new(Table, "phone", id);
        public static FieldContext Email(Guid id) => new(Table, "email", id);
        public static FieldContext Initials(Guid id) => new(Table, "initials", id);
        public static FieldContext FirstNames(Guid id) => new(Table, "first_names", id);
        public static FieldContext BirthDate(Guid id) => new(Table, "birth_date", id);
    }

    public static class SdvClients
    {
        public const string Table = "sdv_clients";
        public static FieldContext Surname(Guid id) => new(Table, "surname", id);
        public static FieldContext BirthDate(Guid id) => new(Table, "birth_date", id);
    }

    public static class Users
    {
        public const string Table = "users";

        /// <summary>The TOTP secret: with a dump and a password it would pass the second factor.</summary>
        public static FieldContext TotpSecret(Guid id) => new(Table, "totp_secret", id);
    }

    /// <summary>Every encrypted column as (table, column), for status and rotation.</summary>
    public static readonly IReadOnlyList<(string Table, string Column)> All =
    [
        (Signals.Table, "surname"), (Signals.Table, "prefix"), (Signals.Table, "initials"), (Signals.Table, "first_names"),
        (Signals.Table, "birth_date"), (Signals.Table, "phone"), (Signals.Table, "email"),
        (SdvClients.Table, "surname"), (SdvClients.Table, "birth_date"),
        (Users.Table, "totp_secret"),
    ];
}
