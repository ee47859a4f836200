using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using SignalHub.Cli;
using SignalHub.Dispatch;
using SignalHub.Domain.Values;
using SignalHub.Ingestion;
using SignalHub.Messaging;
using SignalHub.Partners;
using SignalHub.Registers;
using SignalHub.Security.Encryption;
using SignalHub.Storage;

namespace SignalHub.Tests.Fixtures;

/// <summary>What scenarios do to a running stack, in the words of the month's cycle.</summary>
public static class Scenario
{
    public static async Task<(Partner Partner, string ApiKey)> RegisterAsync(this SignalHubStack stack, string name, string type)
    {
        var request = PartnerCommands.Validate(name, type, null, null, null);
        return await stack.Get<PartnerStore>().AddAsync(request, CancellationToken.None);
    }

    /// <summary>Uploads through the partner API and waits until the delivery and everything it set off is done.</summary>
    public static async Task<Receipt> UploadAsync(this SignalHubStack stack, string apiKey, string period, string csv)
    {
        using var client = stack.Client(apiKey);
        using var content = new StringContent(csv, System.Text.Encoding.UTF8, "text/csv");
        using var response = await client.PostAsync($"/api/v1/deliveries?period={period}", content);
        Assert.That((int)response.StatusCode, Is.AnyOf(200, 202), await response.Content.ReadAsStringAsync());
        var receipt = await response.Content.ReadFromJsonAsync<Receipt>(JsonOutput.Options);
        await stack.WaitUntilIdleAsync();
        return (await stack.Get<ReceiptQuery>().GetAsync(receipt!.DeliveryId, null, int.MaxValue, CancellationToken.None))!;
    }

    public static async Task WaitUntilIdleAsync(this SignalHubStack stack)
    {
        await stack.Get<PipelineProgress>().WaitUntilIdleAsync(TimeSpan.FromMinutes(3), CancellationToken.None);
    }

    public static Task AddAreaAsync(this SignalHubStack stack, string from, string to, string team) =>
        stack.Get<Database>().InTransactionAsync((c, t) => c.ExecuteAsync(
            "INSERT INTO areas (id, postcode_from, postcode_to, team) VALUES (@Id, @From, @To, @Team)",
            new { Id = Guid.CreateVersion7(), From = from, To = to, Team = team }, t), CancellationToken.None);

    /// <summary>Adds a client as the list import does: surname encrypted under the stack's keys.</summary>
    public static Task AddSdvClientAsync(this SignalHubStack stack, string caseReference, string surname, string addressKey, DateOnly? birthDate = null,
        string? caseworker = "Consulent Test")
    {
        var database = stack.Get<Database>();
        return database.InTransactionAsync((c, t) => database.Dialect.BulkInsertAsync(c, t, SdvClientsRegister.Rows,
            [SdvClientsRegister.Row(stack.Get<FieldCipher>(), caseReference, surname, birthDate, addressKey, caseworker, DateTime.UtcNow)],
            CancellationToken.None), CancellationToken.None);
    }

    public static Task<long> CountAsync(this SignalHubStack stack, string sql, object? args = null) =>
        stack.Get<Database>().ReadAsync(c => c.ExecuteScalarAsync<long>(sql, args), CancellationToken.None);

    public static Period Month(string text) => Period.TryParse(text, out var period, out _) ? period : throw new ArgumentException(text);

    public static JsonElement Prop(this JsonElement element, string name) => element.GetProperty(name);
}
