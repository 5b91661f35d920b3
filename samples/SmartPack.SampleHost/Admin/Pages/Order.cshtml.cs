using System.Globalization;
using Economic.Plugin.Abstractions.Orders;
using Microsoft.AspNetCore.Mvc;
using SmartPack.SampleHost.Admin.Warehouse;
using SmartPack.SampleHost.Installations;
using SmartPack.SampleHost.Packing;

namespace SmartPack.SampleHost.Admin.Pages;

/// <summary>One imported order, with the form that marks it packed with the packed quantity of each line.</summary>
internal sealed class OrderModel(InstallationService installations, OrderPacking packing, PackingService packedEvents)
    : InstallationPageModel(installations)
{
    [BindProperty(SupportsGet = true)]
    public string OrderNumber { get; set; } = string.Empty;

    public StoredOrder? Stored { get; private set; }

    [TempData]
    public bool Packed { get; set; }

    public IReadOnlyDictionary<int, string> Errors { get; private set; } = new Dictionary<int, string>();

    /// <summary>The order's packed events, newest first, with how far the plugin's invoice draft has come.</summary>
    public IReadOnlyList<QueuedPackedEvent> PackedEvents { get; private set; } = [];

    /// <summary>The quantities as typed, by line number, shown again when they were rejected.</summary>
    public IReadOnlyDictionary<int, string?> Submitted { get; private set; } = new Dictionary<int, string?>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await SelectInstallationAsync(cancellationToken))
        {
            Stored = await InstallationService.GetWarehouse(InstallationId!).Orders.GetAsync(OrderNumber, cancellationToken);
            var events = await packedEvents.ListAsync(InstallationId!, cancellationToken);
            PackedEvents = events.Where(queued => queued.Event.OrderNumber == OrderNumber).ToList();
        }
    }

    public async Task<IActionResult> OnPostRetryAsync(CancellationToken cancellationToken)
    {
        if (await SelectInstallationAsync(cancellationToken))
        {
            await packedEvents.RetryFailedAsync(InstallationId!, OrderNumber, cancellationToken);
        }

        return Redirect(OrderUrl());
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        if (Stored is null)
        {
            return Page();
        }

        Submitted = Stored.Order.Lines.ToDictionary(line => line.LineNumber, line => (string?)Request.Form[$"packed-{line.LineNumber}"].ToString());
        Errors = await packing.MarkPackedAsync(InstallationId!, OrderNumber, Submitted.ToDictionary(pair => pair.Key, pair => ParseQuantity(pair.Value)), cancellationToken);
        if (Errors.Count > 0)
        {
            return Page();
        }

        Packed = true;
        return Redirect(OrderUrl());
    }

    private string OrderUrl() =>
        $"/admin/orders/{Uri.EscapeDataString(OrderNumber)}?installation={Uri.EscapeDataString(InstallationId ?? string.Empty)}";

    // The admin types quantities in the page's language, so "1,5" is one and a half in Danish.
    private static decimal? ParseQuantity(string? text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.CurrentCulture, out var quantity) ? quantity : null;
}
