namespace Economic.Plugin.Abstractions.Hosting;

/// <summary>The outcome of <see cref="IConnectionTester.TestConnectionAsync"/>. Never contains a token.</summary>
public sealed record ConnectionTestResult
{
    /// <summary><see cref="ConnectionFailure.None"/> when the connection works, else why it failed.</summary>
    public required ConnectionFailure Failure { get; init; }

    /// <summary>A whole sentence for the admin: the account reached, or what failed and what to do.</summary>
    public required string Message { get; init; }

    /// <summary>True when the connection works.</summary>
    public bool Succeeded => Failure == ConnectionFailure.None;

    /// <summary>The name of the account reached, such as the company of the e-conomic agreement.</summary>
    public string? AccountName { get; init; }

    /// <summary>The number of the account reached, such as the e-conomic agreement number.</summary>
    public string? AccountNumber { get; init; }

    /// <summary>The source system's error code, such as "E06600".</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The source system's log id, which its support requests when a call failed.</summary>
    public string? LogId { get; init; }

    /// <summary>The HTTP status of the failed call.</summary>
    public int? HttpStatus { get; init; }
}
