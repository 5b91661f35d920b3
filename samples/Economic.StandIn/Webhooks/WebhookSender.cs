using System.Text;
using System.Threading.Channels;

namespace Economic.StandIn.Webhooks;

/// <summary>
/// Sends webhook calls in the background with a few calls in flight at once, so a bulk change reaches
/// the receiver as a burst, and possibly out of order, as e-conomic's calls do.
/// </summary>
internal sealed class WebhookSender : IAsyncDisposable
{
    private const int Concurrency = 8;

    private readonly Channel<WebhookCall> _calls = Channel.CreateUnbounded<WebhookCall>();
    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly Lock _gate = new();
    private readonly ILogger<WebhookSender> _logger;
    private readonly Task[] _workers;
    private int _pending;
    private TaskCompletionSource _idle = NewCompletedSource();

    public WebhookSender(ILogger<WebhookSender> logger)
    {
        _logger = logger;
        _workers = [.. Enumerable.Range(0, Concurrency).Select(_ => Task.Run(SendLoopAsync))];
    }

    public void Enqueue(WebhookCall call)
    {
        lock (_gate)
        {
            if (_pending++ == 0)
            {
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        _calls.Writer.TryWrite(call);
    }

    public Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _idle.Task.WaitAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _calls.Writer.TryComplete();
        await Task.WhenAll(_workers);
        _client.Dispose();
    }

    private async Task SendLoopAsync()
    {
        await foreach (var call in _calls.Reader.ReadAllAsync())
        {
            call.Owner.Record(await SendAsync(call));
            lock (_gate)
            {
                if (--_pending == 0)
                {
                    _idle.TrySetResult();
                }
            }
        }
    }

    private async Task<StandInWebhookDelivery> SendAsync(WebhookCall call)
    {
        var type = call.Subscription.Type;
        try
        {
            using var content = new StringContent(call.Body, Encoding.UTF8, "application/x-www-form-urlencoded");
            using var response = await _client.PostAsync(call.Url, content);

            return new StandInWebhookDelivery(type, call.OldNumber, call.NewNumber, (int)response.StatusCode, null);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            Log.WebhookFailed(_logger, type, exception.Message);
            return new StandInWebhookDelivery(type, call.OldNumber, call.NewNumber, null, exception.Message);
        }
    }

    private static TaskCompletionSource NewCompletedSource()
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        source.SetResult();

        return source;
    }
}
