using System.Text.Json;
using System.Text.Json.Nodes;
using Economic.Plugin.Abstractions.Invoicing;
using Economic.Plugin.Invoicing.Dto;
using Economic.Plugin.Invoicing.Internal;

namespace Economic.Plugin.Tests.Invoicing;

public sealed class DraftInvoiceBuilderTests
{
    private static readonly DateOnly InvoiceDate = new(2026, 3, 2);

    [Fact]
    public void Build_SentSampleFullyPacked_CopiesOrderHeader()
    {
        var template = InvoicingSamples.Template("order-sent-single.json");
        var packed = InvoicingSamples.Packed("35071", new PackedLine(1, "1", 1m));

        var draft = Build(template, packed).Draft;

        Assert.Equal(1000, draft.Customer?.CustomerNumber);
        Assert.Equal(5, draft.PaymentTerms?.PaymentTermsNumber);
        Assert.Equal(19, draft.Layout?.LayoutNumber);
        Assert.Equal(1, draft.Recipient?.VatZone?.VatZoneNumber);
        Assert.Equal("Møbelfabrikken A/S", draft.Recipient?.Name);
        Assert.Equal("ean", draft.Recipient?.NemHandelType);
        Assert.Equal("DKK", draft.Currency);
        Assert.Equal(InvoiceDate, draft.Date);
        Assert.Equal("WMS-35071", draft.References?.Other);
    }

    [Fact]
    public void Build_SentSampleFullyPacked_CopiesLinePrices()
    {
        var template = InvoicingSamples.Template("order-sent-single.json");
        var packed = InvoicingSamples.Packed("35071", new PackedLine(1, "1", 1m));

        var line = Assert.Single(Build(template, packed).Draft.Lines!);

        Assert.Equal(1, line.LineNumber);
        Assert.Equal("1", line.Product?.ProductNumber);
        Assert.Equal("Product 1", line.Description);
        Assert.Equal(1.00m, line.Quantity);
        Assert.Equal(1000.00m, line.UnitNetPrice);
        Assert.Equal(12.00m, line.DiscountPercentage);
        Assert.Equal(1, line.Unit?.UnitNumber);
        Assert.Null(line.Unit?.Name);
        Assert.Null(line.TotalNetAmount);
    }

    [Fact]
    public void Build_HalfPackedLine_InvoicesPackedQuantity()
    {
        var template = Template(ProductLine(1, "A100", 4m, 150m));

        var line = Assert.Single(Build(template, InvoicingSamples.Packed("1042", new PackedLine(1, "A100", 2m))).Draft.Lines!);

        Assert.Equal(2m, line.Quantity);
        Assert.Equal(150m, line.UnitNetPrice);
    }

    [Fact]
    public void Build_PackedAboveOrdered_ListsLineInsteadOfInvoicing()
    {
        var template = Template(ProductLine(1, "A100", 9m, 150m), ProductLine(2, "A200", 2m, 10m));

        var build = Build(template, InvoicingSamples.Packed("1042", new PackedLine(1, "A100", 1000005m), new PackedLine(2, "A200", 2m)));

        Assert.Equal(new OverPackedLine(1, "A100", 1000005m, 9m), Assert.Single(build.OverPackedLines));
        Assert.Equal("A200", Assert.Single(build.Draft.Lines!).Product?.ProductNumber);
    }

    [Fact]
    public void Build_UnpackedAndTextLines_DropsUnpackedKeepsTextAsDescription()
    {
        var template = Template(
            ProductLine(1, "A100", 2m, 150m),
            new DraftInvoiceLine { LineNumber = 2, SortKey = 2, Description = "Leveres ved bagdøren", Quantity = 0m, UnitNetPrice = 0m },
            ProductLine(3, "A200", 1m, 10m));

        var build = Build(template, InvoicingSamples.Packed("1042", new PackedLine(3, "A200", 1m)));

        Assert.Equal(1, build.ProductLineCount);
        Assert.Collection(
            build.Draft.Lines!,
            text =>
            {
                Assert.Equal(1, text.LineNumber);
                Assert.Equal("Leveres ved bagdøren", text.Description);
                Assert.Null(text.Product);
                Assert.Null(text.Quantity);
                Assert.Null(text.UnitNetPrice);
            },
            product =>
            {
                Assert.Equal(2, product.LineNumber);
                Assert.Equal("A200", product.Product?.ProductNumber);
            });
    }

    [Fact]
    public void Build_ThreeDecimals_RoundsToTwoAwayFromZero()
    {
        var template = Template(ProductLine(1, "SAND-25", 2.5m, 19.995m));

        var line = Assert.Single(Build(template, InvoicingSamples.Packed("1042", new PackedLine(1, "SAND-25", 0.333m))).Draft.Lines!);

        Assert.Equal(0.33m, line.Quantity);
        Assert.Equal(20.00m, line.UnitNetPrice);
    }

    [Fact]
    public void Build_ProductLineWithoutDescription_UsesProductName()
    {
        var template = Template(ProductLine(1, "A200", 1m, 0m) with { Description = null });

        var line = Assert.Single(DraftInvoiceBuilder.Build(template, InvoicingSamples.Packed("1042", new PackedLine(1, "A200", 1m)), InvoiceDate, sku => "Hylde " + sku).Draft.Lines!);

        Assert.Equal("Hylde A200", line.Description);
    }

    [Fact]
    public void Build_PackedLineRenumbered_MatchesBySku()
    {
        var template = Template(ProductLine(1, "A100", 2m, 150m));

        var build = Build(template, InvoicingSamples.Packed("1042", new PackedLine(7, "A100", 2m), new PackedLine(8, "Z999", 1m)));

        Assert.Equal(2m, Assert.Single(build.Draft.Lines!).Quantity);
        Assert.Equal("Z999", Assert.Single(build.UnmatchedPackedLines).Sku);
    }

    [Fact]
    public void Build_NetTerms_SendsNoDueDateAndNoTermsType()
    {
        var template = InvoicingSamples.Template("order-sent-single.json");

        var draft = Build(template, InvoicingSamples.Packed("35071", new PackedLine(1, "1", 1m))).Draft;

        Assert.Null(draft.DueDate);
        Assert.Null(draft.PaymentTerms?.PaymentTermsType);
        Assert.Null(draft.PaymentTerms?.DaysOfCredit);
    }

    [Fact]
    public void Build_DueDateTerms_KeepsOrderCreditSpan()
    {
        var template = Template(ProductLine(1, "A100", 1m, 150m)) with
        {
            Date = new DateOnly(2026, 2, 1),
            DueDate = new DateOnly(2026, 3, 3),
            PaymentTerms = new PaymentTermsReference { PaymentTermsNumber = 5, PaymentTermsType = "dueDate" },
        };

        var draft = Build(template, InvoicingSamples.Packed("1042", new PackedLine(1, "A100", 1m))).Draft;

        Assert.Equal(new DateOnly(2026, 4, 1), draft.DueDate);
    }

    [Fact]
    public void Build_ZeroIds_LeavesReferencesOut()
    {
        var template = Template(ProductLine(1, "A100", 1m, 150m)) with
        {
            Customer = new CustomerReference { CustomerNumber = 0 },
            Layout = new LayoutReference { LayoutNumber = 0 },
            Project = new ProjectReference { ProjectNumber = 0 },
        };

        var build = Build(template, InvoicingSamples.Packed("1042", new PackedLine(1, "A100", 1m)));

        Assert.Null(build.Draft.Customer);
        Assert.Null(build.Draft.Layout);
        Assert.Null(build.Draft.Project);
        Assert.Equal(["customer", "layout"], build.MissingRequiredMembers);
    }

    [Fact]
    public void Build_Serialized_HasNoNullZeroIdOrDefaultDate()
    {
        var template = InvoicingSamples.Template("order-draft-with-delivery.json");
        var draft = Build(template, InvoicingSamples.Packed("97", new PackedLine(1, "3084", 1m))).Draft;

        var json = JsonSerializer.SerializeToNode(draft, InvoicingSamples.Json)!;

        Assert.Empty(InvalidWireValues(json, "$"));
        Assert.Equal("2026-03-02", json["date"]!.GetValue<string>());
        Assert.Equal("2026-03-02", json["dueDate"]!.GetValue<string>());
        Assert.Equal(6, json["paymentTerms"]!["paymentTermsNumber"]!.GetValue<int>());
        Assert.Null(json["paymentTerms"]!["paymentTermsType"]);
        Assert.Null(json["grossAmount"]);
    }

    [Theory]
    [InlineData("579000000000", null, "not a valid 13-digit GLN")]
    [InlineData("5790000000006", null, "not a valid 13-digit GLN")]
    [InlineData("5790000000005", null, "no contact person")]
    public void Build_EanCustomerProblems_WarnBeforeBooking(string ean, int? contact, string expected)
    {
        var template = Template(ProductLine(1, "A100", 1m, 150m)) with
        {
            Recipient = new DraftRecipient { Name = "Fiktiv Kommune", Ean = ean, VatZone = new VatZoneReference { VatZoneNumber = 1 } },
            References = contact is null ? null : new DraftReferences { CustomerContact = new CustomerContactReference { CustomerContactNumber = contact } },
        };

        var build = Build(template, InvoicingSamples.Packed("1042", new PackedLine(1, "A100", 1m)));

        Assert.Contains(expected, Assert.Single(build.Warnings), StringComparison.Ordinal);
        Assert.Equal(ean, build.Draft.Recipient?.Ean);
    }

    [Fact]
    public void Build_ValidEanWithContact_NoWarning()
    {
        var template = Template(ProductLine(1, "A100", 1m, 150m)) with
        {
            Recipient = new DraftRecipient { Name = "Fiktiv Kommune", Ean = "5790000000005", VatZone = new VatZoneReference { VatZoneNumber = 1 } },
            References = new DraftReferences { CustomerContact = new CustomerContactReference { CustomerContactNumber = 3 } },
        };

        var build = Build(template, InvoicingSamples.Packed("1042", new PackedLine(1, "A100", 1m)));

        Assert.Empty(build.Warnings);
        Assert.Equal(3, build.Draft.References?.CustomerContact?.CustomerContactNumber);
    }

    internal static IEnumerable<string> InvalidWireValues(JsonNode? node, string path)
    {
        switch (node)
        {
            case null:
                yield return $"{path} is null";
                break;
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    foreach (var problem in InvalidWireValues(child, $"{path}.{name}"))
                    {
                        yield return problem;
                    }
                }

                break;
            case JsonArray array:
                for (var index = 0; index < array.Count; index++)
                {
                    foreach (var problem in InvalidWireValues(array[index], $"{path}[{index}]"))
                    {
                        yield return problem;
                    }
                }

                break;
            case JsonValue value when value.ToJsonString() is "0" or "\"0001-01-01\"" && (path.EndsWith("Number", StringComparison.Ordinal) || path.EndsWith("Date", StringComparison.Ordinal) || path.EndsWith("date", StringComparison.Ordinal) || path.EndsWith("sortKey", StringComparison.Ordinal)):
                yield return $"{path} is {value.ToJsonString()}";
                break;
        }
    }

    private static DraftBuild Build(DraftInvoice template, OrderPackedEvent packed) =>
        DraftInvoiceBuilder.Build(template, packed, InvoiceDate, _ => null);

    private static DraftInvoice Template(params DraftInvoiceLine[] lines) => new()
    {
        Date = new DateOnly(2026, 2, 1),
        Currency = "DKK",
        PaymentTerms = new PaymentTermsReference { PaymentTermsNumber = 1, PaymentTermsType = "net", DaysOfCredit = 8 },
        Customer = new CustomerReference { CustomerNumber = 401 },
        Recipient = new DraftRecipient { Name = "Fiktiv Kunde ApS", VatZone = new VatZoneReference { VatZoneNumber = 1 } },
        Layout = new LayoutReference { LayoutNumber = 19 },
        Lines = lines,
    };

    private static DraftInvoiceLine ProductLine(int lineNumber, string sku, decimal quantity, decimal price) => new()
    {
        LineNumber = lineNumber,
        SortKey = lineNumber,
        Description = "Vare " + sku,
        Product = new ProductReference { ProductNumber = sku },
        Quantity = quantity,
        UnitNetPrice = price,
    };
}
