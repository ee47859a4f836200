namespace SignalHub.Tests.Deploy;

/// <summary>
/// The deploy files cannot drift from the real configuration: every key they set must be a property of
/// an options class (or a framework key), so a renamed or misspelt setting fails here, not in production.
/// </summary>
public sealed class ConfigurationDriftTests
{
    [Test]
    public void Every_key_the_deploy_files_set_is_read_by_SignalHub()
    {
        var settings = DeploySettings.InRepository().ToList();
        Assert.That(settings.Select(setting => setting.Key), Does.Contain("Host__Roles").And.Contain("Storage__ConnectionString"),
            "the readers found no settings: the deploy files or the readers moved");

        var unknown = settings.Where(setting => !KnownSettings.IsKnown(setting.Key)).ToList();

        Assert.That(unknown, Is.Empty, "keys no options class reads (fix the key, or add it to the options):\n  "
            + string.Join("\n  ", unknown));
    }

    [TestCase("Storage__Provider")]
    [TestCase("Storage__MigrateOnStart")]
    [TestCase("Bus__QueuePrefix")]
    [TestCase("Ingestion:MaxFileBytes")]
    [TestCase("Ingestion__ReminderDaysBefore")]
    [TestCase("Ingestion__Smtp__Host")]
    [TestCase("Matching__Priority__RentArrears")]
    [TestCase("matching__priority__acton")]
    [TestCase("PartnerApi__WindowSeconds")]
    [TestCase("Dispatch__CycleDays")]
    [TestCase("Host__Roles")]
    [TestCase("Logging__LogLevel__Default")]
    [TestCase("ASPNETCORE_URLS")]
    [TestCase("OTEL_EXPORTER_OTLP_ENDPOINT")]
    public void When_a_key_is_a_real_setting_Should_be_known(string key) =>
        Assert.That(KnownSettings.IsKnown(key), Is.True, key);

    [TestCase("Storage__Provder")]
    [TestCase("Storage__ConnectionStrings")]
    [TestCase("Bus__Hostname")]
    [TestCase("Matching__Priority")]
    [TestCase("Matching__Priority__RentArrear")]
    [TestCase("Ingestion__Smtp__Password")]
    [TestCase("Host__Role")]
    [TestCase("Storage")]
    [TestCase("SIGNALHUB_STORAGE")]
    public void When_a_key_is_misspelt_or_invented_Should_be_unknown(string key) =>
        Assert.That(KnownSettings.IsKnown(key), Is.False, key);

    private static readonly TestCaseData[] PlantedKeys =
    [
        new TestCaseData("compose", "Bus__Hostname", """
            services:
              web:
                build: { context: ../.., dockerfile: deploy/container/Dockerfile }
                environment:
                  Host__Roles: web
                  Bus__Hostname: rabbitmq
            """).SetName("When_compose_sets_an_unknown_key_Should_name_it"),
        new TestCaseData("kubernetes", "Storage__Provder", """
            apiVersion: v1
            kind: ConfigMap
            metadata: { name: settings }
            data:
              Storage__Provder: postgres
            """).SetName("When_a_ConfigMap_sets_an_unknown_key_Should_name_it"),
        new TestCaseData("kubernetes", "Ingestion:ChunkSize", """
            apiVersion: v1
            kind: ConfigMap
            metadata: { name: settings }
            data:
              appsettings.Production.json: '{"Ingestion": {"ChunkSize": 5000}}'
            """).SetName("When_an_appsettings_ConfigMap_sets_an_unknown_key_Should_name_it"),
        new TestCaseData("kubernetes", "Dispatch__Cycle", """
            apiVersion: apps/v1
            kind: Deployment
            metadata: { name: web }
            spec:
              template:
                spec:
                  containers:
                    - name: signalhub
                      env:
                        - { name: Dispatch__Cycle, value: "28" }
            """).SetName("When_a_container_env_sets_an_unknown_key_Should_name_it"),
        new TestCaseData("systemd", "Matching__RecidivismMonth", "[Service]\nEnvironment=\"Matching__RecidivismMonth=12\" Host__Roles=web\n")
            .SetName("When_a_systemd_unit_sets_an_unknown_key_Should_name_it"),
        new TestCaseData("env", "Ingestion__MaxFileByte", "# comment\nIngestion__MaxFileByte=1\nStorage__Provider=sqlite\n")
            .SetName("When_an_env_file_sets_an_unknown_key_Should_name_it"),
        new TestCaseData("dockerfile", "Storage__Conection", "FROM x\nENV DOTNET_gcServer=1 \\\n    Storage__Conection=\"Data Source=/x.db\"\n")
            .SetName("When_the_Dockerfile_sets_an_unknown_key_Should_name_it"),
    ];

    [TestCaseSource(nameof(PlantedKeys))]
    public void Planted_unknown_key_is_reported(string kind, string planted, string text)
    {
        var keys = kind switch
        {
            "compose" => DeploySettings.FromCompose(text),
            "kubernetes" => DeploySettings.FromKubernetes(text),
            "systemd" => DeploySettings.FromSystemdUnit(text),
            "env" => DeploySettings.FromEnvFile(text),
            _ => DeploySettings.FromDockerfile(text),
        };

        var unknown = keys.Where(key => !KnownSettings.IsKnown(key)).ToList();

        Assert.That(unknown, Is.EqualTo(new[] { planted }));
    }

    [Test]
    public void Every_options_class_has_a_section_or_is_listed_as_bound_elsewhere()
    {
        var unplaced = KnownSettings.OptionsTypes()
            .Where(type => KnownSettings.SectionOf(type) is null && !KnownSettings.NotConfiguration.Contains(type))
            .Select(type => type.FullName)
            .ToList();

        Assert.That(unplaced, Is.Empty, "give these a `public const string Section`, or list them in KnownSettings");
    }
}
