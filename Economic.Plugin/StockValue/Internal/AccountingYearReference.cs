namespace Economic.Plugin.StockValue.Internal;

/// <summary>A reference to an accounting year by its name, such as "2026" or "2026/2027".</summary>
internal sealed record AccountingYearReference(string Year);
