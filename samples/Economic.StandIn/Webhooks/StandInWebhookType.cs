namespace Economic.StandIn;

/// <summary>The webhook types the stand-in sends, named as in e-conomic's webhook settings.</summary>
public enum StandInWebhookType
{
    /// <summary>An order was created, changed, moved between lists or renumbered.</summary>
    OrderUpdated,

    /// <summary>An order was deleted.</summary>
    OrderDeleted,

    /// <summary>A product was created, changed, renumbered or deleted.</summary>
    ProductUpdated,
}
