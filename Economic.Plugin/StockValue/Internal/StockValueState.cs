using System.Text.Json;
using System.Text.Json.Serialization;
using Economic.Plugin.Abstractions.Hosting;

namespace Economic.Plugin.StockValue.Internal;

/// <summary>The stock value records in an installation's durable state: the baseline and one claim per period.</summary>
internal sealed class StockValueState
{
    private const string BaselineKey = "stock-value/baseline";
    private const string ClaimPrefix = "stock-value/period/";

    private static readonly JsonSerializerOptions JsonOptions = CreateOptions();

    private readonly IPluginStateStore _store;

    public StockValueState(IPluginStateStore store)
    {
        ArgumentNullException.ThrowIfNull(store);

        _store = store;
    }

    public async Task<StockValueBaseline?> GetBaselineAsync(CancellationToken cancellationToken)
    {
        var json = await _store.GetAsync(BaselineKey, cancellationToken);

        return json is null ? null : JsonSerializer.Deserialize<StockValueBaseline>(json, JsonOptions);
    }

    /// <summary>Stores the starting value unless another run stored one first.</summary>
    public Task<bool> TryAddBaselineAsync(StockValueBaseline baseline, CancellationToken cancellationToken) =>
        _store.TryAddAsync(BaselineKey, JsonSerializer.Serialize(baseline, JsonOptions), cancellationToken);

    public Task SetBaselineAsync(StockValueBaseline baseline, CancellationToken cancellationToken) =>
        _store.SetAsync(BaselineKey, JsonSerializer.Serialize(baseline, JsonOptions), cancellationToken);

    public async Task<PeriodClaim?> GetClaimAsync(string periodKey, CancellationToken cancellationToken)
    {
        var json = await _store.GetAsync(ClaimPrefix + periodKey, cancellationToken);

        return json is null ? null : JsonSerializer.Deserialize<PeriodClaim>(json, JsonOptions);
    }

    /// <summary>Adds the claim for its period; false when the period already has one.</summary>
    public Task<bool> TryClaimAsync(PeriodClaim claim, CancellationToken cancellationToken) =>
        _store.TryAddAsync(ClaimPrefix + claim.PeriodKey, JsonSerializer.Serialize(claim, JsonOptions), cancellationToken);

    public Task SaveClaimAsync(PeriodClaim claim, CancellationToken cancellationToken) =>
        _store.SetAsync(ClaimPrefix + claim.PeriodKey, JsonSerializer.Serialize(claim, JsonOptions), cancellationToken);

    public Task ReleaseClaimAsync(string periodKey, CancellationToken cancellationToken) =>
        _store.RemoveAsync(ClaimPrefix + periodKey, cancellationToken);

    /// <summary>Lists the claims whose voucher was sent but whose outcome was never recorded.</summary>
    public async Task<IReadOnlyList<PeriodClaim>> ListUnresolvedClaimsAsync(CancellationToken cancellationToken)
    {
        var entries = await _store.ListAsync(ClaimPrefix, cancellationToken);

        return entries
            .Select(entry => JsonSerializer.Deserialize<PeriodClaim>(entry.Value, JsonOptions)!)
            .Where(claim => claim.Status == PeriodClaimStatus.Sending)
            .ToList();
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));

        return options;
    }
}
