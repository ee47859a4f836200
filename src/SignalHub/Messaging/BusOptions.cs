using System.ComponentModel.DataAnnotations;

namespace SignalHub.Messaging;

/// <summary>Which transport carries the pipeline's messages. Section <c>Bus</c>.</summary>
public sealed class BusOptions
{
    public const string Section = "Bus";

    /// <summary><c>inmemory</c> (one process, the embedded default) or <c>rabbitmq</c>.</summary>
    [Required]
    [RegularExpression("^(inmemory|rabbitmq)$", ErrorMessage = "Bus:Transport must be inmemory or rabbitmq")]
    public string Transport { get; set; } = "inmemory";

    public string Host { get; set; } = "localhost";

    [Range(1, 65535)]
    public int Port { get; set; } = 5672;

    public string VirtualHost { get; set; } = "/";

    public string Username { get; set; } = "guest";

    public string Password { get; set; } = "guest";

    /// <summary>Messages a consumer takes at once.</summary>
    [Range(1, 1000)]
    public int PrefetchCount { get; set; } = 16;

    /// <summary>Messages one process handles at the same time per queue.</summary>
    [Range(1, 64)]
    public int ConcurrencyLimit { get; set; } = 2;

    /// <summary>Immediate retries of a failing message before it goes to the error queue.</summary>
    [Range(0, 20)]
    public int RetryLimit { get; set; } = 5;

    /// <summary>
    /// In-memory bus only: after the immediate retries, redeliver a failing message this many times, later
    /// each time (<see cref="RedeliveryDelaySeconds"/>, then four and sixteen times that), before it faults.
    /// RabbitMQ here has no delayed-exchange plugin: there the immediate retries are the whole policy.
    /// </summary>
    [Range(0, 3)]
    public int RedeliveryLimit { get; set; } = 3;

    [Range(1, 3600)]
    public int RedeliveryDelaySeconds { get; set; } = 30;

    /// <summary>
    /// In-memory bus only: a message this process published and no consumer has recorded in its inbox after this
    /// long is published again. What an earlier process published and left unrecorded is published again at
    /// start-up, without waiting. RabbitMQ keeps published messages itself.
    /// </summary>
    [Range(10, 86400)]
    public int RepublishAfterSeconds { get; set; } = 300;

    /// <summary>Days an inbox record is kept; a message redelivered later than this would be handled again.</summary>
    [Range(2, 3650)]
    public int InboxRetentionDays { get; set; } = 30;

    /// <summary>Prefix of every queue name, so two installations can share one broker.</summary>
    [RegularExpression("^[a-z0-9-]*$")]
    public string QueuePrefix { get; set; } = "signalhub";
}
