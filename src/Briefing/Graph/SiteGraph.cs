using Briefing.Model;

namespace Briefing.Graph;

/// <summary>Every published entity and every reverse link, sorted the way pages show them.</summary>
public sealed record SiteGraph(
    SiteSettings Settings,
    IReadOnlyList<BriefingNode> Briefings,
    IReadOnlyList<CountryNode> Countries,
    IReadOnlyList<PersonNode> People,
    IReadOnlyList<TagNode> Tags,
    IReadOnlyList<EventNode> Timeline,
    IReadOnlyList<QuoteNode> Quotes);
