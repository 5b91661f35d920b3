using System.Globalization;
using Economic.Plugin.Abstractions.Orders;
using Economic.Plugin.EconomicApi;

namespace Economic.Plugin.Orders.Internal;

/// <summary>Maps an e-conomic customer document to the warehouse's <see cref="OrderCustomer"/>.</summary>
internal static class CustomerMapper
{
    private static readonly char[] EmailSeparators = [' ', '\t', '\r', '\n', ',', ';'];

    public static OrderCustomer Map(EconomicCustomer customer, MappingWarnings warnings)
    {
        ArgumentNullException.ThrowIfNull(customer);

        var name = AddressMapper.Trimmed(customer.Name) ?? string.Empty;
        return new OrderCustomer
        {
            CustomerNumber = customer.CustomerNumber.ToString(CultureInfo.InvariantCulture),
            Name = name,
            Address = AddressMapper.Map(name, customer.Address, customer.Zip, customer.City, customer.Country, warnings),
            Phone = AddressMapper.Trimmed(customer.TelephoneAndFaxNumber) ?? AddressMapper.Trimmed(customer.MobilePhone),
            Email = FirstEmail(customer.Email),
            CompanyRegistrationNumber = AddressMapper.Trimmed(customer.CorporateIdentificationNumber),
            VatNumber = AddressMapper.Trimmed(customer.VatNumber),
            Ean = AddressMapper.Trimmed(customer.Ean),
        };
    }

    /// <summary>Returns the first address, because e-conomic allows several separated by spaces.</summary>
    private static string? FirstEmail(string? email) =>
        email?.Split(EmailSeparators, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
}
