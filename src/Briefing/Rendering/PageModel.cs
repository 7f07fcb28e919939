using Scriban.Runtime;

namespace Briefing.Rendering;

/// <summary>One page to render: where it goes, which template draws it, and the variables the template sees (built on demand).</summary>
public sealed record PageModel(string Url, string Kind, string Title, string? Description, string? SourcePath, Func<ScriptObject> Variables)
{
    /// <summary>The output file: <c>index.html</c> inside the URL's folder, or the URL itself for a file name.</summary>
    public string OutputPath => Url.Length == 0 ? "index.html" : Url.EndsWith('/') ? Url + "index.html" : Url;
}
