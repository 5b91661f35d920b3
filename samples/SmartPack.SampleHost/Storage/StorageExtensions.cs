using Microsoft.AspNetCore.DataProtection;

namespace SmartPack.SampleHost.Storage;

/// <summary>Registers the SQLite storage and the Data Protection key ring that encrypts secret settings.</summary>
internal static class StorageExtensions
{
    public static IServiceCollection AddWarehouseStorage(this IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRootPath);

        var options = configuration.GetSection("SampleHost").Get<StorageOptions>() ?? new StorageOptions();
        var database = new SqliteDatabase(Path.GetFullPath(options.DatabasePath, contentRootPath));

        // NOTE: the key ring is stored unencrypted on disk (Data Protection warns about this at start on Linux).
        // A production host protects it with a certificate or a key vault.
        services.AddDataProtection()
            .SetApplicationName("SmartPack.SampleHost")
            .PersistKeysToFileSystem(new DirectoryInfo(database.KeysFolder));
        services.AddSingleton(database);
        services.AddSingleton<SqliteSettingsStore>();

        return services;
    }
}
