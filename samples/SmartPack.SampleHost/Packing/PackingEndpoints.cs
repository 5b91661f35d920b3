namespace SmartPack.SampleHost.Packing;

/// <summary>Registers the packed-event queue and maps the warehouse's "order packed" API.</summary>
internal static class PackingEndpoints
{
    public static IServiceCollection AddPacking(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PackingOptions>(configuration.GetSection("SampleHost:Packing"));
        services.AddSingleton<PackedEventStore>();
        services.AddSingleton<PackedEventSignal>();
        services.AddSingleton<PackedEventDispatcher>();
        services.AddSingleton<PackingService>();
        services.AddHostedService<PackedEventWorker>();

        return services;
    }

    /// <summary>
    /// Maps <c>POST /api/orders/{installationId}/{orderNumber}/packed</c>: sets the order's status to
    /// Packed and queues the packed event. The optional JSON body lists packed quantities per line; a body
    /// that cannot be read gets a problem response naming the expected shape. The
    /// caller must send the configured warehouse API key (see <see cref="WarehouseApiKeyFilter"/>).
    /// </summary>
    public static IEndpointRouteBuilder MapPackingApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(
            "/api/orders/{installationId}/{orderNumber}/packed",
            async (string installationId, string orderNumber, HttpRequest http, PackingService packing, ILogger<PackingService> logger, CancellationToken cancellationToken) =>
            {
                var (request, problem) = await PackedRequestReader.ReadAsync(http, cancellationToken);
                if (problem is not null)
                {
                    Log.BodyRejected(logger, orderNumber, installationId);
                    return problem;
                }

                var result = await packing.MarkPackedAsync(installationId, orderNumber, request?.Lines, cancellationToken);
                return result switch
                {
                    { EventId: { } eventId } => Results.Accepted(value: new { eventId, orderNumber }),
                    { IsNotFound: true } => Results.NotFound(new { error = result.Error }),
                    { IsConflict: true } => Results.Conflict(new { error = result.Error }),
                    _ => Results.BadRequest(new { error = result.Error }),
                };
            })
            .AddEndpointFilter<WarehouseApiKeyFilter>();

        return endpoints;
    }
}
