using System.Text;
using Briefing.Graph;

namespace Briefing.Feeds;

/// <summary>
/// <c>/_redirects</c> (the Netlify and Cloudflare Pages format): one <c>/old/path/ /new/path/ 301</c> line per moved
/// page, both under the base_url path, so hosts that read it answer with a real redirect; the redirect pages serve
/// every other host.
/// </summary>
public static class RedirectsFile
{
    /// <summary>The output path.</summary>
    public const string Path = "_redirects";

    /// <summary>The file's bytes for <paramref name="redirects"/> (in their order) under <paramref name="basePath"/>.</summary>
    public static byte[] Write(IEnumerable<Redirect> redirects, string basePath)
    {
        var text = new StringBuilder();
        foreach (var r in redirects) text.Append(basePath).Append(r.From).Append(' ').Append(basePath).Append(r.To).Append(" 301\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
