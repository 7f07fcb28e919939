using Briefing.Model;

namespace Briefing.Graph;

/// <summary>A published briefing with its references resolved and its reverse links filled in.</summary>
public sealed class BriefingNode(ParsedBriefing source, string url)
{
    /// <summary>What the author wrote (its body's links to other <c>.md</c> files resolved by the link stage).</summary>
    public ParsedBriefing Source { get; internal set; } = source;

    /// <summary>Site-relative URL, e.g. <c>briefings/bayramov-call/</c>.</summary>
    public string Url { get; } = url;

    /// <summary>The countries it is about, in the order written.</summary>
    public IReadOnlyList<CountryNode> Countries => CountryList;

    /// <summary>The people it is about, in the order written.</summary>
    public IReadOnlyList<PersonNode> People => PersonList;

    /// <summary>The organisations it is about, in the order written.</summary>
    public IReadOnlyList<OrganisationNode> Organisations => OrganisationList;

    /// <summary>The organisations its sources are (each source named as an organisation file's name, id or alias).</summary>
    public IReadOnlyList<OrganisationNode> Cited => CitedList;

    /// <summary>Who wrote it, in the order written (none when it names no authors).</summary>
    public IReadOnlyList<AuthorNode> Authors => AuthorList;

    /// <summary>Its tags, in the order written.</summary>
    public IReadOnlyList<TagNode> Tags => TagList;

    /// <summary>Its events, in the order written.</summary>
    public IReadOnlyList<EventNode> Events => EventList;

    /// <summary>Its quotes, in the order written.</summary>
    public IReadOnlyList<QuoteNode> Quotes => QuoteList;

    /// <summary>Briefings sharing the most countries, people and tags with this one, best first.</summary>
    public IReadOnlyList<BriefingNode> Related { get; internal set; } = [];

    /// <summary>Whether its page is marked as scheduled: dated after the build day and published only for a preview.</summary>
    public bool Scheduled { get; internal set; }

    /// <summary>Index in the site's newest-first briefing order.</summary>
    public int Position { get; internal set; }

    internal List<CountryNode> CountryList { get; } = [];
    internal List<PersonNode> PersonList { get; } = [];
    internal List<OrganisationNode> OrganisationList { get; } = [];
    internal List<OrganisationNode> CitedList { get; } = [];
    internal List<TagNode> TagList { get; } = [];
    internal List<AuthorNode> AuthorList { get; } = [];
    internal List<EventNode> EventList { get; } = [];
    internal List<QuoteNode> QuoteList { get; } = [];
}
