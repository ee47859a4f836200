using System.Text;
using SignalHub.Ingestion.Reading;

namespace SignalHub.Tests.Ingestion.Reading;

/// <summary>Messy CSV text from a seeded random source: every quoting and line-end case, and records that break the limits.</summary>
internal static class RandomCsvFile
{
    private static readonly string[] _lineEnds = ["\r\n", "\n", "\r"];

    public static string Create(Random random, char delimiter, CsvLimits limits)
    {
        var text = new StringBuilder();
        text.Append("h1").Append(delimiter).Append("\"h\n2\"").Append(LineEnd(random));
        var records = random.Next(0, 40);
        for (var i = 0; i < records; i++)
        {
            if (random.Next(5) == 0)
            {
                text.Insert(text.Length, LineEnd(random), random.Next(1, 4));
            }
            if (random.Next(150) == 0)
            {
                text.Insert(text.Length, "\n", random.Next(1_001, 1_100));
            }
            var fields = random.Next(50) == 0 ? limits.MaxFields + 1 : random.Next(1, 6);
            for (var f = 0; f < fields; f++)
            {
                text.Append(f == 0 ? "" : delimiter).Append(Value(random, delimiter, limits));
            }
            if (i < records - 1 || random.Next(2) == 0)
            {
                text.Append(LineEnd(random));
            }
        }
        if (random.Next(30) == 0)
        {
            text.Append("open").Append(delimiter).Append("\"never closed").Append(LineEnd(random)).Append("more");
        }
        return text.ToString();
    }

    private static string LineEnd(Random random) => _lineEnds[random.Next(_lineEnds.Length)];

    private static string Value(Random random, char delimiter, CsvLimits limits) => random.Next(14) switch
    {
        0 => "",
        1 => "  a b ",
        2 => $"\"a{delimiter}b\"",
        3 => "\"say \"\"hi\"\"\"",
        4 => $"\"one{LineEnd(random)}two{LineEnd(random)}\"",
        5 => "a\"b",
        6 => "\"ab\" c",
        7 => "\"\"",
        8 => new string('x', limits.MaxFieldLength + random.Next(1, 5)),
        9 => $"\"{new string('y', limits.MaxRecordLength / 2)}{LineEnd(random)}{new string('y', limits.MaxRecordLength)}\"",
        _ => $"w{random.Next(1000)}",
    };
}
