using System.Text.Json.Nodes;

namespace Economic.StandIn.Journals;

/// <summary>
/// The bookkeeping documents of one agreement: journals, the chart of accounts, accounting years,
/// closed periods and the vouchers entered in each journal. Not thread-safe on its own: the
/// agreement's lock guards every access.
/// </summary>
internal sealed class JournalBook
{
    /// <summary>How long e-conomic replays a response for a repeated Idempotency-Key.</summary>
    public static readonly TimeSpan IdempotencyWindow = TimeSpan.FromHours(1);

    public SortedDictionary<int, JsonObject> Journals { get; } = [];

    public SortedDictionary<int, JsonObject> Accounts { get; } = [];

    public List<StandInAccountingYear> AccountingYears { get; } = [];

    /// <summary>Closed (barred) periods as "yyyy-MM".</summary>
    public HashSet<string> ClosedPeriods { get; } = new(StringComparer.Ordinal);

    /// <summary>The vouchers entered in each journal, oldest first.</summary>
    public Dictionary<int, List<JsonObject>> Vouchers { get; } = [];

    public Dictionary<string, CachedResponse> IdempotentResponses { get; } = new(StringComparer.Ordinal);

    /// <summary>Creates a book with the standard demo chart, journals and calendar years 2024 to 2027.</summary>
    public static JournalBook CreateStandard()
    {
        var book = new JournalBook();
        StandardChart.Fill(book);

        return book;
    }

    /// <summary>Returns the next voucher number of a journal, starting at its minimum voucher number.</summary>
    public int NextVoucherNumber(int journalNumber)
    {
        var minimum = (int?)(Journals[journalNumber]["settings"]?["voucherNumbers"]?["minimumVoucherNumber"]?.GetValue<int>()) ?? 1;
        var used = Vouchers.TryGetValue(journalNumber, out var vouchers)
            ? vouchers.Select(voucher => voucher["voucherNumber"]!.GetValue<int>()).DefaultIfEmpty(minimum - 1).Max()
            : minimum - 1;

        return Math.Max(used + 1, minimum);
    }

    public List<JsonObject> VouchersOf(int journalNumber)
    {
        if (!Vouchers.TryGetValue(journalNumber, out var vouchers))
        {
            vouchers = [];
            Vouchers[journalNumber] = vouchers;
        }

        return vouchers;
    }
}
