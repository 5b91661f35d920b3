namespace Economic.Plugin.StockValue;

/// <summary>The manifest's setting keys of stock value posting.</summary>
internal static class StockValueSettingKeys
{
    public const string Enabled = "stockValueEnabled";
    public const string JournalNumber = "stockValueJournalNumber";
    public const string DebitAccount = "stockValueDebitAccount";
    public const string CreditAccount = "stockValueCreditAccount";
    public const string Frequency = "stockValueFrequency";
    public const string Weekday = "stockValueWeekday";
    public const string DayOfPeriod = "stockValueDayOfPeriod";
}
