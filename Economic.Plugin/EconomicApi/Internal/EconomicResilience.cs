using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace Economic.Plugin.EconomicApi.Internal;

/// <summary>
/// The retry and timeout pipeline of the e-conomic client: a total timeout around retries with
/// exponential backoff and jitter around an attempt timeout. Retry-After is honoured (seconds or date).
/// </summary>
internal static class EconomicResilience
{
    public const string PipelineName = "economic";

    /// <summary>The header that makes a write safe to send again, because e-conomic returns the first response for a repeated key.</summary>
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<EconomicClientOptions>>().Value;
        var logger = context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EconomicResilience));

        builder
            .AddTimeout(options.TotalTimeout)
            .AddRetry(CreateRetryOptions(options, logger))
            .AddTimeout(options.AttemptTimeout);
    }

    private static HttpRetryStrategyOptions CreateRetryOptions(EconomicClientOptions options, ILogger logger) => new()
    {
        MaxRetryAttempts = options.MaxRetryAttempts,
        Delay = options.RetryBaseDelay,
        MaxDelay = options.MaxRetryDelay,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        ShouldRetryAfterHeader = true,
        ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context)),
        OnRetry = args =>
        {
            var request = args.Context.GetRequestMessage();
            Log.RequestRetrying(
                logger,
                request?.Method.Method ?? "?",
                request?.RequestUri?.AbsolutePath ?? "?",
                Describe(args.Outcome),
                args.AttemptNumber + 1,
                args.RetryDelay);
            return ValueTask.CompletedTask;
        },
    };

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        var transient = outcome.Exception is HttpRequestException or TimeoutRejectedException
            || (outcome.Result is { } response && IsTransientStatus(response.StatusCode));

        return transient && IsSafeToRepeat(context.GetRequestMessage());
    }

    private static bool IsTransientStatus(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout;

    private static bool IsSafeToRepeat(HttpRequestMessage? request)
    {
        if (request is null)
        {
            return false;
        }

        var method = request.Method;
        var isRead = method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options;

        return isRead || request.Headers.Contains(IdempotencyKeyHeader);
    }

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { } response
            ? $"HTTP {(int)response.StatusCode}"
            : outcome.Exception?.GetType().Name ?? "an unknown outcome";
}
