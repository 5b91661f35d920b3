namespace Economic.Plugin.Invoicing.Internal;

/// <summary>Builds the e-conomic filter that finds invoices by their free-text reference.</summary>
internal static class ReferenceFilter
{
    /// <summary>Returns <c>references.other$eq:value</c>, with the filter's special characters escaped.</summary>
    public static string For(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);

        var escaped = new System.Text.StringBuilder(reference.Length + 8);
        foreach (var character in reference)
        {
            if (character is '$' or '(' or ')' or '*' or ',')
            {
                escaped.Append('$');
            }

            escaped.Append(character);
        }

        return "references.other$eq:" + escaped;
    }
}
