using System.Text;
using Briefing.Building;
using Briefing.Loading;
using Briefing.Tests.Support;

namespace Briefing.Tests.Authors;

/// <summary>Author files are inputs of the preview: editing, adding and removing one rebuilds as a full build would.</summary>
public sealed class AuthorPreviewTests
{
    private const string Site = """
        -- authors/anna-petrova.md --
        ---
        name: Anna Petrova
        ---
        -- briefings/a.md --
        ---
        title: Talks in Baku
        date: 2025-06-15
        countries: [AZ]
        authors: [anna-petrova]
        ---
        Body.
        -- briefings/b.md --
        ---
        title: Talks in Yerevan
        date: 2025-06-20
        countries: [AM]
        ---
        Body.
        """;

    private static void SameAsFullBuild(LiveSite live, IReadOnlyList<InputFile> input, IReadOnlyList<InputFile> theme, string step)
    {
        var full = SiteBuilder.Build(input, theme, new BuildOptions());
        Assert.True(full.Succeeded, step + "\n" + string.Join('\n', full.Diagnostics.Take(5)));
        Assert.Equal(full.Files.Select(f => f.Path), live.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var f in full.Files)
            Assert.True(f.Bytes.AsSpan().SequenceEqual(live.Files[f.Path]), $"{f.Path} differs from a full build after {step}");
    }

    [Fact]
    public void Renaming_an_author_reparses_their_file_and_rewrites_their_page_and_bylines_as_a_full_build()
    {
        var (input, theme) = TestSite.Files(Site);
        var live = new LiveSite(new BuildOptions());
        Assert.True(live.Update(input, theme).Succeeded);

        var renamed = TestSite.Files(Site.Replace("name: Anna Petrova", "name: Anna Petrova-Lee", StringComparison.Ordinal)).Input;
        var update = live.Update(renamed, theme);
        Assert.True(update.Succeeded, string.Join('\n', update.Diagnostics));
        Assert.Equal(1, update.Parsed);
        Assert.Contains("authors/anna-petrova/index.html", update.Changed);
        Assert.Contains("briefings/a/index.html", update.Changed);
        Assert.DoesNotContain("briefings/b/index.html", update.Changed);
        Assert.Contains("Anna Petrova-Lee", Encoding.UTF8.GetString(live.Files["briefings/a/index.html"]));
        SameAsFullBuild(live, renamed, theme, "renaming an author");

        var another = renamed.Append(new InputFile("authors/omar-haddad.md", "---\nname: Omar Haddad\n---\n"u8.ToArray())).ToList();
        Assert.True(live.Update(another, theme).Succeeded);
        Assert.Contains("authors/omar-haddad/index.html", live.Files.Keys);
        SameAsFullBuild(live, another, theme, "adding an author");

        Assert.True(live.Update(renamed, theme).Succeeded);
        Assert.DoesNotContain("authors/omar-haddad/index.html", live.Files.Keys);
        SameAsFullBuild(live, renamed, theme, "removing an author");
    }
}
