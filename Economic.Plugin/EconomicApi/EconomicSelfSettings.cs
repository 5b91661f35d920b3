namespace Economic.Plugin.EconomicApi;

/// <summary>The agreement settings from <c>/self</c>.</summary>
internal sealed record EconomicSelfSettings(string? BaseCurrency);
