namespace SignalHub.Tests.Fixtures;

/// <summary>The two shapes every scenario runs on: the embedded default and a real deployment's services.</summary>
public enum StackKind
{
    SqliteInMemory,
    PostgresRabbitMq,

    /// <summary>Runs only where <c>SIGNALHUB_TEST_SQLSERVER</c> names a server; reported as skipped elsewhere.</summary>
    SqlServerInMemory,
}
