namespace SmartPack.SampleHost.Admin.Settings;

/// <summary>How the settings form shows and checks a setting.</summary>
internal enum SettingKind
{
    Text,
    Secret,
    Boolean,
    Integer,
    Choice,
}
