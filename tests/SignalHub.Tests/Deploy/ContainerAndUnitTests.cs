using static SignalHub.Tests.Deploy.DeployFolder;

namespace SignalHub.Tests.Deploy;

/// <summary>The Dockerfile, the systemd units, and that every YAML file in deploy/ parses at all.</summary>
public sealed class ContainerAndUnitTests
{
    /// <summary>The Dockerfile's instructions, one per item, with continuation lines joined.</summary>
    private static readonly string[] DockerfileLines = File.ReadAllText(PathOf("container/Dockerfile"))
        .Replace("\\\n", " ", StringComparison.Ordinal).Split('\n')
        .Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#')).ToArray();

    private static IEnumerable<string> YamlFileNames() => YamlFiles().Select(Relative);

    private static IEnumerable<string> UnitFileNames() => Files("*.service", "*.target").Select(Relative);

    [TestCaseSource(nameof(YamlFileNames))]
    public void Every_yaml_file_parses(string file) =>
        Assert.That(() => LoadYaml(File.ReadAllText(Path.Combine(RepositoryRoot, file))), Has.Count.GreaterThan(0));

    [Test]
    public void Dockerfile_builds_with_the_sdk_and_runs_on_the_aspnet_runtime()
    {
        var stages = DockerfileLines.Where(line => line.StartsWith("FROM ", StringComparison.Ordinal)).ToList();
        Assert.That(stages, Has.Count.EqualTo(2));
        Assert.That(stages[0], Does.Contain("dotnet/sdk"));
        Assert.That(stages[1], Does.Contain("dotnet/aspnet"));
    }

    [Test]
    public void Dockerfile_runs_as_a_non_root_user()
    {
        var user = DockerfileLines.LastOrDefault(line => line.StartsWith("USER ", StringComparison.Ordinal));
        Assert.That(user, Is.Not.Null);
        Assert.That(user![5..].Trim(), Is.Not.EqualTo("root").And.Not.EqualTo("0").And.Not.StartWith("0:"));
    }

    [Test]
    public void Dockerfile_checks_health_on_health_live_and_starts_the_one_executable() => Assert.Multiple(() =>
    {
        Assert.That(DockerfileLines, Has.Some.Match("^HEALTHCHECK .*/health/live"));
        Assert.That(DockerfileLines, Has.Some.EqualTo("""ENTRYPOINT ["dotnet", "signalhub.dll"]"""));
        Assert.That(File.Exists(PathOf("container/Dockerfile.dockerignore")), Is.True, "Dockerfile.dockerignore");
    });

    [TestCaseSource(nameof(UnitFileNames))]
    public void Every_unit_has_its_sections(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot, file));
        Assert.That(text, Does.Contain("[Unit]").And.Contain("[Install]"));
        if (file.EndsWith(".service", StringComparison.Ordinal))
            Assert.That(text, Does.Contain("[Service]").And.Match("(?m)^ExecStart=/usr/bin/dotnet /opt/signalhub/signalhub.dll"));
    }

    [TestCase("signalhub-web.service", "web")]
    [TestCase("signalhub-worker@.service", "worker")]
    [TestCase("signalhub-scheduler.service", "scheduler")]
    public void Each_role_unit_sets_its_role_and_is_hardened(string unit, string role)
    {
        var lines = File.ReadAllLines(PathOf($"systemd/{unit}")).Select(line => line.Trim()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lines, Does.Contain($"Environment=Host__Roles={role}"));
            Assert.That(lines, Does.Contain("EnvironmentFile=/etc/signalhub/signalhub.env"));
            Assert.That(lines, Does.Contain("NoNewPrivileges=yes"));
            Assert.That(lines, Does.Contain("ProtectSystem=strict"));
            Assert.That(lines, Does.Contain("ReadWritePaths=/var/lib/signalhub"));
            Assert.That(lines, Has.Some.Match("^(User=signalhub|DynamicUser=yes)$"));
            Assert.That(lines, Does.Contain("Requires=signalhub-migrate.service"));
            Assert.That(lines, Has.None.EqualTo("MemoryDenyWriteExecute=yes"), "the .NET JIT needs writable and executable memory");
        });
    }
}
