namespace SmartPack.SampleHost.Admin.Pages;

/// <summary>The previous and next links under a list that is read a page at a time.</summary>
internal sealed record Pager(string Path, string? InstallationId, int PageNumber, bool HasNext)
{
    public string LinkTo(int page) =>
        $"{Path}?installation={Uri.EscapeDataString(InstallationId ?? string.Empty)}&page={page}";
}
