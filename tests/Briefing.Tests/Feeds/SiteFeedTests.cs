using System.Text;
using Briefing.Feeds;
using Briefing.Tests.Support;

namespace Briefing.Tests.Feeds;

public sealed class SiteFeedTests
{
    private const string SiteYml = """
        -- site.yml --
        title: Desk Briefings
        base_url: https://example.org/desk/
        description: Short briefings.
        """;

    private const string Call = """
        -- briefings/2025-06-15-call.md --
        ---
        title: Ministers hold a call
        date: 2025-06-15
        summary: The ministers spoke.
        countries: [AZ, Iran]
        people: [Jeyhun Bayramov]
        tags: [Diplomacy, airspace]
        updates:
          - date: 2025-06-18
            note: Added the reply.
          - date: 2025-06-17
            note: Corrected a name.
        ---
        The ministers spoke by [phone](https://example.com/).
        """;

    private const string Flights = """
        -- briefings/flights.md --
        ---
        title: Flights suspended
        date: 2025-06-16
        countries: [Azerbaijan]
        tags: [diplomacy]
        ---
        Azerbaijan Airlines cancelled flights.
        """;

    private const string Person = """
        -- people/jeyhun-bayramov.md --
        ---
        name: Jeyhun Bayramov
        ---
        Foreign minister.
        """;

    private static SiteResult Build(string sections) => TestSite.Build(SiteYml + "\n" + Person + "\n" + sections).Clean();

    [Fact]
    public void The_site_feed_has_every_briefing_newest_first_with_its_dates_content_summary_and_tags()
    {
        var site = Build(Call + "\n" + Flights);
        var feed = FeedReader.Atom(site, "feed.xml");

        Assert.Equal("Desk Briefings", feed.Title.Text);
        Assert.Equal("Short briefings.", feed.Description.Text);
        Assert.Equal("https://example.org/desk/feed.xml", FeedReader.Link(feed.Links, "self"));
        Assert.Equal("https://example.org/desk/", FeedReader.Link(feed.Links, "alternate"));
        Assert.Equal("Desk Briefings", Assert.Single(feed.Authors).Name);
        Assert.Equal(new DateTimeOffset(2025, 6, 18, 0, 0, 0, TimeSpan.Zero), feed.LastUpdatedTime);

        var items = feed.Items.ToList();
        Assert.Equal(["Flights suspended", "Ministers hold a call"], items.Select(i => i.Title.Text));
        var call = items[1];
        Assert.Equal("tag:example.org,2025-06-15:desk/briefings/call", call.Id);
        Assert.Equal("https://example.org/desk/briefings/call/", FeedReader.Link(call.Links, "alternate"));
        Assert.Equal(new DateTimeOffset(2025, 6, 15, 0, 0, 0, TimeSpan.Zero), call.PublishDate);
        Assert.Equal(new DateTimeOffset(2025, 6, 18, 0, 0, 0, TimeSpan.Zero), call.LastUpdatedTime);
        Assert.Equal("The ministers spoke.", call.Summary.Text);
        Assert.Equal("html", call.Content.Type);
        Assert.Equal("<p>The ministers spoke by <a href=\"https://example.com/\">phone</a>.</p>\n", FeedReader.Content(call));
        Assert.Equal(["Diplomacy", "airspace"], call.Categories.Select(c => c.Name));
        Assert.Equal(items[0].PublishDate, items[0].LastUpdatedTime);
    }

    [Fact]
    public void Entry_ids_stay_the_same_when_the_title_body_and_updates_change()
    {
        var before = FeedReader.Atom(Build(Call), "feed.xml").Items.Single();
        var edited = Call.Replace("title: Ministers hold a call", "title: Ministers hold a long call", StringComparison.Ordinal)
            .Replace("by [phone]", "by [telephone]", StringComparison.Ordinal)
            .Replace("updates:\n", "updates:\n  - date: 2025-07-01\n    note: Added a source.\n", StringComparison.Ordinal);
        var after = FeedReader.Atom(Build(edited), "feed.xml").Items.Single();

        Assert.Equal("Ministers hold a long call", after.Title.Text);
        Assert.Equal(before.Id, after.Id);
        Assert.Equal(new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero), after.LastUpdatedTime);
        Assert.Equal(before.PublishDate, after.PublishDate);
    }

    [Fact]
    public void An_update_dated_only_to_the_month_counts_from_its_first_day_and_never_before_the_briefing()
    {
        var site = Build(Call.Replace("- date: 2025-06-18", "- date: 2025-07", StringComparison.Ordinal)
            .Replace("- date: 2025-06-17", "- date: 2025-06", StringComparison.Ordinal));
        var item = FeedReader.Atom(site, "feed.xml").Items.Single();
        Assert.Equal(new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero), item.LastUpdatedTime);

        var updates = FeedReader.Atom(site, "updates/feed.xml").Items.ToList();
        Assert.Equal([new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 6, 15, 0, 0, 0, TimeSpan.Zero)],
            updates.Select(u => u.PublishDate));
    }

    [Fact]
    public void Each_country_person_and_tag_has_a_feed_of_its_own_briefings_beside_its_page()
    {
        var site = Build(Call + "\n" + Flights);
        Assert.Equal(["Flights suspended", "Ministers hold a call"], FeedReader.Atom(site, "countries/azerbaijan/feed.xml").Items.Select(i => i.Title.Text));
        Assert.Equal(["Ministers hold a call"], FeedReader.Atom(site, "countries/iran/feed.xml").Items.Select(i => i.Title.Text));
        Assert.Equal(["Ministers hold a call"], FeedReader.Atom(site, "people/jeyhun-bayramov/feed.xml").Items.Select(i => i.Title.Text));
        Assert.Equal(["Flights suspended", "Ministers hold a call"], FeedReader.Atom(site, "tags/diplomacy/feed.xml").Items.Select(i => i.Title.Text));
        Assert.Equal(["Ministers hold a call"], FeedReader.Atom(site, "tags/airspace/feed.xml").Items.Select(i => i.Title.Text));

        var country = FeedReader.Atom(site, "countries/azerbaijan/feed.xml");
        Assert.Equal("Azerbaijan · Desk Briefings", country.Title.Text);
        Assert.Equal("https://example.org/desk/countries/azerbaijan/", FeedReader.Link(country.Links, "alternate"));
        Assert.Equal("https://example.org/desk/countries/azerbaijan/feed.xml", FeedReader.Link(country.Links, "self"));
        // The same briefing is the same entry in every feed.
        Assert.Equal(FeedReader.Atom(site, "feed.xml").Items.Select(i => i.Id), country.Items.Select(i => i.Id));
    }

    [Fact]
    public void The_site_feed_holds_the_newest_twenty_briefings_and_a_pages_feed_the_newest_ten()
    {
        var sections = new StringBuilder();
        for (var i = 1; i <= 25; i++)
            sections.Append($"-- briefings/b{i:D2}.md --\n---\ntitle: B{i:D2}\ndate: 2025-05-{i:D2}\ncountries: [AZ]\ntags: [t]\n---\nBody.\n");
        var site = Build(sections.ToString());
        foreach (var (path, count) in new[] { ("feed.xml", 20), ("countries/azerbaijan/feed.xml", 10), ("tags/t/feed.xml", 10) })
        {
            var titles = FeedReader.Atom(site, path).Items.Select(i => i.Title.Text).ToList();
            Assert.Equal(Enumerable.Range(26 - count, count).Reverse().Select(i => $"B{i:D2}"), titles);
        }

        Assert.Equal(SiteFeeds.EntriesPerFeed, FeedReader.Json(site, "feed.json").GetProperty("items").GetArrayLength());
    }

    [Fact]
    public void The_updates_feed_has_an_entry_per_note_newest_first_with_ids_that_survive_a_note_edit()
    {
        var twice = Flights.Replace("tags: [diplomacy]\n", "tags: [diplomacy]\nupdates:\n  - date: 2025-06-17\n    note: Flights resumed.\n  - date: 2025-06-17\n    note: Second note.\n", StringComparison.Ordinal);
        var site = Build(Call + "\n" + twice);
        var feed = FeedReader.Atom(site, "updates/feed.xml");
        var items = feed.Items.ToList();

        // On one day, the newer briefing's notes first (as the site lists briefings), each briefing's in the order written.
        Assert.Equal(["Added the reply.", "Flights resumed.", "Second note.", "Corrected a name."], items.Select(FeedReader.Content));
        Assert.Equal(["Update: Ministers hold a call", "Update: Flights suspended", "Update: Flights suspended", "Update: Ministers hold a call"], items.Select(i => i.Title.Text));
        Assert.Equal(["tag:example.org,2025-06-15:desk/briefings/call/updates/2025-06-18", "tag:example.org,2025-06-16:desk/briefings/flights/updates/2025-06-17",
            "tag:example.org,2025-06-16:desk/briefings/flights/updates/2025-06-17/2", "tag:example.org,2025-06-15:desk/briefings/call/updates/2025-06-17"],
            items.Select(i => i.Id));
        Assert.Equal("text", items[0].Content.Type);
        Assert.Equal("https://example.org/desk/briefings/call/", FeedReader.Link(items[0].Links, "alternate"));
        Assert.Equal(new DateTimeOffset(2025, 6, 18, 0, 0, 0, TimeSpan.Zero), feed.LastUpdatedTime);

        var edited = FeedReader.Atom(Build(Call.Replace("Added the reply.", "Added the full reply.", StringComparison.Ordinal) + "\n" + twice), "updates/feed.xml");
        Assert.Equal(items.Select(i => i.Id), edited.Items.Select(i => i.Id));
    }

    [Fact]
    public void A_site_without_briefings_has_empty_feeds_dated_by_no_clock()
    {
        var site = TestSite.Build(SiteYml + "\n-- people/someone.md --\n---\nname: Someone\n---\nBio.\n").Clean();
        var feed = FeedReader.Atom(site, "feed.xml");
        Assert.Empty(feed.Items);
        Assert.Equal(new DateTimeOffset(1970, 1, 1, 0, 0, 0, TimeSpan.Zero), feed.LastUpdatedTime);
        Assert.Empty(FeedReader.Atom(site, "updates/feed.xml").Items);
        Assert.DoesNotContain("people/someone/feed.xml", site.Paths);
        Assert.DoesNotContain("application/atom+xml", site.Page("people/someone/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_feed_has_the_same_entries_as_the_atom_feed()
    {
        var site = Build(Call + "\n" + Flights);
        var json = FeedReader.Json(site, "feed.json");
        Assert.Equal("https://jsonfeed.org/version/1.1", json.GetProperty("version").GetString());
        Assert.Equal("Desk Briefings", json.GetProperty("title").GetString());
        Assert.Equal("https://example.org/desk/", json.GetProperty("home_page_url").GetString());
        Assert.Equal("https://example.org/desk/feed.json", json.GetProperty("feed_url").GetString());
        Assert.Equal("en", json.GetProperty("language").GetString());

        var atom = FeedReader.Atom(site, "feed.xml").Items.ToList();
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(atom.Select(i => i.Id), items.Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(atom.Select(i => i.Title.Text), items.Select(i => i.GetProperty("title").GetString()));
        Assert.Equal(atom.Select(FeedReader.Content), items.Select(i => i.GetProperty("content_html").GetString()));
        var call = items[1];
        Assert.Equal("https://example.org/desk/briefings/call/", call.GetProperty("url").GetString());
        Assert.Equal("2025-06-15T00:00:00Z", call.GetProperty("date_published").GetString());
        Assert.Equal("2025-06-18T00:00:00Z", call.GetProperty("date_modified").GetString());
        Assert.Equal("The ministers spoke.", call.GetProperty("summary").GetString());
        Assert.Equal(["Diplomacy", "airspace"], call.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Desk Briefings", call.GetProperty("authors")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Pages_link_to_their_feeds_as_alternates()
    {
        var site = Build(Call + "\n" + Flights);
        var home = site.Page("index.html");
        Assert.Contains("""<link rel="alternate" type="application/atom+xml" title="Desk Briefings" href="/desk/feed.xml">""", home);
        Assert.Contains("""<link rel="alternate" type="application/feed+json" title="Desk Briefings (JSON Feed)" href="/desk/feed.json">""", home);
        Assert.Contains("""<link rel="alternate" type="application/atom+xml" title="Corrections and updates · Desk Briefings" href="/desk/updates/feed.xml">""", home);
        Assert.Contains("""<link rel="alternate" type="application/atom+xml" title="Azerbaijan · Desk Briefings" href="/desk/countries/azerbaijan/feed.xml">""",
            site.Page("countries/azerbaijan/index.html"));
        Assert.Contains("""<link rel="alternate" type="application/atom+xml" title="Jeyhun Bayramov · Desk Briefings" href="/desk/people/jeyhun-bayramov/feed.xml">""",
            site.Page("people/jeyhun-bayramov/index.html"));
        Assert.Contains("""<link rel="alternate" type="application/atom+xml" title="Tag: Diplomacy · Desk Briefings" href="/desk/tags/diplomacy/feed.xml">""",
            site.Page("tags/diplomacy/index.html"));
        Assert.DoesNotContain("rel=\"alternate\"", site.Page("briefings/call/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"alternate\"", site.Page("timeline/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Building_twice_gives_the_same_feed_sitemap_and_robots_bytes()
    {
        var first = Build(Call + "\n" + Flights).Result.Files;
        var second = Build(Call + "\n" + Flights).Result.Files;
        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        foreach (var (a, b) in first.Zip(second))
            Assert.True(a.Bytes.AsSpan().SequenceEqual(b.Bytes), $"{a.Path} differs between two builds");
        Assert.Contains("feed.xml", first.Select(f => f.Path));
        Assert.Contains("sitemap.xml", first.Select(f => f.Path));
    }
}
