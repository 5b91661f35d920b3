using System.Text.Json;
using System.Text.Json.Nodes;
using Economic.StandIn.Agreements;
using Economic.StandIn.Collections;
using Economic.StandIn.Errors;

namespace Economic.StandIn.Webhooks;

/// <summary>
/// The stand-in's own admin API under <c>/__standin/</c>, for tests and demos: change orders and products
/// as an accountant would in e-conomic (which sends the webhooks), and manage webhook subscriptions.
/// It sits behind the same token check as the e-conomic paths, so it needs the app secret and a grant token.
/// </summary>
internal static class StandInAdminEndpoints
{
    public const string Prefix = "/__standin";

    public static IEndpointRouteBuilder MapStandInAdmin(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup(Prefix);
        MapProducts(admin);
        MapOrders(admin);
        MapWebhooks(admin);

        return endpoints;
    }

    private static void MapProducts(RouteGroupBuilder admin)
    {
        admin.MapPut("/products", async (HttpContext context, ErrorBodies errors) =>
            await ReadObjectAsync(context) is { } product
                ? Apply(errors, () => context.Agreement().PutProduct(product))
                : InvalidBody(errors));
        admin.MapPost("/products/renumber", async (HttpContext context, ErrorBodies errors) =>
            await ReadObjectAsync(context) is { } body && Text(body, "from") is { } from && Text(body, "to") is { } to
                ? Apply(errors, () => context.Agreement().RenumberProduct(from, to))
                : InvalidBody(errors));
        admin.MapDelete("/products", (string number, HttpContext context, ErrorBodies errors) =>
            context.Agreement().RemoveProduct(number) ? Results.NoContent() : errors.NotFound());
    }

    private static void MapOrders(RouteGroupBuilder admin)
    {
        admin.MapPut("/orders/{list}", async (string list, HttpContext context, ErrorBodies errors) =>
            TryParseList(list) is not { } status ? errors.NotFound()
            : await ReadObjectAsync(context) is { } order ? Apply(errors, () => context.Agreement().PutOrder(status, order))
            : InvalidBody(errors));
        admin.MapPost("/orders/{list}/{orderNumber:int}/renumber", async (string list, int orderNumber, HttpContext context, ErrorBodies errors) =>
            TryParseList(list) is not { } status ? errors.NotFound()
            : await ReadObjectAsync(context) is { } body && Number(body, "to") is { } to ? Apply(errors, () => context.Agreement().RenumberOrder(status, orderNumber, to))
            : InvalidBody(errors));
        admin.MapDelete("/orders/{list}/{orderNumber:int}", (string list, int orderNumber, HttpContext context, ErrorBodies errors) =>
            TryParseList(list) is { } status && context.Agreement().RemoveOrder(status, orderNumber)
                ? Results.NoContent()
                : errors.NotFound());
    }

    private static void MapWebhooks(RouteGroupBuilder admin)
    {
        admin.MapGet("/webhooks", (HttpContext context) =>
            JsonResponse.Create(new JsonArray([.. context.Agreement().Webhooks.Subscriptions.Select(pair => ToJson(pair.Key, pair.Value))])));
        admin.MapPost("/webhooks", async (HttpContext context, ErrorBodies errors) =>
        {
            if (ReadSubscription(await ReadObjectAsync(context)) is not { } subscription)
            {
                return InvalidBody(errors);
            }

            return Apply(errors, () => context.Agreement().Webhooks.Add(subscription), id => JsonResponse.Create(ToJson(id, subscription), StatusCodes.Status201Created));
        });
        admin.MapPut("/webhooks/{id:int}", async (int id, HttpContext context, ErrorBodies errors) =>
            ReadSubscription(await ReadObjectAsync(context)) is { } subscription
                ? Apply(errors, () => context.Agreement().Webhooks.Replace(id, subscription))
                : InvalidBody(errors));
        admin.MapDelete("/webhooks/{id:int}", (int id, HttpContext context, ErrorBodies errors) =>
            context.Agreement().Webhooks.Remove(id) ? Results.NoContent() : errors.NotFound());
    }

    private static IResult Apply(ErrorBodies errors, Action change) => Apply(errors, () =>
    {
        change();
        return true;
    });

    private static IResult Apply(ErrorBodies errors, Func<bool> change) =>
        Apply(errors, change, found => found ? Results.NoContent() : errors.NotFound());

    private static IResult Apply<T>(ErrorBodies errors, Func<T> change, Func<T, IResult> respond)
    {
        try
        {
            return respond(change());
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            return errors.Create(StatusCodes.Status400BadRequest, exception.Message, "The stand-in's admin API rejected the change.");
        }
    }

    private static IResult InvalidBody(ErrorBodies errors) =>
        errors.Create(StatusCodes.Status400BadRequest, "The body is not a JSON object of the expected shape.", "Send a JSON object as the request body.");

    private static OrderStatus? TryParseList(string list) => list switch
    {
        "drafts" => OrderStatus.Draft,
        "sent" => OrderStatus.Sent,
        "archived" => OrderStatus.Archived,
        _ => null,
    };

    private static async Task<JsonObject?> ReadObjectAsync(HttpContext context)
    {
        try
        {
            return await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static StandInWebhookSubscription? ReadSubscription(JsonObject? body)
    {
        var type = Text(body, "type");
        var url = Text(body, "url");
        if (!Enum.TryParse<StandInWebhookType>(type, ignoreCase: true, out var webhookType) || string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var subscription = new StandInWebhookSubscription { Type = webhookType, Url = url };
        return Text(body, "postData") is { } postData ? subscription with { PostData = postData } : subscription;
    }

    private static string? Text(JsonObject? body, string name) =>
        body?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static int? Number(JsonObject body, string name) =>
        body[name] is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;

    private static JsonObject ToJson(int id, StandInWebhookSubscription subscription) => new()
    {
        ["id"] = id,
        ["type"] = subscription.Type.ToString(),
        ["url"] = subscription.Url,
        ["postData"] = subscription.PostData,
    };
}
