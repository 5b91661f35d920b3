namespace Economic.Plugin.Invoicing.Dto;

/// <summary>A reference to a product. Product numbers are strings of up to 25 characters.</summary>
internal sealed record ProductReference
{
    public string? ProductNumber { get; init; }
}
