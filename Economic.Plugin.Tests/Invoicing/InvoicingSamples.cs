using System.Text.Json;
using Economic.Plugin.Abstractions.Invoicing;
using Economic.Plugin.EconomicApi;
using Economic.Plugin.Invoicing.Dto;

namespace Economic.Plugin.Tests.Invoicing;

/// <summary>Sample documents and packed events shared by the invoicing tests.</summary>
internal static class InvoicingSamples
{
    public static JsonSerializerOptions Json => EconomicJson.Options;

    public static string ReadSample(string fileName) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", fileName));

    /// <summary>Reads an e-conomic order document as the draft-invoice template e-conomic builds from it.</summary>
    public static DraftInvoice Template(string fileName) =>
        JsonSerializer.Deserialize<DraftInvoice>(ReadSample(fileName), Json)!;

    public static OrderPackedEvent Packed(string orderNumber, params PackedLine[] lines) => new()
    {
        EventId = $"packed-{orderNumber}",
        OrderNumber = orderNumber,
        WarehouseReference = $"WMS-{orderNumber}",
        PackedAt = new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero),
        Lines = lines,
    };
}
