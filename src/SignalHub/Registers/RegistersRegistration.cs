namespace SignalHub.Registers;

public static class RegistersRegistration
{
    /// <summary>The reference lists a municipality maintains: one import pipeline, a register and a list per reference list.</summary>
    public static IHostApplicationBuilder AddRegisters(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RegisterImport>();
        builder.Services.AddSingleton<AreasRegister>();
        builder.Services.AddSingleton<SdvClientsRegister>();
        builder.Services.AddSingleton<AddressRegister>();
        builder.Services.AddSingleton<AreaList>();
        builder.Services.AddSingleton<SdvClientList>();
        return builder;
    }
}
