using Briefing.Graph;
using Briefing.Model;
using Briefing.Rendering;

namespace Briefing.StructuredData;

/// <summary>
/// Works out each page's <see cref="PageMetadata"/> from the graph node it shows (a briefing, person or country; the
/// home page shows the site). Only front-matter facts are read, never Markdown, so it costs a few microseconds a page.
/// </summary>
public sealed class PageMetadataBuilder(SiteSettings settings, Func<string, string> absoluteUrl)
{
    private static readonly PageMetadata Website = new("website", null, null, [], null);
    private readonly SchemaEntities _entities = new(settings, absoluteUrl);

    /// <summary>The metadata of <paramref name="page"/>.</summary>
    public PageMetadata For(PageModel page) => page.Node switch
    {
        BriefingNode b => new("article", Published(b), Modified(b), b.Tags.Select(t => t.Name).ToArray(), ScriptJson.Write(w => ArticleJsonLd.Write(w, b, _entities))),
        PersonNode p => new("profile", null, null, [], ScriptJson.Write(w => PersonJsonLd.Write(w, p, _entities))),
        OrganisationNode o => Website with { JsonLd = ScriptJson.Write(w => OrganisationJsonLd.Write(w, o, _entities)) },
        AuthorNode => new("profile", null, null, [], null),
        CountryNode c => Website with { JsonLd = ScriptJson.Write(w => CountryJsonLd.Write(w, c, _entities)) },
        _ when page.Kind == "home" => Website with { JsonLd = ScriptJson.Write(w => WebSiteJsonLd.Write(w, _entities)) },
        _ => Website,
    };

    /// <summary>When <paramref name="b"/> was published: its date.</summary>
    public static string Published(BriefingNode b) => PartialDate.From(b.Source.Date).Iso;

    /// <summary>When <paramref name="b"/> last changed: the date of its latest update, else its date.</summary>
    public static string Modified(BriefingNode b) => b.Source.Updates.Count > 0 ? b.Source.Updates[0].Date.Iso : Published(b);

    /// <summary>
    /// The OpenGraph locale of a BCP 47 tag: language and region joined by <c>_</c> (<c>en-GB</c> → <c>en_GB</c>, <c>fa-Arab-IR</c> →
    /// <c>fa_IR</c>), the language alone when the tag names no region.
    /// </summary>
    public static string Locale(string language)
    {
        var subtags = language.Split('-');
        var region = subtags.Skip(1).FirstOrDefault(s => s.Length == 2 && s.All(char.IsAsciiLetter) || s.Length == 3 && s.All(char.IsAsciiDigit));
        return region is null ? subtags[0].ToLowerInvariant() : subtags[0].ToLowerInvariant() + "_" + region.ToUpperInvariant();
    }
}
