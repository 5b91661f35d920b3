namespace Economic.Plugin.EconomicApi;

/// <summary>The e-conomic connection settings are missing or invalid; the message lists every problem.</summary>
internal sealed class EconomicSettingsException : Exception
{
    public EconomicSettingsException(IReadOnlyList<string> problems)
        : base("The e-conomic settings are invalid: " + string.Join(" ", problems))
    {
        Problems = problems;
    }

    /// <summary>One sentence per problem.</summary>
    public IReadOnlyList<string> Problems { get; }
}
