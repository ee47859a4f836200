using System.CommandLine;
using SignalHub.Cli;
using SignalHub.Domain.Vocabulary;
using SignalHub.Hosting;
using SignalHub.Messaging;
using SignalHub.Partners;

namespace SignalHub.Ingestion;

/// <summary>
/// <c>signalhub import --partner NAME --period YYYY-MM FILE [--json]</c>: imports a partner's file and waits
/// for its receipt. Exit code 0 when the delivery was stored (even with rejected rows), 1 when it was
/// refused as a whole. The process works on its own delivery and leaves only when nothing is in flight.
/// </summary>
internal static class ImportCommand
{
    public static Command Build()
    {
        var partner = new Option<string>("--partner") { Description = "The partner's registered name", Required = true };
        var period = SharedOptions.Period();
        var file = new Argument<FileInfo>("FILE") { Description = "The partner file (CSV)" };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for the receipt", DefaultValueFactory = _ => 600 };
        var json = SharedOptions.Json();
        var command = new Command("import", "Import a partner file and print its receipt") { partner, period, file, timeout, json };
        command.SetAction((parse, ct) => CommandHost.RunAsync(parse, HostRoles.Processing, async (services, token) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
                throw new CommandException($"{path.FullName}: no such file", ExitCodes.Configuration);
            var month = SharedOptions.ParsePeriod(parse.GetValue(period)!);
            var name = parse.GetValue(partner)!;
            var registered = await services.GetRequiredService<PartnerStore>().FindByNameAsync(name, token)
                ?? throw new CommandException($"--partner: no partner named '{name}' (see 'signalhub partner list')", ExitCodes.Configuration);
            await using var content = path.OpenRead();
            var result = await services.GetRequiredService<DeliveryIntake>().AcceptAsync(registered.Id, month, content, path.Name, "cli", token);
            if (result.DeliveryId is not { } id)
                return Refused(parse.GetValue(json), result);
            var wait = TimeSpan.FromSeconds(parse.GetValue(timeout));
            var receipts = services.GetRequiredService<ReceiptQuery>();
            await receipts.WaitUntilFinalAsync(id, wait, token);
            await services.GetRequiredService<PipelineProgress>().WaitUntilIdleAsync(wait, token);
            var receipt = (await receipts.GetAsync(id, null, int.MaxValue, token))!;
            if (parse.GetValue(json))
                JsonOutput.Write(receipt);
            else
                ReceiptPrinter.Print(receipt, result.Duplicate);
            return receipt.Status == DeliveryStatus.Rejected.ToCode() ? ExitCodes.Failed : ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static int Refused(bool json, IntakeResult result)
    {
        if (json)
            JsonOutput.Write(new { deliveryId = (Guid?)null, status = DeliveryStatus.Rejected.ToCode(), rowsRead = 0, rowsAccepted = 0, rowsRejected = 0,
                error = new ReceiptProblem(result.ErrorCode!, result.ErrorMessage!), errors = Array.Empty<ReceiptError>() });
        else
            Console.Error.WriteLine($"signalhub: refused: {result.ErrorMessage}");
        return ExitCodes.Failed;
    }
}

internal static class ReceiptPrinter
{
    public static void Print(Receipt receipt, bool duplicate)
    {
        Console.WriteLine($"Delivery {receipt.DeliveryId} ({receipt.Partner}, {receipt.Period}){(duplicate ? ": the same file was delivered before" : "")}");
        Console.WriteLine($"Status {receipt.Status}: {receipt.RowsRead} rows read, {receipt.RowsAccepted} accepted, {receipt.RowsRejected} rejected");
        if (receipt.Error is { } problem)
            Console.WriteLine($"Refused: {problem.Message} ({problem.Code})");
        foreach (var warning in receipt.Warnings)
            Console.WriteLine($"Warning: {warning}");
        foreach (var error in receipt.Errors)
            Console.WriteLine($"Line {error.Line}{(error.Column is null ? "" : $", {error.Column}")}: {error.Reason}");
    }
}
