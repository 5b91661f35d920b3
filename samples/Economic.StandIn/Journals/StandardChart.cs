using System.Globalization;
using System.Text.Json.Nodes;

namespace Economic.StandIn.Journals;

/// <summary>
/// The bookkeeping data every stand-in agreement starts with: a small Danish chart of accounts with
/// headings, the stock value accounts 5520 (Varelager, balance sheet) and 1355 (Lagerregulering,
/// profit and loss), four journals and calendar accounting years 2024 to 2027.
/// </summary>
/// <remarks>NOTE: e-conomic's default chart numbers were not verified; these accounts are demo data.</remarks>
internal static class StandardChart
{
    public const int StockValueJournal = 4;

    public static void Fill(JournalBook book)
    {
        foreach (var account in Accounts())
        {
            book.Accounts[account["accountNumber"]!.GetValue<int>()] = account;
        }

        foreach (var journal in Journals())
        {
            book.Journals[journal["journalNumber"]!.GetValue<int>()] = journal;
        }

        for (var year = 2024; year <= 2027; year++)
        {
            book.AccountingYears.Add(new StandInAccountingYear(
                year.ToString(CultureInfo.InvariantCulture), new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)));
        }
    }

    public static JsonObject Account(int number, string type, string name, string debitCredit = "debit") => new()
    {
        ["accountNumber"] = number,
        ["accountType"] = type,
        ["balance"] = 0.0m,
        ["blockDirectEntries"] = type is "heading" or "headingStart" or "totalFrom",
        ["debitCredit"] = debitCredit,
        ["name"] = name,
        ["accountingYears"] = $"https://restapi.e-conomic.com/accounts/{number}/accounting-years",
        ["self"] = $"https://restapi.e-conomic.com/accounts/{number}",
    };

    public static JsonObject Journal(int number, string name, int minimumVoucherNumber, string? restrictedTo = null)
    {
        var settings = new JsonObject { ["voucherNumbers"] = new JsonObject { ["minimumVoucherNumber"] = minimumVoucherNumber } };
        if (restrictedTo is not null)
        {
            settings["entryTypeRestrictedTo"] = restrictedTo;
        }

        var self = $"https://restapi.e-conomic.com/journals/{number}";
        return new JsonObject
        {
            ["name"] = name,
            ["settings"] = settings,
            ["vouchers"] = self + "/vouchers",
            ["entries"] = self + "/entries",
            ["journalNumber"] = number,
            ["self"] = self,
        };
    }

    private static IEnumerable<JsonObject> Accounts() =>
    [
        Account(1000, "heading", "RESULTATOPGØRELSE"),
        Account(1001, "headingStart", "Omsætning"),
        Account(1010, "profitAndLoss", "Salg af varer/ydelser m/moms", "credit"),
        Account(1300, "headingStart", "Vareforbrug"),
        Account(1310, "profitAndLoss", "Varekøb m/moms"),
        Account(1355, "profitAndLoss", "Lagerregulering"),
        Account(1399, "totalFrom", "Vareforbrug i alt"),
        Account(5000, "heading", "BALANCE"),
        Account(5500, "headingStart", "Varebeholdninger"),
        Account(5520, "status", "Varelager"),
        Account(5820, "status", "Bankkonto"),
    ];

    private static IEnumerable<JsonObject> Journals() =>
    [
        Journal(1, "Daglig", 1),
        Journal(2, "Indbetalinger", 50001, "customerPayment"),
        Journal(3, "Lønninger", 40001, "financeVoucher"),
        Journal(StockValueJournal, "Lagerværdi", 60001, "financeVoucher"),
    ];
}
