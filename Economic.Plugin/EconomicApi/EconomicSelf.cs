namespace Economic.Plugin.EconomicApi;

/// <summary>The parts of <c>/self</c> the plugin reads.</summary>
internal sealed record EconomicSelf
{
    public int AgreementNumber { get; init; }

    public EconomicSelfCompany? Company { get; init; }

    public EconomicSelfSettings? Settings { get; init; }

    public IReadOnlyList<EconomicSelfModule> Modules { get; init; } = [];
}
