namespace SmartPack.SampleHost.Packing;

/// <summary>The body of <c>POST /api/orders/{installationId}/{orderNumber}/packed</c>. Without lines, every line is packed in full.</summary>
internal sealed record PackedRequest
{
    public IReadOnlyList<PackedLineQuantity>? Lines { get; init; }
}
