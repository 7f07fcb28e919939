namespace Briefing.Text;

/// <summary>Finds the known words closest to a mistyped one, for "did you mean" hints.</summary>
public static class ClosestMatch
{
    /// <summary>Up to <paramref name="max"/> candidates close to <paramref name="input"/>, closest first, ties in ordinal order; case, diacritics and surrounding whitespace are ignored.</summary>
    public static IReadOnlyList<string> Find(string input, IEnumerable<string> candidates, int max = 3)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(candidates);
        if (max <= 0) return [];

        var folded = TextFolding.Fold(input);
        var limit = Limit(folded.Length);
        if (limit < 0) return [];

        var matches = new List<(int Distance, string Candidate)>();
        foreach (var candidate in candidates.Distinct(StringComparer.Ordinal))
        {
            var other = TextFolding.Fold(candidate);
            // Each edit changes the length by at most one, so this skips hopeless candidates cheaply.
            if (Math.Abs(other.Length - folded.Length) > limit) continue;
            var distance = Osa(folded, other);
            if (distance <= limit) matches.Add((distance, candidate));
        }

        return matches
            .OrderBy(m => m.Distance)
            .ThenBy(m => m.Candidate, StringComparer.Ordinal)
            .Take(max)
            .Select(m => m.Candidate)
            .ToList();
    }

    /// <summary>The optimal-string-alignment (restricted Damerau-Levenshtein) distance, ignoring case, diacritics and surrounding whitespace.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Osa(TextFolding.Fold(a), TextFolding.Fold(b));
    }

    // A third of the word may be wrong, at least two letters for short words; but never the
    // whole input, or a two-letter typo would "match" every two-letter word.
    private static int Limit(int length) => Math.Min(Math.Max(2, length / 3), length - 1);

    private static int Osa(string a, string b)
    {
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;

        // Three rows suffice: a transposition looks back two rows.
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    best = Math.Min(best, previous2[j - 2] + 1);
                current[j] = best;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
