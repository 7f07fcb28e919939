using Briefing.Tests.Support;

namespace Briefing.Tests.Rendering;

/// <summary>
/// <c>include</c> writes a partial straight into the page when it stands alone as a statement; everywhere else it
/// must behave as Scriban's include does, returning the partial's output.
/// </summary>
public sealed class IncludeTests
{
    private const string Partial = "-- theme/partials/hello.html --\n<b>Hello {{ who }}</b>\n";

    [Fact]
    public void Include_as_a_statement_writes_the_partial_in_place()
    {
        var site = TestSite.Build(Partial + "-- theme/pages/404.html --\n[{{ who = \"<you>\"; include 'hello' }}]\n");
        Assert.Contains("[<b>Hello &lt;you&gt;</b>\n]", site.Page("404.html"));
    }

    [Fact]
    public void Include_assigned_to_a_variable_is_not_written_until_the_variable_is()
    {
        var site = TestSite.Build(Partial + "-- theme/pages/404.html --\n{{ who = \"x\"; h = include 'hello' }}before|{{ h }}|after\n");
        Assert.Contains("before|<b>Hello x</b>\n|after", site.Page("404.html"));
    }

    [Fact]
    public void Include_inside_capture_is_captured()
    {
        var site = TestSite.Build(Partial + "-- theme/pages/404.html --\n{{ who = \"y\"; capture c }}{{ include 'hello' }}{{ end }}[{{ c }}]\n");
        // What capture makes is a plain string, so writing it escapes it like any other string.
        Assert.Contains("[&lt;b&gt;Hello y&lt;/b&gt;\n]", site.Page("404.html"));
    }

    [Fact]
    public void Include_in_an_expression_gives_its_output()
    {
        var site = TestSite.Build(Partial + "-- theme/pages/404.html --\nsize:{{ who = \"z\"; (include 'hello') | string.size }}\n");
        Assert.Contains($"size:{"<b>Hello z</b>\n".Length}\n", site.Page("404.html"));
    }

    [Fact]
    public void A_partial_including_itself_stops_at_the_recursion_limit()
    {
        var site = TestSite.Build("-- theme/partials/loop.html --\n{{ include 'loop' }}\n-- theme/pages/404.html --\n{{ include 'loop' }}\n");
        Assert.Contains(site.Errors, e => e.StartsWith("theme/partials/loop.html(", StringComparison.Ordinal) && e.Contains("BRF021", StringComparison.Ordinal));
    }
}
