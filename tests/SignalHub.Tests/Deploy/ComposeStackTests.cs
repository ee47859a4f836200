using System.Text.RegularExpressions;
using static SignalHub.Tests.Deploy.DeployFolder;

namespace SignalHub.Tests.Deploy;

/// <summary>deploy/compose/compose.yaml: the whole stack, migrations first, every password from .env.</summary>
public sealed partial class ComposeStackTests
{
    private static readonly string ComposeText = File.ReadAllText(PathOf("compose/compose.yaml"));
    private static readonly object? Compose = LoadYaml(ComposeText)[0];

    private static object? Service(string name) => Map(Compose, "services", name);

    [TestCase("rabbitmq")]
    [TestCase("sqlserver")]
    [TestCase("postgres")]
    [TestCase("migrate")]
    [TestCase("web")]
    [TestCase("worker")]
    [TestCase("scheduler")]
    [TestCase("otel-collector")]
    public void Should_have_the_service(string name) => Assert.That(Service(name), Is.Not.Null);

    [Test]
    public void Should_use_the_management_image_of_RabbitMQ_and_SQL_Server_2022() => Assert.Multiple(() =>
    {
        Assert.That(Scalar(Service("rabbitmq"), "image"), Does.Contain("management"));
        Assert.That(Scalar(Service("sqlserver"), "image"), Is.EqualTo("mcr.microsoft.com/mssql/server:2022-latest"));
        Assert.That(Scalar(Service("otel-collector"), "image"), Does.StartWith("otel/opentelemetry-collector"));
    });

    [Test]
    public void Should_run_PostgreSQL_only_in_the_postgres_profile() =>
        Assert.That(List(Service("postgres"), "profiles"), Is.EqualTo(new[] { "postgres" }));

    [TestCase("web", 1)]
    [TestCase("worker", 2)]
    [TestCase("scheduler", 1)]
    public void Should_run_each_role_as_its_own_service(string role, int replicas)
    {
        var service = Service(role);
        var environment = DeploySettings.Environment(service);
        Assert.Multiple(() =>
        {
            Assert.That(environment.GetValueOrDefault("Host__Roles"), Is.EqualTo(role));
            Assert.That(Scalar(service, "deploy", "replicas") ?? "1", Is.EqualTo(replicas.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(Map(service, "healthcheck"), Is.Not.Null, "healthcheck");
            Assert.That(Scalar(service, "healthcheck", "disable"), Is.Not.EqualTo("true"));
            Assert.That(List(Map(service, "healthcheck"), "test").OfType<string>(), Has.Some.Contains("/health/live"));
            Assert.That(Scalar(service, "depends_on", "migrate", "condition"), Is.EqualTo("service_completed_successfully"));
            Assert.That(environment.GetValueOrDefault("Storage__MigrateOnStart"), Is.EqualTo("false"));
        });
    }

    [Test]
    public void Every_SignalHub_service_but_migrate_sets_its_roles_and_waits_for_migrate()
    {
        var services = DeploySettings.SignalHubServices(Compose).Where(service => service.Key != "migrate").ToList();
        Assert.That(services.Select(service => service.Key), Is.EquivalentTo(new[] { "web", "worker", "scheduler" }));
        foreach (var (name, service) in services)
        {
            Assert.That(DeploySettings.Environment(service).ContainsKey("Host__Roles"), name);
            Assert.That(Map(service, "depends_on", "migrate"), Is.Not.Null, name);
        }
    }

    [Test]
    public void Migrate_runs_signalhub_migrate_once_after_the_database() => Assert.Multiple(() =>
    {
        Assert.That(List(Service("migrate"), "command"), Is.EqualTo(new[] { "migrate" }));
        Assert.That(Scalar(Service("migrate"), "restart"), Is.EqualTo("no"));
        Assert.That(Map(Service("migrate"), "depends_on", "postgres"), Is.Not.Null);
        Assert.That(Map(Service("migrate"), "depends_on", "sqlserver-database"), Is.Not.Null);
    });

    [Test]
    public void Should_take_every_password_and_connection_string_from_the_env_file()
    {
        var inline = Map(Compose, "services")!.Values
            .SelectMany(service => DeploySettings.Environment(service))
            .Where(variable => SecretName().IsMatch(variable.Key) && !(variable.Value ?? "").StartsWith("${", StringComparison.Ordinal))
            .Select(variable => variable.Key)
            .ToList();

        Assert.That(inline, Is.Empty, "set these through ${VARIABLE} from .env");
    }

    [Test]
    public void Env_example_defines_every_variable_compose_requires()
    {
        var defined = DeploySettings.FromEnvFile(File.ReadAllText(PathOf("compose/.env.example"))).ToHashSet();
        var required = RequiredVariable().Matches(ComposeText).Select(match => match.Groups["name"].Value).Distinct();

        Assert.That(required.Where(name => !defined.Contains(name)), Is.Empty);
    }

    [Test]
    public void Collector_config_receives_otlp_and_is_mounted() => Assert.Multiple(() =>
    {
        var config = LoadYaml(File.ReadAllText(PathOf("compose/otel-collector.yaml")))[0];
        Assert.That(Map(config, "receivers", "otlp", "protocols", "grpc"), Is.Not.Null);
        Assert.That(Map(config, "service", "pipelines", "traces"), Is.Not.Null);
        Assert.That(List(Service("otel-collector"), "volumes").OfType<string>(), Has.Some.StartsWith("./otel-collector.yaml:"));
    });

    [GeneratedRegex("PASS|Password|ConnectionString", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    [GeneratedRegex(@"\$\{(?<name>[A-Z_][A-Z0-9_]*):\?")]
    private static partial Regex RequiredVariable();
}
