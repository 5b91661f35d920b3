using System.Globalization;

namespace Economic.Plugin.StockValue.Internal;

/// <summary>Records a created voucher: first the new baseline, then the claim as posted.</summary>
/// <remarks>
/// The baseline is written first and computed from the claim alone, so writing it twice after a
/// crash gives the same value, and a claim still marked as sending with a moved baseline proves the
/// voucher was created.
/// </remarks>
internal static class StockValuePostingRecorder
{
    /// <summary>Returns the claim marked as posted, with the change and numbers of the returned vouchers.</summary>
    public static PeriodClaim RecordedClaim(PeriodClaim claim, IReadOnlyList<Voucher> vouchers, StockValueTarget target)
    {
        var changes = vouchers
            .SelectMany(voucher => voucher.FinanceVouchers)
            .Where(entry => entry.Text?.StartsWith(claim.TextMarker, StringComparison.Ordinal) != false)
            .Select(entry => StockValueVoucherBuilder.ReadChange(entry, target))
            .OfType<decimal>()
            .ToList();

        // A replayed response (same Idempotency-Key) returns what was posted then, which may differ
        // from this run's change; the books hold what e-conomic created.
        return claim with
        {
            Status = PeriodClaimStatus.Posted,
            Change = changes.Count == 0 ? claim.Change : changes.Sum(),
            VoucherNumbers = vouchers.Select(Number).Distinct(StringComparer.Ordinal).ToList(),
        };
    }

    public static async Task RecordAsync(StockValueState state, PeriodClaim posted, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var baseline = new StockValueBaseline(posted.PreviousValue + posted.Change, now, posted.PeriodKey);
        await state.SetBaselineAsync(baseline, cancellationToken);
        await state.SaveClaimAsync(posted, cancellationToken);
    }

    private static string Number(Voucher voucher) =>
        voucher.AccountingYear is null
            ? voucher.VoucherNumber.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{voucher.AccountingYear.Year}-{voucher.VoucherNumber}");
}
