using System.Text;
using Briefing.Graph;

namespace Briefing.Feeds;

/// <summary>
/// <c>/_redirects</c> (the Netlify and Cloudflare Pages format): one <c>/old/path/ /new/path/ 301</c> line per moved
/// page, both under the base_url path, so hosts that read it answer with a real redirect; the redirect pages serve
/// every other host. The author's <c>static/_redirects</c> comes first, byte for byte, so their own rules win.
/// </summary>
public static class RedirectsFile
{
    /// <summary>The output path.</summary>
    public const string Path = "_redirects";

    /// <summary>The file's bytes: the author's (or null), then a line for each of <paramref name="redirects"/> (in their order) under <paramref name="basePath"/>.</summary>
    public static byte[] Write(byte[]? author, IEnumerable<Redirect> redirects, string basePath)
    {
        var text = new StringBuilder();
        foreach (var r in redirects) text.Append(basePath).Append(r.From).Append(' ').Append(basePath).Append(r.To).Append(" 301\n");
        var lines = Encoding.UTF8.GetBytes(text.ToString());
        if (author is null || lines.Length == 0) return author ?? lines;
        return author.Length == 0 || author[^1] == (byte)'\n' ? [.. author, .. lines] : [.. author, (byte)'\n', .. lines];
    }
}
