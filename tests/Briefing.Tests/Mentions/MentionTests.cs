using Briefing.Building;
using Briefing.Tests.Support;

namespace Briefing.Tests.Mentions;

/// <summary>The first mention of a known person, organisation or country in a briefing's prose links to its page, which lists the sentence.</summary>
public sealed class MentionTests
{
    private const string Files = """
        -- site.yml --
        title: Test Briefings
        base_url: https://example.org/news/
        -- people/ilham-aliyev.md --
        ---
        name: Ilham Aliyev
        aliases: [Aliyev]
        ---
        President.
        -- organisations/azal.md --
        ---
        name: Azerbaijan Airlines
        short_name: AZAL
        ---
        The national airline.
        -- organisations/procter-gamble.md --
        ---
        name: Procter & Gamble
        ---
        A company.
        -- countries/az.md --
        Azerbaijan's page has a file, so it has a page whoever names it.
        -- briefings/2025-06-10-other.md --
        ---
        title: Other
        date: 2025-06-10
        countries: [FR]
        people: [Ilham Aliyev]
        ---
        Ilham Aliyev spoke.
        """;

    private static SiteResult Build(string body, string frontMatter = "") => TestSite.Build(Files + $"""

        -- briefings/2025-06-15-call.md --
        ---
        title: The call
        date: 2025-06-15
        countries: [FR]
        {frontMatter}
        ---
        {body}
        """).Clean();

    private static string Body(SiteResult site) => site.Page("briefings/call/index.html");

    [Fact]
    public void Only_the_first_mention_of_each_entity_is_linked()
    {
        var html = Body(Build("Aliyev met the press. Later Aliyev left for Azerbaijan, and Azerbaijan replied."));
        Assert.Contains("""<p><a href="/news/people/ilham-aliyev/" class="mention">Aliyev</a> met the press. Later Aliyev left for """
            + """<a href="/news/countries/azerbaijan/" class="mention">Azerbaijan</a>, and Azerbaijan replied.</p>""", html);
    }

    [Fact]
    public void Headings_links_code_and_image_text_are_never_linked_and_do_not_count_as_the_first_mention()
    {
        var html = Body(Build("""
            ## Aliyev in Baku

            [Aliyev](https://example.com/a) and `Aliyev` and ![Aliyev smiling](https://example.com/a.png)

                Aliyev in code

            Then Aliyev spoke.
            """));
        Assert.Contains("""<h2 id="aliyev-in-baku">Aliyev in Baku</h2>""", html);
        Assert.Contains("""<a href="https://example.com/a">Aliyev</a> and <code>Aliyev</code> and <img src="https://example.com/a.png" alt="Aliyev smiling" />""", html);
        Assert.Contains("<pre><code>Aliyev in code", html);
        Assert.Contains("""<p>Then <a href="/news/people/ilham-aliyev/" class="mention">Aliyev</a> spoke.</p>""", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "class=\"mention\""));
    }

    [Fact]
    public void Whole_words_only_and_a_possessive_counts()
    {
        var html = Body(Build("Aliyevs and Aliyev2 are not him; AZALX is not the airline; Aliyev's plan is his."));
        Assert.Contains("""<p>Aliyevs and Aliyev2 are not him; AZALX is not the airline; <a href="/news/people/ilham-aliyev/" class="mention">Aliyev</a>'s plan is his.</p>""", html);
    }

    [Fact]
    public void Short_all_caps_names_match_case_sensitively()
    {
        var html = Body(Build("The azal office and the Azal desk; then AZAL flew."));
        Assert.Contains("""<p>The azal office and the Azal desk; then <a href="/news/organisations/azal/" class="mention">AZAL</a> flew.</p>""", html);
    }

    [Fact]
    public void The_longest_name_wins()
    {
        var html = Body(Build("Azerbaijan Airlines cancelled flights."));
        Assert.Contains("""<p><a href="/news/organisations/azal/" class="mention">Azerbaijan Airlines</a> cancelled flights.</p>""", html);
        Assert.DoesNotContain("countries/azerbaijan/\" class=\"mention\"", html);
    }

    [Fact]
    public void Mentions_false_turns_linking_off_for_that_briefing()
    {
        var site = Build("Aliyev spoke in Azerbaijan.", "mentions: false");
        Assert.Contains("<p>Aliyev spoke in Azerbaijan.</p>", Body(site));
        Assert.DoesNotContain("Mentioned in", site.Page("people/ilham-aliyev/index.html"));
    }

    [Fact]
    public void A_name_with_an_ampersand_is_matched_in_its_plain_text_and_stays_escaped()
    {
        var html = Body(Build("Shares of Procter & Gamble <rose>."));
        Assert.Contains("""<p>Shares of <a href="/news/organisations/procter-gamble/" class="mention">Procter &amp; Gamble</a> &lt;rose&gt;.</p>""", html);
    }

    [Fact]
    public void The_entity_page_lists_the_briefing_with_the_sentence_unless_the_briefing_lists_the_entity()
    {
        var site = Build("It rained. Then *it* was said that Aliyev & AZAL would \"talk\". Nothing more.");
        var person = site.Page("people/ilham-aliyev/index.html");
        Assert.Contains("Mentioned in", person);
        Assert.Contains("""<a href="/news/briefings/call/"><bdi>The call</bdi></a>""", person);
        Assert.Contains("<q>Then it was said that Aliyev &amp; AZAL would &quot;talk&quot;.</q>", person);
        // 'Other' names him in front matter: it is among his briefings, not repeated under "Mentioned in".
        Assert.DoesNotContain("""<a href="/news/briefings/other/"><bdi>Other</bdi></a>, <time""", person);
        Assert.Contains("""<a href="/news/people/ilham-aliyev/" class="mention">Ilham Aliyev</a>""", site.Page("briefings/other/index.html"));
    }

    [Fact]
    public void A_long_sentence_is_cut_around_the_mention()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", 60));
        var site = Build($"{words} Aliyev {words}.");
        var person = site.Page("people/ilham-aliyev/index.html");
        var sentence = System.Text.RegularExpressions.Regex.Match(person, "<q>(.*?)</q>").Groups[1].Value;
        Assert.StartsWith("…word", sentence);
        Assert.EndsWith("word…", sentence);
        Assert.Contains(" Aliyev ", sentence);
        Assert.InRange(sentence.Length, 100, 240);
    }

    [Fact]
    public void Words_are_whole_across_emphasis()
    {
        var html = Body(Build("The **Azer**baijan word and *Aliyev*'s plan."));
        Assert.Contains("""<p>The <strong>Azer</strong>baijan word and <em><a href="/news/people/ilham-aliyev/" class="mention">Aliyev</a></em>'s plan.</p>""", html);
    }

    [Fact]
    public void An_incremental_build_relinks_mentions_when_only_another_file_changes()
    {
        var sections = Files + """

            -- briefings/2025-06-15-call.md --
            ---
            title: The call
            date: 2025-06-15
            countries: [FR]
            ---
            The President spoke to AZAL.
            """;
        var before = TestSite.Files(sections);
        var live = new LiveSite(new BuildOptions());
        Assert.True(live.Update(before.Input, before.Theme).Succeeded);

        // The briefing's bytes are the same (its parse is cached); a new alias in the person file links it.
        var after = TestSite.Files(sections.Replace("aliases: [Aliyev]", "aliases: [Aliyev, The President]"));
        var update = live.Update(after.Input, after.Theme);
        Assert.True(update.Succeeded);
        var full = SiteBuilder.Build(after.Input, after.Theme, new BuildOptions());
        Assert.Equal(full.Files.Select(f => f.Path), live.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var f in full.Files)
            Assert.True(f.Bytes.AsSpan().SequenceEqual(live.Files[f.Path]), $"{f.Path} differs from a full build");
        var page = System.Text.Encoding.UTF8.GetString(live.Files["briefings/call/index.html"]);
        Assert.Contains("""<a href="/news/people/ilham-aliyev/" class="mention">The President</a> spoke to <a href="/news/organisations/azal/" class="mention">AZAL</a>.""", page);
        Assert.Contains("<q>The President spoke to AZAL.</q>", System.Text.Encoding.UTF8.GetString(live.Files["people/ilham-aliyev/index.html"]));
    }
}
