using Economic.Plugin.Abstractions.Products;
using SmartPack.SampleHost.Storage;

namespace SmartPack.SampleHost.Warehouse;

/// <summary>Lists the products of one installation, ordered by SKU, for the admin pages.</summary>
internal sealed class SqliteProductList(SqliteDatabase database)
{
    public async Task<IReadOnlyList<WarehouseProduct>> ListAsync(string installationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand(
            "SELECT content FROM warehouse_products WHERE installation_id = $installation ORDER BY sku",
            ("$installation", installationId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        var products = new List<WarehouseProduct>();
        while (await reader.ReadAsync(cancellationToken))
        {
            products.Add(WarehouseJson.Deserialize<WarehouseProduct>(reader.GetString(0)));
        }

        return products;
    }
}
