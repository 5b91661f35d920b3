using Economic.Plugin.Abstractions.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SmartPack.SampleHost.Admin.Localization;
using SmartPack.SampleHost.Installations;
using SmartPack.SampleHost.Storage;

namespace SmartPack.SampleHost.Admin.Pages;

/// <summary>The sync log, newest first, filtered by area and status.</summary>
internal sealed class SyncLogModel(InstallationService installations, IStringLocalizer<AdminText> text) : InstallationPageModel(installations)
{
    /// <summary>The number of entries shown.</summary>
    public const int Limit = 200;

    [BindProperty(SupportsGet = true)]
    public SyncArea? Area { get; set; }

    [BindProperty(SupportsGet = true)]
    public SyncStatus? Status { get; set; }

    public IReadOnlyList<SyncLogEntry> Entries { get; private set; } = [];

    /// <summary>Returns the name of an entry's e-conomic document in the bookkeeper's words, such as "fakturakladde" for an invoice draft and "bilag" for a stock value voucher.</summary>
    public string DocumentText(SyncLogEntry entry)
    {
        var specific = text["SyncLog_Document_" + entry.Area, entry.DocumentNumber ?? string.Empty];
        return specific.ResourceNotFound ? text["SyncLog_Document", entry.DocumentNumber ?? string.Empty] : specific;
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await SelectInstallationAsync(cancellationToken))
        {
            var query = new SyncLogQuery { Area = Area, Status = Status, Limit = Limit };
            Entries = await InstallationService.GetSyncLog(InstallationId!).QueryAsync(query, cancellationToken);
        }
    }
}
