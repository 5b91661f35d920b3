using System.Globalization;
using System.Net;
using System.Text;
using SmartPack.SampleHost.Installations;
using SmartPack.SampleHost.Plugins;
using SmartPack.SampleHost.Scheduling;

namespace SmartPack.SampleHost.Admin;

/// <summary>Renders the read-only overview page: plugins, installations, task runs and imported orders.</summary>
internal sealed class AdminPageRenderer(PluginCatalog catalog, InstallationService installations, TaskRunStore runStore)
{
    public async Task<string> RenderAsync(CancellationToken cancellationToken)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>SmartPack sample host</title></head><body>");
        html.Append("<h1>SmartPack sample host</h1>");
        AppendPlugins(html);

        foreach (var installation in await installations.ListAsync(cancellationToken))
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>Installation {Encode(installation.Id)} ({Encode(installation.PluginId)})</h2>");
            var pages = $"/admin/installations/{Uri.EscapeDataString(installation.Id)}";
            html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{pages}/products\">Products</a> | <a href=\"{pages}/webhooks\">Webhook URLs</a></p>");
            html.Append("<table><tr><th>Task</th><th>Last run</th><th>Result</th><th>Next run</th></tr>");
            foreach (var run in await runStore.ListAsync(installation.Id, cancellationToken))
            {
                html.Append(CultureInfo.InvariantCulture,
                    $"<tr><td>{Encode(run.TaskName)}</td><td>{run.LastRunAt:u}</td><td>{Encode(run.LastResult)}</td><td>{run.NextRunAt:u}</td></tr>");
            }

            html.Append("</table><h3>Orders</h3><table><tr><th>Order</th><th>Status</th><th>Customer</th><th>Lines</th></tr>");
            foreach (var stored in await installations.GetWarehouse(installation.Id).Orders.ListAsync(cancellationToken))
            {
                html.Append(CultureInfo.InvariantCulture,
                    $"<tr><td>{Encode(stored.Order.OrderNumber)}</td><td>{stored.Status}</td><td>{Encode(stored.Order.Customer.Name)}</td><td>{stored.Order.Lines.Count}</td></tr>");
            }

            html.Append("</table>");
        }

        return html.Append("</body></html>").ToString();
    }

    private void AppendPlugins(StringBuilder html)
    {
        html.Append("<h2>Plugins</h2><ul>");
        foreach (var plugin in catalog.Plugins)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{Encode(plugin.Manifest.DisplayName)} {Encode(plugin.Manifest.Version)}: loaded</li>");
        }

        foreach (var plugin in catalog.Unavailable)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{Encode(plugin.Name)}: unavailable. {Encode(plugin.Reason)}</li>");
        }

        html.Append("</ul>");
    }

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
