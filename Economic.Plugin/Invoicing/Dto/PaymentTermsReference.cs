namespace Economic.Plugin.Invoicing.Dto;

/// <summary>A reference to payment terms. On a write only the number is sent: e-conomic treats the type as read-only.</summary>
internal sealed record PaymentTermsReference
{
    public int? PaymentTermsNumber { get; init; }

    /// <summary>The terms type exactly as e-conomic spells it, such as "net" or "dueDate". Read only.</summary>
    public string? PaymentTermsType { get; init; }

    public int? DaysOfCredit { get; init; }
}
