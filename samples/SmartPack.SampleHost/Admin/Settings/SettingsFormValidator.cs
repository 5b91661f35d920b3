using System.Globalization;
using Microsoft.Extensions.Localization;
using SmartPack.SampleHost.Admin.Localization;

namespace SmartPack.SampleHost.Admin.Settings;

/// <summary>
/// Checks every editable setting of a submitted form at once against the manifest: type, required and
/// enum option. Checks against the source system, such as "does journal 3 exist", are the plugin's
/// validators' job. The caller saves nothing unless all pass.
/// </summary>
internal sealed class SettingsFormValidator(IStringLocalizer<AdminText> text)
{
    /// <summary>Checks <paramref name="submitted"/> against the form's fields.</summary>
    /// <param name="form">The fields and the saved secrets.</param>
    /// <param name="submitted">The posted form values by key; a missing checkbox means off.</param>
    public SettingsValidation Validate(SettingsForm form, IReadOnlyDictionary<string, string?> submitted)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(submitted);

        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in form.EditableFields)
        {
            var raw = submitted.GetValueOrDefault(field.Key)?.Trim();
            var error = Check(form, field, raw, out var value);
            if (error is not null)
            {
                errors[field.Key] = error;
            }
            else if (field.Kind != SettingKind.Secret || value is not null)
            {
                values[field.Key] = value;
            }
        }

        return new SettingsValidation(values, errors);
    }

    private string? Check(SettingsForm form, SettingField field, string? raw, out string? value)
    {
        value = string.IsNullOrEmpty(raw) ? null : raw;
        return field.Kind switch
        {
            SettingKind.Boolean => CheckBoolean(field, raw, out value),
            SettingKind.Secret => value is null && field.Required && !form.SecretOf(field).IsSaved
                ? Localized("Error_SecretRequired", field) : null,
            _ when value is null => field.Required ? Localized("Error_Required", field) : null,
            SettingKind.Integer => CheckInteger(field, value),
            SettingKind.Choice => field.Options.Contains(value, StringComparer.Ordinal)
                ? null : Localized("Error_UnknownOption", field, value),
            _ => null,
        };
    }

    private string? CheckBoolean(SettingField field, string? raw, out string? value)
    {
        value = string.IsNullOrEmpty(raw) ? "false" : raw.ToLowerInvariant();
        return value is "true" or "false" ? null : Localized("Error_NotBoolean", field, raw!);
    }

    private string? CheckInteger(SettingField field, string value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
            ? null
            : Localized("Error_NotWholeNumber", field, value);

    private string Localized(string key, SettingField field, string? value = null) =>
        text[key, SettingTexts.Label(text, field), value ?? string.Empty];
}
