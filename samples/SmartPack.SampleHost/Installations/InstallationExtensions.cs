namespace SmartPack.SampleHost.Installations;

/// <summary>Registers installation management.</summary>
internal static class InstallationExtensions
{
    public static IServiceCollection AddInstallations(this IServiceCollection services)
    {
        services.AddSingleton<InstallationStore>();
        services.AddSingleton<InstallationService>();
        services.AddSingleton<DefaultInstallationSetup>();

        return services;
    }
}
