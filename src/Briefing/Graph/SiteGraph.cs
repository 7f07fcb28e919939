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
    IReadOnlyList<QuoteNode> Quotes)
{
    /// <summary>The site-relative URL of each input file that has a page (briefing, person file, country file), by input path: what <c>.md</c> links resolve to.</summary>
    public IReadOnlyDictionary<string, string> FileUrls { get; init; } = new Dictionary<string, string>();

    /// <summary>The published pages' old paths (<c>moved_from</c>), by old path.</summary>
    public IReadOnlyList<Redirect> Redirects { get; init; } = [];

    /// <summary>The site's writers (author files), by name.</summary>
    public IReadOnlyList<AuthorNode> Authors { get; init; } = [];

    /// <summary>The organisations named anywhere (version 2), by name.</summary>
    public IReadOnlyList<OrganisationNode> Organisations { get; init; } = [];
}
