using Briefing.Model;

namespace Briefing.Graph;

/// <summary>An event on the timelines, linked to its briefing, countries and people.</summary>
public sealed class EventNode(BriefingNode briefing, EventEntry entry, SourceEntry? source)
{
    /// <summary>The briefing it comes from.</summary>
    public BriefingNode Briefing { get; } = briefing;

    /// <summary>What the author wrote.</summary>
    public EventEntry Entry { get; } = entry;

    /// <summary>The briefing source it cites, if any.</summary>
    public SourceEntry? Source { get; } = source;

    /// <summary>Position on the site's timeline (<see cref="SiteGraph.Timeline"/>), for per-render tables.</summary>
    public int Index { get; internal set; }

    /// <summary>Its fragment id on the timeline and briefing pages; stable while date and title stay.</summary>
    public string Anchor { get; internal set; } = "";

    /// <summary>Its countries (the briefing's, unless the event names its own).</summary>
    public IReadOnlyList<CountryNode> Countries => CountryList;

    /// <summary>Its people.</summary>
    public IReadOnlyList<PersonNode> People => PersonList;

    /// <summary>The organisations that took part.</summary>
    public IReadOnlyList<OrganisationNode> Organisations => OrganisationList;

    internal List<CountryNode> CountryList { get; } = [];
    internal List<OrganisationNode> OrganisationList { get; } = [];
    internal List<PersonNode> PersonList { get; } = [];
}
