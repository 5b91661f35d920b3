namespace Economic.Plugin.Invoicing.Dto;

/// <summary>The heading and the two free text lines of an invoice.</summary>
internal sealed record DraftNotes
{
    public string? Heading { get; init; }

    public string? TextLine1 { get; init; }

    /// <summary>The second text line, usually printed as a footer.</summary>
    public string? TextLine2 { get; init; }
}
