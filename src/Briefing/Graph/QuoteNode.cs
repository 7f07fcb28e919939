using Briefing.Model;

namespace Briefing.Graph;

/// <summary>
/// One occurrence of a quote in a briefing, linked to its speaker, briefing and source; the occurrences of one quote
/// (one speaker, one date, the same words) share one entry in the index.
/// </summary>
public sealed class QuoteNode(BriefingNode briefing, QuoteEntry entry, EntityNode speaker, PartialDate date, SourceEntry? source, string indexAnchor, int number)
{
    /// <summary>The briefing it comes from.</summary>
    public BriefingNode Briefing { get; } = briefing;

    /// <summary>What the author wrote.</summary>
    public QuoteEntry Entry { get; } = entry;

    /// <summary>Who said it: a person, or an organisation for a statement in its name.</summary>
    public EntityNode Speaker { get; } = speaker;

    /// <summary>The organisations it speaks for or is about, besides an organisation that said it.</summary>
    public IReadOnlyList<OrganisationNode> Organisations => OrganisationList;

    internal List<OrganisationNode> OrganisationList { get; } = [];

    /// <summary>When it was said (the briefing's date when not given).</summary>
    public PartialDate Date { get; } = date;

    /// <summary>The role its speaker held on its date (<see cref="PersonNode.RoleOn"/>), if any.</summary>
    public RoleNode? Role { get; } = (speaker as PersonNode)?.RoleOn(date);

    /// <summary>The briefing source it cites, if any.</summary>
    public SourceEntry? Source { get; } = source;

    /// <summary>Position among every occurrence, those in <see cref="SiteGraph.Quotes"/> first in its order, for per-render tables.</summary>
    public int Index { get; internal set; }

    /// <summary>Which occurrence of these words by this speaker on this date it is in its briefing, from 1.</summary>
    public int Number { get; } = number;

    /// <summary>Its fragment id on the quote index (and on lists of quotes from many briefings); stable while speaker, date and words stay.</summary>
    public string IndexAnchor { get; } = indexAnchor;

    /// <summary>Its fragment id on its briefing's page: <see cref="IndexAnchor"/>, with <c>-2</c>, <c>-3</c>, ... for a repeat in one briefing.</summary>
    public string Anchor => Anchors.Occurrence(IndexAnchor, Number);

    /// <summary>Every occurrence of this quote in the site, oldest briefing first; the first is the one lists and the index show.</summary>
    public IReadOnlyList<QuoteNode> Occurrences { get; internal set; } = [];

    /// <summary>Any occurrence marks these words misattributed: they are not listed among the speaker's quotes.</summary>
    public bool Misattributed => Occurrences.Any(o => o.Entry.Status == QuoteStatus.Misattributed);
}
