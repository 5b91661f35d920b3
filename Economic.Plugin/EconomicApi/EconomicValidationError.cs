namespace Economic.Plugin.EconomicApi;

/// <summary>One validation problem from an e-conomic error body, flattened from its tree.</summary>
/// <param name="Property">The property path, such as "lines[0].unitNetPrice"; empty for a request-wide problem.</param>
/// <param name="Message">e-conomic's message.</param>
/// <param name="ErrorCode">e-conomic's code, such as "E04740".</param>
/// <param name="Value">The rejected value as text, where e-conomic echoes it.</param>
internal sealed record EconomicValidationError(string Property, string Message, string? ErrorCode, string? Value)
{
    /// <summary>Formats the problem as "property: message (code, value 'x')".</summary>
    public override string ToString()
    {
        var code = ErrorCode is null ? string.Empty : $" ({ErrorCode})";
        var value = Value is null ? string.Empty : $" Value: '{Value}'.";
        var property = Property.Length == 0 ? string.Empty : Property + ": ";

        return $"{property}{Message.TrimEnd('.')}{code}.{value}";
    }
}
