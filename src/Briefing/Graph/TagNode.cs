namespace Briefing.Graph;

/// <summary>A topic; tags that differ only in case, accents or punctuation are one tag.</summary>
public sealed class TagNode(string name, string slug)
{
    /// <summary>The spelling shown: the first one met in path order.</summary>
    public string Name { get; } = name;

    /// <summary>URL name.</summary>
    public string Slug { get; } = slug;

    /// <summary>Position in the site's list of them (<see cref="SiteGraph"/>), for per-render tables.</summary>
    public int Index { get; internal set; }

    /// <summary>Site-relative URL, e.g. <c>tags/airspace/</c>.</summary>
    public string Url => $"tags/{Slug}/";

    /// <summary>Briefings with this tag, newest first.</summary>
    public IReadOnlyList<BriefingNode> Briefings => BriefingList;

    internal List<BriefingNode> BriefingList { get; } = [];
}
