using System.Text.Json.Serialization;

namespace Economic.Plugin.StockValue.Internal;

/// <summary>
/// The response of a voucher POST. The schema describes one voucher, but e-conomic returns an
/// array and may split the entries over several vouchers, so both shapes are read into a list.
/// </summary>
[JsonConverter(typeof(PostedVouchersConverter))]
internal sealed record PostedVouchers(IReadOnlyList<Voucher> Vouchers);
