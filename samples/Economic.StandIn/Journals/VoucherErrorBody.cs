using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Economic.StandIn.Journals;

/// <summary>
/// Builds e-conomic's validation error body for a voucher POST: problems of the voucher sit under
/// its array index, and problems of an entry under <c>entries.items</c> with the entry's index.
/// </summary>
internal static class VoucherErrorBody
{
    public static JsonObject Create(IReadOnlyList<ValidationProblem> problems, DateTimeOffset now)
    {
        var voucher = new JsonObject { ["arrayIndex"] = 0 };
        foreach (var problem in problems.Where(problem => problem.EntryIndex is null))
        {
            Add(voucher, problem);
        }

        var items = new JsonArray();
        foreach (var group in problems.Where(problem => problem.EntryIndex is not null).GroupBy(problem => problem.EntryIndex!.Value))
        {
            var item = new JsonObject { ["arrayIndex"] = group.Key };
            foreach (var problem in group)
            {
                Add(item, problem);
            }

            items.Add(item);
        }

        if (items.Count > 0)
        {
            voucher["entries"] = new JsonObject { ["items"] = items };
        }

        return new JsonObject
        {
            ["message"] = $"Validation failed. {problems.Count} error{(problems.Count == 1 ? string.Empty : "s")} found.",
            ["errorCode"] = "E04300",
            ["developerHint"] = "Inspect validation errors and correct your request.",
            ["logId"] = $"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}-CPH",
            ["httpStatusCode"] = 400,
            ["errors"] = new JsonArray(voucher),
            ["logTime"] = now.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
            ["errorCount"] = problems.Count,
        };
    }

    private static void Add(JsonObject parent, ValidationProblem problem)
    {
        if (parent[problem.Property] is not JsonObject holder)
        {
            holder = new JsonObject { ["errors"] = new JsonArray() };
            parent[problem.Property] = holder;
        }

        holder["errors"]!.AsArray().Add(new JsonObject
        {
            ["propertyName"] = problem.Property,
            ["errorMessage"] = problem.Message,
            ["errorCode"] = problem.ErrorCode,
            ["inputValue"] = problem.InputValue?.DeepClone(),
            ["developerHint"] = "Correct the value and send the request again.",
        });
    }
}
