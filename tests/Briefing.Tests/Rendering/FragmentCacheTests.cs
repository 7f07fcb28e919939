using Briefing.Building;
using Briefing.Loading;
using Briefing.Rendering;
using Briefing.Tests.Support;
using Scriban;

namespace Briefing.Tests.Rendering;

/// <summary>
/// A partial's output is reused wherever it is included with the same inputs; these check that every input it
/// reads is part of the key, and that a partial with effects outside itself is always rendered.
/// </summary>
public sealed class FragmentCacheTests
{
    // The 404 page rendered with its template replaced by `template`, and the given partials in the theme.
    private static string NotFoundPage(string template, params (string Name, string Text)[] partials) =>
        TestSite.Build(string.Concat(partials.Select(p => $"-- theme/partials/{p.Name}.html --\n{p.Text}\n"))
            + "-- theme/pages/404.html --\n" + template + "\n").Page("404.html");

    private static IReadOnlyDictionary<string, PartialInputs> InputsOf(params (string Name, string Text)[] partials) =>
        PartialInputs.Find(partials.ToDictionary(p => $"theme/partials/{p.Name}.html", p => Template.Parse(p.Text, p.Name), StringComparer.Ordinal));

    [Fact]
    public void A_partial_is_rendered_again_when_a_variable_it_reads_changes()
    {
        var page = NotFoundPage("{{ who = 'a'; include 'hello' }}|{{ who = 'b'; include 'hello' }}|{{ who = 'a'; include 'hello' }}",
            ("hello", "<{{ who }}>"));
        Assert.Contains("<a>\n|<b>\n|<a>\n", page);
    }

    [Fact]
    public void A_member_read_is_part_of_the_key()
    {
        var page = NotFoundPage("{{ o = {x: 1}; include 'm' }}|{{ o = {x: 2}; include 'm' }}|{{ o = {x: 1}; include 'm' }}",
            ("m", "[{{ o.x }}]"));
        Assert.Contains("[1]\n|[2]\n|[1]\n", page);
    }

    [Fact]
    public void The_same_value_read_whole_on_one_page_and_through_a_member_on_another_is_not_the_same_key()
    {
        // o is a plain string the first time ("abc".size is 3) and an object whose member size is "abc" the second.
        var page = NotFoundPage("{{ o = 'abc'; include 'm' }}|{{ o = {size: 'abc'}; include 'm' }}", ("m", "[{{ o.size }}]"));
        Assert.Contains("[3]\n|[abc]\n", page);
    }

    [Fact]
    public void What_an_included_partial_reads_is_part_of_the_key()
    {
        var page = NotFoundPage("{{ x = 1; include 'outer' }}|{{ x = 2; include 'outer' }}",
            ("outer", "({{ include 'inner' }})"), ("inner", "{{ x }}"));
        Assert.Contains("(1\n)\n|(2\n)\n", page);
    }

    [Fact]
    public void A_loop_variable_of_the_partial_is_not_an_input_but_its_list_is()
    {
        var inputs = InputsOf(("l", "{{ for i in items }}{{ i }}{{ include 'item' }}{{ end }}"), ("item", "{{ i }}{{ sep }}"));
        Assert.True(inputs.ContainsKey("theme/partials/l.html"));
        var page = NotFoundPage("{{ items = [1, 2]; sep = ','; include 'l' }}|{{ items = [3]; include 'l' }}",
            ("l", "{{ for i in items }}{{ include 'item' }}{{ end }}"), ("item", "{{ i }}{{ sep }}"));
        Assert.Contains("1,\n2,\n\n|3,\n\n", page);
    }

    [Fact]
    public void A_partial_that_assigns_a_global_variable_is_always_rendered()
    {
        Assert.Empty(InputsOf(("count", "{{ n = n + 1 }}")));
        var page = NotFoundPage("{{ n = 0; include 'count'; include 'count'; include 'count' }}[{{ n }}]", ("count", "{{ n = n + 1 }}"));
        Assert.Contains("[3]", page);
    }

    [Theory]
    [InlineData("{{ date.now }}")]
    [InlineData("{{ math.random 1 10 }}")]
    [InlineData("{{ object.eval 'x' }}")]
    [InlineData("{{ func f; ret 1; end; f }}")]
    [InlineData("{{ with page }}{{ title }}{{ end }}")]
    [InlineData("{{ name = 'a'; include name }}")]
    [InlineData("{{ 'a' | include }}")]
    [InlineData("{{ capture c }}x{{ end }}")]
    [InlineData("{{ i++ }}")]
    public void A_partial_whose_output_is_not_a_function_of_what_it_reads_has_no_inputs(string text)
    {
        Assert.False(InputsOf(("p", text), ("a", "a")).ContainsKey("theme/partials/p.html"));
    }

    [Fact]
    public void Local_variables_and_a_local_capture_keep_a_partial_reusable()
    {
        Assert.True(InputsOf(("p", "{{ $n = 1; $n++; capture $c }}{{ x }}{{ end }}{{ $c }}{{ $n }}")).ContainsKey("theme/partials/p.html"));
    }

    [Fact]
    public void Quotes_events_and_cards_are_rendered_once_and_reused_on_the_other_pages()
    {
        var timings = new StringWriter();
        var site = new SiteResult(SiteBuilder.Build(FolderReader.Read(Repository.Input), FolderReader.Read(Repository.Theme),
            new BuildOptions(Timings: timings)));
        Assert.True(site.Result.Succeeded);
        var line = timings.ToString().Split('\n').Single(l => l.Contains("partials reused", StringComparison.Ordinal));
        var reused = long.Parse(line.Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(reused > 20, line);
    }

    [Fact]
    public void A_partial_that_includes_another_is_kept_under_its_own_inputs_and_reused_whole()
    {
        // The outer key must survive the inner include (keys are made in a per-thread buffer the inner one reuses):
        // the second outer include is one reuse, and both partials were kept once.
        var timings = new StringWriter();
        var site = TestSite.Build("-- theme/partials/outer.html --\n({{ x }}{{ include 'inner' }})\n-- theme/partials/inner.html --\n[{{ y }}]\n"
            + "-- theme/pages/404.html --\n{{ x = 1; y = 2; include 'outer'; include 'outer' }}\n", new BuildOptions(Timings: timings));
        Assert.Contains("(1[2]\n)\n(1[2]\n)\n", site.Page("404.html"));
        var line = timings.ToString().Split('\n').Single(l => l.Contains("partials reused", StringComparison.Ordinal));
        Assert.Equal("1 partials reused, 2 rendered and kept (0 MiB)", line.Trim());
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
            SiteAssert.SameFiles(rendering, small, "when only some partials fit in the cache");
        });
    }
}
