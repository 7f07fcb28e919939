using Briefing.Markdown;

namespace Briefing.Graph;

/// <summary>
/// The link stage's part in links between input files: every briefing, person, organisation, author and country file has its page's
/// URL once the nodes exist, so each body's <c>.md</c> links are resolved here, before anything reads the bodies.
/// </summary>
internal static class MarkdownFileLinks
{
    /// <summary>
    /// Resolves the <c>.md</c> links of every body (see <see cref="FileLinkResolver"/>) and returns the site-relative
    /// URL of each file that has a page, by input path. The first mention of each entity in a briefing's prose is linked
    /// in the same pass (see <see cref="Mentions"/>), unless the briefing says <c>mentions: false</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Resolve(
        IReadOnlyList<BriefingNode> briefings, IReadOnlyList<PersonNode> people, IReadOnlyList<OrganisationNode> organisations, IEnumerable<CountryNode> countries,
        IReadOnlyList<AuthorNode> authors, Mentions mentions, string basePath)
    {
        var withFiles = people;
        var withIntroductions = countries.Where(c => c.IntroductionPath is not null).ToList();
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var b in briefings) urls.TryAdd(b.Source.Path, b.Url);
        foreach (var p in withFiles) urls.TryAdd(p.File!.Path, p.Url);
        foreach (var c in withIntroductions) urls.TryAdd(c.IntroductionPath!, c.Url);
        foreach (var a in authors) urls.TryAdd(a.File.Path, a.Url);
        foreach (var o in organisations) urls.TryAdd(o.File!.Path, o.Url);

        string? UrlOf(string path) => urls.GetValueOrDefault(path);
        // Every body in the graph is the linked one (the same object when it has nothing to change).
        foreach (var b in briefings)
        {
            var inserts = b.Source.Mentions && b.Source.Body.TextRuns.Count > 0 ? mentions.Link(b, b.Source.Body, basePath) : null;
            if (FileLinkResolver.Resolve(b.Source.Body, UrlOf, basePath, inserts) is var body && !ReferenceEquals(body, b.Source.Body)) b.Source = b.Source with { Body = body };
        }
        foreach (var p in withFiles)
            if (FileLinkResolver.Resolve(p.File!.Body, UrlOf, basePath) is var body && !ReferenceEquals(body, p.File.Body)) p.File = p.File with { Body = body };
        foreach (var o in organisations)
            if (FileLinkResolver.Resolve(o.File!.Body, UrlOf, basePath) is var body && !ReferenceEquals(body, o.File.Body)) o.File = o.File with { Body = body };
        foreach (var a in authors)
            if (FileLinkResolver.Resolve(a.File.Body, UrlOf, basePath) is var body && !ReferenceEquals(body, a.File.Body)) a.File = a.File with { Body = body };
        foreach (var c in withIntroductions)
            if (c.Introduction is { } introduction) c.Introduction = FileLinkResolver.Resolve(introduction, UrlOf, basePath);
        return urls;
    }
}
