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
    public static void Fill(IReadOnlyList<BriefingNode> ordered, (int Countries, int People, int Tags) counts, int threads)
    {
        var related = new IReadOnlyList<BriefingNode>[ordered.Count];
        Parallel.For(0, ordered.Count, new ParallelOptions { MaxDegreeOfParallelism = threads },
            () => new Scratch(ordered.Count, counts),
            (index, _, scratch) =>
            {
                var briefing = ordered[index];
                var stamp = index + 1;
                void Add(List<BriefingNode> list)
                {
                    var at = PositionIn(list, index);
                    for (var i = Math.Max(0, at - Window); i < Math.Min(list.Count, at + Window + 1); i++)
                    {
                        var other = list[i].Position;
                        if (other == index || scratch.Seen[other] == stamp) continue;
                        scratch.Seen[other] = stamp;
                        scratch.Candidates.Add(other);
                    }
                }

                // What this briefing has, marked by index, so scoring a candidate reads one entry per item it has.
                foreach (var c in briefing.CountryList) scratch.Countries[c.Index] = stamp;
                foreach (var p in briefing.PersonList) scratch.People[p.Index] = stamp;
                foreach (var t in briefing.TagList) scratch.Tags[t.Index] = stamp;
                foreach (var c in briefing.CountryList) Add(c.BriefingList);
                foreach (var p in briefing.PersonList) Add(p.BriefingList);
                foreach (var t in briefing.TagList) Add(t.BriefingList);
                related[index] = Best(scratch, stamp, ordered);
                scratch.Candidates.Clear();
                return scratch;
            },
            _ => { });
        for (var i = 0; i < ordered.Count; i++) ordered[i].Related = related[i];
    }

    // One thread's working arrays: which briefings are already candidates, and which items the current briefing has.
    private sealed class Scratch(int briefings, (int Countries, int People, int Tags) counts)
    {
        public int[] Seen { get; } = new int[briefings];

        public int[] Countries { get; } = new int[counts.Countries];

        public int[] People { get; } = new int[counts.People];

        public int[] Tags { get; } = new int[counts.Tags];

        public List<int> Candidates { get; } = [];
    }

    // Points for what a candidate shares with the marked briefing: 2 per person, 1 per country, 1 per tag.
    private static int Score(Scratch scratch, int stamp, BriefingNode candidate)
    {
        var score = 0;
        foreach (var p in CollectionsMarshal.AsSpan(candidate.PersonList)) if (scratch.People[p.Index] == stamp) score += 2;
        foreach (var c in CollectionsMarshal.AsSpan(candidate.CountryList)) if (scratch.Countries[c.Index] == stamp) score++;
        foreach (var t in CollectionsMarshal.AsSpan(candidate.TagList)) if (scratch.Tags[t.Index] == stamp) score++;
        return score;
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
    private static List<BriefingNode> Best(Scratch scratch, int stamp, IReadOnlyList<BriefingNode> ordered)
    {
        var best = new List<(int Score, int Position)>(Count + 1);
        foreach (var i in scratch.Candidates)
        {
            var entry = (Score(scratch, stamp, ordered[i]), i);
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
