using Briefing.Model;

namespace Briefing.Graph;

/// <summary>One of the site's own writers, from an author file; their page lists what they wrote.</summary>
public sealed class AuthorNode(string id, ParsedAuthor file) : INamedNode
{
    /// <summary>URL name: the file name (made a slug when it is not one).</summary>
    public string Id { get; } = id;

    /// <summary>The author file (its body's links to other <c>.md</c> files resolved by the link stage).</summary>
    public ParsedAuthor File { get; internal set; } = file;

    /// <summary>Their name as bylines show it.</summary>
    public string Name => File.Name;

    /// <summary>Position in the site's list of them (<see cref="SiteGraph.Authors"/>), for per-render tables.</summary>
    public int Index { get; internal set; }

    /// <summary>Site-relative URL, e.g. <c>authors/anna-petrova/</c>.</summary>
    public string Url => $"authors/{Id}/";

    /// <summary>The briefings they wrote, newest first.</summary>
    public IReadOnlyList<BriefingNode> Briefings => BriefingList;

    internal List<BriefingNode> BriefingList { get; } = [];

    (string Path, string Id)? INamedNode.FileOf => (File.Path, File.Id);
    IEnumerable<string> INamedNode.Names => [File.Name];
}
