using SmartPack.SampleHost.Admin.Settings;

namespace Economic.Plugin.Tests.Admin;

public sealed class SettingsFormValidatorTests
{
    private readonly SettingsFormValidator _validator = new(new FixedCultureAdminText("en"));

    [Fact]
    public void Validate_ValidForm_ReturnsEditableValues()
    {
        var form = Form();

        var result = _validator.Validate(form, Valid());

        Assert.True(result.IsValid);
        Assert.Equal("grant-1234567890abcdef", result.Values["grantToken"]);
        Assert.Equal("true", result.Values["importSentOrders"]);
        Assert.Equal("false", result.Values["importDraftOrders"]);
        Assert.Equal("3", result.Values["stockValueJournalNumber"]);
        Assert.False(result.Values.ContainsKey("apiBaseUrl"));
        Assert.False(result.Values.ContainsKey("webhookSecret"));
    }

    [Fact]
    public void Validate_InvalidFields_ReportsEachAtItsField()
    {
        var submitted = Valid();
        submitted["stockValueJournalNumber"] = "3a";
        submitted["stockValueDebitAccount"] = "55x0";
        submitted["grantToken"] = " ";

        var result = _validator.Validate(Form(), submitted);

        Assert.False(result.IsValid);
        Assert.Equal(3, result.Errors.Count);
        Assert.Equal("Journal: '3a' is not a whole number. Enter the number without letters or other signs.", result.Errors["stockValueJournalNumber"]);
        Assert.Equal("Debit account: '55x0' is not a whole number. Enter the number without letters or other signs.", result.Errors["stockValueDebitAccount"]);
        Assert.Equal("Agreement grant token is missing. Paste the value and save again.", result.Errors["grantToken"]);
    }

    [Fact]
    public void Validate_EmptyTokenWhenSaved_KeepsSavedToken()
    {
        var form = Form() with { Secrets = new Dictionary<string, SecretStatus> { ["grantToken"] = SecretStatus.Of("saved-token-0123456789") } };
        var submitted = Valid();
        submitted["grantToken"] = string.Empty;

        var result = _validator.Validate(form, submitted);

        Assert.True(result.IsValid);
        Assert.False(result.Values.ContainsKey("grantToken"));
    }

    [Fact]
    public void Validate_UnknownEnumOption_ReportsIt()
    {
        var submitted = Valid();
        submitted["stockValueFrequency"] = "hourly";

        var result = _validator.Validate(Form(), submitted);

        Assert.Equal("Frequency: 'hourly' is not one of the allowed values. Pick a value from the list.", result.Errors["stockValueFrequency"]);
    }

    [Fact]
    public void SecretStatus_LongSecret_ShowsOnlyLastFour()
    {
        var status = SecretStatus.Of("abcdefghijklmnopqrstuvwxyz");

        Assert.True(status.IsSaved);
        Assert.Equal("wxyz", status.LastFour);
        Assert.Null(SecretStatus.Of("short-secret").LastFour);
    }

    private static SettingsForm Form() => new() { Fields = ManifestSettings.Load() };

    private static Dictionary<string, string?> Valid() => new()
    {
        ["grantToken"] = "grant-1234567890abcdef",
        ["importSentOrders"] = "true",
        ["stockValueEnabled"] = "true",
        ["stockValueJournalNumber"] = "3",
        ["stockValueDebitAccount"] = "5520",
        ["stockValueCreditAccount"] = "1355",
        ["stockValueFrequency"] = "monthly",
        ["stockValueWeekday"] = "monday",
        ["stockValueDayOfPeriod"] = "last",
    };
}
