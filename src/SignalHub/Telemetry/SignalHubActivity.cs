using System.Diagnostics;

namespace SignalHub.Telemetry;

/// <summary>SignalHub's own spans: intake, each pipeline step, database work where the driver makes none.</summary>
public static class SignalHubActivity
{
    public const string SourceName = "SignalHub";

    public static readonly ActivitySource Source = new(SourceName);

    /// <summary>A consumer's step, tagged with the id that lets an operator find the delivery or period again.</summary>
    public static Activity? StartStep(string name, string tag, object? value)
    {
        var activity = Source.StartActivity(name);
        activity?.SetTag(tag, value);
        return activity;
    }

    /// <summary>The W3C traceparent of the current span, stored with an outbox row.</summary>
    public static string? CurrentTraceParent() => Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current.Id : null;

    /// <summary>
    /// Publishing an outbox row later, from a background loop, as a child of the span that wrote it: the
    /// consumers of the message then join the original trace. Rows without a trace start their own.
    /// </summary>
    public static Activity? StartOutboxPublish(string messageType, string? traceParent)
    {
        ActivityContext.TryParse(traceParent, null, out var parent);
        var activity = Source.StartActivity($"outbox publish {messageType}", ActivityKind.Producer, parent);
        activity?.SetTag("messaging.message.type", messageType);
        return activity;
    }

    /// <summary>Database work as a span, for the providers whose drivers emit none (SQLite, SqlClient 2.x).</summary>
    public static Activity? StartDatabase(string provider, string operation)
    {
        if (provider == "postgres")
            return null; // Npgsql emits its own spans per command.
        var activity = Source.StartActivity($"db {operation}", ActivityKind.Client);
        activity?.SetTag("db.system.name", provider == "sqlserver" ? "microsoft.sql_server" : provider);
        return activity;
    }
}
