using Briefing.Model;

namespace Briefing.Graph;

/// <summary>A person who appears in the site, from a person file or made from a name alone.</summary>
public sealed class PersonNode(string id, string name, ParsedPerson? file)
{
    /// <summary>URL name: the file name, or a slug of the name for people without a file.</summary>
    public string Id { get; } = id;

    /// <summary>Full name as readers know it.</summary>
    public string Name { get; } = name;

    /// <summary>The person file (its body's links to other <c>.md</c> files resolved by the link stage), or null when the page is made from the name alone.</summary>
    public ParsedPerson? File { get; internal set; } = file;

    /// <summary>Position in the site's list of them (<see cref="SiteGraph"/>), for per-render tables.</summary>
    public int Index { get; internal set; }

    /// <summary>Site-relative URL, e.g. <c>people/jeyhun-bayramov/</c>.</summary>
    public string Url => $"people/{Id}/";

    /// <summary>Their country, if the person file names one.</summary>
    public CountryNode? Country { get; internal set; }

    /// <summary>Their quotes, by date.</summary>
    public IReadOnlyList<QuoteNode> Quotes => QuoteList;

    /// <summary>Events they took part in, in timeline order.</summary>
    public IReadOnlyList<EventNode> Events => EventList;

    /// <summary>Briefings they appear in (listed, quoted or in an event), newest first.</summary>
    public IReadOnlyList<BriefingNode> Briefings => BriefingList;

    internal List<QuoteNode> QuoteList { get; } = [];
    internal List<EventNode> EventList { get; } = [];
    internal List<BriefingNode> BriefingList { get; } = [];
}
