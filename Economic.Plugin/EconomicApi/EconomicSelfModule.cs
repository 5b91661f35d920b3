namespace Economic.Plugin.EconomicApi;

/// <summary>A module enabled on the agreement, such as 15 "Lager" (inventory).</summary>
internal sealed record EconomicSelfModule(int ModuleNumber, string? Name);
