using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Briefing.Text;

namespace Briefing.Checking;

/// <summary>Finds internal links and <c>#anchors</c> in built pages that lead nowhere.</summary>
public static partial class LinkChecker
{
    /// <summary>One broken link: the page it is on, the href, what is wrong, and the closest href that works, if one is close.</summary>
    public sealed record BrokenLink(string Page, string? SourcePath, string Href, string Problem, string? Suggestion = null);

    // What is wrong with an href, and the closest href that works.
    private sealed record Verdict(string Problem, string? Suggestion);

    /// <summary>Every internal href or src that names no file of <paramref name="files"/>, or no id on its page, in page order.</summary>
    public static IReadOnlyList<BrokenLink> Check(IReadOnlyList<PageLinks> pages, IReadOnlySet<string> files, string basePath, int threads = 1)
    {
        var byPath = pages.ToDictionary(p => p.Path, StringComparer.Ordinal);
        // Pages by the folder URL that names them ("timeline/" for timeline/index.html), for anchors into them.
        var byFolder = pages.Where(p => p.Path == "index.html" || p.Path.EndsWith("/index.html", StringComparison.Ordinal))
            .ToDictionary(p => p.Path[..^"index.html".Length], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        // Root-relative links (nearly all of them) mean the same on every page: judge each once.
        var rooted = new ConcurrentDictionary<string, Verdict?>(threads, 1 << 12, StringComparer.Ordinal);
        // Made only when a link is broken: every target a suggestion may name (a page by its folder URL).
        var closest = new Lazy<ClosestPath>(() => new ClosestPath(files.Select(FolderUrl).Where(f => f.Length > 0)));
        var site = new Site(files, byPath, basePath, closest);
        var perPage = pages.AsParallel().AsOrdered().WithDegreeOfParallelism(threads).Select(page =>
        {
            var broken = new List<BrokenLink>();
            HashSet<string>? reported = null; // an href the page repeats is reported once
            var known = rooted.GetAlternateLookup<ReadOnlySpan<char>>();
            string? pageUrl = null; // the page's own URL, for the few relative hrefs
            var chars = System.Buffers.ArrayPool<char>.Shared.Rent(256);
            foreach (var utf8 in page.ReadHrefs())
            {
                var span = Utf8Text.Decode(utf8, ref chars);
                if (!Checks(span) || IsFineAnchor(span, basePath, byFolder)) continue;
                Verdict? verdict;
                string? href = null;
                if (span[0] == '/')
                {
                    if (!known.TryGetValue(span, out verdict))
                        rooted[href = span.ToString()] = verdict = Judge(href, "/", site);
                }
                else
                {
                    href = span.ToString();
                    pageUrl ??= basePath + (page.Path.EndsWith("index.html", StringComparison.Ordinal) ? page.Path[..^"index.html".Length] : page.Path);
                    verdict = Judge(href, pageUrl, site);
                }

                if (verdict is not null && (reported ??= new(StringComparer.Ordinal)).Add(href ??= span.ToString()))
                    broken.Add(new BrokenLink(page.Path, page.SourcePath, href, verdict.Problem, verdict.Suggestion));
            }

            System.Buffers.ArrayPool<char>.Shared.Return(chars);
            return broken;
        }).ToList();
        return perPage.SelectMany(b => b).ToList();
    }

    /// <summary>
    /// False for an href this check leaves alone: empty, or leading off the site (a scheme such as <c>https:</c> or
    /// <c>mailto:</c>, or a protocol-relative <c>//host/</c>).
    /// </summary>
    public static bool Checks(ReadOnlySpan<char> href) =>
        href.Length > 0 && !href.StartsWith("//", StringComparison.Ordinal) && (href[0] == '/' || !HasScheme().IsMatch(href));

    // Most hrefs left to check are "/folder/#id" links into a page that has the id: judged here without making a
    // string. Anything else (or a broken link, to word its problem) goes through the full resolution below.
    private static bool IsFineAnchor(ReadOnlySpan<char> href, string basePath, Dictionary<string, PageLinks>.AlternateLookup<ReadOnlySpan<char>> byFolder)
    {
        var hash = href.IndexOf('#');
        if (hash < 0 || !href.StartsWith(basePath, StringComparison.Ordinal) || hash < basePath.Length) return false;
        var folder = href[basePath.Length..hash];
        var fragment = href[(hash + 1)..];
        return fragment.Length > 0 && !fragment.Contains('%') && (folder.IsEmpty || folder[^1] == '/') && !folder.StartsWith('/')
            && KnownTargets.IsPlainPath(folder) && byFolder.TryGetValue(folder, out var page) && page.HasId(fragment);
    }

    // What the judging needs to know of the site; the indexes for suggestions are made when a broken link first needs them.
    private sealed record Site(IReadOnlySet<string> Files, Dictionary<string, PageLinks> ByPath, string BasePath, Lazy<ClosestPath> Closest)
    {
        public ConcurrentDictionary<string, MatchIndex> Ids { get; } = new(StringComparer.Ordinal);
    }

    // Null for a link that works. A suggestion is worked out only for a broken link, and once for a root-relative one.
    private static Verdict? Judge(string href, string pageUrl, Site site)
    {
        var (target, fragment) = Resolve(href, pageUrl, site.BasePath);
        if (target is null) return new($"leads outside the site's base path {site.BasePath}", null);
        if (!site.Files.Contains(target))
        {
            if (site.Files.Contains(target + "/index.html")) return new("needs a trailing '/'", null);
            return new("names no page or file", site.Closest.Value.Find(FolderUrl(target)) is { } near ? site.BasePath + near : null);
        }

        if (fragment is not { Length: > 0 } f || !site.ByPath.TryGetValue(target, out var page) || page.HasId(f)) return null;
        var id = site.Ids.GetOrAdd(target, _ => new MatchIndex(page.Ids)).Find(f, 1);
        var hash = href.IndexOf('#');
        return new($"has no element with id '{f}' on /{target}", id is [var best] ? href[..hash] + "#" + Uri.EscapeDataString(best) : null);
    }

    // A page by the URL readers use: "briefings/x/" for briefings/x/index.html.
    private static string FolderUrl(string file) =>
        file == "index.html" || file.EndsWith("/index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file;

    // The output file a link names (null when outside the base path) and its fragment.
    private static (string? Target, string? Fragment) Resolve(string href, string pageUrl, string basePath)
    {
        var hash = href.IndexOf('#');
        var fragment = hash >= 0 ? Uri.UnescapeDataString(href[(hash + 1)..]) : null;
        var path = hash >= 0 ? href[..hash] : href;
        var query = path.IndexOf('?');
        if (query >= 0) path = path[..query];
        // Nearly every link is a plain root-relative path, which resolves to itself; anything else goes through Uri.
        var resolved = path.Length == 0 ? pageUrl
            : path[0] == '/' && KnownTargets.IsPlainPath(path) ? path
            : Uri.UnescapeDataString(new Uri(new Uri("http://site" + pageUrl), path).AbsolutePath);
        if (!resolved.StartsWith(basePath, StringComparison.Ordinal)) return (null, fragment);
        var target = resolved[basePath.Length..];
        if (target.Length == 0 || target.EndsWith('/')) target += "index.html";
        return (target, fragment);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex HasScheme();
}
