using Briefing.Tests.Support;

namespace Briefing.Tests.Rendering;

/// <summary>
/// <c>include</c> writes a partial straight into the page when it stands alone as a statement; everywhere else it
/// must behave as Scriban's include does, returning the partial's output.
/// </summary>
public sealed class IncludeTests
{
    private const string Partial = "-- theme/partials/hello.html --\n<b>Hello {{ who }}</b>\n";

    // The 404 page rendered with its template replaced by `template`, with the partial 'hello' in the theme.
    private static string NotFoundPage(string template) =>
        TestSite.Build(Partial + "-- theme/pages/404.html --\n" + template + "\n").Page("404.html");

    [Fact]
    public void Include_as_a_statement_writes_the_partial_in_place()
    {
        var page = NotFoundPage("[{{ who = \"<you>\"; include 'hello' }}]");
        Assert.Contains("[<b>Hello &lt;you&gt;</b>\n]", page);
    }

    [Fact]
    public void Include_assigned_to_a_variable_is_not_written_until_the_variable_is()
    {
        var page = NotFoundPage("{{ who = \"x\"; h = include 'hello' }}before|{{ h }}|after");
        Assert.Contains("before|<b>Hello x</b>\n|after", page);
    }

    [Fact]
    public void Include_inside_capture_is_captured()
    {
        var page = NotFoundPage("{{ who = \"y\"; capture c }}{{ include 'hello' }}{{ end }}[{{ c }}]");
        // What capture makes is a plain string, so writing it escapes it like any other string.
        Assert.Contains("[&lt;b&gt;Hello y&lt;/b&gt;\n]", page);
    }

    [Fact]
    public void Include_in_an_expression_gives_its_output()
    {
        var page = NotFoundPage("size:{{ who = \"z\"; (include 'hello') | string.size }}");
        Assert.Contains($"size:{"<b>Hello z</b>\n".Length}\n", page);
    }

    [Fact]
    public void A_partial_including_itself_stops_at_the_recursion_limit()
    {
        var site = TestSite.Build("-- theme/partials/loop.html --\n{{ include 'loop' }}\n-- theme/pages/404.html --\n{{ include 'loop' }}\n");
        Assert.Contains(site.Errors, e => e.StartsWith("theme/partials/loop.html(", StringComparison.Ordinal) && e.Contains("BRF021", StringComparison.Ordinal));
    }
}
