using System.Globalization;
using System.Text;
using SignalHub.Domain.Signals;
using SignalHub.Ingestion.Reading;

namespace SignalHub.Ingestion;

/// <summary>
/// A chunk as it waits on the database for a worker: RFC 4180 text whose first field is the record's
/// line in the partner's file and the rest its values in canonical column order, so a worker needs
/// neither the file's header nor its encoding or delimiter.
/// </summary>
internal static class CanonicalChunk
{
    private static readonly PartnerColumn[] Columns = Enum.GetValues<PartnerColumn>();

    public static void Append(StringBuilder chunk, PartnerFileRecord record)
    {
        chunk.Append(record.StartLine.ToString(CultureInfo.InvariantCulture));
        foreach (var column in Columns)
        {
            chunk.Append(',');
            AppendField(chunk, record[column]);
        }
        chunk.Append('\n');
    }

    public static IEnumerable<SignalRow> Read(string text)
    {
        var reader = new CsvRecordReader(new StringReader(text), ',');
        while (reader.TryRead(out var record))
        {
            var f = record.Fields;
            string? Get(PartnerColumn column) => f[(int)column + 1] is { Length: > 0 } value ? value : null;
            yield return new SignalRow
            {
                Line = int.Parse(f[0], CultureInfo.InvariantCulture),
                Reference = Get(PartnerColumn.Reference),
                Kind = Get(PartnerColumn.Kind),
                CostType = Get(PartnerColumn.CostType),
                Surname = Get(PartnerColumn.Surname),
                Prefix = Get(PartnerColumn.Prefix),
                Initials = Get(PartnerColumn.Initials),
                FirstNames = Get(PartnerColumn.FirstNames),
                BirthDate = Get(PartnerColumn.BirthDate),
                Street = Get(PartnerColumn.Street),
                HouseNumber = Get(PartnerColumn.HouseNumber),
                HouseLetter = Get(PartnerColumn.HouseLetter),
                HouseNumberAddition = Get(PartnerColumn.HouseNumberAddition),
                Postcode = Get(PartnerColumn.Postcode),
                City = Get(PartnerColumn.City),
                Phone = Get(PartnerColumn.Phone),
                Email = Get(PartnerColumn.Email),
                ArrearsAmount = Get(PartnerColumn.ArrearsAmount),
                ArrearsSince = Get(PartnerColumn.ArrearsSince),
                UnpaidTerms = Get(PartnerColumn.UnpaidTerms),
                CollectionStage = Get(PartnerColumn.CollectionStage),
                CollectionStageDate = Get(PartnerColumn.CollectionStageDate),
                Crisis = Get(PartnerColumn.Crisis),
                WarmHandover = Get(PartnerColumn.WarmHandover),
                Remark = Get(PartnerColumn.Remark),
            };
        }
    }

    private static void AppendField(StringBuilder chunk, string? value)
    {
        if (string.IsNullOrEmpty(value))
            return;
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            chunk.Append(value);
            return;
        }
        chunk.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
