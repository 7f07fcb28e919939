using Briefing.Countries;
using Briefing.Model;

namespace Briefing.Graph;

/// <summary>A country that appears in the site, with everything that points at it.</summary>
public sealed class CountryNode(Country country, MarkdownContent? introduction, string? introductionPath)
{
    /// <summary>The registry entry.</summary>
    public Country Country { get; } = country;

    /// <summary>The authored introduction from <c>countries/&lt;code&gt;.md</c>, if any (its links to other <c>.md</c> files resolved by the link stage).</summary>
    public MarkdownContent? Introduction { get; internal set; } = introduction;

    /// <summary>The input path of the authored introduction, for "edit this page" links.</summary>
    public string? IntroductionPath { get; } = introductionPath;

    /// <summary>Position in the site's list of them (<see cref="SiteGraph"/>), for per-render tables.</summary>
    public int Index { get; internal set; }

    /// <summary>Site-relative URL, e.g. <c>countries/azerbaijan/</c>.</summary>
    public string Url => $"countries/{Country.Slug}/";

    /// <summary>Briefings about it, newest first.</summary>
    public IReadOnlyList<BriefingNode> Briefings => BriefingList;

    /// <summary>Briefings whose prose mentions it without listing it in front matter, newest first, with the sentence.</summary>
    public IReadOnlyList<Mention> Mentions => MentionList;

    internal List<Mention> MentionList { get; } = [];

    /// <summary>Events involving it, in timeline order.</summary>
    public IReadOnlyList<EventNode> Events => EventList;

    /// <summary>Quotes by people of this country, by date.</summary>
    public IReadOnlyList<QuoteNode> QuotesBy => QuotesByList;

    /// <summary>Quotes from briefings about this country by anyone not of it (its own people's are in <see cref="QuotesBy"/>), by date.</summary>
    public IReadOnlyList<QuoteNode> QuotesAbout => QuotesAboutList;

    /// <summary>People whose country this is, by name.</summary>
    public IReadOnlyList<PersonNode> People => PeopleList;

    /// <summary>Countries that share briefings with this one, with how many, most first.</summary>
    public IReadOnlyList<KeyValuePair<CountryNode, int>> AppearsWith { get; internal set; } = [];

    internal List<BriefingNode> BriefingList { get; } = [];
    internal List<EventNode> EventList { get; } = [];
    internal List<QuoteNode> QuotesByList { get; } = [];
    internal List<QuoteNode> QuotesAboutList { get; } = [];
    internal List<PersonNode> PeopleList { get; } = [];
}
