namespace Economic.StandIn;

/// <summary>Renumbers records of an agreement, as an accountant can in e-conomic, and sends the webhooks for it.</summary>
public static class StandInAgreementChanges
{
    /// <summary>Gives a product a new number; returns false when there is no product <paramref name="oldNumber"/>.</summary>
    /// <exception cref="InvalidOperationException">A product <paramref name="newNumber"/> exists already.</exception>
    public static bool RenumberProduct(this StandInAgreement agreement, string oldNumber, string newNumber)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentException.ThrowIfNullOrEmpty(oldNumber);
        ArgumentException.ThrowIfNullOrEmpty(newNumber);

        var product = agreement.Read(data => data.Products.GetValueOrDefault(oldNumber)?.DeepClone().AsObject());
        if (product is null)
        {
            return false;
        }

        if (agreement.Read(data => data.Products.ContainsKey(newNumber)))
        {
            throw new InvalidOperationException($"Product '{newNumber}' exists already; choose another number.");
        }

        product["productNumber"] = newNumber;
        agreement.ReplaceProduct(oldNumber, product);

        return true;
    }

    /// <summary>Gives an order a new number in its list; returns false when the list has no order <paramref name="oldNumber"/>.</summary>
    /// <exception cref="InvalidOperationException">An order <paramref name="newNumber"/> exists already.</exception>
    public static bool RenumberOrder(this StandInAgreement agreement, OrderStatus status, int oldNumber, int newNumber)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentOutOfRangeException.ThrowIfLessThan(newNumber, 1);

        var order = agreement.Read(data => data.Orders[status].GetValueOrDefault(oldNumber)?.DeepClone().AsObject());
        if (order is null)
        {
            return false;
        }

        if (agreement.Read(data => data.Orders.Values.Any(orders => orders.ContainsKey(newNumber))))
        {
            throw new InvalidOperationException($"Order {newNumber} exists already; choose another number.");
        }

        order["orderNumber"] = newNumber;
        agreement.ReplaceOrder(status, oldNumber, order);

        return true;
    }
}
