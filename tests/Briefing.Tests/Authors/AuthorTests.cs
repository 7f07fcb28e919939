using System.Text.Json;
using Briefing.Tests.Support;

namespace Briefing.Tests.Authors;

/// <summary><c>authors/&lt;id&gt;.md</c>, a briefing's <c>authors</c>, author pages, bylines, JSON-LD and feed authors, <c>require_author</c>.</summary>
public sealed class AuthorTests
{
    private const string Site = """
        -- site.yml --
        title: Test Briefings
        base_url: https://example.org/desk/
        -- authors/anna-petrova.md --
        ---
        name: Anna Petrova
        role: Caucasus correspondent
        url: https://example.net/anna
        ---
        Anna covers the South Caucasus from Tbilisi.
        -- authors/omar-haddad.md --
        ---
        name: Omar Haddad
        ---
        -- briefings/a.md --
        ---
        title: Talks in Baku
        date: 2025-06-15
        countries: [AZ]
        authors: [anna-petrova, Omar Haddad]
        ---
        Body.
        -- briefings/b.md --
        ---
        title: Talks in Yerevan
        date: 2025-06-20
        countries: [AM]
        authors: [Anna Petrova]
        ---
        Body.
        -- briefings/c.md --
        ---
        title: Talks in Tbilisi
        date: 2025-06-25
        countries: [GE]
        ---
        Body.
        """;

    [Fact]
    public void A_briefing_page_has_a_byline_linking_to_each_author_page()
    {
        var site = TestSite.Build(Site).Clean();
        Assert.Contains("<p class=\"byline\">By <a href=\"/desk/authors/anna-petrova/\" rel=\"author\"><bdi>Anna Petrova</bdi></a> and " +
            "<a href=\"/desk/authors/omar-haddad/\" rel=\"author\"><bdi>Omar Haddad</bdi></a></p>", site.Page("briefings/a/index.html"));
        Assert.DoesNotContain("class=\"byline\"", site.Page("briefings/c/index.html"));
        Assert.Contains(" · By <a href=\"/desk/authors/anna-petrova/\" rel=\"author\"><bdi>Anna Petrova</bdi></a></p>", site.Page("briefings/index.html"));
    }

    [Fact]
    public void An_author_page_shows_the_role_bio_and_website_and_lists_their_briefings_newest_first()
    {
        var page = TestSite.Build(Site).Clean().Page("authors/anna-petrova/index.html");
        Assert.Contains("<h1 dir=\"auto\">Anna Petrova</h1>", page);
        Assert.Contains("<bdi>Caucasus correspondent</bdi> · <a href=\"https://example.net/anna\" rel=\"me\">Website</a>", page);
        Assert.Contains("Anna covers the South Caucasus from Tbilisi.", page);
        var yerevan = page.IndexOf("Talks in Yerevan", StringComparison.Ordinal);
        var baku = page.IndexOf("Talks in Baku", StringComparison.Ordinal);
        Assert.True(yerevan > 0 && baku > yerevan, "newest first");
        Assert.DoesNotContain("Talks in Tbilisi", page);
        Assert.Contains("https://example.org/desk/authors/anna-petrova/", TestSite.Build(Site).Page("sitemap.xml"));
    }

    [Fact]
    public void The_article_structured_data_names_the_authors_with_their_pages_and_none_without()
    {
        var site = TestSite.Build(Site).Clean();
        using var doc = JsonDocument.Parse(JsonLdBlocks.Of(site.Page("briefings/a/index.html")).Single());
        var article = doc.RootElement.GetProperty("@graph")[0];
        var authors = article.GetProperty("author").EnumerateArray().Select(a =>
            (a.GetProperty("@type").GetString(), a.GetProperty("name").GetString(), a.GetProperty("url").GetString())).ToList();
        Assert.Equal([("Person", "Anna Petrova", "https://example.org/desk/authors/anna-petrova/"),
            ("Person", "Omar Haddad", "https://example.org/desk/authors/omar-haddad/")], authors);
        using var other = JsonDocument.Parse(JsonLdBlocks.Of(site.Page("briefings/c/index.html")).Single());
        Assert.False(other.RootElement.GetProperty("@graph")[0].TryGetProperty("author", out _));
    }

    [Fact]
    public void An_atom_entry_names_the_briefings_authors_and_the_site_when_it_has_none()
    {
        var feed = TestSite.Build(Site).Clean().Page("feed.xml");
        var entries = feed.Split("<entry ")[1..].ToDictionary(e => e.Contains("Talks in Baku") ? "a" : e.Contains("Talks in Yerevan") ? "b" : "c");
        Assert.Contains("<author><name>Anna Petrova</name><uri>https://example.org/desk/authors/anna-petrova/</uri></author>", Flat(entries["a"]));
        Assert.Contains("<author><name>Omar Haddad</name><uri>https://example.org/desk/authors/omar-haddad/</uri></author>", Flat(entries["a"]));
        Assert.DoesNotContain("Omar Haddad", entries["b"]);
        Assert.Contains("<author><name>Test Briefings</name>", Flat(entries["c"]));
        Assert.DoesNotContain("Anna Petrova", entries["c"]);
    }

    private static string Flat(string xml) => string.Concat(xml.Split('\n').Select(l => l.Trim()));

    [Fact]
    public void An_author_that_matches_no_file_is_an_error_with_the_nearest_name()
    {
        TestSite.Build(Site.Replace("authors: [Anna Petrova]", "authors: [Ana Petrova]", StringComparison.Ordinal)).FailsWith(
            "briefings/b.md(5,11): error BRF046: no author file matches 'Ana Petrova' (authors are the site's own writers: each needs a file in authors/); did you mean 'Anna Petrova'?");
    }

    [Fact]
    public void With_require_author_a_briefing_without_authors_is_an_error_at_its_front_matter()
    {
        TestSite.Build(Site.Replace("base_url: https://example.org/desk/", "base_url: https://example.org/desk/\nrequire_author: true", StringComparison.Ordinal)).FailsWith(
            "briefings/c.md(2,1): error BRF047: site.yml says 'require_author: true', and this briefing names no 'authors:'; add 'authors: [your-id]' (an author file's id or name)");
    }

    [Fact]
    public void Two_author_files_whose_pages_would_share_a_url_are_an_error_naming_both()
    {
        TestSite.Build(Site + "\n-- authors/Anna-Petrova.md --\n---\nname: Anna P.\n---\n").FailsWith(
            "authors/anna-petrova.md(1,1): error BRF018: 'Anna Petrova' (this file) and 'Anna P.' (authors/Anna-Petrova.md) would both be published at /authors/anna-petrova/, " +
            "as a file name becomes its URL in lower-case Latin letters; rename one of the files (authors/anna-petrova-2.md, say): the file name is the author's id");
    }

    [Fact]
    public void A_moved_page_cannot_take_an_author_pages_path()
    {
        var result = TestSite.Build(Site.Replace("countries: [GE]", "countries: [GE]\nmoved_from: [/authors/omar-haddad/]", StringComparison.Ordinal));
        Assert.False(result.Result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains("BRF036", StringComparison.Ordinal) && e.Contains("authors/omar-haddad", StringComparison.Ordinal));
    }

    [Fact]
    public void An_author_url_that_is_not_http_is_an_error_at_the_key()
    {
        TestSite.Build(Site.Replace("url: https://example.net/anna", "url: ftp://example.net/anna", StringComparison.Ordinal)).FailsWith(
            "authors/anna-petrova.md(4,6): error BRF045: url 'ftp://example.net/anna' must be an absolute http or https URL, e.g. https://example.org/staff/anna");
    }

    [Fact]
    public void A_theme_without_an_author_page_builds_sites_without_authors_and_says_what_to_copy_for_one_with()
    {
        var themeFiles = TestSite.Files(Site).Theme.Where(f => f.Path != "pages/author.html").ToList();
        var (input, _) = TestSite.Files(Site);
        var result = Briefing.Building.SiteBuilder.Build(input, themeFiles, new Briefing.Building.BuildOptions(false));
        Assert.Equal(["authors/anna-petrova.md(1,1): error BRF048: author files need the theme's pages/author.html, which this theme has not; " +
            "copy it (and the byline of pages/briefing.html) from `briefing theme export DIR`"], result.Diagnostics.Select(d => d.ToString()));
        var plain = TestSite.Files("-- briefings/a.md --\n---\ntitle: A\ndate: 2025-06-15\ncountries: [AZ]\n---\nBody.\n");
        Assert.True(Briefing.Building.SiteBuilder.Build(plain.Input, plain.Theme.Where(f => f.Path != "pages/author.html").ToList(),
            new Briefing.Building.BuildOptions(false)).Succeeded);
    }

    [Fact]
    public void Links_between_author_files_and_briefings_resolve_to_their_pages()
    {
        var site = TestSite.Build(Site
            .Replace("Anna covers the South Caucasus from Tbilisi.", "Anna wrote [the Baku talks](../briefings/a.md).", StringComparison.Ordinal)
            .Replace("authors: [Anna Petrova]\n---\nBody.", "authors: [Anna Petrova]\n---\nBy [Anna](../authors/anna-petrova.md).", StringComparison.Ordinal)).Clean();
        Assert.Contains("<a href=\"/desk/briefings/a/\">the Baku talks</a>", site.Page("authors/anna-petrova/index.html"));
        Assert.Contains("<a href=\"/desk/authors/anna-petrova/\">Anna</a>", site.Page("briefings/b/index.html"));
    }
}
