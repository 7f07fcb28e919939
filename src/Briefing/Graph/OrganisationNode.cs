using Briefing.Model;

namespace Briefing.Graph;

/// <summary>An organisation that appears in the site (version 2), from an organisation file or made from a name alone.</summary>
public sealed class OrganisationNode(string id, string name, ParsedOrganisation? file) : EntityNode(id, name)
{
    /// <summary>The organisation file (its body's <c>.md</c> links resolved by the link stage), or null when the page is made from the name alone.</summary>
    public ParsedOrganisation? File { get; internal set; } = file;

    /// <inheritdoc/>
    public override string Url => $"organisations/{Id}/";

    /// <inheritdoc/>
    public override bool HasFile => File is not null;

    /// <summary>The short name readers also know it by (<c>AZAL</c>), if its file gives one.</summary>
    public string? ShortName => File?.ShortName;

    /// <summary>Quotes that name it (<c>organisations:</c> of a quote), by date, besides what it said (<see cref="EntityNode.Quotes"/>).</summary>
    public IReadOnlyList<QuoteNode> QuotesAbout => QuotesAboutList;

    internal List<QuoteNode> QuotesAboutList { get; } = [];

    /// <summary>Briefings that cite it as a source (a source whose <c>name</c> is its name, id or alias), newest first.</summary>
    public IReadOnlyList<BriefingNode> CitedBy => CitedByList;

    internal List<BriefingNode> CitedByList { get; } = [];

    /// <summary>People whose listed roles were held in it.</summary>
    public IReadOnlyList<PersonNode> People => PeopleList;

    internal List<PersonNode> PeopleList { get; } = [];

    internal override string AnchorKey => "org-" + Id;
    private protected override (string Path, string Id)? FileOf => File is null ? null : (File.Path, File.Id);

    private protected override IEnumerable<string> Names => File is null ? [Name]
        : File.Aliases.Select(a => a.Text).Prepend(File.ShortName).Prepend(File.Name).OfType<string>();
}
