using SignalHub.Domain.Matching;
using SignalHub.Domain.Vocabulary;
using SignalHub.Security.Encryption;

namespace SignalHub.Matching;

/// <summary>A current signal as the matching query reads it, with its address.</summary>
internal sealed class SignalRecord
{
    public Guid Id { get; init; }
    public Guid PartnerId { get; init; }
    public Guid DeliveryId { get; init; }
    public DateTime ReceivedAt { get; init; }
    public string Reference { get; init; } = "";
    public string Kind { get; init; } = "";
    public string CostType { get; init; } = "";
    // As stored: encrypted; read only through ToMatchSignal.
    public string Surname { get; init; } = "";
    public string? Initials { get; init; }
    public string? BirthDate { get; init; }
    public decimal? Amount { get; init; }
    public DateOnly? ArrearsSince { get; init; }
    public int? UnpaidTerms { get; init; }
    public string? CollectionStage { get; init; }
    public DateOnly? CollectionStageDate { get; init; }
    public bool Crisis { get; init; }
    public string AddressKey { get; init; } = "";
    public string Postcode { get; init; } = "";
    public int HouseNumber { get; init; }
    public string? HouseLetter { get; init; }
    public string? Addition { get; init; }
    public string? Street { get; init; }
    public string? City { get; init; }
    public Guid? MatchId { get; init; }
    public string? PersonKey { get; init; }

    public const string Columns = """
        s.id AS Id, s.partner_id AS PartnerId, s.delivery_id AS DeliveryId, d.received_at AS ReceivedAt, s.reference AS Reference,
        s.kind AS Kind, s.cost_type AS CostType, s.surname AS Surname, s.initials AS Initials, s.birth_date AS BirthDate,
        s.amount AS Amount, s.arrears_since AS ArrearsSince, s.unpaid_terms AS UnpaidTerms, s.collection_stage AS CollectionStage,
        s.collection_stage_date AS CollectionStageDate, s.crisis AS Crisis, s.address_key AS AddressKey, s.postcode AS Postcode,
        s.house_number AS HouseNumber, s.house_letter AS HouseLetter, s.addition AS Addition, s.street AS Street, s.city AS City,
        s.match_id AS MatchId, s.person_key AS PersonKey
        """;

    public MatchSignal ToMatchSignal(FieldCipher cipher) => new()
    {
        Id = Id,
        PartnerId = PartnerId,
        DeliveryId = DeliveryId,
        DeliveryReceivedAt = ReceivedAt,
        Reference = Reference,
        Kind = SignalKinds.TryParse(Kind, out var kind, out _) ? kind : SignalKind.Arrears,
        CostType = CostTypes.TryParse(CostType, out var cost, out _) ? cost : throw new InvalidOperationException($"stored cost type '{CostType}' is unknown"),
        Surname = cipher.Reveal(Surname, PersonalColumns.Signals.Surname(Id)),
        Initials = cipher.RevealOrNull(Initials, PersonalColumns.Signals.Initials(Id)),
        BirthDate = cipher.RevealDate(BirthDate, PersonalColumns.Signals.BirthDate(Id)),
        Amount = Amount,
        ArrearsSince = ArrearsSince,
        UnpaidTerms = UnpaidTerms,
        CollectionStage = CollectionStages.TryParse(CollectionStage, out var stage, out _) ? stage : null,
        CollectionStageDate = CollectionStageDate,
        Crisis = Crisis,
    };
}
