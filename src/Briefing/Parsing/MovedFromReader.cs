using Briefing.Diagnostics;
using Briefing.Model;

namespace Briefing.Parsing;

/// <summary>
/// Reads <c>moved_from</c>: the site paths a briefing's or person's page had before, each written from the site's root
/// (<c>/briefings/old-slug/</c>, without the base_url path) and kept site-relative (<c>briefings/old-slug/</c>). A path
/// without a file name is a folder (its trailing '/' added); the only file name allowed is a <c>.html</c> page, since a
/// redirect page served as another type would not redirect.
/// </summary>
public static class MovedFromReader
{
    private const string Hint = "write the old address from the site's root, like '/briefings/old-slug/'";

    /// <summary>The valid paths of <paramref name="f"/>'s <c>moved_from</c>; each invalid one is reported and left out.</summary>
    public static IReadOnlyList<Reference> Read(FieldReader f)
    {
        var paths = new List<Reference>();
        foreach (var written in f.References("moved_from"))
        {
            if (Problem(written.Text) is { } problem)
                f.Diagnostics.Error(DiagnosticCodes.BadMovedFrom, written.At, $"moved_from '{written.Text}' {problem}; {Hint}");
            else
                paths.Add(written with { Text = SiteRelative(written.Text) });
        }

        return paths;
    }

    // Why `path` is not a path of this site, or null when it is.
    private static string? Problem(string path)
    {
        if (path.StartsWith("//", StringComparison.Ordinal) || path.Contains(':') || path.Contains('\\'))
            return "leads off the site";
        if (!path.StartsWith('/')) return "is not a path from the site's root (it must start with '/')";
        if (path.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' or '/')))
            return "has a character other than letters, digits, '-', '_', '.', '~' and '/'";
        var segments = path[1..].Split('/');
        if (segments.Any(s => s is "." or ".."))
            return "has a '.' or '..' segment";
        if (segments[..^1].Any(s => s.Length == 0)) return "has an empty segment ('//')";
        if (segments[^1].Contains('.') && !segments[^1].EndsWith(".html", StringComparison.Ordinal))
            return "names a file that is not a .html page";
        return null;
    }

    // "/briefings/old" → "briefings/old/"; "/old.html" stays a file; "/" is the home page, "".
    private static string SiteRelative(string path)
    {
        var relative = path[1..];
        return relative.Length == 0 || relative.EndsWith('/') || relative.EndsWith(".html", StringComparison.Ordinal) ? relative : relative + "/";
    }
}
