using static SignalHub.Tests.Deploy.DeployFolder;

namespace SignalHub.Tests.Deploy;

/// <summary>deploy/kubernetes: a Deployment per role with probes, resources and a locked-down container.</summary>
public sealed class KubernetesManifestTests
{
    private static readonly IReadOnlyList<(string File, object? Document)> Documents = KubernetesManifests()
        .SelectMany(file => LoadYaml(File.ReadAllText(file)).Where(document => document is not null).Select(document => (Relative(file), document)))
        .ToList();

    private static IEnumerable<object?> OfKind(string kind) =>
        Documents.Where(item => Scalar(item.Document, "kind") == kind).Select(item => item.Document);

    private static IEnumerable<string> Names(string kind) => OfKind(kind).Select(document => Scalar(document, "metadata", "name")!);

    [Test]
    public void Every_manifest_has_apiVersion_kind_and_a_name()
    {
        Assert.That(Documents, Is.Not.Empty);
        var incomplete = Documents.Where(item => Scalar(item.Document, "apiVersion") is null || Scalar(item.Document, "kind") is null
            || Scalar(item.Document, "metadata", "name") is null).Select(item => item.File).ToList();
        Assert.That(incomplete, Is.Empty);
    }

    [Test]
    public void Kustomization_lists_every_manifest()
    {
        var kustomization = LoadYaml(File.ReadAllText(PathOf("kubernetes/kustomization.yaml")))[0];
        var listed = List(kustomization, "resources").OfType<string>();
        var files = KubernetesManifests().Select(Path.GetFileName);
        Assert.That(listed, Is.EquivalentTo(files));
    }

    [TestCase("web")]
    [TestCase("worker")]
    [TestCase("scheduler")]
    public void Each_role_has_a_Deployment_that_sets_its_role(string role)
    {
        var deployment = OfKind("Deployment").Single(document => Scalar(document, "metadata", "name") == $"signalhub-{role}");
        var container = DeploySettings.Containers(deployment).Single();
        var roles = List(container, "env").Single(variable => Scalar(variable, "name") == "Host__Roles");
        Assert.That(Scalar(roles, "value"), Is.EqualTo(role));
    }

    [Test]
    public void Every_Deployment_has_probes_resources_and_a_non_root_read_only_container()
    {
        Assert.That(OfKind("Deployment").Count(), Is.EqualTo(3));
        foreach (var deployment in OfKind("Deployment"))
        {
            var name = Scalar(deployment, "metadata", "name");
            var pod = Map(deployment, "spec", "template", "spec");
            var container = DeploySettings.Containers(deployment).Single();
            Assert.Multiple(() =>
            {
                Assert.That(Scalar(container, "livenessProbe", "httpGet", "path"), Is.EqualTo("/health/live"), name);
                Assert.That(Scalar(container, "readinessProbe", "httpGet", "path"), Is.EqualTo("/health/ready"), name);
                Assert.That(Scalar(container, "resources", "requests", "memory"), Is.Not.Null, name);
                Assert.That(Scalar(container, "resources", "requests", "cpu"), Is.Not.Null, name);
                Assert.That(Scalar(container, "resources", "limits", "memory"), Is.Not.Null, name);
                Assert.That(Scalar(pod, "securityContext", "runAsNonRoot"), Is.EqualTo("true"), name);
                Assert.That(Scalar(pod, "securityContext", "runAsUser"), Is.Not.EqualTo("0"), name);
                Assert.That(Scalar(container, "securityContext", "readOnlyRootFilesystem"), Is.EqualTo("true"), name);
                Assert.That(Scalar(container, "securityContext", "allowPrivilegeEscalation"), Is.EqualTo("false"), name);
                Assert.That(TmpVolumeIsEmptyDir(pod, container), Is.True, $"{name}: /tmp must be an emptyDir (uploads spool there)");
            });
        }
    }

    [Test]
    public void Migration_Job_runs_signalhub_migrate()
    {
        var job = OfKind("Job").Single();
        Assert.That(List(DeploySettings.Containers(job).Single(), "args"), Is.EqualTo(new[] { "migrate" }));
    }

    [Test]
    public void Web_is_exposed_and_workers_scale_and_disruptions_are_bounded() => Assert.Multiple(() =>
    {
        Assert.That(Names("Service"), Does.Contain("signalhub-web"));
        Assert.That(Names("Ingress"), Does.Contain("signalhub-web"));
        Assert.That(OfKind("HorizontalPodAutoscaler").Select(hpa => Scalar(hpa, "spec", "scaleTargetRef", "name")), Is.EqualTo(new[] { "signalhub-worker" }));
        Assert.That(Names("PodDisruptionBudget"), Is.SupersetOf(new[] { "signalhub-web", "signalhub-worker" }));
        Assert.That(Names("ConfigMap"), Does.Contain("signalhub-settings"));
        Assert.That(Names("Secret"), Does.Contain("signalhub-secrets"));
    });

    [Test]
    public void Secrets_hold_placeholders_only()
    {
        var values = OfKind("Secret").SelectMany(secret => (Map(secret, "stringData") ?? new Dictionary<object, object?>()).Values).OfType<string>();
        Assert.That(values, Has.All.Contains("REPLACE_ME"));
    }

    private static bool TmpVolumeIsEmptyDir(object? pod, object? container)
    {
        var mount = List(container, "volumeMounts").FirstOrDefault(item => Scalar(item, "mountPath") == "/tmp");
        var volume = List(pod, "volumes").FirstOrDefault(item => mount is not null && Scalar(item, "name") == Scalar(mount, "name"));
        return volume is not null && Map(volume, "emptyDir") is not null;
    }
}
