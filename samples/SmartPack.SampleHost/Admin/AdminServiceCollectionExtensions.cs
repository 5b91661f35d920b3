using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.WebEncoders;
using SmartPack.SampleHost.Admin.Auth;
using SmartPack.SampleHost.Admin.Localization;
using SmartPack.SampleHost.Admin.Settings;
using SmartPack.SampleHost.Admin.Warehouse;

namespace SmartPack.SampleHost.Admin;

/// <summary>Registers the admin area: login, authorization, pages and their languages.</summary>
internal static class AdminServiceCollectionExtensions
{
    public static IServiceCollection AddAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.Section));
        services.AddSingleton<AdminPasswordFile>();
        services.AddSingleton<AdminPasswordService>();
        services.AddSingleton<SettingsFormValidator>();
        services.AddSingleton<SettingsEditor>();
        services.AddSingleton<WarehouseListQueries>();
        services.AddSingleton<OrderPacking>();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(ConfigureCookie);
        services.AddAuthorizationBuilder().AddPolicy(AdminPaths.Policy, policy => policy
            .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()
            .RequireClaim(AdminClaims.Role, AdminClaims.AdminRole));

        services.AddLocalization();
        // Danish letters are written as they are, not as character references, so pages stay readable as text.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(AdminCultures.Configure);
        services.AddRazorPages(ConfigurePages)
            .ConfigureApplicationPartManager(AddHostAssembly);

        return services;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        options.LoginPath = AdminPaths.Login;
        options.LogoutPath = AdminPaths.Logout;
        options.AccessDeniedPath = AdminPaths.Login;
        options.Cookie.Name = "SmartPack.Admin";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.SlidingExpiration = true;
        options.Events.OnRedirectToLogin = AdminCookieEvents.RedirectToLoginAsync;
        options.Events.OnRedirectToAccessDenied = AdminCookieEvents.RedirectToAccessDeniedAsync;
    }

    private static void ConfigurePages(Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions options)
    {
        // Every page under the admin folder needs the login, except the pages that lead to one.
        options.RootDirectory = "/Admin/Pages";
        options.Conventions.AuthorizeFolder("/", AdminPaths.Policy);
        options.Conventions.AllowAnonymousToPage("/Login");
        options.Conventions.AllowAnonymousToPage("/Setup");
        options.Conventions.AllowAnonymousToPage("/Language");
    }

    // When the host runs inside a test process, the entry assembly is the test runner, so the
    // compiled pages are not found unless this assembly is added by hand.
    private static void AddHostAssembly(ApplicationPartManager manager)
    {
        var assembly = typeof(AdminServiceCollectionExtensions).Assembly;
        if (manager.ApplicationParts.OfType<AssemblyPart>().Any(part => part.Assembly == assembly))
        {
            return;
        }

        manager.ApplicationParts.Add(new AssemblyPart(assembly));
    }
}
