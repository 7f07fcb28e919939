using Briefing.Tests.Support;

namespace Briefing.Tests.Feeds;

public sealed class RobotsFileTests
{
    private const string Site = """
        -- site.yml --
        title: T
        base_url: https://example.org/desk/
        -- briefings/a.md --
        ---
        title: A
        date: 2025-06-15
        countries: [AZ]
        ---
        Body.
        """;

    [Fact]
    public void Without_an_authors_file_robots_txt_lets_every_crawler_in_and_names_the_sitemap()
    {
        var site = TestSite.Build(Site).Clean();
        Assert.Equal("User-agent: *\nDisallow:\n\nSitemap: https://example.org/desk/sitemap.xml\n", site.Page("robots.txt"));
    }

    [Theory]
    [InlineData("User-agent: *\nDisallow: /drafts/\n", "User-agent: *\nDisallow: /drafts/\n\nSitemap: https://example.org/desk/sitemap.xml\n")]
    [InlineData("User-agent: *\r\nDisallow: /x", "User-agent: *\r\nDisallow: /x\n\nSitemap: https://example.org/desk/sitemap.xml\n")]
    [InlineData("User-agent: *\nSitemap: https://cdn.example.org/map.xml\n", "User-agent: *\nSitemap: https://cdn.example.org/map.xml\n")]
    [InlineData("  sitemap : https://example.org/other.xml\n", "  sitemap : https://example.org/other.xml\n")]
    [InlineData("# Sitemap: is only a comment here\n", "# Sitemap: is only a comment here\n\nSitemap: https://example.org/desk/sitemap.xml\n")]
    public void The_authors_rules_are_kept_byte_for_byte_and_a_sitemap_line_added_unless_there_is_one(string author, string expected)
    {
        var (input, theme) = TestSite.Files(Site);
        var files = input.Append(new Briefing.Loading.InputFile("static/robots.txt", System.Text.Encoding.UTF8.GetBytes(author))).ToList();
        var site = new SiteResult(Briefing.Building.SiteBuilder.Build(files, theme, new Briefing.Building.BuildOptions())).Clean();
        Assert.Equal(expected, site.Page("robots.txt"));
    }
}
