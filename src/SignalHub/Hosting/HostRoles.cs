namespace SignalHub.Hosting;

/// <summary>
/// What one process does. The default runs everything; a deployment splits web, worker and scheduler
/// processes over one broker and one database (<c>--roles web,worker</c> or <c>Host:Roles</c>).
/// </summary>
public sealed record HostRoles(bool Web, bool Worker, bool Scheduler)
{
    public static readonly HostRoles All = new(true, true, true);

    /// <summary>A command that only reads or writes the database: no bus, no consumers.</summary>
    public static readonly HostRoles None = new(false, false, false);

    /// <summary>A command-line process that processes its own work but serves nothing.</summary>
    public static readonly HostRoles Processing = new(false, true, false);

    public static HostRoles Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim() == "all")
            return All;
        var names = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var unknown = names.Except(["web", "worker", "scheduler"]).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"unknown role '{unknown[0]}': use web, worker, scheduler or all (comma-separated)");
        return new(names.Contains("web"), names.Contains("worker"), names.Contains("scheduler"));
    }

    public bool UsesBus => Web || Worker || Scheduler;

    public override string ToString() =>
        string.Join(",", new[] { Web ? "web" : null, Worker ? "worker" : null, Scheduler ? "scheduler" : null }.OfType<string>());
}
