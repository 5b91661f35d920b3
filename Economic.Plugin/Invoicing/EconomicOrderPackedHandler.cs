using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.Abstractions.Invoicing;
using Economic.Plugin.EconomicApi;

namespace Economic.Plugin.Invoicing;

/// <summary>
/// Creates an e-conomic invoice draft when the warehouse packs an order, if the installation has
/// switched the feature on. See <see cref="InvoiceDraftWorkflow"/> for how each order gets exactly one draft.
/// </summary>
internal sealed class EconomicOrderPackedHandler(EconomicSessionFactory sessionFactory, InvoiceDraftWorkflow workflow) : IOrderPackedHandler
{
    public async Task<PackedEventOutcome> HandleOrderPackedAsync(
        InstallationContext installation,
        OrderPackedEvent packedEvent,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(installation);
        ArgumentNullException.ThrowIfNull(packedEvent);

        EconomicSession session;
        try
        {
            // With the switch off nothing is sent, so the connection settings are not even read.
            if (workflow.SkipWhenSwitchedOff(installation, packedEvent) is { } skipped)
            {
                return skipped;
            }

            session = sessionFactory.Create(installation);
        }
        catch (Exception exception) when (exception is EconomicSettingsException or FormatException)
        {
            return await SettingsInvalidAsync(installation, packedEvent, exception.Message, cancellationToken);
        }

        using (session)
        {
            return await workflow.HandleAsync(installation, packedEvent, session.Api<IInvoicesApi>(), cancellationToken);
        }
    }

    private static async Task<PackedEventOutcome> SettingsInvalidAsync(
        InstallationContext installation, OrderPackedEvent packedEvent, string problem, CancellationToken cancellationToken)
    {
        var message = $"No invoice draft was created for order {packedEvent.OrderNumber} because the settings are invalid. {problem} Fix the settings, then retry the draft from the admin page.";
        await installation.SyncLog.WriteAsync(
            new SyncLogEntry(SyncArea.Invoicing, SyncStatus.Error, message) { Reference = packedEvent.OrderNumber },
            cancellationToken);

        return new PackedEventOutcome(PackedEventDisposition.Failed, message);
    }
}
