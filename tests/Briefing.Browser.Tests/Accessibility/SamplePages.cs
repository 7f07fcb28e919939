using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Browser.Tests.Accessibility;

/// <summary>
/// One page of each kind of the sample site, read off the build (the layout's <c>&lt;body class="kind-…"&gt;</c>), so
/// a kind of page added later is tested without a change here. Of each kind the largest page is taken: it has the
/// most of what that kind can show.
/// </summary>
public static partial class SamplePages
{
    /// <summary>The kinds the sample site has had from the start; a build that lost one fails a test.</summary>
    public static readonly IReadOnlyList<string> KnownKinds =
        ["404", "briefing", "briefings", "countries", "country", "data", "home", "organisation", "organisations", "people", "person", "quotes", "tag", "tags", "timeline"];

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Pages = new(Find);

    /// <summary>Output path of the page chosen for each kind, by kind in ordinal order.</summary>
    public static IReadOnlyDictionary<string, string> ByKind => Pages.Value;

    /// <summary>Theory data: every kind × colour scheme (<c>light</c>, <c>dark</c>).</summary>
    public static TheoryData<string, string> KindsAndSchemes()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in ByKind.Keys)
            foreach (var scheme in new[] { "light", "dark" })
                data.Add(kind, scheme);
        return data;
    }

    /// <summary>The path to open for <paramref name="kind"/>: its page, or for the not-found page an address the site does not have.</summary>
    public static string PathToOpen(string kind) => kind == "404" ? "no-such-page/" : ByKind[kind];

    private static SortedDictionary<string, string> Find()
    {
        var chosen = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in Browsing.BrowserFixture.SampleResult.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var kind = KindOf(Encoding.UTF8.GetString(file.Bytes));
            if (kind is null || (sizes.TryGetValue(kind, out var size) && size >= file.Bytes.Length)) continue;
            chosen[kind] = file.Path;
            sizes[kind] = file.Bytes.Length;
        }

        return chosen;
    }

    private static string? KindOf(string html) => BodyKind().Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("""<body\b[^>]*\bclass="(?:[^"]*\s)?kind-([a-z0-9-]+)""")]
    private static partial Regex BodyKind();
}
