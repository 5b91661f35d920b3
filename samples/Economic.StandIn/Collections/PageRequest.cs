using System.Globalization;

namespace Economic.StandIn.Collections;

/// <summary>The <c>skippages</c> (0-based page index) and <c>pagesize</c> of a collection request.</summary>
internal sealed record PageRequest(int SkipPages, int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 1000;

    /// <summary>Reads the paging parameters; returns the offending parameter name when one is out of range.</summary>
    public static PageRequest? TryRead(IQueryCollection query, out string? invalidParameter, out string? invalidValue)
    {
        invalidParameter = null;
        invalidValue = null;
        var skipPages = Read(query, "skippages", 0, 0, int.MaxValue, ref invalidParameter, ref invalidValue);
        var pageSize = Read(query, "pagesize", DefaultPageSize, 1, MaxPageSize, ref invalidParameter, ref invalidValue);

        return invalidParameter is null ? new PageRequest(skipPages, pageSize) : null;
    }

    private static int Read(
        IQueryCollection query, string name, int fallback, int min, int max, ref string? invalidParameter, ref string? invalidValue)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        invalidParameter ??= name;
        invalidValue ??= text;

        return fallback;
    }
}
