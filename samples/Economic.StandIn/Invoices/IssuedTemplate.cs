namespace Economic.StandIn.Invoices;

/// <summary>An upgrade template the stand-in handed out, so a draft created from it can archive its sent order.</summary>
/// <param name="OrderNumber">The order the template was built from.</param>
/// <param name="CustomerNumber">The order's customer.</param>
/// <param name="ProductNumbers">The products on the order's lines.</param>
internal sealed record IssuedTemplate(int OrderNumber, int CustomerNumber, IReadOnlySet<string> ProductNumbers);
