using System.Globalization;
using System.Net;
using System.Text;

namespace Economic.Plugin.EconomicApi.Internal;

/// <summary>Composes the sentence an <see cref="EconomicApiException"/> shows to the admin.</summary>
internal static class EconomicErrorMessage
{
    private const int MaxListedErrors = 5;

    public static string Compose(HttpStatusCode status, string method, string path, EconomicErrorBody body)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"e-conomic rejected {method} {path} with HTTP {(int)status} ({status})");
        text.Append(body.Message is null ? "." : $": {body.Message.TrimEnd('.')}.");
        AppendIdentifiers(text, body);
        AppendErrors(text, body);
        text.Append(' ').Append(Advice(status, body));

        return text.ToString();
    }

    private static void AppendIdentifiers(StringBuilder text, EconomicErrorBody body)
    {
        if (body.ErrorCode is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" Error code: {body.ErrorCode}.");
        }

        if (body.LogId is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" Log id: {body.LogId}.");
        }
    }

    private static void AppendErrors(StringBuilder text, EconomicErrorBody body)
    {
        foreach (var error in body.Errors.Take(MaxListedErrors))
        {
            text.Append(' ').Append(error);
        }

        if (body.Errors.Count > MaxListedErrors)
        {
            text.Append(CultureInfo.InvariantCulture, $" And {body.Errors.Count - MaxListedErrors} more problems.");
        }

        if (body.AllowedFilteringFields.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" Filterable fields: {string.Join(", ", body.AllowedFilteringFields)}.");
        }
    }

    private static string Advice(HttpStatusCode status, EconomicErrorBody body) => (int)status switch
    {
        401 => "e-conomic rejected the agreement grant token, because it was revoked or is wrong. "
            + "An administrator must generate a new grant token in e-conomic (add the app to the agreement again) "
            + "and save it in the plugin settings.",
        403 => "The app's role, or a module of the e-conomic agreement, lacks access to this resource. "
            + "Grant the app a role with access, or enable the module in e-conomic.",
        404 => "The record does not exist in e-conomic (it may have been deleted or moved); check the number.",
        409 => "The record changed in e-conomic meanwhile; read it again and retry.",
        429 => "The e-conomic rate limit was reached; the request is retried on the next run.",
        >= 500 => "e-conomic had an internal error; the request is retried on the next run"
            + (body.LogId is null ? "." : ", and e-conomic support can trace it by the log id."),
        _ => "Correct the data in e-conomic or the plugin settings and run again.",
    };
}
