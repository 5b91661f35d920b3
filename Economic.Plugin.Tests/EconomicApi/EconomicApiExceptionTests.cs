using System.Net;
using System.Text;
using Economic.Plugin.EconomicApi;
using Refit;

namespace Economic.Plugin.Tests.EconomicApi;

public sealed class EconomicApiExceptionTests
{
    [Fact]
    public async Task FromApiException_Unauthorized_KeepsNoRequest()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://restapi.e-conomic.com/orders/sent?skippages=0&pagesize=1000");
        request.Headers.Add("X-AgreementGrantToken", "grant-secret-value");
        using var response = new HttpResponseMessage(HttpStatusCode.Unauthorized)
        {
            RequestMessage = request,
            Content = new StringContent("""{"message":"The grant was revoked.","errorCode":"E00100","logId":"log-401"}""", Encoding.UTF8, "application/json"),
        };
        var apiException = await ApiException.Create(request, HttpMethod.Get, response, new RefitSettings());

        var exception = EconomicApiException.FromApiException(apiException);

        Assert.Equal(HttpStatusCode.Unauthorized, exception.HttpStatus);
        Assert.Equal("/orders/sent", exception.Path);
        Assert.Equal("The grant was revoked.", exception.EconomicMessage);
        Assert.Equal("E00100", exception.ErrorCode);
        Assert.Equal("log-401", exception.LogId);
        Assert.Null(exception.InnerException);
        Assert.DoesNotContain("grant-secret-value", exception.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("skippages", exception.Message, StringComparison.Ordinal);
    }
}
