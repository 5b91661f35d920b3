namespace Economic.Plugin.StockValue.Internal;

/// <summary>
/// One finance voucher entry. A positive <see cref="Amount"/> debits <see cref="Account"/> and
/// credits <see cref="ContraAccount"/>.
/// </summary>
internal sealed record FinanceVoucherEntry
{
    public AccountReference? Account { get; init; }

    public AccountReference? ContraAccount { get; init; }

    /// <summary>The amount in the agreement's base currency, with at most 2 decimals.</summary>
    public decimal Amount { get; init; }

    public DateOnly Date { get; init; }

    /// <summary>The entry text, at most 250 characters.</summary>
    public string? Text { get; init; }
}
