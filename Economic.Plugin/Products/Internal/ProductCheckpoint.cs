using System.Globalization;
using Economic.Plugin.Abstractions.Hosting;

namespace Economic.Plugin.Products.Internal;

/// <summary>The start time of the last successful product sync, stored in the installation's state.</summary>
internal static class ProductCheckpoint
{
    public const string Key = "products.checkpoint";

    /// <summary>Returns the stored start time, or null when no sync succeeded yet or the value is unreadable.</summary>
    public static async Task<DateTimeOffset?> LoadAsync(IPluginStateStore state, CancellationToken cancellationToken)
    {
        var text = await state.GetAsync(Key, cancellationToken);

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value)
            ? value
            : null;
    }

    public static Task SaveAsync(IPluginStateStore state, DateTimeOffset startedAt, CancellationToken cancellationToken) =>
        state.SetAsync(Key, startedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture), cancellationToken);
}
