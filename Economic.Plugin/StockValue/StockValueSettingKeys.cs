namespace Economic.Plugin.StockValue;

/// <summary>The manifest keys of the stock value settings that validation errors point to.</summary>
internal static class StockValueSettingKeys
{
    public const string JournalNumber = "stockValueJournalNumber";

    public const string DebitAccount = "stockValueDebitAccount";

    public const string CreditAccount = "stockValueCreditAccount";
}
