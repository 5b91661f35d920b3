namespace Economic.Plugin.Invoicing.Dto;

/// <summary>A reference to a department or a distribution over departments.</summary>
internal sealed record DepartmentalDistributionReference
{
    public int? DepartmentalDistributionNumber { get; init; }

    /// <summary>"department" or "distribution", copied as e-conomic spells it.</summary>
    public string? DistributionType { get; init; }
}
