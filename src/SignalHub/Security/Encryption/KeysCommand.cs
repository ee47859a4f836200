using System.CommandLine;
using SignalHub.Cli;
using SignalHub.Hosting;

namespace SignalHub.Security.Encryption;

/// <summary>
/// <c>signalhub keys status [--json]</c>: stored values per key id; exit 0 when all are under the active key, 1 otherwise.
/// <c>signalhub keys rotate [--batch-size N] [--json]</c>: re-encrypt under the active key; safe to stop and run again.
/// <c>signalhub keys generate</c>: print a new random key (base64 of 32 bytes) for configuration.
/// </summary>
internal static class KeysCommand
{
    public static Command Build()
    {
        var json = SharedOptions.Json();
        var status = new Command("status", "Count the stored personal values per key id") { json };
        status.SetAction((parse, ct) => CommandHost.RunAsync(parse, HostRoles.None, async (services, token) =>
        {
            var result = await services.GetRequiredService<KeyStatusQuery>().ReadAsync(token);
            if (parse.GetValue(json))
                JsonOutput.Write(result);
            else
            {
                Console.Out.WriteLine($"active key id: {result.ActiveKeyId}");
                foreach (var (id, count) in result.Keys)
                    Console.Out.WriteLine($"  {id}: {count} values");
                Console.Out.WriteLine($"  not yet encrypted: {result.Plaintext}; under an unknown key id: {result.UnknownKeyId}");
            }
            return result.Rotated ? ExitCodes.Ok : ExitCodes.Failed;
        }, ct));

        var batch = new Option<int>("--batch-size") { Description = "Rows per transaction", DefaultValueFactory = _ => 500 };
        var rotateJson = SharedOptions.Json();
        var rotate = new Command("rotate", "Re-encrypt every personal value under Encryption:ActiveKeyId") { batch, rotateJson };
        rotate.SetAction((parse, ct) => CommandHost.RunAsync(parse, HostRoles.None, async (services, token) =>
        {
            var size = parse.GetValue(batch);
            if (size < 1)
                throw new CommandException("--batch-size must be at least 1", ExitCodes.Configuration);
            RotationResult result;
            try
            {
                result = await services.GetRequiredService<KeyRotation>().RotateAsync(size, token);
            }
            catch (FieldDecryptionException e)
            {
                throw new CommandException(e.Message);
            }
            if (parse.GetValue(rotateJson))
                JsonOutput.Write(result);
            else
                Console.Out.WriteLine($"re-encrypted under key id {result.ActiveKeyId}: {result.Signals} signals, {result.SdvClients} SDV clients, {result.TotpSecrets} TOTP secrets");
            return ExitCodes.Ok;
        }, ct));

        var generate = new Command("generate", "Print a new random key (base64 of 32 bytes) for Encryption:Keys or Encryption:HashKey");
        generate.SetAction(_ => Console.Out.WriteLine(KeyFile.NewKey()));
        return new Command("keys", "Encryption keys of the personal fields at rest") { status, rotate, generate };
    }
}
