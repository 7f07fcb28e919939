using Scriban.Runtime;

namespace Briefing.Rendering;

/// <summary>
/// One page to render: where it goes, which template draws it, the variables the template sees (built on demand),
/// and the graph node it shows (a briefing, person or country; null for the other pages), which its structured data describes.
/// </summary>
public sealed record PageModel(string Url, string Kind, string Title, string? Description, string? SourcePath, Func<ScriptObject> Variables, object? Node = null)
{
    /// <summary>The output file: <c>index.html</c> inside the URL's folder, or the URL itself for a file name.</summary>
    public string OutputPath => OutputPathOf(Url);

    /// <summary>The output file of a page at <paramref name="url"/> (site-relative).</summary>
    public static string OutputPathOf(string url) => url.Length == 0 ? "index.html" : url.EndsWith('/') ? url + "index.html" : url;
}
