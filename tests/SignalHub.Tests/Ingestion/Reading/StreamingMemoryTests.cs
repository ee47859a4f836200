using System.Diagnostics;
using SignalHub.Ingestion.Reading;

namespace SignalHub.Tests.Ingestion.Reading;

// Alone: the live heap it measures is the whole process's.
[NonParallelizable]
public sealed class StreamingMemoryTests
{
    private const int Rows = 1_000_000;
    private const long HeapBound = 32L * 1024 * 1024;

    [Test]
    public void When_a_million_row_file_is_streamed_Should_keep_the_live_heap_far_below_the_file_size()
    {
        using var file = new GeneratedPartnerFileStream(Rows);
        // Live heap after a full collection: garbage does not count, anything the reader keeps does.
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        var valid = 0;
        var stopwatch = Stopwatch.StartNew();

        var opened = PartnerFileReader.Open(file, new PartnerFileReaderOptions { MaxFileBytes = file.Length, MaxRows = Rows });
        Assert.That(opened.IsOpen, () => string.Join("; ", opened.Errors));
        foreach (var row in opened.Reader!.ReadRecords())
        {
            valid += row.IsValid && row[PartnerColumn.Surname] == "Voorbeeldé" ? 1 : 0;
            if (row.StartLine % 100_000 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
            }
        }

        TestContext.Out.WriteLine($"{valid:N0} rows, {file.Length:N0} bytes, opened and read in {stopwatch.Elapsed}; " +
            $"live heap peak {peak:N0} bytes over baseline");
        Assert.Multiple(() =>
        {
            Assert.That(valid, Is.EqualTo(Rows));
            Assert.That(file.Length, Is.GreaterThan(4 * HeapBound), "the bound would not tell a streaming reader apart");
            Assert.That(peak, Is.LessThan(HeapBound));
        });
    }
}
