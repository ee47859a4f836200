using SignalHub.Ingestion.Json;
using static SignalHub.Tests.Ingestion.Json.JsonConversion;

namespace SignalHub.Tests.Ingestion.Json;

/// <summary>
/// A body that is not JSON, or JSON that is not a delivery, is refused as a whole with where it went wrong:
/// line and column (from 1, in bytes), and the signal and property when there is one.
/// </summary>
public sealed class JsonDeliveryRefusalTests
{
    [TestCase("", 1, 1, Description = "empty body")]
    [TestCase("{\"signals\": [", 1, 14, Description = "ends inside the array")]
    [TestCase("{\"signals\": [{\"reference\": \"R-1\",}]}", 1, 34, Description = "trailing comma")]
    [TestCase("[{\"reference\": 'R-1'}]", 1, 16, Description = "single quotes")]
    [TestCase("[]\n[]", 2, 1, Description = "a second value after the delivery")]
    [TestCase("{\n  \"signals\": [\n    {\"reference\": \"R-1\"}\n    {\"reference\": \"R-2\"}\n  ]\n}", 4, 5, Description = "missing comma on line 4")]
    public async Task When_the_body_is_not_json_Should_refuse_it_with_line_and_column(string json, long line, long column)
    {
        foreach (var bufferBytes in new[] { JsonDeliveryReader.DefaultBufferBytes, 16 })
        {
            var refusal = await RefusalAsync(json, bufferBytes);
            Assert.Multiple(() =>
            {
                Assert.That(refusal.Code, Is.EqualTo(JsonDeliveryException.Syntax));
                Assert.That(refusal.Status, Is.EqualTo(400));
                Assert.That((refusal.Line, refusal.Column), Is.EqualTo((line, column)), $"buffer of {bufferBytes} bytes");
                Assert.That(refusal.Message, Does.StartWith("the body is not valid JSON at line ").And.Not.Contain("LineNumber").And.Not.Contain("'"));
            });
        }
    }

    [TestCase("\"signals\"", "the body is a string", null, null)]
    [TestCase("{}", "no \"signals\" array", null, null)]
    [TestCase("{\"signals\": {}}", "\"signals\" is an object; it must be an array", null, "signals")]
    [TestCase("{\"period\": \"2026-11\", \"signals\": []}", "unknown property 'period'", null, "period")]
    [TestCase("{\"signals\": [], \"signals\": []}", "\"signals\" twice", null, "signals")]
    [TestCase("[{\"reference\": \"R-1\"}, 42]", "signals[1] is a number; each signal is an object", 1, null)]
    [TestCase("[null]", "signals[0] is null", 0, null)]
    [TestCase("[[{\"reference\": \"R-1\"}]]", "signals[0] is an array", 0, null)]
    [TestCase("[{\"reference\": \"R-1\", \"arrears_amount\": {\"eur\": 12}}]", "signals[0]: 'arrears_amount' is an object", 0, "arrears_amount")]
    [TestCase("[{\"reference\": \"R-1\", \"surname\": [\"Jansen\"]}]", "signals[0]: 'surname' is an array", 0, "surname")]
    [TestCase("[{\"reference\": \"R-1\", \"kenmerk\": \"R-2\"}]", "signals[0]: 'reference' is given more than once", 0, "kenmerk")]
    public async Task When_the_json_is_not_a_delivery_Should_refuse_it_naming_the_signal_and_property(string json, string reason, int? element, string? property)
    {
        var refusal = await RefusalAsync(json);

        Assert.Multiple(() =>
        {
            Assert.That(refusal.Code, Is.EqualTo(JsonDeliveryException.Shape));
            Assert.That(refusal.Status, Is.EqualTo(400));
            Assert.That(refusal.Message, Does.Contain(reason));
            Assert.That(refusal.Element, Is.EqualTo(element));
            Assert.That(refusal.Property, Is.EqualTo(property));
        });
    }

    [Test]
    public async Task When_a_signal_has_the_wrong_shape_far_into_the_body_Should_name_its_line_and_column()
    {
        var json = "{\"signals\": [\n" + string.Join(",\n", Enumerable.Range(0, 200).Select(i => $$"""  {"reference": "R-{{i}}"}""")) +
            ",\n  {\"reference\": \"R-200\", \"house_number\": [12]}\n]}";

        foreach (var bufferBytes in new[] { JsonDeliveryReader.DefaultBufferBytes, 16, 100 })
        {
            var refusal = await RefusalAsync(json, bufferBytes);
            Assert.That((refusal.Element, refusal.Line, refusal.Column), Is.EqualTo(((int?)200, (long?)202, (long?)42)), $"buffer of {bufferBytes} bytes");
        }
    }

    [Test]
    public async Task When_there_are_more_signals_than_the_limit_Should_refuse_it_as_too_many_rows()
    {
        var refusal = await RefusalAsync("[{\"reference\": \"R-1\"}, {\"reference\": \"R-2\"}, {\"reference\": \"R-3\"}]", maxSignals: 2);

        Assert.Multiple(() =>
        {
            Assert.That(refusal.Code, Is.EqualTo("file.too_many_rows"));
            Assert.That(refusal.Status, Is.EqualTo(413));
        });
    }

    [Test]
    public async Task When_one_signal_is_larger_than_the_value_limit_Should_refuse_it()
    {
        var refusal = await RefusalAsync($$"""[{"reference": "R-1", "remark": "{{new string('x', JsonDeliveryReader.MaxValueBytes)}}"}]""", bufferBytes: 1024);

        Assert.That(refusal.Message, Does.Contain("larger than 1,048,576 bytes"));
    }

    [Test]
    public async Task When_a_value_is_not_utf8_Should_refuse_the_body_as_not_json()
    {
        var body = "[{\"reference\": \"R-1\", \"surname\": \"Jan\u00e9\"}]"u8.ToArray();
        body[^5] = 0xE9; // "é" in Windows-1252: not UTF-8, which JSON must be.
        var reader = new JsonDeliveryReader(new MemoryStream(body), TextWriter.Null, 10);

        var refusal = Assert.ThrowsAsync<JsonDeliveryException>(() => reader.ReadAsync(CancellationToken.None));

        TestContext.Out.WriteLine(refusal!.Message);
        Assert.Multiple(() =>
        {
            Assert.That(refusal.Code, Is.EqualTo(JsonDeliveryException.Syntax));
            Assert.That(refusal.Element, Is.EqualTo(0));
        });
    }
}
