namespace Economic.Plugin.Orders.Internal;

/// <summary>Problems found while mapping one order that do not stop it, such as an unknown country.</summary>
internal sealed class MappingWarnings
{
    private readonly List<string> _messages = [];

    public IReadOnlyList<string> Messages => _messages;

    /// <summary>Adds a warning unless the same sentence is already listed.</summary>
    public void Add(string message)
    {
        if (!_messages.Contains(message, StringComparer.Ordinal))
        {
            _messages.Add(message);
        }
    }
}
