using Economic.Plugin.Abstractions.Webhooks;

namespace Economic.Plugin.Webhooks.Internal;

/// <summary>
/// Reads the parts of a webhook call. The path after the route prefix is "{secret}/{event}", and the
/// numbers come as <c>old</c> and <c>new</c> in a form body or the query string, because e-conomic's
/// legacy webhooks fill the admin's template (such as <c>old=[OLDNUMBER]&amp;new=[NEWNUMBER]</c>) and
/// send it either way.
/// </summary>
internal static class WebhookRequestReader
{
    public const string OldNumberKey = "old";
    public const string NewNumberKey = "new";

    /// <summary>Returns the secret path segment, or null when the path has none.</summary>
    public static string? ReadSecret(WebhookRequest request) => Segment(request, 0);

    /// <summary>Returns the event path segment, or null when the path has none.</summary>
    public static string? ReadEventName(WebhookRequest request) => Segment(request, 1);

    /// <summary>Returns the path segments after the event; a valid call has none.</summary>
    public static int CountSegments(WebhookRequest request) => Segments(request).Length;

    /// <summary>
    /// Returns the value of <paramref name="key"/> from the form, else the query, exactly as sent; an
    /// empty string when it is missing, blank, or a merge field that e-conomic left unfilled ("[NEWNUMBER]").
    /// </summary>
    public static string ReadNumber(WebhookRequest request, string key)
    {
        var value = request.Form.TryGetValue(key, out var formValue) && !string.IsNullOrWhiteSpace(formValue)
            ? formValue
            : request.Query.GetValueOrDefault(key);
        if (string.IsNullOrWhiteSpace(value) || IsUnfilledMergeField(value))
        {
            return string.Empty;
        }

        return value;
    }

    private static bool IsUnfilledMergeField(string value) =>
        value.Length > 2 && value[0] == '[' && value[^1] == ']' && value[1..^1].All(char.IsAsciiLetterUpper);

    private static string? Segment(WebhookRequest request, int index)
    {
        var segments = Segments(request);

        return index < segments.Length ? segments[index] : null;
    }

    private static string[] Segments(WebhookRequest request) =>
        request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
}
