using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SmartPack.SampleHost.Admin.Auth;

/// <summary>
/// Checks the admin password against the configured one or, when none is configured, against the
/// PBKDF2 hash stored at first start.
/// </summary>
internal sealed class AdminPasswordService(IOptions<AdminOptions> options, AdminPasswordFile file)
{
    /// <summary>The shortest password the setup page accepts.</summary>
    public const int MinimumLength = 10;

    private readonly PasswordHasher<AdminAccount> _hasher = new();

    private string? ConfiguredPassword =>
        string.IsNullOrEmpty(options.Value.AdminPassword) ? null : options.Value.AdminPassword;

    /// <summary>Returns whether a password exists, so that the setup page is closed.</summary>
    public async Task<bool> IsSetUpAsync(CancellationToken cancellationToken) =>
        ConfiguredPassword is not null || await file.ReadHashAsync(cancellationToken) is not null;

    /// <summary>Returns whether <paramref name="password"/> is the admin password.</summary>
    public async Task<bool> VerifyAsync(string? password, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(password))
        {
            return false;
        }

        if (ConfiguredPassword is { } configured)
        {
            return FixedTimeEquals(configured, password);
        }

        var hash = await file.ReadHashAsync(cancellationToken);
        return hash is not null
            && _hasher.VerifyHashedPassword(AdminAccount.Instance, hash, password) != PasswordVerificationResult.Failed;
    }

    /// <summary>Stores the hash of the first password, while none is configured or stored.</summary>
    /// <returns>True when this call set the password.</returns>
    public async Task<bool> TrySetUpAsync(string password, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);

        if (await IsSetUpAsync(cancellationToken))
        {
            return false;
        }

        return await file.TryCreateAsync(_hasher.HashPassword(AdminAccount.Instance, password), cancellationToken);
    }

    // Hashing both sides first gives equal lengths, so the comparison time says nothing about the password.
    private static bool FixedTimeEquals(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)),
            SHA256.HashData(Encoding.UTF8.GetBytes(actual)));
}
