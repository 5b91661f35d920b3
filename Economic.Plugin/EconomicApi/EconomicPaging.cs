using System.Runtime.CompilerServices;

namespace Economic.Plugin.EconomicApi;

/// <summary>Reads every item of an e-conomic collection, page by page.</summary>
internal static class EconomicPaging
{
    /// <summary>e-conomic's documented page size limit.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>How often one read starts again at page 0 because the collection changed while it was read.</summary>
    public const int MaxRestarts = 3;

    /// <summary>
    /// Reads pages with <c>skippages</c> 0, 1, 2… at <paramref name="pageSize"/> (lowered to the collection's
    /// <c>maxPageSizeAllowed</c>). Stops on an empty page, when <c>nextPage</c> is missing or null, or when
    /// the items read reach <c>pagination.results</c>. An item seen twice in one read (because records moved
    /// between pages while reading) is returned once. When <c>pagination.results</c> changes between pages, an
    /// item left or joined the collection and shifted the later pages, so the read starts again at page 0 (at
    /// most <see cref="MaxRestarts"/> times) to find the items the shift moved onto pages already read.
    /// </summary>
    /// <param name="readPageAsync">Reads one page: skip pages, page size, cancellation token.</param>
    /// <param name="keyOf">The item's key, such as the order number.</param>
    /// <param name="pageSize">The requested page size.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public static async IAsyncEnumerable<T> ReadAllAsync<T, TKey>(
        Func<int, int, CancellationToken, Task<EconomicCollection<T>>> readPageAsync,
        Func<T, TKey> keyOf,
        int pageSize,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(readPageAsync);
        ArgumentNullException.ThrowIfNull(keyOf);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);

        var size = Math.Min(pageSize, MaxPageSize);
        var seen = new HashSet<TKey>();
        var read = 0;
        var restarts = 0;
        int? firstResults = null;
        for (var skipPages = 0; ; skipPages++)
        {
            var page = await readPageAsync(skipPages, size, cancellationToken);
            var items = page.Collection ?? [];
            read += items.Count;
            foreach (var item in items.Where(item => seen.Add(keyOf(item))))
            {
                yield return item;
            }

            // NOTE: when one item leaves and another joins between two page reads, results stays the same and
            // the shift goes unnoticed, so the item at the page boundary waits for a later full read.
            var results = page.Pagination?.Results;
            firstResults = skipPages == 0 ? results : firstResults;
            if (skipPages > 0 && results != firstResults && restarts < MaxRestarts)
            {
                restarts++;
                skipPages = -1;
                read = 0;
                continue;
            }

            if (IsLastPage(page, items.Count, read))
            {
                yield break;
            }

            size = Math.Min(size, page.Pagination?.MaxPageSizeAllowed is > 0 and var max ? max : size);
        }
    }

    private static bool IsLastPage<T>(EconomicCollection<T> page, int itemCount, int read) =>
        itemCount == 0
        || string.IsNullOrEmpty(page.Pagination?.NextPage)
        || (page.Pagination.Results is { } results && read >= results);
}
