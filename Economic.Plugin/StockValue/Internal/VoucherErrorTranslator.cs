using System.Globalization;
using Economic.Plugin.EconomicApi;

namespace Economic.Plugin.StockValue.Internal;

/// <summary>
/// Turns e-conomic's error response to a rejected voucher into a sentence the admin can act on. e-conomic
/// uses the code E04041 both for "account not found or barred" and for a closed period ("Perioden er
/// spærret"), so the wording of each error decides, not only its code.
/// </summary>
internal static class VoucherErrorTranslator
{
    /// <summary>Translates an e-conomic error response.</summary>
    public static StockValueFailure Translate(
        int httpStatus,
        string? message,
        string? errorCode,
        string? logId,
        IReadOnlyList<EconomicValidationError> errors,
        VoucherContext context)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(context);

        var detail = string.Join(" ", new[] { message }.Concat(errors.Select(error => error.ToString())).OfType<string>());
        return new StockValueFailure(Explain(httpStatus, errors, context, message))
        {
            Detail = detail.Length == 0 ? null : detail,
            ErrorCode = errors.Select(error => error.ErrorCode).FirstOrDefault(code => code is not null) ?? errorCode,
            LogId = logId,
            HttpStatus = httpStatus,
            OutcomeUnknown = httpStatus >= 500 || httpStatus is 408 or 429,
        };
    }

    private static string Explain(int httpStatus, IReadOnlyList<EconomicValidationError> errors, VoucherContext context, string? message)
    {
        var journal = context.Target.JournalNumber;
        var date = context.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (httpStatus == 404)
        {
            return $"Journal {journal} was not found in e-conomic, so the stock value for period {context.PeriodKey} was not posted. Choose an existing journal in the settings.";
        }

        if (httpStatus is 401 or 403)
        {
            return $"e-conomic denied this app access to journal {journal} (HTTP {httpStatus}), so the stock value for period {context.PeriodKey} was not posted. Check that the grant token is still valid and that the agreement gives the app access to journals and the bookkeeping module.";
        }

        if (errors.Any(IsClosedPeriod) || Mentions(message, "spærret"))
        {
            return $"The period is closed (spærret) in e-conomic for {date}, so the stock value for period {context.PeriodKey} was not posted. Open the period in e-conomic, then press sync now.";
        }

        var account = errors.FirstOrDefault(IsAccountError);
        if (account is not null)
        {
            return ExplainAccount(account, context);
        }

        if (errors.Any(IsAccountingYearError))
        {
            return $"No open accounting year in e-conomic contains {date}, so the stock value for period {context.PeriodKey} was not posted. Create accounting year {context.Date.Year} in e-conomic, then press sync now.";
        }

        return $"e-conomic rejected the stock value voucher for period {context.PeriodKey} in journal {journal} (HTTP {httpStatus}). Read e-conomic's message below, correct the setting or the data in e-conomic, then press sync now.";
    }

    private static string ExplainAccount(EconomicValidationError error, VoucherContext context)
    {
        var number = error.Value ?? "?";
        var direct = Mentions(error.Message, "direct");
        var problem = direct ? "does not accept direct entries" : "was not found or is barred (spærret)";
        var fix = direct ? "Allow direct entries on the account in e-conomic" : "Create or unbar the account in e-conomic";

        return $"Account {number} {problem} in e-conomic, so the stock value for period {context.PeriodKey} was not posted. {fix}, or choose another account in the settings.";
    }

    private static bool IsClosedPeriod(EconomicValidationError error) => Mentions(error.Message, "spærret") && !IsAccountProperty(error) || Mentions(error.Message, "period");

    private static bool IsAccountError(EconomicValidationError error) =>
        IsAccountProperty(error) || error.ErrorCode is "E07150" || Mentions(error.Message, "account(s)");

    private static bool IsAccountProperty(EconomicValidationError error) =>
        Mentions(error.Property, "account") && !Mentions(error.Property, "accountingyear");

    private static bool IsAccountingYearError(EconomicValidationError error) =>
        Mentions(error.Property, "accountingyear") || Mentions(error.Message, "accounting year") || Mentions(error.Message, "regnskabsår");

    private static bool Mentions(string? text, string word) =>
        text is not null && text.Contains(word, StringComparison.OrdinalIgnoreCase);
}
