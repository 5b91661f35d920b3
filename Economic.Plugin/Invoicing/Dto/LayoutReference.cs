namespace Economic.Plugin.Invoicing.Dto;

/// <summary>A reference to an e-conomic layout (the printed invoice design).</summary>
internal sealed record LayoutReference
{
    public int? LayoutNumber { get; init; }
}
