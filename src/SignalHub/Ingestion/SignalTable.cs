using SignalHub.Domain.Signals;
using SignalHub.Domain.Vocabulary;
using SignalHub.Security.Encryption;
using SignalHub.Storage.Dialects;

namespace SignalHub.Ingestion;

/// <summary>How a validated signal is bulk-loaded into <c>signals</c>.</summary>
internal static class SignalTable
{
    public static readonly BulkTable Table = new("signals",
    [
        "id", "delivery_id", "partner_id", "period", "line", "reference", "kind", "cost_type", "surname", "prefix", "initials",
        "first_names", "birth_date", "street", "house_number", "house_letter", "addition", "postcode", "address_key", "city",
        "phone", "email", "amount", "arrears_since", "unpaid_terms", "collection_stage", "collection_stage_date", "crisis",
        "warm_handover", "remark", "status", "chunk_seq", "created_at", "person_key",
    ]);

    /// <summary>The names, birth date, phone and e-mail are encrypted here, bound to the row's id, before the bulk load sees them.</summary>
    public static object?[] Row(FieldCipher cipher, SignalDraft s, Guid deliveryId, Guid partnerId, string period, int chunkSeq, DateTime now)
    {
        var id = Guid.CreateVersion7();
        return
        [
            id, deliveryId, partnerId, period, s.Line, s.Reference, s.Kind.ToCode(), s.CostType.ToCode(),
            cipher.Protect(s.Surname, PersonalColumns.Signals.Surname(id)), cipher.ProtectOrNull(s.Prefix, PersonalColumns.Signals.Prefix(id)),
            cipher.ProtectOrNull(s.Initials, PersonalColumns.Signals.Initials(id)), cipher.ProtectOrNull(s.FirstNames, PersonalColumns.Signals.FirstNames(id)),
            cipher.ProtectDate(s.BirthDate, PersonalColumns.Signals.BirthDate(id)), s.Street, s.Address.HouseNumber, s.Address.HouseLetter, s.Address.Addition,
            s.Address.Postcode.Value, s.Address.Key, s.City,
            cipher.ProtectOrNull(s.Phone, PersonalColumns.Signals.Phone(id)), cipher.ProtectOrNull(s.Email, PersonalColumns.Signals.Email(id)), s.Amount?.Amount, s.ArrearsSince, s.UnpaidTerms,
            s.CollectionStage?.ToCode(), s.CollectionStageDate, s.Crisis, s.WarmHandover, s.Remark, SignalStanding.Current.ToCode(), chunkSeq, now,
            cipher.PersonKey(s.Surname, s.BirthDate),
        ];
    }
}
