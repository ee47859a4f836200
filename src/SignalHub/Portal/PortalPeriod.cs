using Dapper;
using SignalHub.Domain.Values;
using SignalHub.Storage;

namespace SignalHub.Portal;

/// <summary>The month a page shows: the one asked for, else the latest with signals, else this month.</summary>
internal static class PortalPeriod
{
    public static async Task<Period> ResolveAsync(Database database, TimeProvider clock, string? requested, CancellationToken ct)
    {
        if (Period.TryParse(requested, out var asked, out _))
            return asked;
        var latest = await database.ReadAsync(c => c.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT MAX(period) FROM deliveries", cancellationToken: ct)), ct);
        return Period.TryParse(latest, out var period, out _) ? period : Period.Of(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }
}
