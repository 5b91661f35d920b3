using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SmartPack.SampleHost.Admin.Pages;

/// <summary>The admin start page: the plugin catalogue.</summary>
internal sealed class IndexModel : PageModel;
