using System.Text.Json;
using System.Text.Json.Nodes;
using Economic.StandIn.Collections;

namespace Economic.StandIn.Agreements;

/// <summary>
/// Reads a folder of e-conomic JSON documents (single documents and collection envelopes) and classifies each
/// by its content: orderNumber, customerNumber, productNumber or agreementNumber. An order's list comes from its
/// self link. Files with nothing usable are skipped with a log line.
/// </summary>
internal sealed class AgreementFolderLoader(ILogger logger)
{
    public FolderContents Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The agreement folder '{folder}' does not exist; pass a folder of e-conomic JSON documents.");
        }

        var contents = new FolderContents();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var added = TryRead(file, out var document) ? AddDocuments(contents, document!) : 0;
            if (added == 0)
            {
                Log.FileSkipped(logger, name, "it contains no order, customer, product or agreement document");
            }
        }

        return contents;
    }

    private static bool TryRead(string file, out JsonNode? document)
    {
        try
        {
            document = JsonNode.Parse(File.ReadAllText(file));
            return document is JsonObject;
        }
        catch (JsonException)
        {
            document = null;
            return false;
        }
    }

    private static int AddDocuments(FolderContents contents, JsonNode document)
    {
        if (document is JsonObject { } envelope && envelope["collection"] is JsonArray items)
        {
            return items.OfType<JsonObject>().Count(item => Add(contents, item));
        }

        return Add(contents, document.AsObject()) ? 1 : 0;
    }

    private static bool Add(FolderContents contents, JsonObject document)
    {
        if (document.ContainsKey("orderNumber"))
        {
            return AddOrder(contents, document);
        }

        if (document.ContainsKey("customerNumber") && JsonFields.Number(document["customerNumber"]) is { } customerNumber)
        {
            contents.Customers.Add(((int)customerNumber, document));
            return true;
        }

        if (JsonFields.Text(document["productNumber"]) is { } productNumber)
        {
            contents.Products.Add((productNumber, document));
            return true;
        }

        if (document.ContainsKey("agreementNumber") && document.ContainsKey("company"))
        {
            contents.Self = document;
            return true;
        }

        return false;
    }

    private static bool AddOrder(FolderContents contents, JsonObject order)
    {
        var self = JsonFields.Text(order["self"]) ?? string.Empty;
        OrderStatus? status = self.Contains("/orders/drafts/", StringComparison.Ordinal) ? OrderStatus.Draft
            : self.Contains("/orders/sent/", StringComparison.Ordinal) ? OrderStatus.Sent
            : self.Contains("/orders/archived/", StringComparison.Ordinal) ? OrderStatus.Archived
            : null;
        if (status is null || JsonFields.Number(order["orderNumber"]) is not { } orderNumber)
        {
            return false;
        }

        contents.Orders.Add((status.Value, (int)orderNumber, order));

        return true;
    }
}
