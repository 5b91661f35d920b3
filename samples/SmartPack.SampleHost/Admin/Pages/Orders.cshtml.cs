using Economic.Plugin.Abstractions.Orders;
using Microsoft.AspNetCore.Mvc;
using SmartPack.SampleHost.Admin.Warehouse;
using SmartPack.SampleHost.Installations;

namespace SmartPack.SampleHost.Admin.Pages;

/// <summary>The orders imported into the warehouse, newest order number first.</summary>
internal sealed class OrdersModel(InstallationService installations, WarehouseListQueries queries) : InstallationPageModel(installations)
{
    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<StoredOrder> Orders { get; private set; } = [];

    public Pager Pager => new("/admin/orders", InstallationId, PageNumber, Orders.Count == WarehouseListQueries.PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await SelectInstallationAsync(cancellationToken))
        {
            Orders = await queries.ListOrdersAsync(InstallationId!, PageNumber, cancellationToken);
        }
    }
}
