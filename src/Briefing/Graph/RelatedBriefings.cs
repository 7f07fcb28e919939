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
    /// Countries, people and tags must carry their <c>Index</c> in the lists given.
    /// </summary>
    public static void Fill(IReadOnlyList<BriefingNode> ordered, IReadOnlyList<CountryNode> countries, IReadOnlyList<PersonNode> people,
        IReadOnlyList<TagNode> tags, int threads)
    {
        // Everything as integers in flat arrays: items numbered countries, then people, then tags. At 100,000
        // briefings, following node objects for every candidate was mostly waiting on memory.
        var (personBase, tagBase, items) = (countries.Count, countries.Count + people.Count, countries.Count + people.Count + tags.Count);
        var itemsOf = Flat(ordered.Count, i => ordered[i].CountryList.Select(c => c.Index)
            .Concat(ordered[i].PersonList.Select(p => personBase + p.Index)).Concat(ordered[i].TagList.Select(t => tagBase + t.Index)));
        var briefingsOf = Flat(items, item => (item < personBase ? countries[item].Briefings
            : item < tagBase ? people[item - personBase].Briefings : tags[item - tagBase].Briefings).Select(b => b.Position));

        var related = new IReadOnlyList<BriefingNode>[ordered.Count];
        Parallel.For(0, ordered.Count, new ParallelOptions { MaxDegreeOfParallelism = threads },
            () => (Seen: new int[ordered.Count], Marked: new int[items], Candidates: new List<int>()),
            (index, _, scratch) =>
            {
                var stamp = index + 1;
                var mine = itemsOf.Of(index);
                foreach (var item in mine) scratch.Marked[item] = stamp;
                foreach (var item in mine)
                {
                    var list = briefingsOf.Of(item);
                    var at = list.BinarySearch(index); // lists are in position order and hold this briefing
                    for (var i = Math.Max(0, at - Window); i < Math.Min(list.Length, at + Window + 1); i++)
                    {
                        var other = list[i];
                        if (other == index || scratch.Seen[other] == stamp) continue;
                        scratch.Seen[other] = stamp;
                        scratch.Candidates.Add(other);
                    }
                }

                // Points for what a candidate shares with this briefing: 2 per person, 1 per country, 1 per tag.
                int Score(int candidate)
                {
                    var score = 0;
                    foreach (var item in itemsOf.Of(candidate))
                        if (scratch.Marked[item] == stamp) score += item >= personBase && item < tagBase ? 2 : 1;
                    return score;
                }

                related[index] = Best(scratch.Candidates, Score).Select(b => ordered[b.Position]).ToList();
                scratch.Candidates.Clear();
                return scratch;
            },
            _ => { });
        for (var i = 0; i < ordered.Count; i++) ordered[i].Related = related[i];
    }

    // Lists of integers, one per key, in one array.
    private sealed class FlatLists(int[] starts, int[] values)
    {
        public ReadOnlySpan<int> Of(int key) => values.AsSpan(starts[key], starts[key + 1] - starts[key]);
    }

    private static FlatLists Flat(int keys, Func<int, IEnumerable<int>> valuesOf)
    {
        var starts = new int[keys + 1];
        var values = new List<int>();
        for (var key = 0; key < keys; key++)
        {
            values.AddRange(valuesOf(key));
            starts[key + 1] = values.Count;
        }

        return new FlatLists(starts, values.ToArray());
    }

    // The top Count by score, ties to the earlier position (newer briefing), without sorting every candidate.
    private static List<(int Score, int Position)> Best(List<int> candidates, Func<int, int> score)
    {
        var best = new List<(int Score, int Position)>(Count + 1);
        foreach (var i in candidates)
        {
            var entry = (score(i), i);
            var at = best.Count;
            while (at > 0 && Better(entry, best[at - 1])) at--;
            if (at >= Count) continue;
            best.Insert(at, entry);
            if (best.Count > Count) best.RemoveAt(Count);
        }

        return best;
    }

    private static bool Better((int Score, int Position) a, (int Score, int Position) b) =>
        a.Score > b.Score || (a.Score == b.Score && a.Position < b.Position);
}
