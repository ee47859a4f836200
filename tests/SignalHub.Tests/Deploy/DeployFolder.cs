using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace SignalHub.Tests.Deploy;

/// <summary>The repository's deploy/ folder as the tests read it: files by kind, YAML as plain trees.</summary>
internal static class DeployFolder
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Root => Path.Combine(RepositoryRoot, "deploy");

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public static string Relative(string path) => Path.GetRelativePath(RepositoryRoot, path).Replace('\\', '/');

    public static IEnumerable<string> Files(params string[] patterns) =>
        patterns.SelectMany(pattern => Directory.EnumerateFiles(Root, pattern, SearchOption.AllDirectories))
            .Where(path => !Relative(path).StartsWith("deploy/local/", StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal);

    public static IEnumerable<string> YamlFiles() => Files("*.yaml", "*.yml");

    public static IEnumerable<string> KubernetesManifests() =>
        Directory.EnumerateFiles(PathOf("kubernetes"), "*.yaml", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(path) != "kustomization.yaml")
            .Order(StringComparer.Ordinal);

    /// <summary>
    /// Every document of a YAML text as dictionaries, lists and strings; merge keys (<c>&lt;&lt;: *anchor</c>)
    /// are resolved the way docker compose resolves them.
    /// </summary>
    public static IReadOnlyList<object?> LoadYaml(string text)
    {
        var deserializer = new DeserializerBuilder().Build();
        var parser = new MergingParser(new Parser(new StringReader(text)));
        var documents = new List<object?>();
        parser.Consume<StreamStart>();
        while (parser.Accept<DocumentStart>(out _))
            documents.Add(deserializer.Deserialize<object?>(parser));
        return documents;
    }

    public static IDictionary<object, object?>? Map(object? node, params string[] path)
    {
        foreach (var key in path)
            node = node is IDictionary<object, object?> map && map.TryGetValue(key, out var child) ? child : null;
        return node as IDictionary<object, object?>;
    }

    public static IList<object?> List(object? node, string key) =>
        node is IDictionary<object, object?> map && map.TryGetValue(key, out var child) && child is IList<object?> list ? list : [];

    public static string? Scalar(object? node, params string[] path)
    {
        var parent = path.Length == 1 ? node as IDictionary<object, object?> : Map(node, path[..^1]);
        return parent is not null && parent.TryGetValue(path[^1], out var value) ? value as string : null;
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SignalHub.sln")))
                return folder.FullName;
        }
        throw new InvalidOperationException($"no SignalHub.sln above {AppContext.BaseDirectory}");
    }
}
