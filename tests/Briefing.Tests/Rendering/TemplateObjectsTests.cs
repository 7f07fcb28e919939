using Briefing.Tests.Support;

namespace Briefing.Tests.Rendering;

/// <summary>The objects templates see behave as Scriban objects, and no template can change them.</summary>
public sealed class TemplateObjectsTests
{
    private const string Briefing = """
        -- briefings/talks.md --
        ---
        title: Talks
        date: 2024-05-04
        countries: [FR]
        ---
        Text.
        """;

    [Fact]
    public void Page_and_site_answer_Scribans_object_functions()
    {
        var page = TestSite.Build("-- theme/pages/404.html --\n{{ object.has_key page \"title\" }}|{{ object.size site }}|{{ for m in page }}{{ m.key }},{{ end }}\n").Page("404.html");
        Assert.Contains("true|10|title,description,kind,url,canonical,edit_url,type,published,modified,tags,json_ld,", page);
    }

    [Fact]
    public void A_small_view_printed_whole_shows_its_members_not_a_type_name()
    {
        var page = TestSite.Build(Briefing + "\n-- theme/pages/briefing.html --\n[{{ briefing.date }}]\n").Page("briefings/talks/index.html");
        Assert.Contains("[{iso: &quot;2024-05-04&quot;, display: &quot;4 May 2024&quot;, year: 2024}]", page);
    }

    [Theory]
    [InlineData("{{ page.title = 'x' }}")]
    [InlineData("{{ site.title = 'x' }}")]
    [InlineData("{{ nav[0].title = 'x' }}")]
    [InlineData("{{ briefing.date.iso = 'x' }}")]
    public void Assigning_to_a_member_is_an_error(string template)
    {
        var site = TestSite.Build(Briefing + "\n-- theme/pages/briefing.html --\n" + template + "\n");
        Assert.Contains(site.Errors, e => e.Contains("readonly member", StringComparison.Ordinal) && e.Contains("/briefings/talks/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://example.org/")]
    [InlineData("https://example.org/desk/caucasus/")]
    [InlineData("http://example.org:8080/a/?edition=/")] // a query: the page's path replaces it
    public void A_pages_canonical_url_is_its_path_resolved_against_the_base_url(string baseUrl)
    {
        var site = TestSite.Build($"-- site.yml --\ntitle: T\nbase_url: {baseUrl}\n" + Briefing + "\n-- theme/pages/briefing.html --\n[{{ page.canonical }}]\n");
        Assert.Contains($"[{new Uri(new Uri(baseUrl), "briefings/talks/").AbsoluteUri}]", site.Page("briefings/talks/index.html"));
    }
}
