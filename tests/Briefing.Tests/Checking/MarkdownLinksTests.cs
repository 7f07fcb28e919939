using Briefing.Markdown;
using Briefing.Model;

namespace Briefing.Tests.Checking;

public sealed class MarkdownLinksTests
{
    [Theory]
    [InlineData("briefings/2025/a.md", "b.md", "briefings/2025/b.md", "")]
    [InlineData("briefings/2025/a.md", "./b.md#the-call", "briefings/2025/b.md", "#the-call")]
    [InlineData("briefings/2025/a.md", "../2024/x.md?q=1#f", "briefings/2024/x.md", "?q=1#f")]
    [InlineData("briefings/a.md", "../people/jeyhun-bayramov.md", "people/jeyhun-bayramov.md", "")]
    [InlineData("countries/az.md", "../briefings//2025/./b.md", "briefings/2025/b.md", "")]
    [InlineData("briefings/a.md", "my%20notes.md", "briefings/my notes.md", "")]
    [InlineData("people/x.md", "../../outside.md", "../outside.md", "")] // climbs out of the input: names no file
    public void A_relative_md_link_names_the_input_file_from_the_linking_files_folder(string from, string url, string path, string suffix) =>
        Assert.Equal(new MarkdownFileTarget(path, suffix), MarkdownLinks.FileNamed(from, url));

    [Theory]
    [InlineData("/briefings/b.md")] // root-relative: a URL of the site, left as it is
    [InlineData("https://example.org/b.md")]
    [InlineData("#b.md")]
    [InlineData("b.md.html")]
    [InlineData("b.MD")]
    [InlineData("b/")]
    [InlineData("")]
    public void Other_urls_name_no_file(string url) => Assert.Null(MarkdownLinks.FileNamed("briefings/a.md", url));

    [Fact]
    public void Links_are_recorded_with_their_position_and_href_as_the_page_has_it_and_file_hrefs_where_the_html_holds_them()
    {
        var diagnostics = new Briefing.Diagnostics.DiagnosticBag();
        var body = MarkdownRenderer.Render(
            "## The call\n\nSee [The call], [b](<b c.md#é>) ![i](/img/a&b.png) [out](https://example.org/) [mail](mailto:a@b.c)\n\n> [b again](<b c.md#é>)\n",
            "briefings/a.md", 5, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal([
            new MarkdownLink("#the-call", new("briefings/a.md", 7, 5)),
            new MarkdownLink("b%20c.md#%C3%A9", new("briefings/a.md", 7, 17), new MarkdownFileTarget("briefings/b c.md", "#é")),
            new MarkdownLink("/img/a&b.png", new("briefings/a.md", 7, 33)),
            new MarkdownLink("b%20c.md#%C3%A9", new("briefings/a.md", 9, 3), new MarkdownFileTarget("briefings/b c.md", "#é")),
        ], body.Links);
        var html = System.Text.Encoding.UTF8.GetString(body.HtmlUtf8);
        Assert.Equal(["b%20c.md#%C3%A9", "b%20c.md#%C3%A9"], body.FileHrefs.Select(h => System.Text.Encoding.UTF8.GetString(body.HtmlUtf8, h.Offset, h.Length)));
        Assert.Equal([1, 1], body.FileHrefs.Select(h => h.Link));
        Assert.Contains("""<img src="/img/a&amp;b.png" alt="i" />""", html);
    }
}
