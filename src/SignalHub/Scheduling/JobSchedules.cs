namespace SignalHub.Scheduling;

/// <summary>
/// Cron schedules an operator set for jobs by name (<c>Scheduling:Schedules:dispatch-ready</c> =
/// <c>0 7 * * * ?</c>), in place of the schedules the jobs come with.
/// </summary>
public sealed record JobSchedules(IReadOnlyDictionary<string, string> ByJob)
{
    public const string Section = "Scheduling:Schedules";

    public static JobSchedules From(IConfiguration configuration) =>
        new(configuration.GetSection(Section).GetChildren()
            .Where(c => !string.IsNullOrWhiteSpace(c.Value))
            .ToDictionary(c => c.Key, c => c.Value!, StringComparer.OrdinalIgnoreCase));

    public string For(string job, string standard) => ByJob.TryGetValue(job, out var cron) ? cron : standard;
}
