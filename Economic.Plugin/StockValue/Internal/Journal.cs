namespace Economic.Plugin.StockValue.Internal;

/// <summary>A journal ("kassekladde") from <c>GET /journals</c>.</summary>
internal sealed record Journal
{
    public int JournalNumber { get; init; }

    public string? Name { get; init; }

    public JournalSettings? Settings { get; init; }
}
