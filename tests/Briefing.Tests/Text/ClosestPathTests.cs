using Briefing.Text;

namespace Briefing.Tests.Text;

public sealed class ClosestPathTests
{
    private static readonly ClosestPath Site = new([
        "briefings/", "briefings/bayramov-araghchi-call/", "briefings/azal-flights/", "people/", "people/jeyhun-bayramov/",
        "countries/azerbaijan/", "assets/style.css", "assets/print.css", "404.html",
    ]);

    [Theory]
    [InlineData("briefings/bayramov-araghchi-cal/", "briefings/bayramov-araghchi-call/")]
    [InlineData("briefings/bayramov-araghchi-call", "briefings/bayramov-araghchi-call/")] // a folder found by its name without '/'
    [InlineData("peple/jeyhun-bayramov/", "people/jeyhun-bayramov/")] // the folder corrected first
    [InlineData("briefngs/azal-flihgts/", "briefings/azal-flights/")] // then the name in it
    [InlineData("assets/style.cs", "assets/style.css")]
    [InlineData("jeyhun-bayramov/", "people/jeyhun-bayramov/")] // the very same name in another folder
    [InlineData("countries/", null)] // a folder with no page of its own is never suggested...
    [InlineData("asets/", null)] // ...nor one reached by correcting a name
    [InlineData("briefings/something-else-entirely/", null)]
    [InlineData("briefings/azal-flights/x.html", null)] // a page's folder holds nothing else
    public void A_mistyped_path_suggests_the_closest_target(string path, string? expected) =>
        Assert.Equal(expected, Site.Find(path));

    [Fact]
    public void Of_two_targets_of_one_name_in_other_folders_the_first_in_ordinal_order_is_suggested()
    {
        var files = new ClosestPath(["people/x.md", "briefings/2025/x.md", "briefings/2024/x.md"]);
        Assert.Equal("briefings/2024/x.md", files.Find("briefings/x.md"));
        Assert.Equal("briefings/2025/x.md", files.Find("briefings/2025/y.md"));
    }
}
