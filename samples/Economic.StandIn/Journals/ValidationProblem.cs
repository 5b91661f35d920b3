using System.Text.Json.Nodes;

namespace Economic.StandIn.Journals;

/// <summary>One validation problem of a voucher POST, placed the way e-conomic places it in its error tree.</summary>
/// <param name="EntryIndex">The index of the finance voucher entry, or null for a problem of the voucher itself.</param>
/// <param name="Property">The property, such as "account" or "date".</param>
/// <param name="Message">e-conomic's message.</param>
/// <param name="ErrorCode">e-conomic's error code.</param>
/// <param name="InputValue">The rejected value.</param>
internal sealed record ValidationProblem(int? EntryIndex, string Property, string Message, string ErrorCode, JsonNode? InputValue);
