using System.Text;
using Briefing.Building;
using Briefing.Output;
using Briefing.Rendering;
using Briefing.Tests.Support;

namespace Briefing.Tests.Rendering;

/// <summary>
/// A render thread keeps one template context for all the pages it renders; nothing a page's templates do may
/// reach the next page.
/// </summary>
public sealed class ContextReuseTests
{
    // Four briefings, Alpha to Delta, rendered one after another on one thread with the briefing template replaced.
    private static (BuildResult Result, IReadOnlyList<RenderedPage> Pages) Build(string briefingTemplate, params (string Name, string Text)[] partials)
    {
        var sections = new StringBuilder();
        foreach (var (title, day) in new[] { ("Alpha", 4), ("Beta", 3), ("Gamma", 2), ("Delta", 1) })
            sections.Append($"-- briefings/{title.ToLowerInvariant()}.md --\n---\ntitle: {title}\ndate: 2024-05-0{day}\ncountries: [FR]\n---\nText.\n");
        sections.Append("-- theme/pages/briefing.html --\n").Append(briefingTemplate).Append('\n');
        foreach (var (name, text) in partials) sections.Append($"-- theme/partials/{name}.html --\n{text}\n");
        var (input, theme) = TestSite.Files(sections.ToString());
        var sink = new MemoryPageSink();
        var result = SiteBuilder.Build(input, theme, new BuildOptions(Parallelism: 1), sink);
        return (result, sink.Pages);
    }

    private static string Page(IReadOnlyList<RenderedPage> pages, string slug) =>
        Encoding.UTF8.GetString(pages.Single(p => p.Path == $"briefings/{slug}/index.html").Bytes);

    [Fact]
    public void A_variable_one_page_sets_is_undefined_on_the_pages_after_it()
    {
        var (result, _) = Build("{{ if briefing.title == 'Alpha' }}{{ seen = 1 }}{{ else }}{{ seen }}{{ end }}");
        var undefined = result.Diagnostics.Where(d => d.Message.Contains("seen", StringComparison.Ordinal)).Select(d => d.Message).ToList();
        // Alpha renders first (newest first), so each of the three others would see Alpha's 'seen' if it leaked.
        Assert.Equal(3, undefined.Count);
        foreach (var slug in new[] { "beta", "gamma", "delta" })
            Assert.Contains(undefined, m => m.Contains($"/briefings/{slug}/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_after_one_whose_template_failed_inside_a_loop_and_a_partial_renders_as_usual()
    {
        var (result, pages) = Build(
            "{{ if briefing.title == 'Beta' }}{{ for x in [1, 2] }}{{ include 'boom' }}{{ end }}{{ end }}<p>{{ briefing.title }}</p>",
            ("boom", "<i>{{ $local = 1; for y in [1] }}{{ missing }}{{ end }}</i>"));
        Assert.Single(result.Diagnostics, d => d.Message.Contains("missing", StringComparison.Ordinal) && d.Message.Contains("/briefings/beta/", StringComparison.Ordinal));
        Assert.DoesNotContain(pages, p => p.Path == "briefings/beta/index.html");
        foreach (var title in new[] { "Alpha", "Gamma", "Delta" })
        {
            var page = Page(pages, title.ToLowerInvariant());
            Assert.StartsWith("<!DOCTYPE html>", page);
            Assert.Contains($"<main id=\"main\" class=\"wrap\">\n<p>{title}</p>\n</main>", page);
        }
    }

    [Fact]
    public void A_variable_set_by_a_page_whose_template_then_failed_is_undefined_on_the_pages_after_it()
    {
        var (result, _) = Build(
            "{{ if briefing.title == 'Alpha' }}{{ seen = 1 }}{{ for x in [1] }}{{ include 'boom' }}{{ end }}{{ else }}{{ seen }}{{ end }}",
            ("boom", "{{ missing }}"));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("missing", StringComparison.Ordinal) && d.Message.Contains("/briefings/alpha/", StringComparison.Ordinal));
        foreach (var slug in new[] { "beta", "gamma", "delta" })
            Assert.Contains(result.Diagnostics, d => d.Message.Contains("seen", StringComparison.Ordinal) && d.Message.Contains($"/briefings/{slug}/", StringComparison.Ordinal));
    }

    [Fact]
    public void Objects_templates_see_are_read_only_so_no_page_can_change_what_the_next_one_sees()
    {
        // A country's view is shared by every page that links to it; were it writable, Alpha could rename France for Beta.
        var (result, _) = Build("{{ if briefing.title == 'Alpha' }}{{ briefing.countries[0].name = 'Renamed' }}{{ end }}{{ briefing.countries[0].name }}");
        var error = Assert.Single(result.Diagnostics);
        Assert.Contains("readonly member", error.Message, StringComparison.Ordinal);
        Assert.Contains("/briefings/alpha/", error.Message, StringComparison.Ordinal);
    }
}
