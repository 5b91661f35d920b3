using System.Globalization;
using Economic.Plugin.Abstractions.Products;
using Microsoft.AspNetCore.Mvc;
using SmartPack.SampleHost.Admin.Warehouse;
using SmartPack.SampleHost.Installations;
using SmartPack.SampleHost.Warehouse;

namespace SmartPack.SampleHost.Admin.Pages;

/// <summary>
/// The products synced into the warehouse, by SKU, with their stock on hand and the total stock value
/// that the stock value posting compares. The admin corrects a product's stock with a counted quantity.
/// </summary>
internal sealed class ProductsModel(
    InstallationService installations,
    WarehouseListQueries queries,
    StockAdjustmentService stock) : InstallationPageModel(installations)
{
    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<WarehouseProduct> Products { get; private set; } = [];

    public IReadOnlyDictionary<string, decimal> QuantityOnHand { get; private set; } = new Dictionary<string, decimal>();

    public decimal StockValue { get; private set; }

    /// <summary>The SKU whose counted quantity was rejected, with the reason.</summary>
    public (string Sku, string Message)? CountError { get; private set; }

    public Pager Pager => new("/admin/products", InstallationId, PageNumber, Products.Count == WarehouseListQueries.PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await SelectInstallationAsync(cancellationToken))
        {
            return;
        }

        Products = await queries.ListProductsAsync(InstallationId!, PageNumber, cancellationToken);
        var valuation = await InstallationService.GetWarehouse(InstallationId!).GetStockValuationAsync(cancellationToken);
        QuantityOnHand = valuation.Items.ToDictionary(item => item.Sku, item => item.QuantityOnHand, StringComparer.Ordinal);
        StockValue = valuation.TotalValue;
    }

    public async Task<IActionResult> OnPostCountAsync(string sku, string? counted, CancellationToken cancellationToken)
    {
        if (!await SelectInstallationAsync(cancellationToken))
        {
            return RedirectToPage();
        }

        // The admin types quantities in the page's language, so "1,5" is one and a half in Danish.
        if (!decimal.TryParse(counted, NumberStyles.Number, CultureInfo.CurrentCulture, out var quantity) || quantity < 0m)
        {
            await OnGetAsync(cancellationToken);
            CountError = (sku, $"'{counted}' is not a quantity of 0 or more. Type the counted quantity, such as 12 or 2,5.");
            return Page();
        }

        try
        {
            await stock.SetCountedAsync(InstallationId!, sku, quantity, cancellationToken);
        }
        catch (KeyNotFoundException exception)
        {
            await OnGetAsync(cancellationToken);
            CountError = (sku, exception.Message);
            return Page();
        }

        return Redirect($"/admin/products?installation={Uri.EscapeDataString(InstallationId!)}&page={PageNumber}");
    }
}
