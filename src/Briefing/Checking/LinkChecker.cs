using System.Text;
using System.Text.RegularExpressions;
using Briefing.Rendering;

namespace Briefing.Checking;

/// <summary>Finds internal links and <c>#anchors</c> in rendered pages that lead nowhere.</summary>
public static partial class LinkChecker
{
    /// <summary>One broken link: the page it is on, the href, and what is wrong.</summary>
    public sealed record BrokenLink(string Page, string Href, string Problem);

    /// <summary>Every internal href and src in the HTML pages that names no file or no id, in page order.</summary>
    public static IReadOnlyList<BrokenLink> Check(IReadOnlyList<RenderedPage> files, string basePath)
    {
        var byPath = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> IdsOf(string path) => ids.TryGetValue(path, out var set) ? set
            : ids[path] = IdPattern().Matches(Encoding.UTF8.GetString(byPath[path].Bytes)).Select(m => Decode(m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

        var broken = new List<BrokenLink>();
        foreach (var page in files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var pageUrl = basePath + (page.Path.EndsWith("index.html", StringComparison.Ordinal) ? page.Path[..^"index.html".Length] : page.Path);
            foreach (Match m in LinkPattern().Matches(Encoding.UTF8.GetString(page.Bytes)))
            {
                var href = Decode(m.Groups[2].Value);
                if (href.Length == 0 || href.StartsWith("//", StringComparison.Ordinal) || LinkHasScheme().IsMatch(href)) continue;
                var hash = href.IndexOf('#');
                var fragment = hash >= 0 ? Uri.UnescapeDataString(href[(hash + 1)..]) : null;
                var pathPart = hash >= 0 ? href[..hash] : href;
                var query = pathPart.IndexOf('?');
                if (query >= 0) pathPart = pathPart[..query];
                var resolved = pathPart.Length == 0 ? pageUrl : new Uri(new Uri("http://site" + pageUrl), pathPart).AbsolutePath;
                resolved = Uri.UnescapeDataString(resolved);
                if (!resolved.StartsWith(basePath, StringComparison.Ordinal))
                {
                    broken.Add(new BrokenLink(page.Path, href, $"leads outside the site's base path {basePath}"));
                    continue;
                }

                var target = resolved[basePath.Length..];
                if (target.Length == 0 || target.EndsWith('/')) target += "index.html";
                if (!byPath.ContainsKey(target))
                {
                    var asFolder = target + "/index.html";
                    broken.Add(new BrokenLink(page.Path, href, byPath.ContainsKey(asFolder) ? "needs a trailing '/'" : "names no page or file"));
                }
                else if (fragment is { Length: > 0 } && target.EndsWith(".html", StringComparison.Ordinal) && !IdsOf(target).Contains(fragment))
                {
                    broken.Add(new BrokenLink(page.Path, href, $"no element with id '{fragment}' on /{target}"));
                }
            }
        }

        return broken;
    }

    private static string Decode(string attribute) => System.Net.WebUtility.HtmlDecode(attribute);

    [GeneratedRegex(@"\s(href|src)=""([^""]*)""")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"\sid=""([^""]*)""")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex LinkHasScheme();
}
