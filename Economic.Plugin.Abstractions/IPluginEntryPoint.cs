using Microsoft.Extensions.DependencyInjection;

namespace Economic.Plugin.Abstractions;

/// <summary>
/// The one entry point of a plugin. The host finds the single public implementation in the plugin's
/// entry assembly, creates it with its parameterless constructor and lets it register services.
/// </summary>
/// <remarks>
/// Services registered here are shared by every installation that the host serves, so they must keep
/// no per-shop state in fields: everything that belongs to one shop arrives with each call as an
/// <see cref="InstallationContext"/>. The host resolves <see cref="Orders.IOrderSource"/>,
/// <see cref="Products.IProductSource"/>, <see cref="Invoicing.IOrderPackedHandler"/>,
/// <see cref="Webhooks.IWebhookHandler"/> and every <see cref="Scheduling.IScheduledTask"/> from the
/// container after this method has run.
/// </remarks>
public interface IPluginEntryPoint
{
    /// <summary>Registers the plugin's services in the host's container.</summary>
    /// <param name="services">The host's service collection. The host has already added
    /// <see cref="TimeProvider"/>, logging and <c>IHttpClientFactory</c>.</param>
    void ConfigureServices(IServiceCollection services);
}
