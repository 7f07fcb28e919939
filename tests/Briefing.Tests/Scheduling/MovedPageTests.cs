using Briefing.Building;
using Briefing.Tests.Support;

namespace Briefing.Tests.Scheduling;

/// <summary><c>moved_from</c>: a redirect page at each old path of a briefing or person page, and a <c>_redirects</c> file.</summary>
public sealed class MovedPageTests
{
    private const string Site = """
        -- site.yml --
        title: Test Briefings
        base_url: https://example.org/desk/
        -- briefings/a.md --
        ---
        title: Talks in Paris
        date: 2025-06-19
        slug: paris-talks
        countries: [FR]
        people: [Jane Roe]
        moved_from: [/briefings/talks/, /2025/06/talks.html, /briefings/old]
        ---
        Body links to [the old address](/desk/briefings/talks/).
        -- people/jane-roe.md --
        ---
        name: Jane Roe
        aliases: [J. Roe]
        moved_from: [/people/jane/]
        ---
        """;

    private static SiteResult Briefing(string movedFrom, string more = "") => TestSite.Build(
        "-- briefings/a.md --\n---\ntitle: A\ndate: 2025-06-15\ncountries: [AZ]\nmoved_from: " + movedFrom + "\n---\nBody.\n" + more);

    [Fact]
    public void Each_old_path_gets_a_redirect_page_to_the_new_one_under_the_base_path()
    {
        var site = TestSite.Build(Site).Clean();
        var page = site.Page("briefings/talks/index.html");
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", page);
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=/desk/briefings/paris-talks/\">", page);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/desk/briefings/paris-talks/\">", page);
        Assert.Contains("<a href=\"/desk/briefings/paris-talks/\"><bdi>Talks in Paris</bdi></a>", page);
        Assert.Contains("url=/desk/briefings/paris-talks/", site.Page("2025/06/talks.html"));
        Assert.Contains("url=/desk/briefings/paris-talks/", site.Page("briefings/old/index.html"));
        Assert.Contains("url=/desk/people/jane-roe/", site.Page("people/jane/index.html"));
    }

    [Fact]
    public void The_redirects_file_lists_every_old_path_under_the_base_path_in_order()
    {
        var site = TestSite.Build(Site).Clean();
        Assert.Equal("""
            /desk/2025/06/talks.html /desk/briefings/paris-talks/ 301
            /desk/briefings/old/ /desk/briefings/paris-talks/ 301
            /desk/briefings/talks/ /desk/briefings/paris-talks/ 301
            /desk/people/jane/ /desk/people/jane-roe/ 301

            """, site.Page("_redirects"));
    }

    [Fact]
    public void Redirect_pages_are_not_in_the_sitemap_and_a_site_without_them_has_no_redirects_file()
    {
        var site = TestSite.Build(Site).Clean();
        Assert.DoesNotContain("briefings/talks/", site.Page("sitemap.xml"));
        Assert.DoesNotContain("people/jane/<", site.Page("sitemap.xml"));
        var plain = TestSite.Build(Site.Replace("moved_from: [/people/jane/]\n", "", StringComparison.Ordinal)
            .Replace("moved_from: [/briefings/talks/, /2025/06/talks.html, /briefings/old]\n", "", StringComparison.Ordinal)
            .Replace("/desk/briefings/talks/", "/desk/briefings/paris-talks/", StringComparison.Ordinal)).Clean();
        Assert.DoesNotContain("_redirects", plain.Paths);
        Assert.DoesNotContain(plain.Paths, p => p.StartsWith("briefings/talks", StringComparison.Ordinal));
    }

    [Fact]
    public void A_person_keeps_aliases_as_other_names_beside_moved_from()
    {
        var site = TestSite.Build(Site + """

            -- briefings/b.md --
            ---
            title: B
            date: 2025-06-20
            countries: [FR]
            people: [J. Roe]
            ---
            Body.
            """).Clean();
        Assert.Contains("Talks in Paris", site.Page("people/jane-roe/index.html"));
        Assert.Contains(">B<", site.Page("people/jane-roe/index.html"));
    }

    [Fact]
    public void A_draft_leaves_no_redirect()
    {
        var site = TestSite.Build(Site.Replace("slug: paris-talks\n", "slug: paris-talks\ndraft: true\n", StringComparison.Ordinal)).Clean();
        Assert.DoesNotContain("briefings/talks/index.html", site.Paths);
        Assert.DoesNotContain("/desk/briefings/talks/", site.Page("_redirects"));
    }

    [Theory]
    [InlineData("[//evil.example/x/]", "briefings/a.md(5,14): error BRF035: moved_from '//evil.example/x/' leads off the site; write the old address from the site's root, like '/briefings/old-slug/'")]
    [InlineData("['https://example.org/x/']", "briefings/a.md(5,14): error BRF035: moved_from 'https://example.org/x/' leads off the site; write the old address from the site's root, like '/briefings/old-slug/'")]
    [InlineData("['javascript:alert(1)']", "briefings/a.md(5,14): error BRF035: moved_from 'javascript:alert(1)' leads off the site; write the old address from the site's root, like '/briefings/old-slug/'")]
    [InlineData("[/briefings/../x/]", "briefings/a.md(5,14): error BRF035: moved_from '/briefings/../x/' has a '.' or '..' segment; write the old address from the site's root, like '/briefings/old-slug/'")]
    [InlineData("[briefings/x/]", "briefings/a.md(5,14): error BRF035: moved_from 'briefings/x/' is not a path from the site's root (it must start with '/'); write the old address from the site's root, like '/briefings/old-slug/'")]
    [InlineData("[/old/file.pdf]", "briefings/a.md(5,14): error BRF035: moved_from '/old/file.pdf' names a file that is not a .html page; write the old address from the site's root, like '/briefings/old-slug/'")]
    [InlineData("['/old page/']", "briefings/a.md(5,14): error BRF035: moved_from '/old page/' has a character other than letters, digits, '-', '_', '.', '~' and '/'; write the old address from the site's root, like '/briefings/old-slug/'")]
    [InlineData("[/a//b/]", "briefings/a.md(5,14): error BRF035: moved_from '/a//b/' has an empty segment ('//'); write the old address from the site's root, like '/briefings/old-slug/'")]
    public void An_old_path_that_is_not_a_path_of_the_site_is_an_error(string movedFrom, string expected)
    {
        Briefing(movedFrom).FailsWith(expected);
    }

    [Fact]
    public void An_old_path_where_a_page_of_the_site_is_is_an_error()
    {
        Briefing("[/countries/azerbaijan/, /briefings/a/]").FailsWith(
            "briefings/a.md(5,14): error BRF036: moved_from '/countries/azerbaijan/' is where the page /countries/azerbaijan/index.html of the site is; a redirect there would replace it, so remove it from moved_from",
            "briefings/a.md(5,38): error BRF036: moved_from '/briefings/a/' is where the page /briefings/a/index.html of the site is; a redirect there would replace it, so remove it from moved_from");
    }

    [Fact]
    public void The_home_and_not_found_pages_cannot_be_old_paths()
    {
        Briefing("[/404.html, /]").FailsWith(
            "briefings/a.md(5,14): error BRF036: moved_from '/404.html' is where the page /404.html of the site is; a redirect there would replace it, so remove it from moved_from",
            "briefings/a.md(5,25): error BRF036: moved_from '/' is where the page /index.html of the site is; a redirect there would replace it, so remove it from moved_from");
    }

    [Fact]
    public void An_old_path_two_files_claim_is_an_error_at_the_second()
    {
        Briefing("[/old/]", "-- people/jane-roe.md --\n---\nname: Jane Roe\nmoved_from: [/old]\n---\n").FailsWith(
            "people/jane-roe.md(3,14): error BRF036: moved_from '/old/' is claimed by briefings/a.md too, for /briefings/a/; an old address can lead to one page only, so keep it in one file");
    }

    [Fact]
    public void The_authors_own_redirects_file_comes_first_and_is_kept_as_it_is_without_old_paths()
    {
        var site = TestSite.Build(Site + "\n-- static/_redirects --\n/desk/feed /desk/feed.xml 301").Clean();
        Assert.StartsWith("/desk/feed /desk/feed.xml 301\n/desk/2025/06/talks.html /desk/briefings/paris-talks/ 301\n", site.Page("_redirects"));
        var plain = Briefing("[]", "-- static/_redirects --\n/a /b 302\n").Clean();
        Assert.Equal("/a /b 302\n", plain.Page("_redirects"));
    }

    [Fact]
    public void A_static_file_at_an_old_path_is_a_clash_with_the_generated_redirect()
    {
        Briefing("[/old.html]", "-- static/old.html --\n<p>old</p>\n").FailsWith(
            "static/old.html(1,1): error BRF018: static file would overwrite the generated file /old.html; move or rename it");
    }

    [Fact]
    public void A_theme_without_a_redirect_page_builds_a_site_without_moved_pages_and_stops_at_the_first_moved_from()
    {
        var (input, theme) = TestSite.Files("-- briefings/a.md --\n---\ntitle: A\ndate: 2025-06-15\ncountries: [AZ]\n---\nBody.\n");
        var older = theme.Where(f => f.Path != "pages/redirect.html").ToList();
        Assert.True(SiteBuilder.Build(input, older, new BuildOptions()).Succeeded);
        (input, _) = TestSite.Files(Site);
        var result = SiteBuilder.Build(input, older, new BuildOptions());
        Assert.Equal(["briefings/a.md(7,33): error BRF036: moved_from needs the theme's pages/redirect.html, which this theme has not; copy it from `briefing theme export DIR`"],
            result.Diagnostics.Select(d => d.ToString()));
    }
}
