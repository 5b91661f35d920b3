namespace Economic.Plugin.StockValue.Internal;

/// <summary>Stops a stock value run with a failure that the run writes to the sync log.</summary>
internal sealed class StockValueFailureException : Exception
{
    public StockValueFailureException(StockValueFailure failure)
        : base(failure?.Message)
    {
        ArgumentNullException.ThrowIfNull(failure);

        Failure = failure;
    }

    public StockValueFailure Failure { get; }
}
