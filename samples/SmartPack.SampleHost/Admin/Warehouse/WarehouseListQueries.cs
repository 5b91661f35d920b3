using Economic.Plugin.Abstractions.Orders;
using Economic.Plugin.Abstractions.Products;
using SmartPack.SampleHost.Storage;
using SmartPack.SampleHost.Warehouse;

namespace SmartPack.SampleHost.Admin.Warehouse;

/// <summary>
/// Reads orders and products a page at a time for the admin lists, so that an agreement with tens
/// of thousands of records does not load them all. The rows stay after the installation is uninstalled.
/// </summary>
internal sealed class WarehouseListQueries(SqliteDatabase database)
{
    /// <summary>The number of rows on one list page.</summary>
    public const int PageSize = 100;

    public async Task<IReadOnlyList<StoredOrder>> ListOrdersAsync(string installationId, int page, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand(
            "SELECT content, status FROM warehouse_orders WHERE installation_id = $installation " +
            "ORDER BY length(order_number) DESC, order_number DESC LIMIT $limit OFFSET $offset",
            ("$installation", installationId), ("$limit", PageSize), ("$offset", Offset(page)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        var orders = new List<StoredOrder>();
        while (await reader.ReadAsync(cancellationToken))
        {
            orders.Add(new StoredOrder(
                WarehouseJson.Deserialize<WarehouseOrder>(reader.GetString(0)),
                Enum.Parse<WarehouseOrderStatus>(reader.GetString(1))));
        }

        return orders;
    }

    public async Task<IReadOnlyList<WarehouseProduct>> ListProductsAsync(string installationId, int page, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand(
            "SELECT content FROM warehouse_products WHERE installation_id = $installation ORDER BY sku LIMIT $limit OFFSET $offset",
            ("$installation", installationId), ("$limit", PageSize), ("$offset", Offset(page)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        var products = new List<WarehouseProduct>();
        while (await reader.ReadAsync(cancellationToken))
        {
            products.Add(WarehouseJson.Deserialize<WarehouseProduct>(reader.GetString(0)));
        }

        return products;
    }

    private static int Offset(int page) => Math.Max(0, page - 1) * PageSize;
}
