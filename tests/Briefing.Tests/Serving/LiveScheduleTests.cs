using Briefing.Building;
using Briefing.Graph;
using Briefing.Loading;
using Briefing.Tests.Support;

namespace Briefing.Tests.Serving;

/// <summary>
/// The preview with scheduled briefings and moved pages: after each edit that moves a date across the build day or
/// adds, changes or removes an old path, the live site is byte for byte a full build with the same options.
/// </summary>
public sealed class LiveScheduleTests
{
    private static readonly BuildOptions Preview = new() { Today = new DateOnly(2025, 6, 19), Future = FutureBriefings.Marked };

    private static IReadOnlyList<InputFile> Files(string a, string b) =>
        TestSite.Files("-- briefings/a.md --\n" + a + "-- briefings/b.md --\n" + b + "-- people/jane-roe.md --\n---\nname: Jane Roe\nmoved_from: [/people/jane/]\n---\n").Input;

    private static string Briefing(string title, string date, string extra = "") =>
        $"---\ntitle: {title}\ndate: {date}\ncountries: [FR]\npeople: [Jane Roe]\n{extra}---\nSee [the other](b.md).\n";

    [Fact]
    public void Edits_across_the_build_day_and_of_old_paths_leave_the_preview_equal_to_a_full_build()
    {
        var theme = TestSite.Files("").Theme;
        var steps = new (string Name, IReadOnlyList<InputFile> Input)[]
        {
            ("start", Files(Briefing("A", "2025-06-10"), Briefing("B", "2025-06-12"))),
            ("b moves past the build day", Files(Briefing("A", "2025-06-10"), Briefing("B", "2025-06-25"))),
            ("a gets an old path", Files(Briefing("A", "2025-06-10", "moved_from: [/briefings/old-a/]\n"), Briefing("B", "2025-06-25"))),
            ("a's slug changes, its old path kept", Files(Briefing("A", "2025-06-10", "slug: new-a\nmoved_from: [/briefings/a/, /briefings/old-a/]\n"), Briefing("B", "2025-06-25"))),
            ("b comes back before the day with an old path", Files(Briefing("A", "2025-06-10", "slug: new-a\nmoved_from: [/briefings/a/]\n"), Briefing("B", "2025-06-19", "moved_from: [/b.html]\n"))),
            ("every old path removed", Files(Briefing("A", "2025-06-10"), Briefing("B", "2025-06-19"))),
        };
        var live = new LiveSite(Preview);
        foreach (var (name, input) in steps)
        {
            var update = live.Update(input, theme);
            Assert.True(update.Succeeded, name + "\n" + string.Join('\n', update.Diagnostics));
            var full = SiteBuilder.Build(input, theme, Preview);
            Assert.True(full.Succeeded, name);
            Assert.Equal(full.Files.Select(f => f.Path), live.Files.Keys.Order(StringComparer.Ordinal));
            foreach (var f in full.Files)
                Assert.True(f.Bytes.AsSpan().SequenceEqual(live.Files[f.Path]), $"{f.Path} differs from a full build after {name}");
        }

        // The last step: the person's old path is the only one left.
        Assert.Equal("/people/jane/ /people/jane-roe/ 301\n", System.Text.Encoding.UTF8.GetString(live.Files["_redirects"]));
        Assert.False(live.Files.ContainsKey("briefings/old-a/index.html"));
    }
}
