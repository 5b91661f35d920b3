namespace Economic.Plugin.EconomicApi;

/// <summary>The company of an agreement, from <c>/self</c>.</summary>
internal sealed record EconomicSelfCompany(string? Name);
