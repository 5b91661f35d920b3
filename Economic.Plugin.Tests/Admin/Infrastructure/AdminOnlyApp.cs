using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using SmartPack.SampleHost;
using SmartPack.SampleHost.Admin;

namespace Economic.Plugin.Tests.Admin.Infrastructure;

/// <summary>The sample host's admin area on its own, over a temp data folder, for the login and language tests.</summary>
internal static class AdminOnlyApp
{
    public static Task<RunningWebApp> StartAsync(string dataFolder, string? adminPassword = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SampleHostApp).Assembly.GetName().Name,
            EnvironmentName = "Test",
            ContentRootPath = dataFolder,
        });
        builder.Configuration["SampleHost:DataDirectory"] = dataFolder;
        builder.Configuration["SampleHost:AdminPassword"] = adminPassword ?? string.Empty;
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataFolder, "keys")));
        builder.Services.AddAdmin(builder.Configuration);

        var app = builder.Build();
        app.UseAdmin();
        return RunningWebApp.StartAsync(app);
    }
}
