namespace Briefing.Text;

/// <summary>Finds the known words closest to a mistyped one, for "did you mean" hints.</summary>
public static class ClosestMatch
{
    /// <summary>Up to <paramref name="max"/> candidates close to <paramref name="input"/>, closest first, ties in ordinal order; case, diacritics and surrounding whitespace are ignored.</summary>
    public static IReadOnlyList<string> Find(string input, IEnumerable<string> candidates, int max = 3)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(candidates);
        return max <= 0 ? [] : new MatchIndex(candidates).Find(input, max);
    }

    /// <summary>The optimal-string-alignment (restricted Damerau-Levenshtein) distance, ignoring case, diacritics and surrounding whitespace.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Osa(TextFolding.Fold(a), TextFolding.Fold(b), int.MaxValue);
    }

    // A third of the word may be wrong, at least two letters for short words; but never the
    // whole input, or a two-letter typo would "match" every two-letter word.
    internal static int Limit(int length) => Math.Min(Math.Max(2, length / 3), length - 1);

    // The distance of two folded strings, or any value above `bound` as soon as it is sure to exceed it.
    internal static int Osa(string a, string b, int bound)
    {
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;

        // Three rows suffice (a transposition looks back two rows), kept side by side and rotated by their offsets.
        var width = b.Length + 1;
        var rented = width * 3 > 512 ? System.Buffers.ArrayPool<int>.Shared.Rent(width * 3) : null;
        var rows = rented is null ? stackalloc int[width * 3] : rented.AsSpan(0, width * 3);
        try
        {
            var (previous2, previous, current) = (0, width, 2 * width);
            for (var j = 0; j <= b.Length; j++) rows[previous + j] = j;

            for (var i = 1; i <= a.Length; i++)
            {
                rows[current] = i;
                var rowMin = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var best = Math.Min(Math.Min(rows[previous + j] + 1, rows[current + j - 1] + 1), rows[previous + j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                        best = Math.Min(best, rows[previous2 + j - 2] + 1);
                    rows[current + j] = best;
                    rowMin = Math.Min(rowMin, best);
                }

                // Costs never fall along an alignment, and a row's least cost is at most the distance: an alignment
                // that skips this row (a transposition from the row before to the next, cost 1) could have stepped
                // into it diagonally from the same cell for at most 1. So when a whole row is past the bound, so is
                // the distance.
                if (rowMin > bound) return bound + 1;
                (previous2, previous, current) = (previous, current, previous2);
            }

            return rows[previous + b.Length];
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<int>.Shared.Return(rented);
        }
    }
}
