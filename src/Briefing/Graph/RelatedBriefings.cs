namespace Briefing.Graph;

/// <summary>Ranks briefings by what they share: a person counts twice, a country or tag once.</summary>
internal static class RelatedBriefings
{
    /// <summary>How many related briefings a page lists.</summary>
    public const int Count = 5;

    /// <summary>Fills <see cref="BriefingNode.Related"/> for every briefing from the reverse indexes, never by comparing all pairs.</summary>
    public static void Fill(IReadOnlyList<BriefingNode> briefings, IReadOnlyDictionary<BriefingNode, int> order)
    {
        foreach (var briefing in briefings)
        {
            var scores = new Dictionary<BriefingNode, int>();
            void Score(IEnumerable<BriefingNode> others, int weight)
            {
                foreach (var other in others)
                    if (other != briefing) scores[other] = scores.GetValueOrDefault(other) + weight;
            }

            foreach (var c in briefing.Countries) Score(c.Briefings, 1);
            foreach (var p in briefing.People) Score(p.Briefings, 2);
            foreach (var t in briefing.Tags) Score(t.Briefings, 1);
            briefing.Related = scores
                .OrderByDescending(s => s.Value)
                .ThenBy(s => order[s.Key])
                .Take(Count)
                .Select(s => s.Key)
                .ToList();
        }
    }
}
