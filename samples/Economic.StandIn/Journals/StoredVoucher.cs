using System.Text.Json.Nodes;

namespace Economic.StandIn.Journals;

/// <summary>Turns a posted voucher into the stored document, with numbers, entry types and links filled in as e-conomic returns them.</summary>
internal static class StoredVoucher
{
    public static JsonObject Create(JsonObject posted, int journalNumber, int voucherNumber)
    {
        var year = posted["accountingYear"]!["year"]!.GetValue<string>();
        var yearSelf = $"https://restapi.e-conomic.com/accounting-years/{Uri.EscapeDataString(year)}";
        var journalSelf = $"https://restapi.e-conomic.com/journals/{journalNumber}";
        var entries = new JsonArray();
        foreach (var entry in posted["entries"]?["financeVouchers"]?.AsArray() ?? [])
        {
            var copy = entry!.DeepClone().AsObject();
            copy["journal"] = new JsonObject { ["journalNumber"] = journalNumber, ["self"] = journalSelf };
            copy["voucher"] = new JsonObject { ["voucherNumber"] = voucherNumber };
            copy["entryType"] = "financeVoucher";
            entries.Add(copy);
        }

        return new JsonObject
        {
            ["accountingYear"] = new JsonObject { ["year"] = year, ["self"] = yearSelf },
            ["journal"] = new JsonObject { ["journalNumber"] = journalNumber, ["self"] = journalSelf },
            ["entries"] = new JsonObject { ["financeVouchers"] = entries },
            ["voucherNumber"] = voucherNumber,
            ["self"] = $"{journalSelf}/vouchers/{Uri.EscapeDataString(year)}-{voucherNumber}",
        };
    }
}
