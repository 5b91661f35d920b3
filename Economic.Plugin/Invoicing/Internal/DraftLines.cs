using Economic.Plugin.Abstractions.Invoicing;
using Economic.Plugin.Invoicing.Dto;

namespace Economic.Plugin.Invoicing.Internal;

/// <summary>The invoice lines built from a template and the packed quantities.</summary>
/// <param name="Lines">The lines to send, numbered 1..n.</param>
/// <param name="ProductLineCount">How many of <paramref name="Lines"/> carry a product.</param>
/// <param name="UnmatchedPackedLines">Packed lines that match no product line of the order.</param>
/// <param name="OverPackedLines">Order lines packed above their quantity. They are left out of <paramref name="Lines"/>.</param>
internal sealed record DraftLines(
    IReadOnlyList<DraftInvoiceLine> Lines,
    int ProductLineCount,
    IReadOnlyList<PackedLine> UnmatchedPackedLines,
    IReadOnlyList<OverPackedLine> OverPackedLines);
