namespace Economic.Plugin.StockValue;

/// <summary>The exception thrown when the stock value settings are invalid.</summary>
internal sealed class StockValueSettingsException : Exception
{
    /// <summary>Creates the exception from the list of problems, one sentence each.</summary>
    public StockValueSettingsException(IReadOnlyList<string> problems)
        : base("The stock value settings are invalid. " + string.Join(" ", problems))
    {
        Problems = problems;
    }

    /// <summary>Every invalid setting, one sentence each.</summary>
    public IReadOnlyList<string> Problems { get; }
}
