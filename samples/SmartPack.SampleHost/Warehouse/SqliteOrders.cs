using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.Abstractions.Orders;
using SmartPack.SampleHost.Storage;

namespace SmartPack.SampleHost.Warehouse;

/// <summary>
/// The orders of one installation. Each change reads and writes inside one immediate transaction, so
/// a status change by warehouse work and an import of the same order cannot interleave.
/// </summary>
internal sealed class SqliteOrders(SqliteDatabase database, string installationId)
{
    public async Task<StoredOrder?> GetAsync(string orderNumber, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await ReadAsync(connection, orderNumber, cancellationToken);

        return row is null ? null : new StoredOrder(WarehouseJson.Deserialize<WarehouseOrder>(row.Value.Content), row.Value.Status);
    }

    public async Task<IReadOnlyList<StoredOrder>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand(
            "SELECT content, status FROM warehouse_orders WHERE installation_id = $installation ORDER BY order_number",
            ("$installation", installationId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        var orders = new List<StoredOrder>();
        while (await reader.ReadAsync(cancellationToken))
        {
            orders.Add(new StoredOrder(WarehouseJson.Deserialize<WarehouseOrder>(reader.GetString(0)), Enum.Parse<WarehouseOrderStatus>(reader.GetString(1))));
        }

        return orders;
    }

    public async Task<ChangeResult> UpsertAsync(WarehouseOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentException.ThrowIfNullOrWhiteSpace(order.OrderNumber);

        var content = WarehouseJson.Serialize(order);
        await using var connection = await database.OpenAsync(cancellationToken);
        connection.BeginTransaction();
        var existing = await ReadAsync(connection, order.OrderNumber, cancellationToken);
        var result = existing switch
        {
            null => ChangeResult.Inserted,
            { Status: not WarehouseOrderStatus.Open } => ChangeResult.Conflict,
            { Content: var stored } when string.Equals(stored, content, StringComparison.Ordinal) => ChangeResult.Unchanged,
            _ => ChangeResult.Updated,
        };
        if (result is ChangeResult.Inserted or ChangeResult.Updated)
        {
            await connection.ExecuteAsync(
                "INSERT INTO warehouse_orders (installation_id, order_number, content, status) VALUES ($installation, $number, $content, $status) " +
                "ON CONFLICT (installation_id, order_number) DO UPDATE SET content = excluded.content",
                cancellationToken, ("$installation", installationId), ("$number", order.OrderNumber), ("$content", content),
                ("$status", nameof(WarehouseOrderStatus.Open)));
        }

        await connection.CommitAsync(cancellationToken);
        return result;
    }

    public async Task<ChangeResult> DeleteAsync(string orderNumber, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        connection.BeginTransaction();
        var existing = await ReadAsync(connection, orderNumber, cancellationToken);
        if (existing is null)
        {
            return ChangeResult.NotFound;
        }

        if (existing.Value.Status != WarehouseOrderStatus.Open)
        {
            return ChangeResult.Conflict;
        }

        await connection.ExecuteAsync(
            "DELETE FROM warehouse_orders WHERE installation_id = $installation AND order_number = $number",
            cancellationToken, ("$installation", installationId), ("$number", orderNumber));
        await connection.CommitAsync(cancellationToken);

        return ChangeResult.Deleted;
    }

    public async Task<ChangeResult> RenumberAsync(string oldNumber, string newNumber, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(newNumber);

        await using var connection = await database.OpenAsync(cancellationToken);
        connection.BeginTransaction();
        var existing = await ReadAsync(connection, oldNumber, cancellationToken);
        if (existing is null)
        {
            return ChangeResult.NotFound;
        }

        if (await ReadAsync(connection, newNumber, cancellationToken) is not null)
        {
            return ChangeResult.Conflict;
        }

        var order = WarehouseJson.Deserialize<WarehouseOrder>(existing.Value.Content) with { OrderNumber = newNumber };
        await connection.ExecuteAsync(
            "UPDATE warehouse_orders SET order_number = $new, content = $content WHERE installation_id = $installation AND order_number = $old",
            cancellationToken, ("$installation", installationId), ("$old", oldNumber), ("$new", newNumber), ("$content", WarehouseJson.Serialize(order)));
        await connection.CommitAsync(cancellationToken);

        return ChangeResult.Renumbered;
    }

    /// <summary>Records how far warehouse work has come on an order; returns false when there is no such order.</summary>
    public async Task<bool> SetStatusAsync(string orderNumber, WarehouseOrderStatus status, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.ExecuteAsync(
            "UPDATE warehouse_orders SET status = $status WHERE installation_id = $installation AND order_number = $number",
            cancellationToken, ("$installation", installationId), ("$number", orderNumber), ("$status", status.ToString()));

        return rows == 1;
    }

    private async Task<(string Content, WarehouseOrderStatus Status)?> ReadAsync(
        SqliteSession connection, string orderNumber, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(
            "SELECT content, status FROM warehouse_orders WHERE installation_id = $installation AND order_number = $number",
            ("$installation", installationId), ("$number", orderNumber));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return (reader.GetString(0), Enum.Parse<WarehouseOrderStatus>(reader.GetString(1)));
    }
}
