namespace SmartPack.SampleHost.Scheduling;

/// <summary>Registers the scheduler and the task runner behind "sync now".</summary>
internal static class SchedulingExtensions
{
    public static IServiceCollection AddScheduler(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.Configure<SchedulerOptions>(configuration.GetSection("SampleHost:Scheduler"));
        services.AddSingleton<TaskRunStore>();
        services.AddSingleton<TaskRunner>();
        services.AddSingleton<PluginScheduler>();
        services.AddHostedService(provider => provider.GetRequiredService<PluginScheduler>());

        return services;
    }
}
