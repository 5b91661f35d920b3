using System.Collections;
using System.Globalization;
using System.Resources;
using SmartPack.SampleHost.Admin.Localization;

namespace Economic.Plugin.Tests.Admin;

public sealed class AdminTextTests
{
    private static readonly ResourceManager Resources =
        new(typeof(AdminText).FullName!, typeof(AdminText).Assembly);

    [Fact]
    public void DanishAndEnglish_HaveTheSameKeys()
    {
        var english = Texts(CultureInfo.InvariantCulture);
        var danish = Texts(CultureInfo.GetCultureInfo("da"));

        Assert.Empty(english.Keys.Except(danish.Keys));
        Assert.Empty(danish.Keys.Except(english.Keys));
    }

    [Fact]
    public void EveryText_IsNotEmpty()
    {
        var texts = Texts(CultureInfo.InvariantCulture).Concat(Texts(CultureInfo.GetCultureInfo("da")));

        Assert.All(texts, text => Assert.False(string.IsNullOrWhiteSpace(text.Value), $"'{text.Key}' is empty."));
    }

    [Theory]
    [InlineData("Nav_SyncLog", "Synkroniseringslog")]
    [InlineData("Setting_stockValueJournalNumber", "Kassekladde")]
    [InlineData("Setting_createInvoiceDraftWhenPacked", "Opret fakturakladde, når en ordre er pakket")]
    public void Danish_UsesBookkeepingTerms(string key, string expected)
    {
        var text = Resources.GetString(key, CultureInfo.GetCultureInfo("da"));

        Assert.Equal(expected, text);
    }

    private static Dictionary<string, string> Texts(CultureInfo culture)
    {
        var set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No admin texts for culture '{culture.Name}'.");
        return set.Cast<DictionaryEntry>().ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!);
    }
}
