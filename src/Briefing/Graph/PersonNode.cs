using Briefing.Model;

namespace Briefing.Graph;

/// <summary>A person who appears in the site, from a person file or made from a name alone.</summary>
public sealed class PersonNode(string id, string name, ParsedPerson? file) : EntityNode(id, name)
{
    /// <summary>The person file (its body's links to other <c>.md</c> files resolved by the link stage), or null when the page is made from the name alone.</summary>
    public ParsedPerson? File { get; internal set; } = file;

    /// <inheritdoc/>
    public override string Url => $"people/{Id}/";

    /// <inheritdoc/>
    public override bool HasFile => File is not null;

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

    internal override string AnchorKey => Id;
    private protected override (string Path, string Id)? FileOf => File is null ? null : (File.Path, File.Id);
    private protected override IEnumerable<string> Names => File is null ? [Name] : File.Aliases.Select(a => a.Text).Prepend(File.Name);
}
