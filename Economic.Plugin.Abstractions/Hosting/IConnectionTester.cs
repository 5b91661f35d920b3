namespace Economic.Plugin.Abstractions.Hosting;

/// <summary>
/// Checks that an installation's settings reach the source system. The host calls it when the admin
/// saves the settings, before anything is stored, and shows the result on the settings page.
/// </summary>
public interface IConnectionTester
{
    /// <summary>
    /// Reads the account that the settings give access to, such as the e-conomic agreement behind a
    /// grant token. Never throws for a rejected or unreachable connection, because the result gives the reason.
    /// </summary>
    Task<ConnectionTestResult> TestConnectionAsync(InstallationContext installation, CancellationToken cancellationToken);
}
