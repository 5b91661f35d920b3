using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;
using SmartPack.SampleHost.Admin.Localization;

namespace Economic.Plugin.Tests.Admin;

/// <summary>The real admin texts in one fixed language, whatever the test thread's culture is.</summary>
internal sealed class FixedCultureAdminText(string culture) : IStringLocalizer<AdminText>
{
    private static readonly ResourceManager Resources = new(typeof(AdminText).FullName!, typeof(AdminText).Assembly);

    private readonly CultureInfo _culture = CultureInfo.GetCultureInfo(culture);

    public LocalizedString this[string name]
    {
        get
        {
            var value = Resources.GetString(name, _culture);
            return new LocalizedString(name, value ?? name, resourceNotFound: value is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(_culture, format.Value, arguments), format.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        Resources.GetResourceSet(_culture, createIfNotExists: true, tryParents: includeParentCultures)!
            .Cast<System.Collections.DictionaryEntry>()
            .Select(entry => new LocalizedString((string)entry.Key, (string)entry.Value!));
}
