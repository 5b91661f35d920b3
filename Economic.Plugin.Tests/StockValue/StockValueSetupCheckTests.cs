using System.Text.Json;
using Economic.Plugin.StockValue.Internal;

namespace Economic.Plugin.Tests.StockValue;

public sealed class StockValueSetupCheckTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Journal[] Journals =
    [
        new() { JournalNumber = 1, Name = "Daglig" },
        new() { JournalNumber = 2, Name = "Indbetalinger", Settings = new() { EntryTypeRestrictedTo = "customerPayment" } },
        new() { JournalNumber = 5, Name = "Lagerværdi", Settings = new() { EntryTypeRestrictedTo = "financeVoucher" } },
    ];

    [Fact]
    public void Check_ValidSettings_ReturnsNoErrors()
    {
        var errors = StockValueSetupCheck.Check(new(5, 5520, 1355), Journals, Accounts());

        Assert.Empty(errors);
    }

    [Fact]
    public void Check_MissingJournal_NamesJournalAndListsChoices()
    {
        var errors = StockValueSetupCheck.Check(new(7, 5520, 1355), Journals, Accounts());

        var error = Assert.Single(errors);
        Assert.Equal("stockValueJournalNumber", error.Key);
        Assert.Contains("Journal 7 was not found", error.Message, StringComparison.Ordinal);
        Assert.Contains("5 (Lagerværdi)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_JournalForCustomerPayments_RejectsJournal()
    {
        var errors = StockValueSetupCheck.Check(new(2, 5520, 1355), Journals, Accounts());

        var error = Assert.Single(errors);
        Assert.Equal("stockValueJournalNumber", error.Key);
        Assert.Contains("accepts only customerPayment entries", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BarredDebitAccount_NamesDebitAccount()
    {
        var accounts = Accounts(debit => debit with { Barred = true });

        var errors = StockValueSetupCheck.Check(new(5, 5520, 1355), Journals, accounts);

        var error = Assert.Single(errors);
        Assert.Equal("stockValueDebitAccount", error.Key);
        Assert.Contains("Debit account 5520 (Varelager) is barred", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BlockedCreditAccount_NamesIt()
    {
        var accounts = Accounts(credit: credit => credit with { BlockDirectEntries = true });

        var errors = StockValueSetupCheck.Check(new(5, 5520, 1355), Journals, accounts);

        var error = Assert.Single(errors);
        Assert.Equal("stockValueCreditAccount", error.Key);
        Assert.Contains("Credit account 1355 (Lagerregulering) does not accept direct entries", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TwoBadAccounts_ListsBoth()
    {
        var errors = StockValueSetupCheck.Check(new(5, 1000, 9999), Journals, Accounts());

        Assert.Equal(2, errors.Count);
        Assert.Contains("Debit account 1000 (RESULTATOPGØRELSE) is a heading account", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("Credit account 9999 was not found", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SameAccountTwice_RejectsCreditAccount()
    {
        var errors = StockValueSetupCheck.Check(new(5, 5520, 5520), Journals, Accounts());

        var error = Assert.Single(errors);
        Assert.Equal("stockValueCreditAccount", error.Key);
    }

    [Fact]
    public void Check_JournalsFromSampleDocument_MatchesJournalNumbers()
    {
        var page = JsonSerializer.Deserialize<Economic.Plugin.EconomicApi.EconomicCollection<Journal>>(File.ReadAllText("Samples/journals-collection.json"), Json)!;

        var errors = StockValueSetupCheck.Check(new(2, 5520, 1355), page.Collection!, Accounts());

        Assert.Equal(3, page.Collection!.Count);
        Assert.Contains("accepts only customerPayment entries", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    private static Account[] Accounts(Func<Account, Account>? debit = null, Func<Account, Account>? credit = null)
    {
        var heading = new Account { AccountNumber = 1000, AccountType = "heading", Name = "RESULTATOPGØRELSE" };
        var debitAccount = new Account { AccountNumber = 5520, AccountType = "status", Name = "Varelager" };
        var creditAccount = new Account { AccountNumber = 1355, AccountType = "profitAndLoss", Name = "Lagerregulering" };

        return [heading, (debit ?? (a => a))(debitAccount), (credit ?? (a => a))(creditAccount)];
    }
}
