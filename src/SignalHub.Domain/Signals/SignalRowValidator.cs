using SignalHub.Domain.Addresses;
using SignalHub.Domain.Values;
using SignalHub.Domain.Vocabulary;

namespace SignalHub.Domain.Signals;

/// <summary>
/// Turns one partner row into a signal, or says every reason it cannot be one. Pure: the partner's
/// allowed cost types and today's date come in as arguments.
/// </summary>
public static class SignalRowValidator
{
    public static SignalValidation Validate(SignalRow row, IReadOnlySet<CostType> allowedCostTypes, DateOnly today)
    {
        var check = new RowChecks(row.Line);
        check.NoControlCharacters(row);

        var reference = check.Required(row.Reference, "reference", 100);
        var kind = SignalKind.Arrears;
        if (!SignalKinds.TryParse(row.Kind, out kind, out var kindError))
            check.Fail("kind", "kind.invalid", kindError!);

        CostType costType = default;
        if (check.Required(row.CostType, "cost_type", 40) is { } rawCost)
        {
            if (!CostTypes.TryParse(rawCost, out costType, out var costError))
                check.Fail("cost_type", "cost_type.invalid", costError!);
            else if (!allowedCostTypes.Contains(costType))
                check.Fail("cost_type", "cost_type.not_allowed",
                    $"cost type '{costType.ToCode()}' may not be sent by this partner (allowed: {string.Join(", ", allowedCostTypes.Select(c => c.ToCode()).Order())})");
        }

        var surname = check.Required(row.Surname, "surname", 200);
        var birthDate = check.Date(row.BirthDate, "birth_date", today, required: false);
        if (birthDate is { } born && born.Year < 1900)
            check.Fail("birth_date", "birth_date.out_of_range", "birth date is before 1900");

        var address = AddressNormalizer.Normalize(new AddressInput(row.Street, row.HouseNumber, row.HouseLetter, row.HouseNumberAddition, row.Postcode));
        if (address.Error is { } addressError)
            check.Fail(addressError.Field, addressError.Code, addressError.Reason);

        var isArrears = kind == SignalKind.Arrears;
        var amount = check.Amount(row.ArrearsAmount, required: isArrears);
        var since = check.Date(row.ArrearsSince, "arrears_since", today, required: isArrears);
        var terms = check.WholeNumber(row.UnpaidTerms, "unpaid_terms", 1, 1000);
        CollectionStage? stage = null;
        if (!string.IsNullOrWhiteSpace(row.CollectionStage))
        {
            if (CollectionStages.TryParse(row.CollectionStage, out var parsedStage, out var stageError))
                stage = parsedStage;
            else
                check.Fail("collection_stage", "collection_stage.invalid", stageError!);
        }
        // A planned eviction or cut-off lies ahead, so this one date may be in the future.
        var stageDate = check.Date(row.CollectionStageDate, "collection_stage_date", DateOnly.MaxValue, required: false);
        var crisis = check.Flag(row.Crisis, "crisis");
        var warmHandover = check.Flag(row.WarmHandover, "warm_handover");
        var email = check.Optional(row.Email, "email", 320);
        if (email is not null && (!email.Contains('@', StringComparison.Ordinal) || email.Contains(' ', StringComparison.Ordinal)))
            check.Fail("email", "email.invalid", "e-mail address is not an address like naam@voorbeeld.nl");

        var draft = check.Errors.Count > 0 ? null : new SignalDraft
        {
            Line = row.Line,
            Reference = reference!,
            Kind = kind,
            CostType = costType,
            Surname = surname!,
            Prefix = check.Optional(row.Prefix, "prefix", 40),
            Initials = check.Optional(row.Initials, "initials", 40),
            FirstNames = check.Optional(row.FirstNames, "first_names", 200),
            BirthDate = birthDate,
            Address = address.Address!.Value,
            Street = address.Street,
            City = check.Optional(row.City, "city", 100),
            Phone = check.Optional(row.Phone, "phone", 40),
            Email = email,
            Amount = amount,
            ArrearsSince = since,
            UnpaidTerms = terms,
            CollectionStage = stage,
            CollectionStageDate = stageDate,
            Crisis = crisis,
            WarmHandover = warmHandover,
            Remark = check.Optional(row.Remark, "remark", 1000),
        };
        return new SignalValidation(check.Errors.Count > 0 ? null : draft, check.Errors);
    }
}

public sealed record SignalValidation(SignalDraft? Signal, IReadOnlyList<RowError> Errors);
