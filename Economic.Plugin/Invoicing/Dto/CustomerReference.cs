namespace Economic.Plugin.Invoicing.Dto;

/// <summary>A reference to an e-conomic customer.</summary>
internal sealed record CustomerReference
{
    public int? CustomerNumber { get; init; }
}
