using System.Text;

namespace Economic.StandIn.Products;

/// <summary>
/// e-conomic's escaping of identifiers in URL paths: the characters <c>&lt; &gt; * % : &amp; / \ _ space ? . # +</c>
/// become <c>_0_</c> to <c>_13_</c>; every other character outside letters, digits, '-' and '~' is percent-encoded as UTF-8.
/// </summary>
internal static class ProductNumberPath
{
    private const string Special = "<>*%:&/\\_ ?.#+";

    public static string Escape(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);

        var escaped = new StringBuilder(identifier.Length * 2);
        foreach (var rune in identifier.EnumerateRunes())
        {
            var index = rune.IsBmp ? Special.IndexOf((char)rune.Value, StringComparison.Ordinal) : -1;
            if (index >= 0)
            {
                escaped.Append('_').Append(index).Append('_');
            }
            else
            {
                escaped.Append(IsUnreserved(rune) ? rune.ToString() : Uri.EscapeDataString(rune.ToString()));
            }
        }

        return escaped.ToString();
    }

    /// <summary>Reverses <see cref="Escape"/> on a raw path segment; returns null when the segment is malformed.</summary>
    public static string? Unescape(string segment)
    {
        ArgumentNullException.ThrowIfNull(segment);

        var bytes = new List<byte>(segment.Length);
        for (var i = 0; i < segment.Length; i++)
        {
            var consumed = segment[i] switch
            {
                '_' => ReadToken(segment, i, bytes),
                '%' => ReadPercent(segment, i, bytes),
                var plain => Append(Encoding.UTF8.GetBytes(plain.ToString()), bytes),
            };
            if (consumed < 0)
            {
                return null;
            }

            i += consumed;
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    private static bool IsUnreserved(Rune rune) =>
        rune.IsAscii && (Rune.IsLetterOrDigit(rune) || rune.Value is '-' or '~');

    private static int ReadToken(string segment, int start, List<byte> bytes)
    {
        var end = segment.IndexOf('_', start + 1);
        if (end < 0 || !int.TryParse(segment.AsSpan(start + 1, end - start - 1), out var index) || index >= Special.Length)
        {
            return -1;
        }

        bytes.Add((byte)Special[index]);

        return end - start;
    }

    private static int ReadPercent(string segment, int start, List<byte> bytes)
    {
        if (start + 2 >= segment.Length || !byte.TryParse(segment.AsSpan(start + 1, 2), System.Globalization.NumberStyles.HexNumber, null, out var value))
        {
            return -1;
        }

        bytes.Add(value);

        return 2;
    }

    private static int Append(byte[] encoded, List<byte> bytes)
    {
        bytes.AddRange(encoded);

        return 0;
    }
}
