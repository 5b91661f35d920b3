using Economic.Plugin.Abstractions.Hosting;

namespace Economic.Plugin.Orders;

/// <summary>Which e-conomic order collections an installation imports.</summary>
internal sealed record OrderImportSettings(bool ImportDrafts, bool ImportSent, bool ImportArchived)
{
    public const string ImportSentOrdersKey = "importSentOrders";
    public const string ImportDraftOrdersKey = "importDraftOrders";
    public const string ImportArchivedOrdersKey = "importArchivedOrders";

    /// <summary>Reads the settings with the manifest defaults: sent orders only.</summary>
    /// <exception cref="FormatException">A value is not true or false.</exception>
    public static OrderImportSettings Read(PluginSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);

        return new OrderImportSettings(
            settings.GetBoolean(ImportDraftOrdersKey, defaultValue: false),
            settings.GetBoolean(ImportSentOrdersKey, defaultValue: true),
            settings.GetBoolean(ImportArchivedOrdersKey, defaultValue: false));
    }

    /// <summary>The enabled collections, drafts first, so an order that moved on ends in its latest status.</summary>
    public IReadOnlyList<EconomicOrderStatus> EnabledStatuses()
    {
        var statuses = new List<EconomicOrderStatus>();
        if (ImportDrafts)
        {
            statuses.Add(EconomicOrderStatus.Draft);
        }

        if (ImportSent)
        {
            statuses.Add(EconomicOrderStatus.Sent);
        }

        if (ImportArchived)
        {
            statuses.Add(EconomicOrderStatus.Archived);
        }

        return statuses;
    }
}
