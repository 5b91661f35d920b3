namespace Economic.Plugin.StockValue.Internal;

/// <summary>
/// Converts between instants and Danish wall-clock time (Europe/Copenhagen), in which the shop's
/// calendar rules are stated.
/// </summary>
internal static class CopenhagenTime
{
    // NOTE: The lookup needs the IANA time zone data (the tzdata package on Linux, ICU on Windows),
    // so on a container image without it the first use throws TimeZoneNotFoundException.
    /// <summary>The Europe/Copenhagen zone from the system's time zone database.</summary>
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    /// <summary>Returns the Copenhagen calendar date at <paramref name="instant"/>.</summary>
    public static DateOnly DateAt(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>
    /// Returns the instant, in UTC, at which Copenhagen clocks show <paramref name="timeOfDay"/> on
    /// <paramref name="date"/>. A time that the spring-forward change skips moves forward to the
    /// end of the skipped hour, the first instant that exists. A time that the fall-back change
    /// repeats resolves to its first occurrence, still in summer time.
    /// </summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeSpan timeOfDay)
    {
        var local = date.ToDateTime(TimeOnly.FromTimeSpan(timeOfDay));
        if (Zone.IsInvalidTime(local))
        {
            local = EndOfSkippedTime(local);
        }

        // The larger of the two offsets of a repeated time gives the earlier instant.
        var offset = Zone.IsAmbiguousTime(local)
            ? Zone.GetAmbiguousTimeOffsets(local).Max()
            : Zone.GetUtcOffset(local);

        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    // Under the EU rule in the time zone database, Copenhagen's clocks jump at 01:00 UTC, a whole
    // minute, so walking whole minutes from the start of the skipped minute finds the end of the jump.
    private static DateTime EndOfSkippedTime(DateTime skipped)
    {
        var local = skipped.AddTicks(-(skipped.Ticks % TimeSpan.TicksPerMinute));
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        return local;
    }
}
