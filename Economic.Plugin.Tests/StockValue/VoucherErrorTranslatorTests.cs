using Economic.Plugin.EconomicApi;
using Economic.Plugin.StockValue;
using Economic.Plugin.StockValue.Internal;

namespace Economic.Plugin.Tests.StockValue;

public sealed class VoucherErrorTranslatorTests
{
    private static readonly VoucherContext Context = new(new StockValueTarget(3, 5520, 1355), "2026-03", new DateOnly(2026, 3, 31), "2026");

    [Fact]
    public void Translate_ClosedPeriod_SaysPeriodIsClosed()
    {
        EconomicValidationError[] errors = [new("entries.financeVouchers[0].date", "Perioden er spærret.", "E04041", "2026-03-31")];

        var failure = VoucherErrorTranslator.Translate(400, "Validation failed. 1 error found.", "E04300", "log-1", errors, Context);

        Assert.StartsWith("The period is closed (spærret) in e-conomic for 2026-03-31", failure.Message, StringComparison.Ordinal);
        Assert.Equal("E04041", failure.ErrorCode);
        Assert.Equal("log-1", failure.LogId);
        Assert.Contains("Perioden er spærret", failure.Detail, StringComparison.Ordinal);
        Assert.False(failure.OutcomeUnknown);
    }

    [Fact]
    public void Translate_AccountNotFoundOrBarred_NamesAccount()
    {
        EconomicValidationError[] errors =
        [
            new("[0].account", "Account(s) is not found or barred.", "E04041", "9999"),
            new("[0].entries[10].Account", "Account '9999' not found.", "E07150", "9999"),
        ];

        var failure = VoucherErrorTranslator.Translate(400, "Validation failed. 2 errors found.", "E04300", "5ab645d7a7708766-DUS", errors, Context);

        Assert.StartsWith("Account 9999 was not found or is barred (spærret) in e-conomic", failure.Message, StringComparison.Ordinal);
        Assert.Equal("5ab645d7a7708766-DUS", failure.LogId);
        Assert.Equal(400, failure.HttpStatus);
    }

    [Fact]
    public void Translate_BlockedDirectEntries_NamesAccount()
    {
        EconomicValidationError[] errors = [new("entries.financeVouchers[0].contraAccount", "Account does not allow direct entries.", "E04042", "1355")];

        var failure = VoucherErrorTranslator.Translate(400, null, null, null, errors, Context);

        Assert.StartsWith("Account 1355 does not accept direct entries", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_MissingJournal_NamesJournal()
    {
        var failure = VoucherErrorTranslator.Translate(404, "Journal not found.", "E06000", null, [], Context);

        Assert.StartsWith("Journal 3 was not found in e-conomic", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_NoYearForDate_AsksToCreateYear()
    {
        EconomicValidationError[] errors = [new("accountingYear", "No accounting year exists for the date.", "E04044", "2026")];

        var failure = VoucherErrorTranslator.Translate(400, null, null, null, errors, Context);

        Assert.Contains("Create accounting year 2026 in e-conomic", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_ModuleMissing_SaysAccessDenied()
    {
        var failure = VoucherErrorTranslator.Translate(403, "Not authorized: module missing.", "E03040", "log-9", [], Context);

        Assert.StartsWith("e-conomic denied this app access to journal 3 (HTTP 403)", failure.Message, StringComparison.Ordinal);
        Assert.Equal("E03040", failure.ErrorCode);
        Assert.Contains("module missing", failure.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(500, true)]
    [InlineData(503, true)]
    [InlineData(429, true)]
    [InlineData(400, false)]
    [InlineData(403, false)]
    public void Translate_Status_MarksUnknownOutcomeOnlyWithoutClearRejection(int status, bool unknown)
    {
        var failure = VoucherErrorTranslator.Translate(status, "Failed.", null, null, [], Context);

        Assert.Equal(unknown, failure.OutcomeUnknown);
    }
}
