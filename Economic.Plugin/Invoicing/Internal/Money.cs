namespace Economic.Plugin.Invoicing.Internal;

/// <summary>Rounds quantities and amounts to the 2 decimals that e-conomic accepts.</summary>
internal static class Money
{
    /// <summary>Rounds to 2 decimals, midpoints away from zero (19.995 becomes 20.00).</summary>
    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>Rounds to 2 decimals, midpoints away from zero, and keeps null as null.</summary>
    public static decimal? Round(decimal? value) => value is { } number ? Round(number) : null;
}
