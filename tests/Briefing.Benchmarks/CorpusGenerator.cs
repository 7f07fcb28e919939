namespace Briefing.Benchmarks;

/// <summary>
/// Writes a deterministic synthetic corpus: the same seed and size give the same bytes, in the project's
/// input format and, optionally, as an equivalent Hugo site with the same briefings and bodies.
/// </summary>
public static class CorpusGenerator
{
    /// <summary>Writes <paramref name="briefings"/> briefings; the Hugo site (when a folder is given) has no related content.</summary>
    public static void Write(int briefings, int seed, string briefingInputDir, string? hugoSiteDir) =>
        Write(briefings, seed, briefingInputDir, hugoSiteDir, withRelated: false);

    /// <summary>As above; <paramref name="withRelated"/> turns on Hugo's related-content block on every briefing page by default.</summary>
    public static void Write(int briefings, int seed, string briefingInputDir, string? hugoSiteDir, bool withRelated)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(briefings);
        var planner = new CorpusPlanner(briefings, seed);
        var ours = new BriefingInputWriter(briefingInputDir);
        var hugo = hugoSiteDir is null ? null : new HugoSiteWriter(hugoSiteDir, withRelated);
        ours.WriteSiteAndPeople(planner.People);
        hugo?.WriteSiteAndPeople(planner.People);
        for (var i = 0; i < briefings; i++)
        {
            var briefing = planner.NextBriefing(i);
            ours.WriteBriefing(briefing);
            hugo?.WriteBriefing(briefing);
        }
    }
}
