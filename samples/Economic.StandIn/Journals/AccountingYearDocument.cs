using System.Globalization;
using System.Text.Json.Nodes;

namespace Economic.StandIn.Journals;

/// <summary>Writes an accounting year as e-conomic's <c>/accounting-years</c> document.</summary>
internal static class AccountingYearDocument
{
    public static JsonObject Create(StandInAccountingYear year)
    {
        var self = $"https://restapi.e-conomic.com/accounting-years/{Uri.EscapeDataString(year.Year)}";

        return new JsonObject
        {
            ["fromDate"] = year.FromDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["toDate"] = year.ToDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["closed"] = year.Closed,
            ["year"] = year.Year,
            ["periods"] = self + "/periods",
            ["entries"] = self + "/entries",
            ["totals"] = self + "/totals",
            ["vouchers"] = self + "/vouchers",
            ["self"] = self,
        };
    }
}
