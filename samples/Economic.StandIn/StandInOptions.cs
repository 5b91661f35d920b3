namespace Economic.StandIn;

/// <summary>Settings for a <see cref="StandInServer"/>. Every property is optional.</summary>
public sealed record StandInOptions
{
    /// <summary>The value every request must send in <c>X-AppSecretToken</c>; any other value gets 401.</summary>
    public string AppSecretToken { get; init; } = "standin-app-secret";

    /// <summary>Whether the Danish demo agreement is created at start (ignored when <see cref="AgreementFolder"/> is set).</summary>
    public bool SeedDemoAgreement { get; init; } = true;

    /// <summary>The grant token of the demo agreement, or of the agreement loaded from <see cref="AgreementFolder"/>.</summary>
    public string DemoGrantToken { get; init; } = "standin-demo-grant";

    /// <summary>A folder of e-conomic JSON documents to serve as one agreement instead of the generated demo data.</summary>
    public string? AgreementFolder { get; init; }

    /// <summary>The seed of the demo data generator; the same seed gives the same agreement.</summary>
    public int DemoSeed { get; init; } = 20260601;

    /// <summary>The clock that stamps <c>lastUpdated</c> and refills the rate-limit bucket.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>The size of each agreement's token bucket.</summary>
    public int RateLimitTokens { get; init; } = 10000;

    /// <summary>The time in which an empty bucket refills completely.</summary>
    public TimeSpan RateLimitWindow { get; init; } = TimeSpan.FromSeconds(60);
}
