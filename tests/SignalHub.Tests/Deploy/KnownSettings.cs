using System.Reflection;
using SignalHub.Ingestion;
using SignalHub.Ingestion.Calendar;
using SignalHub.Ingestion.Reading;

namespace SignalHub.Tests.Deploy;

/// <summary>
/// The configuration keys SignalHub reads: every public settable property, walked recursively, of each
/// <c>*Options</c> class with a <c>const string Section</c>, plus the framework's own keys.
/// </summary>
internal static class KnownSettings
{
    /// <summary>Options classes bound without a Section constant of their own, and where they are bound.</summary>
    public static readonly IReadOnlyDictionary<Type, string> SectionsBoundElsewhere = new Dictionary<Type, string>
    {
        [typeof(CalendarOptions)] = IngestionOptions.Section,
    };

    /// <summary><c>*Options</c> types that are not configuration (built in code).</summary>
    public static readonly IReadOnlySet<Type> NotConfiguration = new HashSet<Type> { typeof(PartnerFileReaderOptions) };

    /// <summary>Keys outside the options classes: roles, ASP.NET Core and logging.</summary>
    private static readonly string[] FrameworkKeys = ["Host:Roles", "AllowedHosts", "Urls", "ConnectionStrings:*", "Logging:*", "Kestrel:*"];

    /// <summary>Environment variables read by the runtime, ASP.NET Core and the OpenTelemetry SDK, not by configuration.</summary>
    private static readonly string[] FrameworkVariablePrefixes = ["ASPNETCORE_", "DOTNET_", "OTEL_"];

    public static IEnumerable<Type> OptionsTypes() =>
        typeof(Program).Assembly.GetTypes().Where(type => type.Name.EndsWith("Options", StringComparison.Ordinal) && !type.IsAbstract);

    public static string? SectionOf(Type type) =>
        type.GetField("Section", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static) is { IsLiteral: true } field
            ? (string?)field.GetRawConstantValue()
            : SectionsBoundElsewhere.GetValueOrDefault(type);

    /// <summary>Every key, as <c>Section:Key</c>; a trailing <c>*</c> stands for any key below it.</summary>
    public static IReadOnlySet<string> Keys { get; } = CollectKeys();

    /// <summary>Whether a key as a deploy file writes it (<c>Bus__Host</c>, <c>Bus:Host</c>, <c>OTEL_SERVICE_NAME</c>) is read.</summary>
    public static bool IsKnown(string key)
    {
        if (FrameworkVariablePrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal)))
            return true;
        var normalized = key.Replace("__", ":", StringComparison.Ordinal);
        return Keys.Any(known => known.EndsWith(":*", StringComparison.Ordinal)
            ? normalized.StartsWith(known[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(known, normalized, StringComparison.OrdinalIgnoreCase));
    }

    private static HashSet<string> CollectKeys()
    {
        var keys = new HashSet<string>(FrameworkKeys, StringComparer.OrdinalIgnoreCase);
        foreach (var type in OptionsTypes())
        {
            if (SectionOf(type) is { } section)
                AddProperties(type, section, keys, depth: 0);
        }
        return keys;
    }

    private static void AddProperties(Type type, string prefix, HashSet<string> keys, int depth)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is not { IsPublic: true } || property.GetIndexParameters().Length > 0)
                continue;
            var key = $"{prefix}:{property.Name}";
            var valueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (IsLeaf(valueType))
                keys.Add(key);
            else if (valueType.IsAssignableTo(typeof(System.Collections.IEnumerable)) || depth > 5)
                keys.Add(key + ":*");
            else
                AddProperties(valueType, key, keys, depth + 1);
        }
    }

    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
        || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(Uri) || type == typeof(Guid);
}
