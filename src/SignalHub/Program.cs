using SignalHub.Cli;
using SignalHub.Dispatch;
using SignalHub.Export.Ddas;
using SignalHub.Feedback;
using SignalHub.Hosting;
using SignalHub.Ingestion;
using SignalHub.Ingestion.Calendar;
using SignalHub.Matching;
using SignalHub.Messaging;
using SignalHub.Outreach;
using SignalHub.Partners;
using SignalHub.Portal;
using SignalHub.Registers;
using SignalHub.Reporting;
using SignalHub.Scheduling;
using SignalHub.Security;
using SignalHub.Security.Encryption;
using SignalHub.Security.Retention;
using SignalHub.Security.WebSurface;
using SignalHub.Storage;
using SignalHub.Telemetry;

return await SignalHubCommandLine.RunAsync(args);

/// <summary>The pipeline: ingest, bus, match, dispatch, feedback; one registration per stage.</summary>
public partial class Program
{
    internal static void Compose(IHostApplicationBuilder builder, HostRoles roles)
    {
        builder.AddTelemetry();
        builder.AddStorage();
        builder.AddEncryption();
        builder.AddAudit();
        builder.AddMessaging(roles, consumers =>
        {
            consumers.AddIngestionConsumers();
            consumers.AddMatchingConsumers();
            consumers.AddDispatchConsumers();
        });
        builder.AddPartners();
        builder.AddPortalSecurity();
        builder.AddIngestion();
        builder.AddRegisters();
        builder.AddMatching();
        builder.AddDispatch();
        builder.AddOutreach();
        builder.AddFeedback();
        builder.AddDdasExport();
        builder.AddReporting();
        builder.AddRetention();
        builder.AddJobFires();
        if (roles.Scheduler)
            builder.AddScheduling(jobs =>
            {
                jobs.AddDispatchJobs();
                jobs.AddCalendarJobs();
                jobs.AddOutreachJobs();
                jobs.AddRetentionJobs();
            });
        if (roles.Web)
            builder.AddPortal();
    }

    internal static void MapEndpoints(WebApplication app)
    {
        // Order matters: headers and HTTPS first; the portal's error pages before sign-in, so a 403 gets its page;
        // the partner API's rate limiter after sign-in, so it sees the partner.
        app.UseWebSurface();
        app.MapPortal();
        app.MapPartnerApi();
        app.MapIngestionApi();
        app.MapFeedbackApi();
        app.MapExportsApi();
    }
}
