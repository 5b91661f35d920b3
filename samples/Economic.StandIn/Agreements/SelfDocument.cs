using System.Text.Json.Nodes;
using Economic.StandIn.Collections;

namespace Economic.StandIn.Agreements;

/// <summary>Builds a /self document shaped like e-conomic's, for a Danish agreement with the inventory module ("Lager").</summary>
internal static class SelfDocument
{
    public static JsonObject Create(int agreementNumber, string companyName) => new()
    {
        ["agreementNumber"] = agreementNumber,
        ["agreementType"] = new JsonObject { ["agreementTypeNumber"] = 1, ["name"] = "denmark" },
        ["userName"] = "lager",
        ["signupDate"] = "2019-03-11",
        ["user"] = new JsonObject
        {
            ["loginId"] = "lager",
            ["email"] = "bogholderi@nordlys-lager.example",
            ["name"] = "Mette Sørensen",
            ["language"] = new JsonObject
            {
                ["languageNumber"] = 1,
                ["name"] = "Danish",
                ["culture"] = "da-DK",
                ["self"] = $"{Links.CanonicalBase}languages/1",
            },
            ["agreementNumber"] = agreementNumber,
        },
        ["company"] = Company(companyName),
        ["bankInformation"] = new JsonObject
        {
            ["bankName"] = "Nordlys Sparekasse",
            ["bankSortCode"] = "9570",
            ["bankAccountNumber"] = "0012345678",
        },
        ["application"] = new JsonObject
        {
            ["appNumber"] = 4711,
            ["name"] = "SmartPack WMS",
            ["appPublicToken"] = "standin-public-app-token",
            ["created"] = "2024-01-15",
            ["requiredRoles"] = new JsonArray(new JsonObject { ["roleNumber"] = 2, ["name"] = "SuperUser" }),
            ["self"] = $"{Links.CanonicalBase}apps/4711",
        },
        ["settings"] = new JsonObject { ["baseCurrency"] = "DKK" },
        ["companyAffiliation"] = "e-conomic",
        ["canSendElectronicInvoice"] = true,
        ["modules"] = new JsonArray(Module(14, "Dimension (afdeling/kvantum)"), Module(57, "Budget"), Module(15, "Lager")),
        ["self"] = $"{Links.CanonicalBase}self",
    };

    private static JsonObject Company(string companyName) => new()
    {
        ["addressLine1"] = "Ålekistevej 118",
        ["addressLine2"] = "Port 3",
        ["zip"] = "2720",
        ["city"] = "Vanløse",
        ["country"] = "Danmark",
        ["name"] = companyName,
        ["phoneNumber"] = "+4533120456",
        ["attention"] = "Mette Sørensen",
        ["email"] = "kontakt@nordlys-lager.example",
        ["website"] = "https://nordlys-lager.example",
        ["companyIdentificationNumber"] = "41872563",
        ["vatNumber"] = "DK41872563",
    };

    private static JsonObject Module(int number, string name) => new()
    {
        ["moduleNumber"] = number,
        ["name"] = name,
        ["self"] = $"{Links.CanonicalBase}modules/agreement/{number}",
    };
}
