using Economic.Plugin.Abstractions.Hosting;
using Economic.Plugin.EconomicApi;
using Economic.Plugin.Tests.EconomicApi;
using Economic.StandIn;
using static Economic.Plugin.Tests.Acceptance.AcceptanceImport;

namespace Economic.Plugin.Tests.Acceptance;

public sealed class GrantTokenAcceptanceTests(StandInFixture standIn) : IClassFixture<StandInFixture>
{
    private const string WrongGrantToken = "acceptance-revoked-grant-5c81d7e2";

    [Fact]
    public async Task Import_WrongGrantToken_SaysRejectedWithoutToken()
    {
        var (agreement, _) = standIn.AddAgreement("Afvist ApS");
        agreement.AddGeneratedOrders(OrderStatus.Sent, 3);
        using var plugin = CreatePlugin(standIn, WrongGrantToken);

        var result = await ImportAsync(plugin);

        Assert.NotNull(result.Error);
        Assert.Contains("rejected the agreement grant token", result.Error, StringComparison.Ordinal);
        Assert.Contains("generate a new grant token in e-conomic", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, result.Inserted);
        Assert.Empty(plugin.Warehouse.Orders);
        var entry = Assert.Single(plugin.SyncLog.Entries);
        Assert.Equal(SyncStatus.Error, entry.Status);
        Assert.Equal(SyncArea.Connection, entry.Area);
        Assert.Equal(401, entry.HttpStatus);
        Assert.Equal(result.Error, entry.Message);
        var request = Assert.Single(standIn.Server.Requests);
        Assert.Equal(401, request.StatusCode);
        Assert.Null(request.AgreementNumber);
        var texts = plugin.AllLogText()
            .Concat(plugin.SyncLog.Entries.SelectMany(SyncLogTexts))
            .Append(result.Error)
            .ToList();
        Assert.NotEmpty(plugin.Logs.GetSnapshot());
        Assert.All(texts, text => Assert.DoesNotContain(WrongGrantToken, text, StringComparison.Ordinal));
        Assert.All(texts, text => Assert.DoesNotContain(TestPlugin.AppSecretToken, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SelfRequest_WrongGrantToken_ExceptionHidesToken()
    {
        standIn.AddAgreement("Afvist Igen ApS");
        using var plugin = CreatePlugin(standIn, WrongGrantToken);
        using var session = plugin.CreateSession();

        var exception = await Assert.ThrowsAsync<EconomicApiException>(() => session.Api<ISelfApi>().GetSelfAsync(CancellationToken.None));

        Assert.True(exception.IsAccessDenied);
        Assert.Contains("rejected the agreement grant token", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongGrantToken, exception.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(TestPlugin.AppSecretToken, exception.ToString(), StringComparison.Ordinal);
        Assert.All(plugin.AllLogText(), text => Assert.DoesNotContain(WrongGrantToken, text, StringComparison.Ordinal));
    }

    private static IEnumerable<string> SyncLogTexts(SyncLogEntry entry) =>
        new[] { entry.Message, entry.Reference, entry.ErrorDetail, entry.ErrorCode, entry.LogId, entry.DocumentNumber }
            .OfType<string>();
}
