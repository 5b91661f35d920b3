namespace Economic.Plugin.Abstractions.Orders;

/// <summary>Free text on an order.</summary>
public sealed record OrderNotes
{
    /// <summary>The order heading.</summary>
    public string? Heading { get; init; }

    /// <summary>The customer's comment (e-conomic's first text line).</summary>
    public string? CustomerComment { get; init; }

    /// <summary>Further notes (e-conomic's second text line, usually printed as a footer).</summary>
    public string? Notes { get; init; }
}
