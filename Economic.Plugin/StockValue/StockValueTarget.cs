namespace Economic.Plugin.StockValue;

/// <summary>Where the stock value is posted: the journal and the two accounts of the voucher.</summary>
/// <param name="JournalNumber">The journal ("kassekladde") number.</param>
/// <param name="DebitAccountNumber">The account debited when the stock value rises, 5520 by default.</param>
/// <param name="CreditAccountNumber">The account credited when the stock value rises, 1355 by default.</param>
internal sealed record StockValueTarget(int JournalNumber, int DebitAccountNumber, int CreditAccountNumber);
