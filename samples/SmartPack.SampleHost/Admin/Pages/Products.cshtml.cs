using Economic.Plugin.Abstractions.Products;
using Microsoft.AspNetCore.Mvc;
using SmartPack.SampleHost.Admin.Warehouse;
using SmartPack.SampleHost.Installations;

namespace SmartPack.SampleHost.Admin.Pages;

/// <summary>The products synced into the warehouse, by SKU; a product barred in e-conomic shows as barred.</summary>
internal sealed class ProductsModel(InstallationService installations, WarehouseListQueries queries) : InstallationPageModel(installations)
{
    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<WarehouseProduct> Products { get; private set; } = [];

    public Pager Pager => new("/admin/products", InstallationId, PageNumber, Products.Count == WarehouseListQueries.PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await SelectInstallationAsync(cancellationToken))
        {
            Products = await queries.ListProductsAsync(InstallationId!, PageNumber, cancellationToken);
        }
    }
}
