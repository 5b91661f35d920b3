using System.Globalization;
using System.Text;

namespace Economic.Plugin.Orders.Internal;

/// <summary>Stores sets of order numbers compactly as ranges, such as "1-500,502".</summary>
internal static class OrderNumberRanges
{
    public static SortedSet<int> Parse(string? text)
    {
        var numbers = new SortedSet<int>();
        foreach (var part in (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bounds = part.Split('-');
            var first = int.Parse(bounds[0], CultureInfo.InvariantCulture);
            var last = bounds.Length > 1 ? int.Parse(bounds[1], CultureInfo.InvariantCulture) : first;
            for (var number = first; number <= last; number++)
            {
                numbers.Add(number);
            }
        }

        return numbers;
    }

    public static string Format(IEnumerable<int> numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);

        var text = new StringBuilder();
        int? start = null;
        var previous = 0;
        foreach (var number in numbers.Distinct().Order())
        {
            if (start is not null && number == previous + 1)
            {
                previous = number;
                continue;
            }

            AppendRange(text, start, previous);
            start = number;
            previous = number;
        }

        AppendRange(text, start, previous);
        return text.ToString();
    }

    private static void AppendRange(StringBuilder text, int? start, int last)
    {
        if (start is null)
        {
            return;
        }

        if (text.Length > 0)
        {
            text.Append(',');
        }

        text.Append(start.Value.ToString(CultureInfo.InvariantCulture));
        if (last != start.Value)
        {
            text.Append('-').Append(last.ToString(CultureInfo.InvariantCulture));
        }
    }
}
