namespace SmartPack.SampleHost.Installations;

/// <summary>Settings were not saved because one or more values are invalid; <see cref="Errors"/> lists every one.</summary>
internal sealed class SettingsValidationException : Exception
{
    public SettingsValidationException()
        : this([])
    {
    }

    public SettingsValidationException(string message)
        : this([message])
    {
    }

    public SettingsValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    public SettingsValidationException(IReadOnlyList<string> errors)
        : base("The settings were not saved. " + string.Join(" ", errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<string> Errors { get; }
}
