namespace SignalHub.Ingestion.Json;

/// <summary>
/// Why a JSON delivery is refused before anything of it is stored: its syntax, or a shape that a row
/// of the partner file cannot carry (a signal that is not an object, a value that is an object or an
/// array). The API answers it as problem details; positions count from 1 and in bytes.
/// </summary>
public sealed class JsonDeliveryException : Exception
{
    /// <summary>Not JSON: the reader's own message names the fault.</summary>
    public const string Syntax = "json.syntax";

    /// <summary>JSON, but not a delivery: <c>{"signals": [{...}, ...]}</c> or <c>[{...}, ...]</c>.</summary>
    public const string Shape = "json.shape";

    /// <summary>More signals than a delivery may hold (<c>Ingestion:MaxRows</c>), as for a CSV file.</summary>
    public const string TooManySignals = "file.too_many_rows";

    public JsonDeliveryException()
        : this(Shape, "the body is not a delivery")
    {
    }

    public JsonDeliveryException(string message)
        : this(Shape, message)
    {
    }

    public JsonDeliveryException(string message, Exception innerException)
        : this(Shape, message, innerException)
    {
    }

    public JsonDeliveryException(string code, string message, Exception? innerException = null)
        : base(message, innerException) => Code = code;

    public string Code { get; }

    public int Status => Code == TooManySignals ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;

    public long? Line { get; init; }

    /// <summary>The byte within <see cref="Line"/>.</summary>
    public long? Column { get; init; }

    /// <summary>0-based position in the array of signals, as in <c>signals[0]</c>.</summary>
    public int? Element { get; init; }

    public string? Property { get; init; }

    public IResult ToProblem()
    {
        var extensions = new Dictionary<string, object?>();
        if (Line is { } line)
            extensions["line"] = line;
        if (Column is { } column)
            extensions["column"] = column;
        if (Element is { } element)
            extensions["element"] = element;
        if (Property is { } property)
            extensions["property"] = property;
        var title = Code switch
        {
            Syntax => "Malformed JSON",
            TooManySignals => "Too many signals",
            _ => "Not a delivery",
        };
        return Results.Problem(statusCode: Status, title: title, detail: Message, type: Code, extensions: extensions);
    }
}
