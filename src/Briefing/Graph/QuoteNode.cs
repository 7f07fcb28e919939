using Briefing.Model;

namespace Briefing.Graph;

/// <summary>A quote in the index, linked to its speaker, briefing and source.</summary>
public sealed class QuoteNode(BriefingNode briefing, QuoteEntry entry, PersonNode speaker, PartialDate date, SourceEntry? source, string anchor)
{
    /// <summary>The briefing it comes from.</summary>
    public BriefingNode Briefing { get; } = briefing;

    /// <summary>What the author wrote.</summary>
    public QuoteEntry Entry { get; } = entry;

    /// <summary>Who said it.</summary>
    public PersonNode Speaker { get; } = speaker;

    /// <summary>When it was said (the briefing's date when not given).</summary>
    public PartialDate Date { get; } = date;

    /// <summary>The briefing source it cites, if any.</summary>
    public SourceEntry? Source { get; } = source;

    /// <summary>Position in the site's quote index (<see cref="SiteGraph.Quotes"/>), for per-render tables.</summary>
    public int Index { get; internal set; }

    /// <summary>Its fragment id on the quote index and briefing pages; stable while speaker, date and words stay.</summary>
    public string Anchor { get; } = anchor;
}
