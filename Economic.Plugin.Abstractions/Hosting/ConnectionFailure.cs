namespace Economic.Plugin.Abstractions.Hosting;

/// <summary>Why a connection test failed, so that the host can show the fix in the admin's language.</summary>
public enum ConnectionFailure
{
    /// <summary>The connection works.</summary>
    None,

    /// <summary>A setting the connection needs is missing or invalid.</summary>
    InvalidSettings,

    /// <summary>The source system rejected the token (HTTP 401): it is wrong, or the grant was revoked.</summary>
    Unauthorized,

    /// <summary>The token is valid, but the app lacks a role or module it needs (HTTP 403).</summary>
    Forbidden,

    /// <summary>The source system did not respond, or responded with a server error or rate limit.</summary>
    Unreachable,
}
