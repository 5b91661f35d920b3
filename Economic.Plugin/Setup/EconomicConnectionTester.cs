using System.Globalization;
using System.Net;
using Economic.Plugin.Abstractions;
using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.EconomicApi;
using Polly.Timeout;

namespace Economic.Plugin.Setup;

/// <summary>Tests the connection with <c>GET /self</c>, which reads the agreement the grant token belongs to.</summary>
internal sealed class EconomicConnectionTester(EconomicSessionFactory sessions) : IConnectionTester
{
    public async Task<ConnectionTestResult> TestConnectionAsync(InstallationContext installation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(installation);

        EconomicSession session;
        try
        {
            session = sessions.Create(installation);
        }
        catch (EconomicSettingsException exception)
        {
            return new ConnectionTestResult { Failure = ConnectionFailure.InvalidSettings, Message = exception.Message };
        }

        using (session)
        {
            return await ReadSelfAsync(session, cancellationToken);
        }
    }

    private static async Task<ConnectionTestResult> ReadSelfAsync(EconomicSession session, CancellationToken cancellationToken)
    {
        try
        {
            var self = await session.Api<ISelfApi>().GetSelfAsync(cancellationToken);
            var number = self.AgreementNumber.ToString(CultureInfo.InvariantCulture);
            var name = self.Company?.Name ?? "(no company name)";

            return new ConnectionTestResult
            {
                Failure = ConnectionFailure.None,
                Message = $"Connected to {name}, e-conomic agreement {number}.",
                AccountName = name,
                AccountNumber = number,
            };
        }
        catch (EconomicApiException exception)
        {
            return Failed(exception);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutRejectedException)
        {
            return new ConnectionTestResult
            {
                Failure = ConnectionFailure.Unreachable,
                Message = $"e-conomic could not be reached ({exception.GetType().Name}: {exception.Message}). Try again in a few minutes.",
            };
        }
    }

    private static ConnectionTestResult Failed(EconomicApiException exception) => new()
    {
        Failure = exception.HttpStatus switch
        {
            HttpStatusCode.Unauthorized => ConnectionFailure.Unauthorized,
            HttpStatusCode.Forbidden => ConnectionFailure.Forbidden,
            HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError => ConnectionFailure.Unreachable,
            _ => ConnectionFailure.InvalidSettings,
        },
        Message = exception.Message,
        ErrorCode = exception.ErrorCode,
        LogId = exception.LogId,
        HttpStatus = (int)exception.HttpStatus,
    };
}
