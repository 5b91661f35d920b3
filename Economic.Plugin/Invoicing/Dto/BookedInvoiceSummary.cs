namespace Economic.Plugin.Invoicing.Dto;

/// <summary>The members of a booked invoice that the plugin reads when it looks for an invoice it made.</summary>
internal sealed record BookedInvoiceSummary
{
    public int? BookedInvoiceNumber { get; init; }

    public DraftReferences? References { get; init; }
}
