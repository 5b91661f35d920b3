using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.Abstractions.Products;
using Economic.Plugin.Abstractions.StockValue;
using SmartPack.SampleHost.Storage;

namespace SmartPack.SampleHost.Warehouse;

/// <summary>The products and stock of one installation, keyed on the SKU compared ordinally.</summary>
internal sealed class SqliteProducts(SqliteDatabase database, string installationId)
{
    public async Task<WarehouseProduct?> GetAsync(string sku, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var content = await ReadAsync(connection, sku, cancellationToken);

        return content is null ? null : WarehouseJson.Deserialize<WarehouseProduct>(content);
    }

    public async Task<ChangeResult> UpsertAsync(WarehouseProduct product, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(product);
        ArgumentException.ThrowIfNullOrWhiteSpace(product.Sku);

        await using var connection = await database.OpenAsync(cancellationToken);
        connection.BeginTransaction();
        var result = await WriteAsync(connection, product, cancellationToken);
        await connection.CommitAsync(cancellationToken);

        return result;
    }

    public async Task<ChangeResult> DeactivateAsync(string sku, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        connection.BeginTransaction();
        var content = await ReadAsync(connection, sku, cancellationToken);
        if (content is null)
        {
            return ChangeResult.NotFound;
        }

        var product = WarehouseJson.Deserialize<WarehouseProduct>(content);
        var result = await WriteAsync(connection, product with { IsActive = false }, cancellationToken);
        await connection.CommitAsync(cancellationToken);

        return result;
    }

    public async Task<ChangeResult> RenumberAsync(string oldSku, string newSku, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(newSku);

        await using var connection = await database.OpenAsync(cancellationToken);
        connection.BeginTransaction();
        var content = await ReadAsync(connection, oldSku, cancellationToken);
        if (content is null)
        {
            return ChangeResult.NotFound;
        }

        if (await ReadAsync(connection, newSku, cancellationToken) is not null)
        {
            return ChangeResult.Conflict;
        }

        var product = WarehouseJson.Deserialize<WarehouseProduct>(content) with { Sku = newSku };
        await connection.ExecuteAsync(
            "UPDATE warehouse_products SET sku = $new, content = $content WHERE installation_id = $installation AND sku = $old",
            cancellationToken, ("$installation", installationId), ("$old", oldSku), ("$new", newSku), ("$content", WarehouseJson.Serialize(product)));
        await connection.CommitAsync(cancellationToken);

        return ChangeResult.Renumbered;
    }

    /// <summary>Records the quantity on hand of a product; returns false when there is no such product.</summary>
    public async Task<bool> SetQuantityOnHandAsync(string sku, decimal quantity, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.ExecuteAsync(
            "UPDATE warehouse_products SET quantity_on_hand = $quantity WHERE installation_id = $installation AND sku = $sku",
            cancellationToken, ("$installation", installationId), ("$sku", sku), ("$quantity", SqliteValues.FromDecimal(quantity)));

        return rows == 1;
    }

    /// <summary>Values every product with stock at its cost price; a product without a cost price counts as zero.</summary>
    public async Task<StockValuation> GetStockValuationAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand(
            "SELECT sku, content, quantity_on_hand FROM warehouse_products WHERE installation_id = $installation ORDER BY sku",
            ("$installation", installationId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        var items = new List<StockValuationItem>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var quantity = SqliteValues.ToDecimalOrNull(reader[2]) ?? 0m;
            if (quantity != 0m)
            {
                var costPrice = WarehouseJson.Deserialize<WarehouseProduct>(reader.GetString(1)).CostPrice ?? 0m;
                items.Add(new StockValuationItem(reader.GetString(0), quantity, costPrice));
            }
        }

        return new StockValuation(items.Sum(item => item.Value), items);
    }

    private async Task<ChangeResult> WriteAsync(SqliteSession connection, WarehouseProduct product, CancellationToken cancellationToken)
    {
        var content = WarehouseJson.Serialize(product);
        var stored = await ReadAsync(connection, product.Sku, cancellationToken);
        if (string.Equals(stored, content, StringComparison.Ordinal))
        {
            return ChangeResult.Unchanged;
        }

        await connection.ExecuteAsync(
            "INSERT INTO warehouse_products (installation_id, sku, content, is_active) VALUES ($installation, $sku, $content, $active) " +
            "ON CONFLICT (installation_id, sku) DO UPDATE SET content = excluded.content, is_active = excluded.is_active",
            cancellationToken, ("$installation", installationId), ("$sku", product.Sku), ("$content", content), ("$active", product.IsActive));

        return stored is null ? ChangeResult.Inserted : ChangeResult.Updated;
    }

    private async Task<string?> ReadAsync(SqliteSession connection, string sku, CancellationToken cancellationToken) =>
        (string?)await connection.ScalarAsync(
            "SELECT content FROM warehouse_products WHERE installation_id = $installation AND sku = $sku",
            cancellationToken, ("$installation", installationId), ("$sku", sku));
}
