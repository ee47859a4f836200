using Quartz;

namespace SignalHub.Scheduling;

/// <summary>
/// Jobs registered before the pipeline is composed (a test's or an extension's), added to the one
/// scheduler: register an instance with <c>services.AddSingleton(new AdditionalJobs(...))</c>.
/// </summary>
public sealed record AdditionalJobs(Action<IQuartzBuilder> Add);
