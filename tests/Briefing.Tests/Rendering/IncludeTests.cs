using Briefing.Building;
using Briefing.Loading;
using Briefing.Tests.Support;

namespace Briefing.Tests.Rendering;

/// <summary>
/// <c>include 'name' arg: value</c> renders a partial with its named arguments as its only variables (and
/// <c>site</c>), so its output is keyed by what it is given: rendered once per distinct arguments, written again
/// wherever they come back, the same bytes as rendering every include.
/// </summary>
public sealed class IncludeTests
{
    private const string Partial = "-- theme/partials/hello.html --\n<b>Hello {{ who }}</b>\n";

    // The 404 page rendered with its template replaced by `template`, with the partial 'hello' in the theme.
    private static string NotFoundPage(string template, string partials = Partial) =>
        TestSite.Build(partials + "-- theme/pages/404.html --\n" + template + "\n").Page("404.html");

    // Includes reused and rendered on the 404 page of `sections`: the counts of the whole build less those of the
    // same build with a 404 page that includes nothing.
    private static (long Reused, long Rendered) Includes(string sections)
    {
        var (reused, rendered) = Counts(sections);
        var (otherReused, otherRendered) = Counts(sections + "-- theme/pages/404.html --\nx\n");
        return (reused - otherReused, rendered - otherRendered);
    }

    private static (long Reused, long Rendered) Counts(string sections)
    {
        var timings = new StringWriter();
        // One thread: two pages that share an include (the world map on the home and countries pages) would otherwise
        // race to render it first, and the counts of the two builds compared would differ by chance.
        var site = TestSite.Build(sections, new BuildOptions(Timings: timings, Parallelism: 1));
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Diagnostics));
        var words = timings.ToString().Split('\n').Single(l => l.Contains("includes reused", StringComparison.Ordinal)).Trim().Split(' ');
        return (long.Parse(words[0], System.Globalization.CultureInfo.InvariantCulture), long.Parse(words[3], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_partial_sees_its_named_arguments_escaped_like_any_value()
    {
        Assert.Contains("[<b>Hello &lt;you&gt;</b>\n]", NotFoundPage("[{{ include 'hello' who: \"<you>\" }}]"));
    }

    [Fact]
    public void A_partial_does_not_see_the_pages_variables()
    {
        var site = TestSite.Build(Partial + "-- theme/pages/404.html --\n{{ who = 'x'; include 'hello' }}\n");
        Assert.Contains(site.Errors, e => e.StartsWith("theme/partials/hello.html(1,13): error BRF021:", StringComparison.Ordinal) && e.Contains("`who`", StringComparison.Ordinal));
    }

    [Fact]
    public void A_partial_sees_site()
    {
        Assert.Contains("<i>Test Briefings</i>", NotFoundPage("{{ include 'title' }}", "-- theme/partials/title.html --\n<i>{{ site.title }}</i>\n"));
    }

    [Fact]
    public void Arguments_not_given_by_name_are_an_error_with_the_fix()
    {
        var site = TestSite.Build(Partial + "-- theme/pages/404.html --\n{{ include 'hello' 'you' }}\n");
        Assert.Contains(site.Errors, e => e.StartsWith("theme/pages/404.html(1,4): error BRF021: pass values to a partial by name, e.g. include 'hello' briefing: b", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_partial_is_an_error_naming_the_file_looked_for()
    {
        var site = TestSite.Build("-- theme/pages/404.html --\n{{ include 'nope' }}\n");
        Assert.Contains(site.Errors, e => e.Contains("the theme has no partial 'nope' (looked for theme/partials/nope.html)", StringComparison.Ordinal));
    }

    [Fact]
    public void Include_assigned_to_a_variable_is_not_written_until_the_variable_is()
    {
        Assert.Contains("before|<b>Hello x</b>\n|after", NotFoundPage("{{ h = include 'hello' who: 'x' }}before|{{ h }}|after"));
    }

    [Fact]
    public void Include_inside_capture_is_captured()
    {
        // What capture makes is a plain string, so writing it escapes it like any other string.
        Assert.Contains("[&lt;b&gt;Hello y&lt;/b&gt;\n]", NotFoundPage("{{ capture c }}{{ include 'hello' who: 'y' }}{{ end }}[{{ c }}]"));
    }

    [Fact]
    public void Include_in_an_expression_gives_its_output()
    {
        Assert.Contains($"size:{"<b>Hello z</b>\n".Length}\n", NotFoundPage("size:{{ (include 'hello' who: 'z') | string.size }}"));
    }

    [Fact]
    public void A_partial_including_itself_stops_at_the_nesting_limit()
    {
        var site = TestSite.Build("-- theme/partials/loop.html --\n{{ include 'loop' }}\n-- theme/pages/404.html --\n{{ include 'loop' }}\n");
        Assert.Contains(site.Errors, e => e.StartsWith("theme/partials/loop.html(1,4): error BRF021: partials are nested more than 16 deep here: does 'loop' include itself?", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_arguments_render_once_and_other_arguments_render_again()
    {
        Assert.Equal((1, 2), Includes(Partial + "-- theme/pages/404.html --\n{{ include 'hello' who: 'a'; include 'hello' who: 'a'; include 'hello' who: 'b' }}\n"));
    }

    [Fact]
    public void A_partial_that_includes_another_is_kept_whole_and_reused_whole()
    {
        var sections = "-- theme/partials/outer.html --\n({{ x }}{{ include 'inner' y: (x + 1) }})\n-- theme/partials/inner.html --\n[{{ y }}]\n"
            + "-- theme/pages/404.html --\n{{ include 'outer' x: 1; include 'outer' x: 1 }}\n";
        Assert.Contains("(1[2]\n)\n(1[2]\n)\n", TestSite.Build(sections).Page("404.html"));
        Assert.Equal((1, 2), Includes(sections));
    }

    [Fact]
    public void Arguments_a_fingerprint_cannot_say_are_rendered_every_time()
    {
        var sections = "-- theme/partials/r.html --\n{{ for i in r }}{{ i }}{{ end }}\n-- theme/pages/404.html --\n{{ include 'r' r: (1..3); include 'r' r: (1..3) }}\n";
        Assert.Contains("123\n123\n", TestSite.Build(sections).Page("404.html"));
        Assert.Equal((0, 2), Includes(sections));
    }

    [Fact]
    public void Quotes_events_and_cards_are_rendered_once_and_reused_on_the_other_pages()
    {
        var timings = new StringWriter();
        var site = new SiteResult(SiteBuilder.Build(FolderReader.Read(Repository.Input), FolderReader.Read(Repository.Theme), new BuildOptions(Timings: timings)));
        Assert.True(site.Result.Succeeded);
        var line = timings.ToString().Split('\n').Single(l => l.Contains("includes reused", StringComparison.Ordinal));
        Assert.True(long.Parse(line.Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) > 20, line);
    }

    [Fact]
    public void A_build_reusing_partials_is_byte_identical_to_one_rendering_every_include()
    {
        GeneratedCorpus.Use(300, 5, input =>
        {
            var theme = FolderReader.Read(Repository.Theme);
            var reusing = SiteBuilder.Build(input, theme, new BuildOptions());
            var rendering = SiteBuilder.Build(input, theme, new BuildOptions { FragmentBytes = 0 });
            var small = SiteBuilder.Build(input, theme, new BuildOptions { FragmentBytes = 20_000 });
            Assert.True(reusing.Succeeded, string.Join('\n', reusing.Diagnostics.Take(5)));
            SiteAssert.SameFiles(rendering, reusing, "when partials are reused");
            SiteAssert.SameFiles(rendering, small, "when the cache fills up and starts again");
        });
    }
}
