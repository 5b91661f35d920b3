using System.Net.Http.Headers;
using Economic.Plugin.Abstractions;
using Economic.Plugin.EconomicApi.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;

namespace Economic.Plugin.EconomicApi;

/// <summary>Creates <see cref="EconomicSession"/>s from an installation's settings.</summary>
internal sealed class EconomicSessionFactory(
    IHttpClientFactory httpClientFactory,
    IOptions<EconomicClientOptions> options,
    ILogger<EconomicSessionFactory> logger)
{
    /// <summary>The name of the HTTP client whose pipeline (resilience, call counting) every session uses.</summary>
    public const string HttpClientName = "Economic.Plugin.EconomicApi";

    /// <summary>Creates a session for one run.</summary>
    /// <exception cref="EconomicSettingsException">The connection settings are missing or invalid.</exception>
    public EconomicSession Create(InstallationContext installation)
    {
        ArgumentNullException.ThrowIfNull(installation);

        var settings = EconomicConnectionSettings.Read(installation.Settings);
        var counter = new EconomicCallCounter();
        var client = CreateClient(settings);

        return new EconomicSession(client, counter, CreateRefitSettings(counter), options.Value);
    }

    private HttpClient CreateClient(EconomicConnectionSettings settings)
    {
        var client = httpClientFactory.CreateClient(HttpClientName);
        client.BaseAddress = settings.BaseUrl;
        // The resilience pipeline enforces the attempt and total timeouts.
        client.Timeout = Timeout.InfiniteTimeSpan;
        client.DefaultRequestHeaders.Add("X-AppSecretToken", settings.AppSecretToken);
        client.DefaultRequestHeaders.Add("X-AgreementGrantToken", settings.GrantToken);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        return client;
    }

    private RefitSettings CreateRefitSettings(EconomicCallCounter counter) => new()
    {
        // Refit copies these into every request's options, where the counting handler finds the session's counter.
        HttpRequestMessageOptions = new Dictionary<string, object> { [EconomicCallCounter.OptionKey.Key] = counter },
        ContentSerializer = new SystemTextJsonContentSerializer(EconomicJson.Options),
        ExceptionFactory = CreateExceptionAsync,
        DeserializationExceptionFactory = CreateDeserializationExceptionAsync,
        // Refit's default wraps transport failures in an exception that keeps the request and its token headers.
        TransportExceptionFactory = (_, exception, _) => exception,
    };

    private static ValueTask<Exception?> CreateDeserializationExceptionAsync(HttpResponseMessage response, Exception exception)
    {
        var request = response.RequestMessage;
        var message = $"e-conomic returned a document for {request?.Method.Method} {request?.RequestUri?.AbsolutePath} that the plugin cannot read "
            + $"({exception.Message}); the record is skipped, and the plugin may need an update for a changed e-conomic format.";

        return ValueTask.FromResult<Exception?>(new InvalidDataException(message));
    }

    private async ValueTask<Exception?> CreateExceptionAsync(HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        var exception = await EconomicApiException.FromResponseAsync(response, CancellationToken.None);
        if (exception.HttpStatus == System.Net.HttpStatusCode.NotFound)
        {
            Log.RequestNotFound(logger, exception.Method, exception.Path, exception.LogId);
        }
        else
        {
            Log.RequestFailed(logger, (int)exception.HttpStatus, exception.Method, exception.Path, exception.ErrorCode, exception.LogId);
        }

        return exception;
    }
}
