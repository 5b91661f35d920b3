namespace SmartPack.SampleHost.Admin.Localization;

/// <summary>
/// The admin area's texts: <c>AdminText.resx</c> holds English, <c>AdminText.da.resx</c> Danish.
/// Pages read them through <c>IStringLocalizer&lt;AdminText&gt;</c>.
/// </summary>
internal sealed class AdminText;
