namespace Briefing.Graph;

/// <summary>
/// What an <see cref="EntityDirectory{T}"/> finds: a node with an id, a page and the names it is known by (people,
/// organisations, authors).
/// </summary>
internal interface INamedNode
{
    /// <summary>URL name.</summary>
    string Id { get; }

    /// <summary>Its name as readers know it.</summary>
    string Name { get; }

    /// <summary>Site-relative URL of its page.</summary>
    string Url { get; }

    /// <summary>Its file's path and id as written (the file name), or null when it is made from a name.</summary>
    (string Path, string Id)? FileOf { get; }

    /// <summary>Every name a reference may use besides the ids: the name first, then short names and aliases.</summary>
    IEnumerable<string> Names { get; }
}

/// <summary>
/// A person or an organisation: who says things (<c>by:</c> of a quote), takes part in events and is named in
/// briefings; each has a page, from a file or made from a name alone.
/// </summary>
public abstract class EntityNode(string id, string name) : INamedNode
{
    /// <summary>URL name: the file name, or a slug of the name when there is no file.</summary>
    public string Id { get; } = id;

    /// <summary>Full name as readers know it.</summary>
    public string Name { get; } = name;

    /// <summary>Site-relative URL, e.g. <c>people/jeyhun-bayramov/</c>.</summary>
    public abstract string Url { get; }

    /// <summary>Position in the site's list of its kind (<see cref="SiteGraph"/>), for per-render tables.</summary>
    public int Index { get; internal set; }

    /// <summary>Their country, if their file names one.</summary>
    public CountryNode? Country { get; internal set; }

    /// <summary>What they said, by date.</summary>
    public IReadOnlyList<QuoteNode> Quotes => QuoteList;

    /// <summary>Events they took part in, in timeline order.</summary>
    public IReadOnlyList<EventNode> Events => EventList;

    /// <summary>Briefings they appear in (listed, quoted or in an event), newest first.</summary>
    public IReadOnlyList<BriefingNode> Briefings => BriefingList;

    /// <summary>Whether a file describes them (else the page is made from the name alone).</summary>
    public abstract bool HasFile { get; }

    /// <summary>The speaker part of quote anchors (<c>q-{key}-…</c>) and of the quote index's sections: people and organisations never share one.</summary>
    internal abstract string AnchorKey { get; }

    internal List<QuoteNode> QuoteList { get; } = [];
    internal List<EventNode> EventList { get; } = [];
    internal List<BriefingNode> BriefingList { get; } = [];

    /// <summary>Briefings whose prose mentions it without listing it in front matter, newest first, with the sentence.</summary>
    public IReadOnlyList<Mention> Mentions => MentionList;

    internal List<Mention> MentionList { get; } = [];

    (string Path, string Id)? INamedNode.FileOf => FileOf;
    IEnumerable<string> INamedNode.Names => Names;
    private protected abstract (string Path, string Id)? FileOf { get; }
    private protected abstract IEnumerable<string> Names { get; }
}
