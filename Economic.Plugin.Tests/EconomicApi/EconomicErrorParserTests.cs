using System.Net;
using Economic.Plugin.EconomicApi;
using Economic.Plugin.EconomicApi.Internal;

namespace Economic.Plugin.Tests.EconomicApi;

public sealed class EconomicErrorParserTests
{
    [Fact]
    public void Parse_FilterNotAllowed_ReadsStringErrors()
    {
        var body = EconomicErrorParser.Parse(Samples.Read("error-400-filter-not-allowed.json"));

        Assert.Equal("Could not parse query string filter.", body.Message);
        Assert.Equal("a2a282a789f20523-CPH", body.LogId);
        Assert.Null(body.ErrorCode);
        var error = Assert.Single(body.Errors);
        Assert.Equal(string.Empty, error.Property);
        Assert.Equal("Filtering is not allowed on property 'bogusProp'.", error.Message);
        Assert.Equal(["zip", "customerNumber", "customerGroup.customerGroupNumber", "name"], body.AllowedFilteringFields);
    }

    [Fact]
    public void Parse_ValidationDocsExample_FlattensTree()
    {
        var body = EconomicErrorParser.Parse(Samples.Read("error-400-validation-docs-example.json"));

        Assert.Equal("Validation error.", body.Message);
        Assert.Equal("c7ca5bc2-ad2d-4639-93f9-b22ba88c97d7", body.LogId);
        Assert.Equal(
            [
                new EconomicValidationError("currency", "currency does not exist.", "E06000", "ZUL"),
                new EconomicValidationError("customer", "customer does not exist.", "E06000", "987987987"),
                new EconomicValidationError("lines[0].unit", "unit does not exist.", "E06000", "10"),
                new EconomicValidationError("lines[0].unitNetPrice", "unitNetPrice scale cannot be greater then two decimal places.", "E04740", "10.12345"),
                new EconomicValidationError("lines[1].product", "No identifiers present on product. Please include either a self link or a productNumber.", "E04500", null),
                new EconomicValidationError("quantity", "Property quantity must have a value when product is set.", "E04730", null),
            ],
            body.Errors);
    }

    [Fact]
    public void Parse_VoucherErrorArray_ReadsItems()
    {
        var body = EconomicErrorParser.Parse(Samples.Read("error-400-voucher-account-not-found.json"));

        Assert.Equal("Validation failed. 2 errors found.", body.Message);
        Assert.Equal("E04300", body.ErrorCode);
        Assert.Equal("5ab645d7a7708766-DUS", body.LogId);
        Assert.Equal(
            [
                new EconomicValidationError("[0].account", "Account(s) is not found or barred.", "E04041", "9999"),
                new EconomicValidationError("[0].entries[10].Account", "Account '9999' not found.", "E07150", "9999"),
            ],
            body.Errors);
    }

    [Fact]
    public void Parse_NotFound_ReadsMessageAndLogId()
    {
        var body = EconomicErrorParser.Parse(Samples.Read("error-404-not-found.json"));

        Assert.Equal("Resource not found.", body.Message);
        Assert.Equal("8d79f54f226ebe44-CPH", body.LogId);
        Assert.StartsWith("The API tries to provide all the resource urls", body.DeveloperHint, StringComparison.Ordinal);
        Assert.Empty(body.Errors);
    }

    [Fact]
    public void Parse_OpenApiConflict_ReadsLogId()
    {
        var body = EconomicErrorParser.Parse(Samples.Read("error-409-openapi-objectversion-conflict.json"));

        Assert.Equal("Update conflict. Version does not match.", body.Message);
        Assert.Equal("09580053-1141-4e7f-85e1-bed8600e0278", body.LogId);
    }

    [Fact]
    public void Parse_ProblemJson_ReadsTraceId()
    {
        const string problem = """
            {"type":"https://httpstatuses.io/400","title":"Bad request","status":400,"detail":"The name is too long.",
             "errors":[{"message":"Name may be at most 100 characters.","errorCode":"E04010","property":"name"}],
             "traceId":"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01","errorCode":"E04300"}
            """;

        var body = EconomicErrorParser.Parse(problem);

        Assert.Equal("Bad request. The name is too long.", body.Message);
        Assert.Equal("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", body.LogId);
        Assert.Equal("E04300", body.ErrorCode);
        Assert.Equal([new EconomicValidationError("name", "Name may be at most 100 characters.", "E04010", null)], body.Errors);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html>Bad gateway</html>")]
    [InlineData("[1,2]")]
    public void Parse_NotAnErrorObject_ReturnsEmptyBody(string text)
    {
        var body = EconomicErrorParser.Parse(text);

        Assert.Null(body.Message);
        Assert.Empty(body.Errors);
    }

    [Fact]
    public void Exception_ValidationError_ListsProblems()
    {
        var body = EconomicErrorParser.Parse(Samples.Read("error-400-voucher-account-not-found.json"));

        var exception = new EconomicApiException(HttpStatusCode.BadRequest, "POST", "/journals/3/vouchers", body);

        Assert.Equal(
            "e-conomic rejected POST /journals/3/vouchers with HTTP 400 (BadRequest): Validation failed. 2 errors found. Error code: E04300. "
            + "Log id: 5ab645d7a7708766-DUS. [0].account: Account(s) is not found or barred (E04041). Value: '9999'. "
            + "[0].entries[10].Account: Account '9999' not found (E07150). Value: '9999'. "
            + "Correct the data in e-conomic or the plugin settings and run again.",
            exception.Message);
    }

    [Fact]
    public void Exception_Unauthorized_ExplainsFix()
    {
        var exception = new EconomicApiException(HttpStatusCode.Unauthorized, "GET", "/orders/sent", new EconomicErrorBody { Message = "Unauthorized.", LogId = "abc-CPH" });

        Assert.Contains("HTTP 401", exception.Message, StringComparison.Ordinal);
        Assert.Contains("rejected the agreement grant token, because it was revoked or is wrong", exception.Message, StringComparison.Ordinal);
        Assert.Contains("generate a new grant token in e-conomic", exception.Message, StringComparison.Ordinal);
        Assert.Contains("save it in the plugin settings", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Log id: abc-CPH.", exception.Message, StringComparison.Ordinal);
        Assert.True(exception.IsAccessDenied);
    }

    [Fact]
    public void Exception_Forbidden_SaysRoleOrModuleLacksAccess()
    {
        var exception = new EconomicApiException(HttpStatusCode.Forbidden, "GET", "/customers/1", new EconomicErrorBody());

        Assert.Contains("HTTP 403", exception.Message, StringComparison.Ordinal);
        Assert.Contains("The app's role, or a module of the e-conomic agreement, lacks access", exception.Message, StringComparison.Ordinal);
        Assert.True(exception.IsAccessDenied);
    }
}
