using Briefing.Diagnostics;
using Briefing.Graph;
using Briefing.Model;
using Briefing.Text;

namespace Briefing.Checking;

/// <summary>
/// Words the link check's findings as diagnostics. A broken link written in a Markdown body is reported at its own
/// line and column in that file (each place it is written); one that came from the theme, at the top of the page's
/// input file (or as <c>theme</c> for a page made from no file).
/// </summary>
public sealed class BrokenLinkReport
{
    // Input path → the links its body wrote, for the files whose bodies have any.
    private readonly Dictionary<string, IReadOnlyList<MarkdownLink>> _links = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, string> _fileUrls;
    private readonly IReadOnlyDictionary<string, string> _unpublished;
    private readonly Lazy<ClosestPath> _closestFile;

    /// <summary>
    /// A report for <paramref name="graph"/>'s pages; <paramref name="unpublished"/> names each briefing left out by its
    /// input path ("the draft", "the scheduled briefing").
    /// </summary>
    public BrokenLinkReport(SiteGraph graph, IReadOnlyDictionary<string, string> unpublished)
    {
        foreach (var b in graph.Briefings) Add(b.Source.Path, b.Source.Body);
        foreach (var p in graph.People)
            if (p.File is { } file) Add(file.Path, file.Body);
        foreach (var c in graph.Countries)
            if (c is { IntroductionPath: { } path, Introduction: { } introduction }) Add(path, introduction);
        _fileUrls = graph.FileUrls;
        _unpublished = unpublished;
        _closestFile = new(() => new ClosestPath(_fileUrls.Keys));
    }

    /// <summary>The diagnostics for <paramref name="broken"/>, each a <see cref="DiagnosticCodes.BrokenLink"/> warning.</summary>
    public IEnumerable<Diagnostic> Diagnostics(IEnumerable<LinkChecker.BrokenLink> broken)
    {
        foreach (var link in broken)
        {
            var written = link.SourcePath is { } source && _links.TryGetValue(source, out var links)
                ? links.Where(l => string.Equals(l.Href, link.Href, StringComparison.Ordinal)).ToList()
                : [];
            if (written.Count == 0)
                yield return Warning(SourceLocation.File(link.SourcePath ?? "theme"), PageProblem(link));
            foreach (var markdown in written)
                yield return Warning(markdown.At, markdown.File is { } file ? FileProblem(link.Href, file, markdown.At.Path) : PageProblem(link));
        }
    }

    private static Diagnostic Warning(SourceLocation at, string message) => new(Severity.Warning, DiagnosticCodes.BrokenLink, at, message);

    private static string PageProblem(LinkChecker.BrokenLink link) =>
        $"link '{link.Href}' on /{link.Page} {link.Problem}{(link.Suggestion is { } near ? $"; did you mean '{near}'?" : "")}";

    // A link to a .md file that has no page: say which file it named, and the closest one that has a page.
    private string FileProblem(string href, MarkdownFileTarget file, string from)
    {
        if (_unpublished.TryGetValue(file.Path, out var what))
            return $"link '{href}' names {what} {file.Path}, which is not published; link to it once it is, or remove the link";
        var hint = _closestFile.Value.Find(file.Path) is { } near ? $"; did you mean '{Relative(near, from) + file.Suffix}'?" : "";
        return $"link '{href}' names {file.Path}, which is not a briefing, person or country file of the site{hint}";
    }

    // `path` written as a link from the file `from`, both relative to the input folder: "../2024/x.md".
    private static string Relative(string path, string from)
    {
        var (target, origin) = (path.Split('/'), from.Split('/')[..^1]);
        var shared = 0;
        while (shared < origin.Length && shared < target.Length - 1 && origin[shared] == target[shared]) shared++;
        return string.Concat(Enumerable.Repeat("../", origin.Length - shared)) + string.Join('/', target[shared..]);
    }

    private void Add(string path, MarkdownContent body)
    {
        if (body.Links.Count > 0) _links[path] = body.Links;
    }
}
