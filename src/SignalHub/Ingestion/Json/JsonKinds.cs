using System.Text.Json;

namespace SignalHub.Ingestion.Json;

/// <summary>A JSON token in the words of an error message: "signals[3] is a number; each signal is an object".</summary>
internal static class JsonKinds
{
    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
