using System.Security.Cryptography;
using System.Text;

namespace Economic.Plugin.StockValue.Internal;

/// <summary>
/// The record that one period's stock value is posted, or being posted. It is added before the
/// voucher is sent, so that a period is posted at most once across hosts, retries and crashes.
/// </summary>
internal sealed record PeriodClaim
{
    public required string PeriodKey { get; init; }

    public required PeriodClaimStatus Status { get; init; }

    /// <summary>The Idempotency-Key header sent with the voucher; the same on every attempt for the period.</summary>
    public required string IdempotencyKey { get; init; }

    public required int JournalNumber { get; init; }

    /// <summary>The start of the entry text, which finds the voucher in the journal after a crash.</summary>
    public required string TextMarker { get; init; }

    /// <summary>The baseline value before this posting.</summary>
    public required decimal PreviousValue { get; init; }

    /// <summary>The change sent, rounded to 2 decimals; positive for a rise.</summary>
    public required decimal Change { get; init; }

    public required DateTimeOffset ClaimedAt { get; init; }

    /// <summary>The created vouchers as "year-number", such as "2026-812"; empty until posted.</summary>
    public IReadOnlyList<string> VoucherNumbers { get; init; } = [];

    /// <summary>Creates the claim a run adds before it sends the voucher for its period.</summary>
    public static PeriodClaim ForSending(StockValueRun run, decimal previousValue, decimal change, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(run);

        return new PeriodClaim
        {
            PeriodKey = run.PeriodKey,
            Status = PeriodClaimStatus.Sending,
            IdempotencyKey = IdempotencyKeyFor(run.Installation.InstallationId, run.PeriodKey),
            JournalNumber = run.Target.JournalNumber,
            TextMarker = StockValueVoucherBuilder.TextMarker(run.PeriodKey),
            PreviousValue = previousValue,
            Change = change,
            ClaimedAt = now,
        };
    }

    /// <summary>Returns the Idempotency-Key of a period's voucher: the same on every attempt, unique per installation.</summary>
    public static string IdempotencyKeyFor(string installationId, string periodKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(installationId + "\n" + periodKey));

        return $"stock-value-{periodKey}-{Convert.ToHexStringLower(hash)[..16]}";
    }
}
