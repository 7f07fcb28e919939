using System.Runtime.InteropServices;

namespace Briefing.Graph;

/// <summary>Ranks briefings by what they share: a person counts twice, a country or tag once.</summary>
internal static class RelatedBriefings
{
    /// <summary>How many related briefings a page lists.</summary>
    public const int Count = 5;

    /// <summary>
    /// How many briefings on each side, in time, a shared country, person or tag puts forward as candidates.
    /// Without a bound a tag on every other briefing would make the work grow with the square of the site.
    /// </summary>
    public const int Window = 16;

    /// <summary>
    /// Fills <see cref="BriefingNode.Related"/> in parallel. Candidates come from the reverse indexes: for each
    /// country, person and tag of a briefing, the <see cref="Window"/> briefings before and after it in that
    /// item's list (lists run newest first). Each candidate is then scored on everything the two share.
    /// </summary>
    public static void Fill(IReadOnlyList<BriefingNode> ordered, int threads)
    {
        var related = new IReadOnlyList<BriefingNode>[ordered.Count];
        Parallel.For(0, ordered.Count, new ParallelOptions { MaxDegreeOfParallelism = threads },
            () => (Seen: new int[ordered.Count], Candidates: new List<int>()),
            (index, _, state) =>
            {
                var (seen, candidates) = state;
                var briefing = ordered[index];
                void Add(List<BriefingNode> list)
                {
                    var at = PositionIn(list, index);
                    for (var i = Math.Max(0, at - Window); i < Math.Min(list.Count, at + Window + 1); i++)
                    {
                        var other = list[i].Position;
                        if (other == index || seen[other] == index + 1) continue;
                        seen[other] = index + 1;
                        candidates.Add(other);
                    }
                }

                foreach (var c in briefing.CountryList) Add(c.BriefingList);
                foreach (var p in briefing.PersonList) Add(p.BriefingList);
                foreach (var t in briefing.TagList) Add(t.BriefingList);
                related[index] = Best(briefing, candidates, ordered);
                candidates.Clear();
                return state;
            },
            _ => { });
        for (var i = 0; i < ordered.Count; i++) ordered[i].Related = related[i];
    }

    // Points for what two briefings share: 2 per person, 1 per country, 1 per tag.
    private static int Score(BriefingNode a, BriefingNode b) =>
        2 * Shared(a.PersonList, b.PersonList) + Shared(a.CountryList, b.CountryList) + Shared(a.TagList, b.TagList);

    private static int Shared<T>(List<T> a, List<T> b) where T : class
    {
        var count = 0;
        foreach (var x in CollectionsMarshal.AsSpan(a))
            foreach (var y in CollectionsMarshal.AsSpan(b))
                if (ReferenceEquals(x, y)) count++;
        return count;
    }

    // Where the briefing at `position` sits in a list sorted by position (it is always there).
    private static int PositionIn(List<BriefingNode> list, int position)
    {
        int low = 0, high = list.Count - 1;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (list[middle].Position < position) low = middle + 1;
            else high = middle;
        }

        return low;
    }

    // The top Count by score, ties to the earlier position (newer briefing), without sorting every candidate.
    private static List<BriefingNode> Best(BriefingNode briefing, List<int> candidates, IReadOnlyList<BriefingNode> ordered)
    {
        var best = new List<(int Score, int Position)>(Count + 1);
        foreach (var i in candidates)
        {
            var entry = (Score(briefing, ordered[i]), i);
            var at = best.Count;
            while (at > 0 && Better(entry, best[at - 1])) at--;
            if (at >= Count) continue;
            best.Insert(at, entry);
            if (best.Count > Count) best.RemoveAt(Count);
        }

        return best.Select(b => ordered[b.Position]).ToList();
    }

    private static bool Better((int Score, int Position) a, (int Score, int Position) b) =>
        a.Score > b.Score || (a.Score == b.Score && a.Position < b.Position);
}
