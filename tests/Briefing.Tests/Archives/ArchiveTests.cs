using Briefing.Tests.Support;

namespace Briefing.Tests.Archives;

/// <summary>Long lists show their latest items and put every item on a per-year (or per-month) archive page.</summary>
public sealed class ArchiveTests
{
    // Two items per list page, three per archive page: 2025 has four briefings (split by month, June in two parts), 2024 two, 2023 one.
    private const string Site = """
        -- site.yml --
        title: Test Briefings
        base_url: https://example.org/news/
        list_length: 2
        archive_page_size: 3
        -- people/ada-lind.md --
        ---
        name: Ada Lind
        country: AZ
        ---
        -- briefings/a.md --
        ---
        title: June first
        date: 2025-06-20
        countries: [AZ]
        tags: [talks]
        events:
          - date: 2025-06-20
            title: Talks open in Baku
        ---
        Body.
        -- briefings/b.md --
        ---
        title: June second
        date: 2025-06-10
        countries: [AZ]
        tags: [talks]
        ---
        Body.
        -- briefings/c.md --
        ---
        title: June third
        date: 2025-06-02
        countries: [AZ]
        tags: [talks]
        ---
        Body.
        -- briefings/d.md --
        ---
        title: June fourth
        date: 2025-06-01
        countries: [AZ]
        events:
          - date: 2025-05
            title: Envoys named
        ---
        Body.
        -- briefings/e.md --
        ---
        title: Autumn talks
        date: 2024-10-05
        countries: [AZ]
        quotes:
          - by: ada-lind
            text: We will talk.
        ---
        Body.
        -- briefings/f.md --
        ---
        title: Spring talks
        date: 2024-03-05
        countries: [AZ]
        events:
          - date: 2024-03-04
            title: Envoys meet in Baku
        ---
        Body.
        -- briefings/g.md --
        ---
        title: Old talks
        date: 2023-01-09
        countries: [AZ]
        quotes:
          - by: ada-lind
            text: We talked.
          - by: ada-lind
            text: We talked again.
          - by: ada-lind
            text: And once more.
        ---
        Body.
        """;

    [Fact]
    public void A_list_longer_than_its_length_shows_the_latest_and_links_to_each_year_and_split_month()
    {
        var site = TestSite.Build(Site).Clean();
        var list = site.Page("briefings/index.html");
        Assert.Contains("June first", list);
        Assert.Contains("June second", list);
        Assert.DoesNotContain("June third", list);
        Assert.Contains("The latest 2 of 7 briefings", list);
        Assert.Contains("<a href=\"/news/briefings/2025/\">2025</a>: <a href=\"/news/briefings/2025/06/\">June 2025</a>, <a href=\"/news/briefings/2025/06/2/\">June 2025, part 2</a>", list);
        Assert.Contains("<a href=\"/news/briefings/2024/\">2024</a></li>", list);
        Assert.Contains("<a href=\"/news/briefings/2023/\">2023</a></li>", list);
        // The country page shows its latest two briefings and links to its own archive.
        var country = site.Page("countries/azerbaijan/index.html");
        Assert.DoesNotContain("June third", country);
        Assert.Contains("/news/countries/azerbaijan/2024/", country);
    }

    [Fact]
    public void A_year_page_holds_every_item_of_the_year_by_month_with_a_month_index_and_newer_and_older_links()
    {
        var site = TestSite.Build(Site).Clean();
        var year = site.Page("briefings/2024/index.html");
        Assert.Contains("<body class=\"kind-archive\"", year);
        Assert.Contains("<h1 dir=\"auto\">All briefings: 2024</h1>", year);
        Assert.Contains("<h2 id=\"y2024-10\">October 2024</h2>", year);
        Assert.Contains("<h2 id=\"y2024-03\">March 2024</h2>", year);
        Assert.True(year.IndexOf("Autumn talks", StringComparison.Ordinal) < year.IndexOf("Spring talks", StringComparison.Ordinal), "newest first");
        Assert.Contains("<li><a href=\"#y2024-10\">October 2024</a></li><li><a href=\"#y2024-03\">March 2024</a></li>", year);
        Assert.Contains("<a href=\"/news/briefings/2025/06/2/\" rel=\"prev\">Newer: June 2025, part 2</a>", year);
        Assert.Contains("<a href=\"/news/briefings/2023/\" rel=\"next\">Older: 2023</a>", year);
        Assert.Contains("<a href=\"/news/briefings/2024/\" aria-current=\"true\">2024</a>", year);
    }

    [Fact]
    public void A_year_over_the_page_size_becomes_an_index_of_month_pages_and_a_month_over_it_is_cut_into_parts()
    {
        var site = TestSite.Build(Site).Clean();
        var year = site.Page("briefings/2025/index.html");
        Assert.DoesNotContain("June first", year);
        Assert.Contains("<li><a href=\"/news/briefings/2025/06/\">June 2025</a></li><li><a href=\"/news/briefings/2025/06/2/\">June 2025, part 2</a></li>", year);
        Assert.Contains("rel=\"next\">Older: 2024</a>", year);
        var first = site.Page("briefings/2025/06/index.html");
        var second = site.Page("briefings/2025/06/2/index.html");
        Assert.Contains("June first", first);
        Assert.Contains("June third", first);
        Assert.DoesNotContain("June fourth", first);
        Assert.Contains("June fourth", second);
        Assert.Contains("<h1 dir=\"auto\">All briefings: June 2025, part 2</h1>", second);
        Assert.Contains("<a href=\"/news/briefings/2025/06/\" rel=\"prev\">Newer: June 2025</a>", second);
        Assert.Contains("<a href=\"/news/briefings/2024/\" rel=\"next\">Older: 2024</a>", second);
        Assert.Contains("<a href=\"/news/briefings/2025/06/2/\" aria-current=\"page\">June 2025, part 2</a>", second);
    }

    [Fact]
    public void Links_to_events_and_quotes_point_at_the_archive_page_that_holds_them()
    {
        var site = TestSite.Build(Site).Clean(); // the link check found every anchor
        var spring = site.Page("briefings/f/index.html");
        Assert.Contains("href=\"/news/timeline/2024/#e-2024-03-04-envoys-meet-in-baku\"", spring);
        Assert.Contains("id=\"e-2024-03-04-envoys-meet-in-baku\"", site.Page("timeline/2024/index.html"));
        var old = site.Page("briefings/g/index.html");
        Assert.Matches("href=\"/news/quotes/2023/#q-ada-lind-2023-01-09-[0-9a-f]{8}\"", old);
        // The person page lists the latest two quotes; the oldest links to the quote archive of its year.
        var person = site.Page("people/ada-lind/index.html");
        Assert.Contains("/news/people/ada-lind/2023/", person);
        Assert.Contains("And once more.", site.Page("people/ada-lind/2023/01/index.html"));
        Assert.Contains("/news/people/ada-lind/2023/", site.Page("sitemap.xml"));
    }

    [Fact]
    public void A_list_no_longer_than_its_length_has_no_archive_and_its_page_holds_every_item()
    {
        var site = TestSite.Build(Site.Replace("list_length: 2\n", "", StringComparison.Ordinal)).Clean();
        Assert.DoesNotContain(site.Paths, p => p.StartsWith("briefings/2025/", StringComparison.Ordinal) || p.StartsWith("timeline/2", StringComparison.Ordinal));
        Assert.Contains("href=\"/news/timeline/#e-2024-03-04-envoys-meet-in-baku\"", site.Page("briefings/f/index.html"));
        Assert.DoesNotContain("archive-nav", site.Page("briefings/index.html"));
    }

    [Fact]
    public void The_timeline_and_the_quote_index_show_the_newest_first()
    {
        var site = TestSite.Build(Site.Replace("list_length: 2\n", "", StringComparison.Ordinal)).Clean();
        var timeline = site.Page("timeline/index.html");
        Assert.True(timeline.IndexOf("Talks open in Baku", StringComparison.Ordinal) < timeline.IndexOf("Envoys meet in Baku", StringComparison.Ordinal));
        var quotes = site.Page("quotes/index.html");
        Assert.True(quotes.IndexOf("We will talk.", StringComparison.Ordinal) < quotes.IndexOf("We talked.", StringComparison.Ordinal));
        Assert.Contains("<h3 id=\"y2024-10\">October 2024</h3>", quotes);
    }

    [Fact]
    public void A_page_size_that_is_not_a_whole_number_is_an_error()
    {
        TestSite.Build(Site.Replace("list_length: 2", "list_length: many", StringComparison.Ordinal)).FailsWith(
            "site.yml(3,14): error BRF032: list_length 'many' must be a whole number from 1 to 100000, e.g. list_length: 100");
    }

    [Fact]
    public void A_theme_without_the_archive_template_is_told_what_to_copy()
    {
        var (input, theme) = TestSite.Files(Site);
        var result = Briefing.Building.SiteBuilder.Build(input, theme.Where(f => f.Path != "pages/archive.html").ToList(), new Briefing.Building.BuildOptions());
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.ToString().StartsWith(
            "theme/pages/archive.html(1,1): error BRF034: /briefings/2025/ and the other archive pages of long lists need the theme's pages/archive.html", StringComparison.Ordinal));
    }

    [Fact]
    public void A_briefing_at_the_address_of_a_year_archive_is_an_error()
    {
        var site = TestSite.Build(Site + "\n-- briefings/2024.md --\n---\ntitle: Named like a year\ndate: 2022-01-01\ncountries: [AZ]\n---\nBody.\n");
        Assert.Contains("briefings/2024.md(1,1): error BRF033: /briefings/2024/ is the address of the archive page 'All briefings: 2024'; rename the file so its page has another address",
            site.Errors);
    }

    [Fact]
    public void An_index_longer_than_the_page_size_is_cut_into_pages_that_each_name_the_range_of_every_page()
    {
        var people = string.Concat(new[] { "Bo Kerr", "Cy Moss", "Di Park", "Ed Ross" }.Select(n =>
            $"-- people/{n.ToLowerInvariant().Replace(' ', '-')}.md --\n---\nname: {n}\n---\n"));
        var site = TestSite.Build(Site + "\n" + people).Clean();
        var first = site.Page("people/index.html");
        Assert.Contains("<caption id=\"people-caption\">5 people, 3 on this page</caption>", first);
        Assert.Contains(">Cy Moss<", first);
        Assert.DoesNotContain(">Di Park<", first);
        Assert.Contains("<li><a href=\"/news/people/\" aria-current=\"page\"><bdi>Ada Lind – Cy Moss</bdi></a></li>", first);
        Assert.Contains("<li><a href=\"/news/people/page/2/\"><bdi>Di Park – Ed Ross</bdi></a></li>", first);
        Assert.Contains("<a href=\"/news/people/page/2/\" rel=\"next\">Next: page 2</a>", first);
        var second = site.Page("people/page/2/index.html");
        Assert.Contains("<title>People: Di Park to Ed Ross", second);
        Assert.Contains(">Ed Ross<", second);
        Assert.DoesNotContain(">Ada Lind<", second);
        Assert.Contains("<a href=\"/news/people/\" rel=\"prev\">Previous: page 1</a>", second);
        Assert.Contains("/news/people/page/2/", site.Page("sitemap.xml"));
        // Three tags fit one page: no pager.
        Assert.DoesNotContain("pager-nav", site.Page("tags/index.html"));
    }
}
