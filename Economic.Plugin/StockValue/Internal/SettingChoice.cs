namespace Economic.Plugin.StockValue.Internal;

/// <summary>One option of an enum setting: the name the manifest lists and the value it stands for.</summary>
internal sealed record SettingChoice<T>(string Name, T Value);
