using System.Text;
using Economic.Plugin.Abstractions.Webhooks;
using Microsoft.AspNetCore.Http.Features;

namespace SmartPack.SampleHost.Webhooks;

/// <summary>Converts an HTTP request on the webhook route to the contract's <see cref="WebhookRequest"/>.</summary>
internal static class HttpWebhookRequestReader
{
    /// <summary>The largest body read; webhook calls carry a few numbers, so anything bigger is rejected.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>Reads the request, or returns null when its body is larger than <see cref="MaxBodyBytes"/>.</summary>
    public static async Task<WebhookRequest?> ReadAsync(HttpRequest request, string path, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        // A chunked body carries no length, so the server enforces the limit while the form is read.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        var form = new Dictionary<string, string>(StringComparer.Ordinal);
        string? body = null;
        if (request.HasFormContentType)
        {
            foreach (var (key, values) in await request.ReadFormAsync(cancellationToken))
            {
                form[key] = values.ToString();
            }
        }
        else if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            body = await ReadBodyAsync(request, cancellationToken);
            if (body is null)
            {
                return null;
            }
        }

        return new WebhookRequest
        {
            Method = request.Method,
            Path = path,
            Query = request.Query.ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal),
            Form = form,
            Body = body,
            ContentType = request.ContentType,
        };
    }

    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxBodyBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        return length > MaxBodyBytes ? null : Encoding.UTF8.GetString(buffer, 0, length);
    }
}
