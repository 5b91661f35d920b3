using Economic.Plugin.Abstractions.Invoicing;
using SmartPack.SampleHost.Storage;

namespace SmartPack.SampleHost.Warehouse;

/// <summary>
/// Changes the stock on hand of an installation's products: an admin's correction or stock count,
/// and the lines of a packed order leaving the warehouse. The stock value the plugin posts is the
/// sum of quantity on hand times cost price, so every change here moves the next posting.
/// </summary>
internal sealed class StockAdjustmentService(SqliteDatabase database)
{
    /// <summary>Adds <paramref name="change"/> (negative to remove) to the quantity on hand of one product.</summary>
    /// <exception cref="KeyNotFoundException">The installation has no product <paramref name="sku"/>.</exception>
    /// <exception cref="InvalidOperationException">The change would leave less than nothing in stock.</exception>
    public async Task<StockLevel> AdjustAsync(string installationId, string sku, decimal change, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var quantity = await ReadQuantityAsync(connection, installationId, sku, cancellationToken) + change;
        if (quantity < 0m)
        {
            throw new InvalidOperationException(
                $"Removing {-change} of product '{sku}' would leave {quantity} in stock. Count the stock and set the counted quantity instead.");
        }

        await WriteQuantityAsync(connection, installationId, sku, quantity, cancellationToken);
        await connection.CommitAsync(cancellationToken);

        return new StockLevel(sku, quantity);
    }

    /// <summary>Sets the quantity on hand of one product to a counted quantity.</summary>
    /// <exception cref="KeyNotFoundException">The installation has no product <paramref name="sku"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The counted quantity is negative.</exception>
    public async Task<StockLevel> SetCountedAsync(string installationId, string sku, decimal counted, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(counted);

        await using var connection = await OpenAsync(cancellationToken);
        await ReadQuantityAsync(connection, installationId, sku, cancellationToken);
        await WriteQuantityAsync(connection, installationId, sku, counted, cancellationToken);
        await connection.CommitAsync(cancellationToken);

        return new StockLevel(sku, counted);
    }

    /// <summary>
    /// Lowers the stock by the packed quantity of every line, in one transaction. A line whose product
    /// is not in the warehouse is skipped, and the stock of a product may go below zero, because the
    /// goods have physically left and a later count corrects the figure.
    /// </summary>
    public async Task<IReadOnlyList<StockLevel>> RemovePackedAsync(string installationId, IEnumerable<PackedLine> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);

        await using var connection = await OpenAsync(cancellationToken);
        var levels = new List<StockLevel>();
        foreach (var line in lines.GroupBy(line => line.Sku, StringComparer.Ordinal))
        {
            var onHand = await TryReadQuantityAsync(connection, installationId, line.Key, cancellationToken);
            if (onHand is { } quantity)
            {
                var remaining = quantity - line.Sum(packed => packed.PackedQuantity);
                await WriteQuantityAsync(connection, installationId, line.Key, remaining, cancellationToken);
                levels.Add(new StockLevel(line.Key, remaining));
            }
        }

        await connection.CommitAsync(cancellationToken);

        return levels;
    }

    private async Task<SqliteSession> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken);
        connection.BeginTransaction();

        return connection;
    }

    private static async Task<decimal> ReadQuantityAsync(SqliteSession connection, string installationId, string sku, CancellationToken cancellationToken) =>
        await TryReadQuantityAsync(connection, installationId, sku, cancellationToken)
            ?? throw new KeyNotFoundException($"Product '{sku}' is not in the warehouse of installation '{installationId}'. Sync the products first.");

    private static async Task<decimal?> TryReadQuantityAsync(SqliteSession connection, string installationId, string sku, CancellationToken cancellationToken)
    {
        var value = await connection.ScalarAsync(
            "SELECT quantity_on_hand FROM warehouse_products WHERE installation_id = $installation AND sku = $sku",
            cancellationToken, ("$installation", installationId), ("$sku", sku));

        return value is null ? null : SqliteValues.ToDecimalOrNull(value) ?? 0m;
    }

    private static Task<int> WriteQuantityAsync(SqliteSession connection, string installationId, string sku, decimal quantity, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(
            "UPDATE warehouse_products SET quantity_on_hand = $quantity WHERE installation_id = $installation AND sku = $sku",
            cancellationToken, ("$installation", installationId), ("$sku", sku), ("$quantity", SqliteValues.FromDecimal(quantity)));
}
