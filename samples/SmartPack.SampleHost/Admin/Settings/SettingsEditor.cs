using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Hosting;
using Microsoft.Extensions.Localization;
using SmartPack.SampleHost.Admin.Localization;
using SmartPack.SampleHost.Installations;
using SmartPack.SampleHost.Plugins;

namespace SmartPack.SampleHost.Admin.Settings;

/// <summary>
/// Loads and saves the settings form of one installation. A save checks every field, then the
/// connection, then the choices read through the plugin, and stores nothing unless all pass.
/// </summary>
internal sealed class SettingsEditor(
    InstallationService installations,
    PluginCatalog catalog,
    SettingsFormValidator validator,
    IConfiguration configuration,
    IStringLocalizer<AdminText> text,
    ILogger<SettingsEditor> logger)
{
    public async Task<SettingsPageState> LoadAsync(string installationId, CancellationToken cancellationToken)
    {
        var (plugin, context) = await OpenAsync(installationId, cancellationToken);
        var form = CreateForm(plugin, context);

        if (!HasRequiredSecrets(form, new Dictionary<string, string?>()))
        {
            return new SettingsPageState(form, Saved: false);
        }

        var (choices, problem) = await PluginSetupChecks.ListChoicesAsync(plugin, context, logger, cancellationToken);
        return new SettingsPageState(form with { Choices = choices }, Saved: false) { ChoicesProblem = problem };
    }

    public async Task<SettingsPageState> SaveAsync(
        string installationId, IReadOnlyDictionary<string, string?> submitted, CancellationToken cancellationToken)
    {
        var (plugin, context) = await OpenAsync(installationId, cancellationToken);
        var form = CreateForm(plugin, context);

        // The connection and the plugin's checks run even when a field is invalid, so one save lists every problem.
        var validation = validator.Validate(form, submitted);
        var errors = new Dictionary<string, string>(validation.Errors, StringComparer.Ordinal);
        var formErrors = new List<string>();
        var candidate = WithValues(context, validation.Values);
        var canConnect = HasRequiredSecrets(form, validation.Values);
        var connection = canConnect ? await PluginSetupChecks.TestConnectionAsync(plugin, candidate, cancellationToken) : null;
        string? problem = null;
        if (canConnect && connection is not { Succeeded: false })
        {
            (var choices, problem) = await PluginSetupChecks.ListChoicesAsync(plugin, candidate, logger, cancellationToken);
            form = form with { Choices = choices };
            AddPluginErrors(form, await PluginSetupChecks.ValidateAsync(plugin, candidate, logger, cancellationToken), errors, formErrors);
        }

        if (errors.Count > 0 || formErrors.Count > 0 || connection is { Succeeded: false })
        {
            Log.SettingsRejected(logger, installationId, string.Join(", ", errors.Keys), connection?.Failure.ToString() ?? "not tested");
            await LogConnectionAsync(context, connection, cancellationToken);
            return Rejected(form, submitted, errors) with { Connection = connection, ChoicesProblem = problem, FormErrors = formErrors };
        }

        try
        {
            await installations.SaveSettingsAsync(installationId, validation.Values, cancellationToken);
        }
        catch (SettingsValidationException exception)
        {
            return Rejected(form, submitted, errors) with { FormErrors = exception.Errors };
        }

        await LogConnectionAsync(context, connection, cancellationToken);
        var saved = await LoadAsync(installationId, cancellationToken);
        return saved with { Saved = true, Connection = connection, ChoicesProblem = problem };
    }

    private async Task<(LoadedPlugin Plugin, InstallationContext Context)> OpenAsync(string installationId, CancellationToken cancellationToken)
    {
        var installation = await installations.FindAsync(installationId, cancellationToken)
            ?? throw new InvalidOperationException($"There is no installation with id '{installationId}'. Install the plugin first.");

        return (catalog.Get(installation.PluginId), await installations.CreateContextAsync(installationId, cancellationToken));
    }

    private SettingsForm CreateForm(LoadedPlugin plugin, InstallationContext context)
    {
        var fields = SettingFields.From(plugin.Manifest);
        var editable = fields.Where(field => field.IsEditable).ToList();
        var links = new Dictionary<string, Uri>(StringComparer.Ordinal);
        if (GrantTokenLink.For(plugin.Id, configuration) is { } link)
        {
            links[GrantTokenLink.SettingKey] = link;
        }

        return new SettingsForm
        {
            Fields = fields,
            Values = editable.Where(field => !field.Secret).ToDictionary(field => field.Key, field => context.Settings.GetString(field.Key)),
            Secrets = editable.Where(field => field.Secret).ToDictionary(field => field.Key, field => SecretStatus.Of(context.Settings.GetString(field.Key))),
            Links = links,
        };
    }

    // The form shows what the admin typed, so nothing is lost, except secrets, which never go back to the browser.
    private static SettingsPageState Rejected(
        SettingsForm form, IReadOnlyDictionary<string, string?> submitted, IReadOnlyDictionary<string, string> errors)
    {
        var values = form.EditableFields.Where(field => !field.Secret)
            .ToDictionary(field => field.Key, field => field.Kind == SettingKind.Boolean
                ? submitted.GetValueOrDefault(field.Key) ?? "false"
                : submitted.GetValueOrDefault(field.Key));

        return new SettingsPageState(form with { Values = values, Errors = errors }, Saved: false);
    }

    private static InstallationContext WithValues(InstallationContext context, IReadOnlyDictionary<string, string?> values)
    {
        var settings = values.Aggregate(context.Settings, (current, pair) => current.With(pair.Key, pair.Value));
        return new InstallationContext(context.InstallationId, settings, context.State, context.SyncLog, context.Warehouse);
    }

    // A field keeps its own error when it already has one; a plugin error about no editable field goes above the form.
    private void AddPluginErrors(
        SettingsForm form, Dictionary<string, string> pluginErrors, Dictionary<string, string> errors, List<string> formErrors)
    {
        foreach (var (key, message) in pluginErrors)
        {
            var field = form.EditableFields.FirstOrDefault(candidate => candidate.Key == key);
            if (field is null)
            {
                formErrors.Add(message);
            }
            else
            {
                errors.TryAdd(key, text["Error_FromPlugin", SettingTexts.Label(text, field), message]);
            }
        }
    }

    // The connection and the choices need the secrets, such as the grant token, either saved or just entered.
    private static bool HasRequiredSecrets(SettingsForm form, IReadOnlyDictionary<string, string?> newValues) =>
        form.EditableFields.Where(field => field.Secret && field.Required)
            .All(field => newValues.ContainsKey(field.Key) || form.SecretOf(field).IsSaved);

    private static Task LogConnectionAsync(InstallationContext context, ConnectionTestResult? connection, CancellationToken cancellationToken) =>
        connection is null ? Task.CompletedTask : context.SyncLog.WriteAsync(
            new SyncLogEntry(SyncArea.Connection, connection.Succeeded ? SyncStatus.Success : SyncStatus.Error, connection.Message)
            {
                Reference = connection.AccountNumber,
                ErrorCode = connection.ErrorCode,
                LogId = connection.LogId,
                HttpStatus = connection.HttpStatus,
            },
            cancellationToken);
}
