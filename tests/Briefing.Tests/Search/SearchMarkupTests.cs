using Briefing.Building;
using Briefing.Tests.Support;

namespace Briefing.Tests.Search;

/// <summary>What the pages tell Pagefind (indexed body, filters, sort) and the search field, from the in-memory build.</summary>
public sealed class SearchMarkupTests
{
    private const string Site = """
        -- site.yml --
        title: Desk
        base_url: https://example.org/desk/
        -- people/ana-ruiz.md --
        ---
        name: Ana Ruiz
        role: Foreign minister
        country: ES
        ---
        -- briefings/2024-03-02-talks.md --
        ---
        title: Talks in Madrid
        date: 2024-03-02
        countries: [ES, Korea, Republic of]
        people: [ana-ruiz]
        tags: [Trade & tariffs]
        quotes:
          - text: "We will keep the corridor open"
            by: ana-ruiz
            date: 2024-03-01
        ---
        The ministers met.
        """;

    private static SiteResult Build(bool search) => TestSite.Build(Site.Replace("[ES, Korea, Republic of]", "[ES, KR]", StringComparison.Ordinal),
        new BuildOptions { Search = search }).Clean();

    [Fact]
    public void A_briefing_page_gives_Pagefind_its_body_filters_and_date()
    {
        var page = Build(search: true).Page("briefings/talks/index.html");
        Assert.Contains("<article class=\"briefing\" data-pagefind-body data-pagefind-sort=\"date:2024-03-02\"", page, StringComparison.Ordinal);
        foreach (var filter in new[] { "kind:Briefing", "year:2024", "country:Spain", "country:South Korea", "person:Ana Ruiz", "tag:Trade &amp; tariffs" })
            Assert.Contains($"<span data-pagefind-filter=\"{filter}\"></span>", page, StringComparison.Ordinal);
        // The quote's words and its speaker are inside the indexed body, after its start (the head's JSON-LD holds them too).
        var body = page.IndexOf("data-pagefind-body", StringComparison.Ordinal);
        Assert.True(page.LastIndexOf("We will keep the corridor open", StringComparison.Ordinal) > body);
        Assert.True(page.IndexOf("><bdi>Ana Ruiz</bdi></a></cite>", StringComparison.Ordinal) > body);
    }

    [Fact]
    public void Person_and_country_pages_are_indexed_and_list_pages_are_not()
    {
        var site = Build(search: true);
        var person = site.Page("people/ana-ruiz/index.html");
        Assert.Contains("data-pagefind-body data-pagefind-sort=\"date:2024-03-02\"", person, StringComparison.Ordinal);
        Assert.Contains("<span data-pagefind-filter=\"kind:Person\"></span>", person, StringComparison.Ordinal);
        Assert.Contains("<span data-pagefind-filter=\"country:Spain\"></span>", person, StringComparison.Ordinal);
        Assert.Contains("<span data-pagefind-filter=\"kind:Country\"></span>", site.Page("countries/spain/index.html"), StringComparison.Ordinal);
        foreach (var list in new[] { "index.html", "briefings/index.html", "countries/index.html", "people/index.html", "quotes/index.html", "timeline/index.html", "tags/index.html", "search/index.html" })
            Assert.DoesNotContain("data-pagefind-body", site.Page(list), StringComparison.Ordinal);
    }

    [Fact]
    public void With_search_every_page_has_a_search_field_under_the_base_path_and_the_search_page_links_the_indexes()
    {
        var site = Build(search: true);
        foreach (var path in new[] { "index.html", "briefings/talks/index.html", "404.html" })
            Assert.Contains("""
                <form class="site-search" role="search" action="/desk/search/" method="get">
                <label for="site-search-q">Search</label>
                <input id="site-search-q" type="search" name="q" autocomplete="off">
                """, site.Page(path), StringComparison.Ordinal);
        var search = site.Page("search/index.html");
        Assert.Contains("data-bundle=\"/desk/pagefind/\" data-base=\"/desk/\"", search, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/desk/assets/search.js\" defer></script>", search, StringComparison.Ordinal);
        foreach (var index in new[] { "countries", "people", "tags", "timeline", "quotes" })
            Assert.Contains($"<a href=\"/desk/{index}/\">", search, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_search_there_is_no_search_field_and_no_search_page()
    {
        var site = Build(search: false);
        Assert.DoesNotContain("role=\"search\"", site.Page("index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("search/index.html", site.Paths);
    }

    [Fact]
    public void A_theme_without_a_search_page_builds_without_search_and_says_so()
    {
        var (input, theme) = TestSite.Files(Site.Replace("[ES, Korea, Republic of]", "[ES, KR]", StringComparison.Ordinal));
        var result = SiteBuilder.Build(input, theme.Where(f => f.Path != "pages/search.html").ToList(), new BuildOptions { Search = true });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.False(result.Search);
        Assert.Equal(["theme/pages/search.html(1,1): warning BRF029: the site is built without search: the theme has no pages/search.html; copy it (and the search field of layouts/base.html) from `briefing theme export DIR`"],
            result.Diagnostics.Select(d => d.ToString()));
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("search/", StringComparison.Ordinal));
        Assert.DoesNotContain("role=\"search\"", System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "index.html").Bytes), StringComparison.Ordinal);
    }
}
