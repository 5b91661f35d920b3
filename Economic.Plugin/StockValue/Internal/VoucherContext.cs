namespace Economic.Plugin.StockValue.Internal;

/// <summary>The facts about a voucher that make an e-conomic error readable.</summary>
internal sealed record VoucherContext(StockValueTarget Target, string PeriodKey, DateOnly Date, string AccountingYear);
