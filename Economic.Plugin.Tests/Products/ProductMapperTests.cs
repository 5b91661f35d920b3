using System.Text.Json;
using Economic.Plugin.EconomicApi;
using Economic.Plugin.Products.Internal;

namespace Economic.Plugin.Tests.Products;

public sealed class ProductMapperTests
{
    private static readonly JsonSerializerOptions Json = EconomicJson.Options;

    [Fact]
    public void Map_RecordedSingleProduct_MapsEveryField()
    {
        var document = ReadSample<ProductDto>("product-single-with-inventory.json");

        var mapping = ProductMapper.Map(document);

        var product = Assert.IsType<Abstractions.Products.WarehouseProduct>(mapping.Product);
        Assert.Null(mapping.Problem);
        Assert.Equal("01CF8D2E-A6A6-4", product.Sku);
        Assert.Equal("fudge", product.Name);
        Assert.Null(product.Barcode);
        Assert.Equal(0.00m, product.CostPrice);
        Assert.Equal(0.00m, product.SalesPrice);
        Assert.Equal(0.00m, product.RecommendedPrice);
        Assert.Equal("pcs.", product.Unit);
        Assert.False(product.IsActive);
        Assert.Equal(new DateTimeOffset(2017, 11, 30, 13, 27, 0, TimeSpan.Zero), product.SourceLastUpdated);
    }

    [Fact]
    public void Map_RecordedCollection_MapsBothProducts()
    {
        var page = ReadSample<EconomicCollection<ProductDto>>("products-collection-demo.json");

        var products = page.Collection!.Select(ProductMapper.Map).Select(mapping => mapping.Product!).ToList();

        Assert.Equal(2, products.Count);
        Assert.Equal("1", products[0].Sku);
        Assert.Equal("Noname T-shirt Black", products[0].Name);
        Assert.Equal(40.0m, products[0].CostPrice);
        Assert.Equal(70.0m, products[0].SalesPrice);
        Assert.Equal(90.0m, products[0].RecommendedPrice);
        Assert.Equal("stk.", products[0].Unit);
        Assert.True(products[0].IsActive);
        Assert.Equal(new DateTimeOffset(2022, 6, 24, 8, 25, 0, TimeSpan.Zero), products[0].SourceLastUpdated);
        Assert.Equal("2", products[1].Sku);
        Assert.False(products[1].IsActive);
    }

    [Fact]
    public void Map_RecordedCollection_ReadsPagination()
    {
        var page = ReadSample<EconomicCollection<ProductDto>>("products-collection-demo.json");

        Assert.Equal(7, page.Pagination!.Results);
        Assert.NotNull(page.Pagination.NextPage);
    }

    [Theory]
    [InlineData("00123")]
    [InlineData("123")]
    [InlineData("A-17")]
    [InlineData("00 7/B_x.y")]
    [InlineData("1234567890123456789012345")]
    public void Map_ProductNumber_IsKeptExactly(string productNumber)
    {
        var mapping = ProductMapper.Map(new ProductDto { ProductNumber = productNumber, Name = "Vare" });

        Assert.Equal(productNumber, mapping.Product!.Sku);
    }

    [Fact]
    public void Map_NumberLongerThan25Characters_IsReportedNotTruncated()
    {
        var mapping = ProductMapper.Map(new ProductDto { ProductNumber = "PALLE-EUR-1200x800-GRÅ-2024", Name = "Palle" });

        Assert.Null(mapping.Product);
        Assert.Equal("PALLE-EUR-1200x800-GRÅ-2024", mapping.ProductNumber);
        Assert.Contains("'PALLE-EUR-1200x800-GRÅ-2024'", mapping.Problem, StringComparison.Ordinal);
        Assert.Contains("27 characters", mapping.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_MissingProductNumber_IsReported()
    {
        var mapping = ProductMapper.Map(new ProductDto { Name = "Uden nummer" });

        Assert.Null(mapping.Product);
        Assert.NotNull(mapping.Problem);
    }

    [Fact]
    public void Map_OmittedFields_GiveNullBarcodeAndActiveProduct()
    {
        var document = JsonSerializer.Deserialize<ProductDto>("""{"productNumber":"N1","name":"Uden stregkode"}""", Json)!;

        var product = ProductMapper.Map(document).Product!;

        Assert.Null(product.Barcode);
        Assert.True(product.IsActive);
        Assert.Null(product.CostPrice);
        Assert.Null(product.Unit);
        Assert.Null(product.SourceLastUpdated);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Map_BlankBarcode_IsNull(string barcode)
    {
        var product = ProductMapper.Map(new ProductDto { ProductNumber = "N2", Name = "Også uden", BarCode = barcode }).Product!;

        Assert.Null(product.Barcode);
    }

    [Fact]
    public void Map_BarcodeAndFractionalPrices_AreExact()
    {
        var document = JsonSerializer.Deserialize<ProductDto>(
            """{"productNumber":"B1","name":"Kaffe","barCode":"5701234567899","costPrice":12.345,"salesPrice":0.1,"recommendedPrice":99999999.99,"barred":false}""",
            Json)!;

        var product = ProductMapper.Map(document).Product!;

        Assert.Equal("5701234567899", product.Barcode);
        Assert.Equal(12.345m, product.CostPrice);
        Assert.Equal(0.1m, product.SalesPrice);
        Assert.Equal(99999999.99m, product.RecommendedPrice);
        Assert.True(product.IsActive);
    }

    private static T ReadSample<T>(string fileName)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", fileName));

        return JsonSerializer.Deserialize<T>(text, Json)!;
    }
}
