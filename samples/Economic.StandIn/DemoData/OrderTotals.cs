using System.Text.Json.Nodes;
using Economic.StandIn.Collections;

namespace Economic.StandIn.DemoData;

/// <summary>Adds the order totals e-conomic computes from the lines, in the order currency and in DKK.</summary>
internal static class OrderTotals
{
    public static void Add(JsonObject order, JsonArray lines, decimal exchangeRate, decimal vatRate)
    {
        var net = lines.Sum(line => JsonFields.Number(line?["totalNetAmount"]) ?? 0);
        var cost = lines.Sum(line => (JsonFields.Number(line?["quantity"]) ?? 0) * (JsonFields.Number(line?["unitCostPrice"]) ?? 0));
        var vat = Math.Round(net * vatRate, 2);
        var netInBase = Math.Round(net * exchangeRate / 100, 2);
        var costInBase = Math.Round(cost * exchangeRate / 100, 2);

        order["netAmount"] = net;
        order["netAmountInBaseCurrency"] = netInBase;
        order["grossAmount"] = net + vat;
        order["grossAmountInBaseCurrency"] = Math.Round((net + vat) * exchangeRate / 100, 2);
        order["marginInBaseCurrency"] = netInBase - costInBase;
        order["marginPercentage"] = net == 0 ? 0.00m : Math.Round((netInBase - costInBase) * 100 / netInBase, 2);
        order["vatAmount"] = vat;
        order["roundingAmount"] = 0.00m;
        order["costPriceInBaseCurrency"] = costInBase;
    }
}
