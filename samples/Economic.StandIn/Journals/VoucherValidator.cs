using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Economic.StandIn.Journals;

/// <summary>
/// Validates a voucher POST the way e-conomic does: the accounting year, and for every finance
/// voucher entry the amount (at most 2 decimals), the date (inside the year, period not closed)
/// and both accounts (existing, not barred, taking direct entries).
/// </summary>
/// <remarks>
/// NOTE: the codes E04041 (account not found or barred; closed period "Perioden er spærret."),
/// E07150 and E04740 follow recorded e-conomic errors. The wording and codes for a date outside
/// every accounting year (E04044) and for an account that blocks direct entries (E04042) are inferred.
/// </remarks>
internal static class VoucherValidator
{
    public static List<ValidationProblem> Validate(JsonObject voucher, JournalBook book, JsonObject journal)
    {
        var problems = new List<ValidationProblem>();
        var yearName = voucher["accountingYear"]?["year"] is JsonValue yearValue && yearValue.GetValueKind() == JsonValueKind.String
            ? yearValue.GetValue<string>()
            : null;
        var year = book.AccountingYears.FirstOrDefault(candidate => candidate.Year == yearName);
        if (year is null)
        {
            problems.Add(new(null, "accountingYear", $"Accounting year '{yearName}' not found.", "E04044", yearName));
        }

        CheckEntryType(voucher, journal, problems);
        var entries = voucher["entries"]?["financeVouchers"] as JsonArray ?? [];
        for (var index = 0; index < entries.Count; index++)
        {
            if (entries[index] is JsonObject entry)
            {
                CheckEntry(index, entry, book, year, problems);
            }
        }

        return problems;
    }

    private static void CheckEntryType(JsonObject voucher, JsonObject journal, List<ValidationProblem> problems)
    {
        var entries = voucher["entries"] as JsonObject ?? [];
        var usedTypes = entries.Where(pair => pair.Value is JsonArray { Count: > 0 }).Select(pair => pair.Key).ToList();
        var restriction = journal["settings"]?["entryTypeRestrictedTo"]?.GetValue<string>();
        if (restriction is not null && restriction != "financeVoucher" && usedTypes.Contains("financeVouchers"))
        {
            problems.Add(new(null, "entries", $"The journal only allows entries of type '{restriction}'.", "E04043", "financeVoucher"));
        }

        var unsupported = usedTypes.FirstOrDefault(type => type != "financeVouchers");
        if (unsupported is not null)
        {
            problems.Add(new(null, "entries", "The stand-in only accepts finance vouchers.", "E04043", unsupported));
        }
    }

    private static void CheckEntry(int index, JsonObject entry, JournalBook book, StandInAccountingYear? year, List<ValidationProblem> problems)
    {
        CheckAmount(index, entry, problems);
        CheckDate(index, entry, book, year, problems);
        CheckAccount(index, entry, "account", book, problems);
        CheckAccount(index, entry, "contraAccount", book, problems);
        if (entry["text"]?.GetValue<string>() is { Length: > 250 } text)
        {
            problems.Add(new(index, "text", "Text may not be longer than 250 characters.", "E04700", text));
        }
    }

    private static void CheckAmount(int index, JsonObject entry, List<ValidationProblem> problems)
    {
        if (entry["amount"] is not JsonValue amount || amount.GetValueKind() != JsonValueKind.Number)
        {
            problems.Add(new(index, "amount", "Amount is required.", "E04300", entry["amount"]?.DeepClone()));
            return;
        }

        var value = amount.GetValue<decimal>();
        if (decimal.Round(value, 2) != value)
        {
            problems.Add(new(index, "amount", "The value has more decimals than allowed. Maximum allowed is 2.", "E04740", value));
        }
    }

    private static void CheckDate(int index, JsonObject entry, JournalBook book, StandInAccountingYear? year, List<ValidationProblem> problems)
    {
        var text = entry["date"] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problems.Add(new(index, "date", "Date is required in the format YYYY-MM-DD.", "E04300", text));
            return;
        }

        if (!book.AccountingYears.Any(candidate => candidate.Contains(date)) || (year is not null && !year.Contains(date)))
        {
            problems.Add(new(index, "date", $"The date {text} is not within the accounting year{(year is null ? string.Empty : " " + year.Year)}.", "E04044", text));
        }
        else if (book.ClosedPeriods.Contains(date.ToString("yyyy-MM", CultureInfo.InvariantCulture)) || year?.Closed == true)
        {
            problems.Add(new(index, "date", "Perioden er spærret.", "E04041", text));
        }
    }

    private static void CheckAccount(int index, JsonObject entry, string property, JournalBook book, List<ValidationProblem> problems)
    {
        var number = entry[property]?["accountNumber"] is JsonValue value && value.GetValueKind() == JsonValueKind.Number ? value.GetValue<int>() : (int?)null;
        if (number is null)
        {
            problems.Add(new(index, property, $"{property} is required.", "E04300", null));
            return;
        }

        var account = book.Accounts.GetValueOrDefault(number.Value);
        var type = account?["accountType"]?.GetValue<string>();
        if (account is null || account["barred"]?.GetValue<bool>() == true || type is not ("profitAndLoss" or "status"))
        {
            problems.Add(new(null, property, "Account(s) is not found or barred.", "E04041", number.Value.ToString(CultureInfo.InvariantCulture)));
            if (account is null)
            {
                problems.Add(new(index, char.ToUpperInvariant(property[0]) + property[1..], $"Account '{number}' not found.", "E07150", number.Value));
            }
        }
        else if (account["blockDirectEntries"]?.GetValue<bool>() == true)
        {
            problems.Add(new(index, property, $"Account '{number}' does not allow direct entries.", "E04042", number.Value));
        }
    }
}
