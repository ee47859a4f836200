using System.CommandLine;
using SignalHub.Cli;

namespace SignalHub.Outreach;

/// <summary>The options the <c>case</c> subcommands share, and how a change is printed.</summary>
internal static class CaseCommandOptions
{
    public static Option<string> Case() => new("--case")
    {
        Description = "The case id (from 'signalhub cases --json')",
        Required = true,
        Validators = { result => { if (!Guid.TryParse(result.GetValueOrDefault<string>(), out _)) result.AddError("--case must be a case id like 0193c0de-..."); } },
    };

    public static Option<string?> Actor(string description = "Who does this, for the case's history (default: cli:<user>)") =>
        new("--as") { Description = description };

    public static Option<string?> Note() => new("--note") { Description = "A short note (at most 1000 characters)" };

    public static Guid CaseId(ParseResult parse, Option<string> option) => Guid.Parse(parse.GetValue(option)!);

    public static string ActorOr(ParseResult parse, Option<string?> option, string? fallback = null) =>
        parse.GetValue(option)?.Trim() is { Length: > 0 } actor ? actor : fallback ?? $"cli:{Environment.UserName}";

    /// <summary>
    /// Prints the change (JSON: <c>caseId</c>, <c>status</c>, <c>attemptId</c>, <c>done</c>, <c>refusal</c> with <c>code</c>,
    /// <c>message</c>, <c>dutchMessage</c>); a refusal also goes to stderr as one line and exits 1.
    /// </summary>
    public static int Report(CaseChange change, bool json, string done)
    {
        if (json)
            JsonOutput.Write(new { change.CaseId, change.Status, change.AttemptId, change.Done, change.Refusal });
        if (change.Refusal is { } refusal)
        {
            Console.Error.WriteLine($"signalhub: {refusal.Message}");
            return ExitCodes.Failed;
        }
        if (!json)
            Console.WriteLine($"case {change.CaseId}: {done}; status {change.Status}");
        return ExitCodes.Ok;
    }

    /// <summary>Reads each value with <paramref name="parse"/>, or stops with the parser's reason as a usage error.</summary>
    public static List<T> ReadAll<T>(IEnumerable<string>? raw, TryRead<T> parse)
    {
        var values = new List<T>();
        foreach (var text in raw ?? [])
            values.Add(parse(text, out var value, out var error) ? value : throw new CommandException(error!, ExitCodes.Configuration));
        return values;
    }

    public delegate bool TryRead<T>(string? raw, out T value, out string? error);
}
