using System.ComponentModel.DataAnnotations;

namespace SignalHub.Storage;

/// <summary>Which database SignalHub keeps its records in. Section <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>sqlite</c> (embedded default), <c>postgres</c> or <c>sqlserver</c>.</summary>
    [Required]
    [RegularExpression("^(sqlite|postgres|sqlserver)$", ErrorMessage = "Storage:Provider must be one of sqlite, postgres, sqlserver")]
    public string Provider { get; set; } = "sqlite";

    [Required(ErrorMessage = "Storage:ConnectionString is required")]
    public string ConnectionString { get; set; } = "Data Source=data/signalhub.db";

    /// <summary>Apply pending migrations when a process starts (off for a separate migration job).</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>How long start-up waits for a database that is not up yet (transient errors only).</summary>
    [Range(0, 3600)]
    public int StartupRetrySeconds { get; set; } = 60;

    [Range(1, 3600)]
    public int CommandTimeoutSeconds { get; set; } = 120;
}
