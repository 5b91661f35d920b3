namespace SmartPack.SampleHost.Packing;

/// <summary>Delivers queued packed events in the background: at once when one is queued, and on a poll interval for retries.</summary>
internal sealed class PackedEventWorker(
    PackedEventDispatcher dispatcher,
    PackedEventSignal signal,
    TimeProvider timeProvider,
    Microsoft.Extensions.Options.IOptions<PackingOptions> options,
    ILogger<PackedEventWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.DispatchDueAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                Log.DispatchFailed(logger, exception);
            }

            await signal.WaitAsync(options.Value.PollInterval, timeProvider, stoppingToken);
        }
    }
}
