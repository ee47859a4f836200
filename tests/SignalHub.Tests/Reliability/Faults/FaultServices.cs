namespace SignalHub.Tests.Reliability.Faults;

/// <summary>One private PostgreSQL and RabbitMQ for every fault test: starting RabbitMQ is the slow part.</summary>
[SetUpFixture]
public sealed class FaultServices
{
    private static PrivateServices? _current;

    public static PrivateServices Current => _current ?? throw new InvalidOperationException("the private services did not start");

    [OneTimeSetUp]
    public async Task StartAsync() => _current = await PrivateServices.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_current is not null)
            await _current.DisposeAsync();
        _current = null;
    }
}
