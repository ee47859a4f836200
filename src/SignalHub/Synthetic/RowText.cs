using System.Globalization;
using SignalHub.Domain.Vocabulary;
using SignalHub.Ingestion.Reading;

namespace SignalHub.Synthetic;

/// <summary>The values of one row, as the partner's style writes them, indexed by <see cref="PartnerColumn"/>.</summary>
internal static class RowText
{
    private static readonly int ColumnCount = Enum.GetValues<PartnerColumn>().Length;

    public static string?[] Render(SignalSpec signal, SyntheticPerson person, SpelledAddress address, string city, string reference,
        bool shoutedSurname)
    {
        var style = signal.Partner.Style;
        var fields = new string?[ColumnCount];
        var arrears = signal.Referral ? null : signal.Arrears;
        var surname = style.Has(PartnerColumn.Prefix) ? person.Surname.Name : person.Surname.Full;
        Set(PartnerColumn.Reference, reference);
        Set(PartnerColumn.Kind, (style.Dutch, signal.Referral) switch
        {
            (true, true) => "verwijzing",
            (true, false) => "achterstand",
            (false, true) => "referral",
            _ => "arrears",
        });
        Set(PartnerColumn.CostType, style.CostTypeWord);
        Set(PartnerColumn.Surname, shoutedSurname ? surname.ToUpperInvariant() : surname);
        Set(PartnerColumn.Prefix, person.Surname.Prefix ?? "");
        Set(PartnerColumn.Initials, style.InitialsWithDots ? string.Concat(person.Initials.Select(c => $"{c}.")) : person.Initials);
        Set(PartnerColumn.BirthDate, Date(person.BirthDate, style));
        Set(PartnerColumn.Street, address.Street);
        Set(PartnerColumn.HouseNumber, address.HouseNumber);
        Set(PartnerColumn.HouseLetter, address.HouseLetter);
        Set(PartnerColumn.HouseNumberAddition, address.Addition);
        Set(PartnerColumn.Postcode, address.Postcode);
        Set(PartnerColumn.City, city);
        Set(PartnerColumn.ArrearsAmount, arrears is null ? "" : Amount(arrears.Amount, style.Amount));
        Set(PartnerColumn.ArrearsSince, arrears is null ? "" : Date(arrears.Since, style));
        Set(PartnerColumn.UnpaidTerms, arrears?.Terms.ToString(CultureInfo.InvariantCulture) ?? "");
        Set(PartnerColumn.CollectionStage, arrears?.Stage is { } stage ? StageWord(stage, style.Dutch) : "");
        Set(PartnerColumn.CollectionStageDate, arrears?.StageDate is { } date ? Date(date, style) : "");
        Set(PartnerColumn.Crisis, Flag(arrears?.Crisis ?? false, style.Dutch));
        Set(PartnerColumn.WarmHandover, Flag(signal.WarmHandover, style.Dutch));
        return fields;

        void Set(PartnerColumn column, string? value)
        {
            if (style.Has(column))
                fields[(int)column] = value;
        }
    }

    public static string Amount(decimal amount, AmountStyle style)
    {
        var cents = (long)Math.Round(amount * 100m, MidpointRounding.AwayFromZero);
        var whole = (cents / 100).ToString(CultureInfo.InvariantCulture);
        var decimals = (cents % 100).ToString("D2", CultureInfo.InvariantCulture);
        return style switch
        {
            AmountStyle.Dutch => $"{Grouped(whole, '.')},{decimals}",
            AmountStyle.DutchPlain => $"{whole},{decimals}",
            AmountStyle.English => $"{Grouped(whole, ',')}.{decimals}",
            AmountStyle.Plain => $"{whole}.{decimals}",
            AmountStyle.EuroDutch => $"EUR {Grouped(whole, '.')},{decimals}",
            _ => $"€ {whole},{decimals}",
        };
    }

    private static string Grouped(string digits, char separator)
    {
        for (var i = digits.Length - 3; i > 0; i -= 3)
            digits = digits.Insert(i, separator.ToString());
        return digits;
    }

    private static string Date(DateOnly date, FileStyle style) => date.ToString(style.DateFormat, CultureInfo.InvariantCulture);

    private static string Flag(bool value, bool dutch) => (value, dutch) switch
    {
        (true, true) => "ja",
        (false, true) => "nee",
        (true, false) => "yes",
        _ => "no",
    };

    private static string StageWord(CollectionStage stage, bool dutch) => !dutch ? stage.ToCode() : stage switch
    {
        CollectionStage.Reminder => "herinnering",
        CollectionStage.FormalNotice => "aanmaning",
        CollectionStage.Summons => "dagvaarding",
        CollectionStage.EvictionScheduled => "ontruiming gepland",
        _ => "afsluiting gepland",
    };
}
