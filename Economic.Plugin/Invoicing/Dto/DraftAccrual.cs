namespace Economic.Plugin.Invoicing.Dto;

/// <summary>The period a line's revenue is accrued over.</summary>
internal sealed record DraftAccrual
{
    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }
}
