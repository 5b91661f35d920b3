using Economic.Plugin.Abstractions.Invoicing;
using Economic.Plugin.Invoicing.Dto;

namespace Economic.Plugin.Invoicing.Internal;

/// <summary>A draft invoice ready to send, with what the builder could not use.</summary>
/// <param name="Draft">The body of <c>POST /invoices/drafts</c>.</param>
/// <param name="ProductLineCount">How many lines carry a product. 0 means nothing was packed.</param>
/// <param name="UnmatchedPackedLines">Packed lines that match no product line of the order.</param>
/// <param name="MissingRequiredMembers">Members e-conomic requires that the template did not supply.</param>
/// <param name="Warnings">Problems the admin should fix before booking the draft, as sentences.</param>
/// <param name="OverPackedLines">Order lines packed above their quantity. The draft must not be sent while there are any.</param>
internal sealed record DraftBuild(
    DraftInvoice Draft,
    int ProductLineCount,
    IReadOnlyList<PackedLine> UnmatchedPackedLines,
    IReadOnlyList<string> MissingRequiredMembers,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<OverPackedLine> OverPackedLines);
