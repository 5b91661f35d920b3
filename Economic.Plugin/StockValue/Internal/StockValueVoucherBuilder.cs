using System.Globalization;

namespace Economic.Plugin.StockValue.Internal;

/// <summary>
/// Builds the one finance voucher that posts a change in stock value.
/// </summary>
/// <remarks>
/// Sign convention: the amount is always positive, and a positive amount debits <c>account</c> and
/// credits <c>contraAccount</c>. A rise debits the debit account and credits the credit account; a
/// fall swaps the two accounts. e-conomic reads a negative amount as the reverse posting, so the
/// swapped accounts and a negative amount would book the same, but one convention keeps the
/// journal readable and the lookup of earlier vouchers simple.
/// </remarks>
internal static class StockValueVoucherBuilder
{
    /// <summary>The longest entry text e-conomic accepts.</summary>
    public const int MaxTextLength = 250;

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    /// <summary>Rounds an amount to the 2 decimals e-conomic accepts, with midpoints away from zero.</summary>
    public static decimal RoundAmount(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>The start of the entry text of every voucher for <paramref name="periodKey"/>; it marks the voucher as ours.</summary>
    public static string TextMarker(string periodKey) => $"Lagerværdi {periodKey}: ";

    /// <summary>Builds the entry text, such as "Lagerværdi 2026-03: 10.000,00 → 11.234,50".</summary>
    public static string BuildText(string periodKey, decimal previousValue, decimal currentValue)
    {
        var text = TextMarker(periodKey)
            + RoundAmount(previousValue).ToString("N2", Danish)
            + " → "
            + RoundAmount(currentValue).ToString("N2", Danish);

        return text.Length <= MaxTextLength ? text : text[..MaxTextLength];
    }

    /// <summary>Builds the voucher for a change of <paramref name="change"/> (already rounded, not zero).</summary>
    /// <exception cref="ArgumentException">The change is zero or has more than 2 decimals.</exception>
    public static VoucherDraft Build(
        StockValueTarget target,
        string accountingYear,
        DateOnly date,
        string periodKey,
        decimal previousValue,
        decimal change)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentException.ThrowIfNullOrWhiteSpace(accountingYear);
        if (change == 0m || RoundAmount(change) != change)
        {
            throw new ArgumentException($"The change {change} must be non-zero and have at most 2 decimals.", nameof(change));
        }

        var rise = change > 0m;
        var entry = new FinanceVoucherEntry
        {
            Account = new AccountReference(rise ? target.DebitAccountNumber : target.CreditAccountNumber),
            ContraAccount = new AccountReference(rise ? target.CreditAccountNumber : target.DebitAccountNumber),
            Amount = Math.Abs(change),
            Date = date,
            Text = BuildText(periodKey, previousValue, previousValue + change),
        };

        return new VoucherDraft(
            new AccountingYearReference(accountingYear),
            new JournalReference(target.JournalNumber),
            new VoucherEntries { FinanceVouchers = [entry] });
    }

    /// <summary>
    /// Returns the change in stock value that an entry posts under this convention: +amount when it
    /// debits the debit account, -amount when it debits the credit account, and null for an entry on
    /// other accounts.
    /// </summary>
    public static decimal? ReadChange(FinanceVoucherEntry entry, StockValueTarget target)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(target);

        var account = entry.Account?.AccountNumber;
        var contra = entry.ContraAccount?.AccountNumber;
        if (account == target.DebitAccountNumber && contra == target.CreditAccountNumber)
        {
            return entry.Amount;
        }

        if (account == target.CreditAccountNumber && contra == target.DebitAccountNumber)
        {
            return -entry.Amount;
        }

        return null;
    }
}
