using System.Text;

namespace Briefing.Feeds;

/// <summary>
/// <c>/robots.txt</c>: the author's <c>static/robots.txt</c> byte for byte with a <c>Sitemap:</c> line appended, unless
/// it has one already; without an author's file, one that lets every crawler in and names the sitemap.
/// </summary>
public static class RobotsFile
{
    /// <summary>The output path, and the static file that it is made from.</summary>
    public const string Path = "robots.txt";

    /// <summary>The file's bytes from the author's (or null) and the sitemap's absolute URL.</summary>
    public static byte[] Write(byte[]? author, string sitemapUrl)
    {
        var line = Encoding.UTF8.GetBytes($"Sitemap: {sitemapUrl}\n");
        if (author is null) return [.. "User-agent: *\nDisallow:\n\n"u8, .. line];
        if (NamesASitemap(author)) return author;
        var separator = author.Length == 0 ? ""u8 : author[^1] == (byte)'\n' ? "\n"u8 : "\n\n"u8;
        return [.. author, .. separator, .. line];
    }

    // A line that is a Sitemap directive (the field name is case-insensitive; blanks may come before the colon).
    private static bool NamesASitemap(ReadOnlySpan<byte> text)
    {
        if (text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) text = text[3..];
        foreach (var raw in text.Split((byte)'\n'))
        {
            var line = text[raw].TrimStart(" \t"u8);
            if (line.Length >= 7 && Ascii.EqualsIgnoreCase(line[..7], "sitemap"u8) && line[7..].TrimStart(" \t"u8).StartsWith(":"u8)) return true;
        }

        return false;
    }
}
