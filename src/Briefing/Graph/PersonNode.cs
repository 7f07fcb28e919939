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

    /// <summary>The offices the person file lists under <c>roles:</c>, in its order; empty without them.</summary>
    public IReadOnlyList<RoleNode> Roles { get; internal set; } = [];

    /// <summary>The file's <c>role:</c> as one current role without dates, when the file has no <c>roles:</c>.</summary>
    public RoleNode? ShortRole { get; internal set; }

    /// <summary>The role shown beside the name (page heading, lists, <c>jobTitle</c>): the first current one of <see cref="Roles"/>, else <c>role:</c>.</summary>
    public string? CurrentRole { get; internal set; }

    /// <summary>
    /// The role held on <paramref name="date"/>: the first listed under <c>roles:</c> that covers the whole date, else
    /// none; for a file without <c>roles:</c>, its <c>role:</c> on any date.
    /// </summary>
    public RoleNode? RoleOn(PartialDate date)
    {
        if (ShortRole is { } role) return role;
        foreach (var r in Roles)
            if (r.Covers(date)) return r;
        return null;
    }

    internal List<QuoteNode> QuoteList { get; } = [];
    internal List<EventNode> EventList { get; } = [];
    internal List<BriefingNode> BriefingList { get; } = [];
}
