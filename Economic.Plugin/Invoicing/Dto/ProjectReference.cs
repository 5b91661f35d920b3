namespace Economic.Plugin.Invoicing.Dto;

/// <summary>A reference to an e-conomic project.</summary>
internal sealed record ProjectReference
{
    public int? ProjectNumber { get; init; }
}
