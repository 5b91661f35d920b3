namespace Economic.Plugin.StockValue.Internal;

/// <summary>A reference to a journal by number.</summary>
internal sealed record JournalReference(int JournalNumber);
