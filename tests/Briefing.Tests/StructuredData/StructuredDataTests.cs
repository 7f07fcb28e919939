using System.Text;
using System.Text.Json;
using Briefing.Tests.Support;

namespace Briefing.Tests.StructuredData;

public sealed class StructuredDataTests
{
    // Every string that could end a script element, open a comment in it, end CDATA, start an entity or end a
    // JavaScript line; YAML's \u escapes put U+2028 and U+2029 into the values.
    private const string Bad = @"</script><!-- x --> ]]> & \u2028 \u2029 <script>";
    private static readonly string BadText = "</script><!-- x --> ]]> & \u2028 \u2029 <script>";

    private static readonly string Hostile = $$"""
        -- site.yml --
        title: "Desk {{Bad}}"
        base_url: https://example.org/
        publisher: "Publisher {{Bad}}"
        -- people/mallory.md --
        ---
        name: "Mallory {{Bad}}"
        role: "Role {{Bad}}"
        country: IR
        aliases: ["Alias {{Bad}}"]
        ---
        Biography.
        -- briefings/2025-06-15-x.md --
        ---
        title: "Title {{Bad}}"
        date: 2025-06-15
        summary: "Summary {{Bad}}"
        countries: [AZ]
        people: [mallory]
        tags: ["Tag {{Bad}}"]
        sources:
          - name: "Source {{Bad}}"
            url: https://example.org/source
            date: 2025-06-14
        quotes:
          - by: mallory
            text: "Words {{Bad}}"
            date: 2025-06
            context: "Context {{Bad}}"
            source: "Source {{Bad}}"
            original:
              lang: fa
              text: "Original {{Bad}}"
        updates:
          - date: 2025-06-16
            note: Corrected.
        ---
        Body.
        """;

    private static JsonElement JsonLd(SiteResult site, string path)
    {
        var page = site.Page(path);
        var blocks = JsonLdBlocks.Of(page);
        Assert.Single(blocks);
        return JsonDocument.Parse(blocks[0]).RootElement.Clone();
    }

    private static JsonElement Typed(JsonElement root, string type) =>
        root.GetProperty("@graph").EnumerateArray().Single(e => e.GetProperty("@type").GetString() == type);

    [Fact]
    public void Hostile_text_in_a_briefing_parses_back_from_its_JSON_LD_exactly()
    {
        var site = TestSite.Build(Hostile).Clean();
        var root = JsonLd(site, "briefings/x/index.html");
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        var article = Typed(root, "NewsArticle");
        Assert.Equal("Title " + BadText, article.GetProperty("headline").GetString());
        Assert.Equal("Summary " + BadText, article.GetProperty("description").GetString());
        Assert.Equal(["Tag " + BadText], article.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()!));
        Assert.Equal("Publisher " + BadText, article.GetProperty("publisher").GetProperty("name").GetString());
        var about = article.GetProperty("about").EnumerateArray().ToList();
        Assert.Equal(("Country", "Azerbaijan", "https://example.org/countries/azerbaijan/"),
            (about[0].GetProperty("@type").GetString(), about[0].GetProperty("name").GetString(), about[0].GetProperty("url").GetString()));
        Assert.Equal(("Person", "Mallory " + BadText, "https://example.org/people/mallory/"),
            (about[1].GetProperty("@type").GetString(), about[1].GetProperty("name").GetString(), about[1].GetProperty("url").GetString()));
        var citation = article.GetProperty("citation")[0];
        Assert.Equal("Source " + BadText, citation.GetProperty("name").GetString());
        Assert.Equal("https://example.org/source", citation.GetProperty("url").GetString());
        Assert.Equal("2025-06-14", citation.GetProperty("datePublished").GetString());

        var quote = Typed(root, "Quotation");
        Assert.Equal("Words " + BadText, quote.GetProperty("text").GetString());
        Assert.Equal("Context " + BadText, quote.GetProperty("description").GetString());
        Assert.Equal("2025-06", quote.GetProperty("dateCreated").GetString());
        Assert.Equal("Mallory " + BadText, quote.GetProperty("spokenByCharacter").GetProperty("name").GetString());
        Assert.Equal(article.GetProperty("@id").GetString(), quote.GetProperty("isPartOf").GetProperty("@id").GetString());
        Assert.StartsWith("https://example.org/briefings/x/#q-mallory-2025-06-", quote.GetProperty("@id").GetString());
        var original = quote.GetProperty("translationOfWork");
        Assert.Equal("Original " + BadText, original.GetProperty("text").GetString());
        Assert.Equal("fa", original.GetProperty("inLanguage").GetString());
    }

    [Fact]
    public void No_input_text_can_end_the_script_element_or_open_a_comment_in_it()
    {
        var site = TestSite.Build(Hostile).Clean();
        var checkedBlocks = 0;
        foreach (var file in site.Result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var page = Encoding.UTF8.GetString(file.Bytes);
            foreach (var block in JsonLdBlocks.Of(page))
            {
                checkedBlocks++;
                Assert.DoesNotContain("</script", block, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("<!--", block);
                Assert.DoesNotContain("]]>", block);
                Assert.True(block.IndexOfAny(['<', '>', '&', '\u2028', '\u2029']) < 0, $"unescaped character in the JSON-LD of {file.Path}");
                using var _ = JsonDocument.Parse(block);
            }

            // Every page's only script is the JSON-LD element, once.
            Assert.Equal(JsonLdBlocks.Of(page).Count, page.Split("<script", StringSplitOptions.None).Length - 1);
        }

        Assert.Equal(5, checkedBlocks); // home, the briefing, the person and the two country pages (Azerbaijan, and Iran from the person file)
    }

    [Fact]
    public void Share_card_meta_tags_escape_hostile_text_as_attribute_values()
    {
        var page = TestSite.Build(Hostile).Clean().Page("briefings/x/index.html");
        const string escaped = "&lt;/script&gt;&lt;!-- x --&gt; ]]&gt; &amp; \u2028 \u2029 &lt;script&gt;";
        Assert.Contains($"""<meta property="og:title" content="Title {escaped}">""", page);
        Assert.Contains($"""<meta property="og:description" content="Summary {escaped}">""", page);
        Assert.Contains($"""<meta property="og:site_name" content="Desk {escaped}">""", page);
        Assert.Contains($"""<meta property="article:tag" content="Tag {escaped}">""", page);
    }

    [Fact]
    public void A_briefing_is_an_article_with_its_dates_and_tags_and_other_pages_say_what_they_are()
    {
        var site = TestSite.Build(Hostile).Clean();
        var briefing = site.Page("briefings/x/index.html");
        Assert.Contains("""<meta property="og:type" content="article">""", briefing);
        Assert.Contains("""<meta property="og:url" content="https://example.org/briefings/x/">""", briefing);
        Assert.Contains("""<meta property="og:locale" content="en">""", briefing);
        Assert.Contains("""<meta property="article:published_time" content="2025-06-15">""", briefing);
        Assert.Contains("""<meta property="article:modified_time" content="2025-06-16">""", briefing);
        Assert.Contains("""<meta name="twitter:card" content="summary">""", briefing);
        var article = Typed(JsonLd(site, "briefings/x/index.html"), "NewsArticle");
        Assert.Equal("2025-06-15", article.GetProperty("datePublished").GetString());
        Assert.Equal("2025-06-16", article.GetProperty("dateModified").GetString());
        Assert.Equal("https://example.org/briefings/x/", article.GetProperty("mainEntityOfPage").GetString());
        Assert.Equal("en", article.GetProperty("inLanguage").GetString());

        Assert.Contains("""<meta property="og:type" content="profile">""", site.Page("people/mallory/index.html"));
        foreach (var path in new[] { "index.html", "countries/azerbaijan/index.html", "timeline/index.html", "404.html" })
        {
            var page = site.Page(path);
            Assert.Contains("""<meta property="og:type" content="website">""", page);
            Assert.DoesNotContain("article:published_time", page);
            Assert.Contains("""<meta name="twitter:card" content="summary">""", page);
        }
    }

    [Fact]
    public void A_person_page_describes_the_person_with_role_nationality_and_aliases()
    {
        var person = JsonLd(TestSite.Build(Hostile).Clean(), "people/mallory/index.html");
        Assert.Equal("Person", person.GetProperty("@type").GetString());
        Assert.Equal("Mallory " + BadText, person.GetProperty("name").GetString());
        Assert.Equal("Role " + BadText, person.GetProperty("jobTitle").GetString());
        Assert.Equal("https://example.org/people/mallory/", person.GetProperty("url").GetString());
        Assert.Equal("Iran", person.GetProperty("nationality").GetProperty("name").GetString());
        Assert.Equal("https://example.org/countries/iran/", person.GetProperty("nationality").GetProperty("url").GetString());
        Assert.Equal(["Alias " + BadText], person.GetProperty("alternateName").EnumerateArray().Select(a => a.GetString()!));
        Assert.Equal("Biography.", person.GetProperty("description").GetString());
    }

    [Fact]
    public void A_country_page_describes_the_country_with_its_official_name()
    {
        var country = JsonLd(TestSite.Build(Hostile).Clean(), "countries/azerbaijan/index.html");
        Assert.Equal("Country", country.GetProperty("@type").GetString());
        Assert.Equal("Azerbaijan", country.GetProperty("name").GetString());
        Assert.Equal("Republic of Azerbaijan", country.GetProperty("alternateName").GetString());
        Assert.Equal("https://example.org/countries/azerbaijan/", country.GetProperty("url").GetString());
    }

    [Fact]
    public void The_publisher_defaults_to_the_site_title()
    {
        var site = TestSite.Build("-- briefings/a.md --\n---\ntitle: A\ndate: 2025-06-15\ncountries: [AZ]\n---\nBody.\n").Clean();
        var home = JsonLd(site, "index.html");
        Assert.Equal("WebSite", home.GetProperty("@type").GetString());
        Assert.Equal("Test Briefings", home.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("https://example.org/", home.GetProperty("publisher").GetProperty("url").GetString());
        Assert.Equal("Test Briefings", Typed(JsonLd(site, "briefings/a/index.html"), "NewsArticle").GetProperty("publisher").GetProperty("name").GetString());
    }

    [Fact]
    public void Structured_data_is_the_same_bytes_at_every_build()
    {
        var first = TestSite.Build(Hostile).Clean().Result.Files;
        var second = TestSite.Build(Hostile).Clean().Result.Files;
        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        for (var i = 0; i < first.Count; i++) Assert.True(first[i].Bytes.AsSpan().SequenceEqual(second[i].Bytes), first[i].Path);
    }
}
