using System.Reflection;
using Economic.Plugin.Abstractions;
using McMaster.NETCore.Plugins;
using Microsoft.Extensions.Options;

namespace SmartPack.SampleHost.Plugins;

/// <summary>
/// Loads every plugin folder under the plugins folder. A folder that fails is listed as unavailable
/// with its reason, and the other plugins still load.
/// </summary>
internal sealed class PluginCatalogLoader(TimeProvider timeProvider, ILoggerFactory loggerFactory)
{
    /// <summary>
    /// The types the host shares with every plugin: the contract and the framework abstractions the
    /// entry point receives. The plugin must see the host's copies, or its IOrderSource would be a
    /// different type from the host's.
    /// </summary>
    public static readonly Type[] SharedTypes =
    [
        typeof(IPluginEntryPoint),
        typeof(IServiceCollection),
        typeof(ServiceProvider),
        typeof(ILogger),
        typeof(LoggerFactory),
        typeof(IHttpClientFactory),
        typeof(IOptions<>),
        typeof(TimeProvider),
    ];

    private readonly ILogger _logger = loggerFactory.CreateLogger<PluginCatalogLoader>();

    public PluginCatalog Load(string pluginsFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pluginsFolder);

        var loaded = new List<LoadedPlugin>();
        var unavailable = new List<UnavailablePlugin>();
        if (!Directory.Exists(pluginsFolder))
        {
            Log.PluginsFolderMissing(_logger, pluginsFolder);
            return new PluginCatalog(loaded, unavailable);
        }

        foreach (var folder in Directory.GetDirectories(pluginsFolder).Order(StringComparer.Ordinal))
        {
            try
            {
                var plugin = LoadPlugin(folder, loaded);
                loaded.Add(plugin);
                Log.PluginLoaded(_logger, plugin.Id, plugin.Manifest.Version, folder);
            }
            catch (PluginManifestException exception)
            {
                unavailable.Add(MarkUnavailable(folder, exception.Message));
            }
#pragma warning disable CA1031 // Plugin code may throw anything while loading; the host lists the plugin as unavailable and keeps running.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                unavailable.Add(MarkUnavailable(folder,
                    $"Loading the plugin from '{folder}' failed with {exception.GetType().Name}: {exception.Message} Rebuild the plugin against this host's contract."));
            }
        }

        return new PluginCatalog(loaded, unavailable);
    }

    private LoadedPlugin LoadPlugin(string folder, List<LoadedPlugin> loaded)
    {
        var manifest = PluginManifestReader.Read(folder, ContractVersion.Current);
        var folderName = Path.GetFileName(folder);
        if (!string.Equals(folderName, manifest.Id, StringComparison.Ordinal))
        {
            throw new PluginManifestException(
                $"The plugin folder '{folder}' holds plugin '{manifest.Id}'. Rename the folder to '{manifest.Id}' so each plugin sits in plugins/<id>.");
        }

        if (loaded.Any(plugin => string.Equals(plugin.Id, manifest.Id, StringComparison.Ordinal)))
        {
            throw new PluginManifestException($"The plugin id '{manifest.Id}' in '{folder}' is already loaded. Remove the duplicate folder.");
        }

        var loader = PluginLoader.CreateFromAssemblyFile(
            Path.Combine(folder, manifest.EntryAssembly),
            SharedTypes,
            config => config.PreferSharedTypes = true);
        try
        {
            var entryPoint = CreateEntryPoint(loader.LoadDefaultAssembly(), manifest);
            return new LoadedPlugin(manifest, BuildServices(entryPoint), entryPoint.GetType(), loader);
        }
        catch
        {
            loader.Dispose();
            throw;
        }
    }

    private ServiceProvider BuildServices(IPluginEntryPoint entryPoint)
    {
        var services = new ServiceCollection();
        services.AddSingleton(timeProvider);
        services.AddSingleton(loggerFactory);
        services.AddLogging();
        services.AddHttpClient();

        entryPoint.ConfigureServices(services);

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static IPluginEntryPoint CreateEntryPoint(Assembly assembly, PluginManifest manifest)
    {
        var candidates = assembly.GetExportedTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IPluginEntryPoint).IsAssignableFrom(type))
            .ToList();
        if (candidates.Count != 1)
        {
            throw new PluginManifestException(
                $"The entry assembly '{manifest.EntryAssembly}' of plugin '{manifest.Id}' has {candidates.Count} public {nameof(IPluginEntryPoint)} " +
                "implementations; it must have exactly one. Check that the plugin was built against this host's contract assembly.");
        }

        return (IPluginEntryPoint)Activator.CreateInstance(candidates[0])!;
    }

    private UnavailablePlugin MarkUnavailable(string folder, string reason)
    {
        Log.PluginUnavailable(_logger, folder, reason);
        return new UnavailablePlugin(folder, reason);
    }
}
