using System.CommandLine;
using SignalHub.Domain.Values;

namespace SignalHub.Cli;

internal static class SharedOptions
{
    public static Option<bool> Json() => new("--json") { Description = "Print the result as JSON" };

    public static Option<string> Period(bool required = true) => new("--period")
    {
        Description = "The month, as YYYY-MM",
        Required = required,
        Validators =
        {
            result =>
            {
                var value = result.GetValueOrDefault<string>();
                if (value is not null && !Domain.Values.Period.TryParse(value, out _, out var error))
                    result.AddError(error!);
            },
        },
    };

    public static Period ParsePeriod(string value) =>
        Domain.Values.Period.TryParse(value, out var period, out var error) ? period : throw new CommandException(error!, ExitCodes.Configuration);
}
