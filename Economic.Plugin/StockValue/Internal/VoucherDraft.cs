namespace Economic.Plugin.StockValue.Internal;

/// <summary>The body of <c>POST /journals/{journalNumber}/vouchers</c>.</summary>
internal sealed record VoucherDraft(AccountingYearReference AccountingYear, JournalReference Journal, VoucherEntries Entries);
