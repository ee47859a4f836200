using System.Text.Json;
using System.Text.RegularExpressions;
using static SignalHub.Tests.Deploy.DeployFolder;

namespace SignalHub.Tests.Deploy;

/// <summary>One configuration key a deploy file sets, and where.</summary>
internal sealed record DeploySetting(string File, string Key)
{
    public override string ToString() => $"{File}: {Key}";
}

/// <summary>
/// The configuration keys the deploy files give SignalHub: compose environments of the SignalHub services,
/// Kubernetes ConfigMaps, Secrets and container env, systemd Environment= lines, env files and the
/// Dockerfile's ENV. Each reader takes text, so a test can plant a key without touching the files.
/// </summary>
internal static partial class DeploySettings
{
    public static IEnumerable<DeploySetting> InRepository()
    {
        var compose = PathOf("compose/compose.yaml");
        foreach (var key in FromCompose(File.ReadAllText(compose)))
            yield return new(Relative(compose), key);
        foreach (var manifest in KubernetesManifests())
        {
            foreach (var key in FromKubernetes(File.ReadAllText(manifest)))
                yield return new(Relative(manifest), key);
        }
        foreach (var unit in Files("*.service"))
        {
            foreach (var key in FromSystemdUnit(File.ReadAllText(unit)))
                yield return new(Relative(unit), key);
        }
        // .env and .env.example hold compose's own variables (passwords it interpolates), not settings.
        foreach (var envFile in Files("*.env", "*.env.example").Where(path => !Path.GetFileName(path).StartsWith(".env", StringComparison.Ordinal)))
        {
            foreach (var key in FromEnvFile(File.ReadAllText(envFile)))
                yield return new(Relative(envFile), key);
        }
        var dockerfile = PathOf("container/Dockerfile");
        foreach (var key in FromDockerfile(File.ReadAllText(dockerfile)))
            yield return new(Relative(dockerfile), key);
    }

    /// <summary>The SignalHub services of a compose file: those built from the repository's Dockerfile.</summary>
    public static IEnumerable<KeyValuePair<string, object?>> SignalHubServices(object? compose) =>
        (Map(compose, "services") ?? new Dictionary<object, object?>())
            .Where(service => Scalar(service.Value, "build", "dockerfile")?.EndsWith("deploy/container/Dockerfile", StringComparison.Ordinal) == true)
            .Select(service => KeyValuePair.Create((string)service.Key, service.Value));

    /// <summary>A compose service's environment as a map, from either compose form (map or KEY=value list).</summary>
    public static IReadOnlyDictionary<string, string?> Environment(object? service) =>
        (service is IDictionary<object, object?> map && map.TryGetValue("environment", out var environment) ? environment : null) switch
        {
            IDictionary<object, object?> variables => variables.ToDictionary(entry => (string)entry.Key, entry => entry.Value as string),
            IList<object?> list => list.OfType<string>().Select(item => item.Split('=', 2))
                .ToDictionary(parts => parts[0], parts => parts.ElementAtOrDefault(1)),
            _ => new Dictionary<string, string?>(),
        };

    public static IEnumerable<string> FromCompose(string yaml) =>
        SignalHubServices(LoadYaml(yaml) is [var compose, ..] ? compose : null).SelectMany(service => Environment(service.Value).Keys).Distinct();

    public static IEnumerable<string> FromKubernetes(string yaml)
    {
        foreach (var document in LoadYaml(yaml))
        {
            var kind = Scalar(document, "kind");
            if (kind is "ConfigMap" or "Secret")
            {
                foreach (var section in new[] { "data", "stringData" })
                {
                    foreach (var (key, value) in Map(document, section) ?? new Dictionary<object, object?>())
                    {
                        foreach (var setting in FromDataEntry((string)key, value as string))
                            yield return setting;
                    }
                }
            }
            foreach (var container in Containers(document))
            {
                foreach (var variable in List(container, "env"))
                {
                    if (Scalar(variable, "name") is { } name)
                        yield return name;
                }
            }
        }
    }

    public static IEnumerable<string> FromSystemdUnit(string unit) =>
        unit.Split('\n').Select(line => line.Trim())
            .Where(line => line.StartsWith("Environment=", StringComparison.Ordinal))
            .SelectMany(line => AssignedNames(line["Environment=".Length..]));

    public static IEnumerable<string> FromEnvFile(string text) =>
        text.Split('\n').Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#') && line.Contains('=', StringComparison.Ordinal))
            .Select(line => line.Split('=', 2)[0].Trim());

    public static IEnumerable<string> FromDockerfile(string dockerfile)
    {
        var joined = dockerfile.Replace("\\\r\n", " ", StringComparison.Ordinal).Replace("\\\n", " ", StringComparison.Ordinal);
        return joined.Split('\n').Select(line => line.Trim())
            .Where(line => line.StartsWith("ENV ", StringComparison.Ordinal))
            .SelectMany(line => AssignedNames(line[4..]));
    }

    /// <summary>Containers and init containers wherever a pod template sits (Deployment, Job, CronJob...).</summary>
    public static IEnumerable<object?> Containers(object? node) => node switch
    {
        IDictionary<object, object?> map => map.SelectMany(entry =>
            entry.Key is "containers" or "initContainers" && entry.Value is IList<object?> list ? list : Containers(entry.Value)),
        IList<object?> list => list.SelectMany(Containers),
        _ => [],
    };

    // An entry named like an environment variable is one; appsettings JSON is flattened; other files are not settings.
    private static IEnumerable<string> FromDataEntry(string key, string? value)
    {
        if (EnvironmentName().IsMatch(key))
            return [key];
        if (key.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && value is not null)
            return Flatten(JsonDocument.Parse(value).RootElement, "");
        return [];
    }

    private static IEnumerable<string> Flatten(JsonElement element, string prefix) => element.ValueKind == JsonValueKind.Object
        ? element.EnumerateObject().SelectMany(property => Flatten(property.Value, prefix.Length == 0 ? property.Name : $"{prefix}:{property.Name}"))
        : [prefix];

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex EnvironmentName();

    /// <summary>The names of <c>NAME=value</c> words, where a quoted value may hold spaces (Dockerfile ENV, systemd Environment=).</summary>
    private static IEnumerable<string> AssignedNames(string line)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        var quote = '\0';
        foreach (var character in line)
        {
            if (quote == '\0' && char.IsWhiteSpace(character))
            {
                words.Add(word.ToString());
                word.Clear();
                continue;
            }
            if (character is '"' or '\'')
                quote = quote == '\0' ? character : quote == character ? '\0' : quote;
            word.Append(character);
        }
        words.Add(word.ToString());
        return words.Select(item => item.Trim('"', '\'')).Where(item => item.Contains('=', StringComparison.Ordinal)).Select(item => item.Split('=', 2)[0]);
    }
}
