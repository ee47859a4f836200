namespace SignalHub.Portal;

/// <summary>Which page links a long table shows: the first, the last, and two on either side of the current one.</summary>
public sealed record Pager(int Current, int Count, Func<int, string> Link)
{
    /// <summary>The page numbers to link, in order; a 0 marks a gap ("…").</summary>
    public IReadOnlyList<int> Pages
    {
        get
        {
            var shown = new SortedSet<int> { 1, Count };
            for (var page = Current - 2; page <= Current + 2; page++)
                if (page >= 1 && page <= Count)
                    shown.Add(page);
            var pages = new List<int>();
            foreach (var page in shown)
            {
                if (pages.Count > 0 && page > pages[^1] + 1)
                    pages.Add(0);
                pages.Add(page);
            }
            return pages;
        }
    }
}
