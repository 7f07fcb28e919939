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

    internal override string AnchorKey => Id;
    private protected override (string Path, string Id)? FileOf => File is null ? null : (File.Path, File.Id);
    private protected override IEnumerable<string> Names => File is null ? [Name] : File.Aliases.Select(a => a.Text).Prepend(File.Name);
}
