using System.Globalization;

namespace Economic.Plugin.Abstractions.Hosting;

/// <summary>
/// A snapshot of one installation's settings: the values the admin saved plus the values the host
/// fills from its own configuration (manifest settings with <c>"source": "host"</c>). Keys are the
/// manifest's setting keys. Secret values are decrypted in memory only, and <see cref="ToString"/>
/// never shows them.
/// </summary>
public sealed class PluginSettings
{
    private readonly Dictionary<string, string?> _values;
    private readonly HashSet<string> _secretKeys;

    /// <summary>Creates a snapshot.</summary>
    /// <param name="values">Setting values by key; a missing key means "use the manifest default".</param>
    /// <param name="secretKeys">The keys whose values are secret.</param>
    public PluginSettings(IReadOnlyDictionary<string, string?> values, IEnumerable<string>? secretKeys = null)
    {
        ArgumentNullException.ThrowIfNull(values);

        _values = new Dictionary<string, string?>(values, StringComparer.Ordinal);
        _secretKeys = new HashSet<string>(secretKeys ?? [], StringComparer.Ordinal);
    }

    /// <summary>The keys that have a value.</summary>
    public IReadOnlyCollection<string> Keys => _values.Keys;

    /// <summary>Returns the value of <paramref name="key"/>, or null when it is not set or blank.</summary>
    public string? GetString(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);

        return _values.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
    }

    /// <summary>Returns the boolean value of <paramref name="key"/>, or <paramref name="defaultValue"/> when unset.</summary>
    /// <exception cref="FormatException">The value is not "true" or "false".</exception>
    public bool GetBoolean(string key, bool defaultValue)
    {
        var text = GetString(key);
        if (text is null)
        {
            return defaultValue;
        }

        return bool.TryParse(text, out var value)
            ? value
            : throw new FormatException($"Setting '{key}' has the value '{Describe(key, text)}', which is not true or false.");
    }

    /// <summary>Returns the integer value of <paramref name="key"/>, or <paramref name="defaultValue"/> when unset.</summary>
    /// <exception cref="FormatException">The value is not a whole number.</exception>
    public int? GetInt32(string key, int? defaultValue)
    {
        var text = GetString(key);
        if (text is null)
        {
            return defaultValue;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"Setting '{key}' has the value '{Describe(key, text)}', which is not a whole number.");
    }

    /// <summary>Returns whether <paramref name="key"/> holds a secret.</summary>
    public bool IsSecret(string key) => _secretKeys.Contains(key);

    /// <summary>Returns a new snapshot with <paramref name="key"/> set to <paramref name="value"/>.</summary>
    public PluginSettings With(string key, string? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);

        var values = new Dictionary<string, string?>(_values, StringComparer.Ordinal) { [key] = value };
        return new PluginSettings(values, _secretKeys);
    }

    /// <summary>Lists the keys and values, with every secret value replaced by "***".</summary>
    public override string ToString() =>
        string.Join(", ", _values.OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => $"{pair.Key}={(IsSecret(pair.Key) ? "***" : pair.Value)}"));

    private string Describe(string key, string value) => IsSecret(key) ? "***" : value;
}
