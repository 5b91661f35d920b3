namespace Economic.Plugin.Abstractions;

/// <summary>
/// The version of this host contract. A plugin manifest names the contract version it was built
/// against, and a host loads the plugin only when the major versions match and the host's minor
/// version is at least the manifest's.
/// </summary>
public static class ContractVersion
{
    /// <summary>The contract version that this assembly implements, as "major.minor".</summary>
    public const string Current = "1.0";
}
