namespace SmartPack.SampleHost.Packing;

/// <summary>Timing of packed-event delivery, bound from the "SampleHost:Packing" section.</summary>
internal sealed class PackingOptions
{
    /// <summary>How often the worker looks for due events when nothing wakes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a delivery owns an event. A host that stops mid-delivery hands it on after this.</summary>
    public TimeSpan DeliveryLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The delay after a handler threw or asked for a retry without saying when.</summary>
    public TimeSpan DefaultRetryDelay { get; set; } = TimeSpan.FromMinutes(1);
}
