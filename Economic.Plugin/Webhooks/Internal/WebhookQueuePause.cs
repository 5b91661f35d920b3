using System.Globalization;
using Economic.Plugin.Abstractions.Hosting;
using Microsoft.Extensions.Options;

namespace Economic.Plugin.Webhooks.Internal;

/// <summary>
/// The pause of an installation's webhook queue after a failed re-read, kept in its state. When e-conomic
/// is down or the settings are wrong every queued record fails the same way, so the whole queue waits.
/// </summary>
internal sealed class WebhookQueuePause(TimeProvider timeProvider, IOptions<WebhookQueueOptions> options)
{
    /// <summary>The state key of the time until which the queue is paused.</summary>
    public const string PausedUntilKey = "webhooks/paused-until";

    /// <summary>Pauses the queue for <see cref="WebhookQueueOptions.FailureRetryDelay"/>.</summary>
    public Task PauseAsync(IPluginStateStore state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);

        var until = timeProvider.GetUtcNow() + options.Value.FailureRetryDelay;

        return state.SetAsync(PausedUntilKey, until.ToString("O", CultureInfo.InvariantCulture), cancellationToken);
    }

    /// <summary>Returns true while a pause set by <see cref="PauseAsync"/> lasts.</summary>
    public async Task<bool> IsPausedAsync(IPluginStateStore state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);

        var text = await state.GetAsync(PausedUntilKey, cancellationToken);

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var until)
            && until > timeProvider.GetUtcNow();
    }
}
