namespace SignalHub.Tests.Fixtures;

/// <summary>
/// The real services the test command starts (deploy/local/services.sh). Locally a missing service skips
/// its tests; under the test command (<c>SIGNALHUB_TEST_REQUIRE_SERVICES=1</c>) it fails them.
/// </summary>
public static class TestServices
{
    public static string? Postgres => Environment.GetEnvironmentVariable("SIGNALHUB_TEST_POSTGRES");

    public static string? RabbitMq => Environment.GetEnvironmentVariable("SIGNALHUB_TEST_RABBITMQ");

    public static string? SqlServer => Environment.GetEnvironmentVariable("SIGNALHUB_TEST_SQLSERVER");

    public static bool Required => Environment.GetEnvironmentVariable("SIGNALHUB_TEST_REQUIRE_SERVICES") == "1";

    public static string RequirePostgres() => Postgres ?? Missing("SIGNALHUB_TEST_POSTGRES (PostgreSQL)");

    public static string RequireRabbitMq() => RabbitMq ?? Missing("SIGNALHUB_TEST_RABBITMQ (RabbitMQ)");

    private static string Missing(string what)
    {
        var message = $"{what} is not set: run 'bash deploy/local/services.sh start' and eval its 'env' output";
        if (Required)
            Assert.Fail(message);
        Assert.Ignore(message);
        return "";
    }
}
