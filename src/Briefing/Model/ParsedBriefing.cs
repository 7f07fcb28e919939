using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>A briefing file after parsing: typed front matter and rendered body, references not yet resolved.</summary>
public sealed record ParsedBriefing(
    string Path,
    string Title,
    DateOnly Date,
    string Summary,
    string Slug,
    SourceLocation SlugAt,
    IReadOnlyList<Reference> Countries,
    IReadOnlyList<Reference> People,
    IReadOnlyList<Reference> Tags,
    IReadOnlyList<SourceEntry> Sources,
    IReadOnlyList<EventEntry> Events,
    IReadOnlyList<QuoteEntry> Quotes,
    IReadOnlyList<UpdateEntry> Updates,
    bool Draft,
    MarkdownContent Body)
{
    /// <summary>The site paths it was published at before (<c>moved_from</c>), each site-relative (<c>briefings/old-slug/</c>) with where it was written.</summary>
    public IReadOnlyList<Reference> MovedFrom { get; init; } = [];

    /// <summary>The organisations it is about (<c>organisations</c>, version 2), as written.</summary>
    public IReadOnlyList<Reference> Organisations { get; init; } = [];

    /// <summary>Whether mentions of people, organisations and countries in its body are linked (<c>mentions</c>, version 2).</summary>
    public bool Mentions { get; init; } = true;

    /// <summary>Who wrote it (<c>authors</c>, version 2): author ids or names, in the order written.</summary>
    public IReadOnlyList<Reference> Authors { get; init; } = [];

    /// <summary>Where its front matter starts: a missing required key is reported there.</summary>
    public SourceLocation FrontMatterAt { get; init; }
}
