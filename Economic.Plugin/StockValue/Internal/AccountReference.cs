namespace Economic.Plugin.StockValue.Internal;

/// <summary>A reference to an account by number.</summary>
internal sealed record AccountReference(int AccountNumber);
