using Economic.Plugin.EconomicApi;

namespace Economic.Plugin.Invoicing.Internal;

/// <summary>Builds the e-conomic filter that finds invoices by their free-text reference.</summary>
internal static class ReferenceFilter
{
    /// <summary>Returns <c>references.other$eq:value</c>, with the filter's special characters escaped.</summary>
    public static string For(string reference) => new EconomicFilter().Equal("references.other", reference).ToString();
}
