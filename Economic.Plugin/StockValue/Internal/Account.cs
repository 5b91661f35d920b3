namespace Economic.Plugin.StockValue.Internal;

/// <summary>An account of the chart of accounts, from <c>GET /accounts</c>.</summary>
internal sealed record Account
{
    /// <summary>The account type whose accounts hold the result (drift) entries.</summary>
    public const string ProfitAndLossType = "profitAndLoss";

    /// <summary>The account type whose accounts hold the balance sheet (status) entries.</summary>
    public const string StatusType = "status";

    public int AccountNumber { get; init; }

    /// <summary>profitAndLoss, status, totalFrom, heading, headingStart, sumInterval or sumAlpha.</summary>
    public string? AccountType { get; init; }

    public string? Name { get; init; }

    public bool Barred { get; init; }

    /// <summary>True when the account rejects entries typed into a journal.</summary>
    public bool BlockDirectEntries { get; init; }

    /// <summary>Whether entries can be posted to the account at all: only profit-and-loss and status accounts take entries.</summary>
    public bool IsPostingAccount =>
        string.Equals(AccountType, ProfitAndLossType, StringComparison.Ordinal)
        || string.Equals(AccountType, StatusType, StringComparison.Ordinal);
}
