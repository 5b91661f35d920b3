using System.Security.Cryptography;
using System.Text;

namespace SmartPack.SampleHost.Packing;

/// <summary>
/// Lets a call to the warehouse API through only when its <c>X-Api-Key</c> header equals
/// <c>SampleHost:WarehouseApiKey</c>. The warehouse API changes data and sits outside the admin login,
/// so without a configured key it rejects every call.
/// </summary>
internal sealed class WarehouseApiKeyFilter(IConfiguration configuration) : IEndpointFilter
{
    /// <summary>The configuration key of the warehouse API key.</summary>
    public const string ConfigurationKey = "SampleHost:WarehouseApiKey";

    /// <summary>The request header that carries the key.</summary>
    public const string HeaderName = "X-Api-Key";

    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);

        var expected = configuration[ConfigurationKey];
        if (string.IsNullOrWhiteSpace(expected))
        {
            return Results.Problem(
                $"The warehouse API is switched off because {ConfigurationKey} is not configured. Set it, and send the same value in the {HeaderName} header.",
                statusCode: StatusCodes.Status401Unauthorized);
        }

        var received = context.HttpContext.Request.Headers[HeaderName].ToString();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(received), Encoding.UTF8.GetBytes(expected)))
        {
            return Results.Problem(
                $"The {HeaderName} header is missing or does not match {ConfigurationKey}. Send the configured key.",
                statusCode: StatusCodes.Status401Unauthorized);
        }

        return await next(context);
    }
}
