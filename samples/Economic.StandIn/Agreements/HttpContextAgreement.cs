namespace Economic.StandIn.Agreements;

/// <summary>Carries the agreement the grant token selected from authentication to the endpoints.</summary>
internal static class HttpContextAgreement
{
    private static readonly object Key = new();

    public static void SetAgreement(this HttpContext context, StandInAgreement agreement) => context.Items[Key] = agreement;

    public static StandInAgreement? FindAgreement(this HttpContext context) =>
        context.Items.TryGetValue(Key, out var agreement) ? agreement as StandInAgreement : null;

    public static StandInAgreement Agreement(this HttpContext context) =>
        context.FindAgreement() ?? throw new InvalidOperationException("The request reached an endpoint without an authenticated agreement.");
}
