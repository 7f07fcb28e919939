namespace Briefing.Graph;

/// <summary>Ranks briefings by what they share: a person counts twice, a country or tag once.</summary>
internal static class RelatedBriefings
{
    /// <summary>How many related briefings a page lists.</summary>
    public const int Count = 5;

    /// <summary>
    /// Fills <see cref="BriefingNode.Related"/> from the reverse indexes (never by comparing all pairs), in
    /// parallel: each briefing's scores live in a per-thread array indexed by <see cref="BriefingNode.Position"/>.
    /// </summary>
    public static void Fill(IReadOnlyList<BriefingNode> ordered, int threads)
    {
        var related = new IReadOnlyList<BriefingNode>[ordered.Count];
        Parallel.For(0, ordered.Count, new ParallelOptions { MaxDegreeOfParallelism = threads },
            () => (Scores: new int[ordered.Count], Touched: new List<int>()),
            (index, _, state) =>
            {
                var (scores, touched) = state;
                var briefing = ordered[index];
                void Score(IReadOnlyList<BriefingNode> others, int weight)
                {
                    foreach (var other in others)
                    {
                        var i = other.Position;
                        if (i == index) continue;
                        if (scores[i] == 0) touched.Add(i);
                        scores[i] += weight;
                    }
                }

                foreach (var c in briefing.Countries) Score(c.Briefings, 1);
                foreach (var p in briefing.People) Score(p.Briefings, 2);
                foreach (var t in briefing.Tags) Score(t.Briefings, 1);
                related[index] = Best(scores, touched).Select(i => ordered[i]).ToList();
                foreach (var i in touched) scores[i] = 0;
                touched.Clear();
                return state;
            },
            _ => { });
        for (var i = 0; i < ordered.Count; i++) ordered[i].Related = related[i];
    }

    // The top Count by score, ties to the earlier position (newer briefing), without sorting every candidate.
    private static List<int> Best(int[] scores, List<int> touched)
    {
        var best = new List<int>(Count + 1);
        foreach (var i in touched)
        {
            var at = best.Count;
            while (at > 0 && Better(i, best[at - 1], scores)) at--;
            if (at >= Count) continue;
            best.Insert(at, i);
            if (best.Count > Count) best.RemoveAt(Count);
        }

        return best;
    }

    private static bool Better(int a, int b, int[] scores) => scores[a] > scores[b] || (scores[a] == scores[b] && a < b);
}
