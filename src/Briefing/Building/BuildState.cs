using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Rendering;

namespace Briefing.Building;

/// <summary>
/// What one build leaves for the next, so that it does only the work an edit calls for (the preview server keeps
/// one): parsed files by content, the compiled theme, partials' output, and each page's fingerprint and links
/// as of the last build that succeeded. A build with no state does everything.
/// </summary>
public sealed class BuildState(long fragmentBytes)
{
    private UInt128 _themeContent;
    private Theme? _theme;
    private IReadOnlyList<Diagnostic> _themeDiagnostics = [];

    /// <summary>Parsed input files.</summary>
    public ParseCache Parsed { get; } = new();

    /// <summary>Partials' output, kept across builds (its keys say everything it depends on).</summary>
    public FragmentCache Fragments { get; } = new(fragmentBytes);

    /// <summary>Each page of the last successful build, by output path, with what decided its bytes.</summary>
    public IReadOnlyDictionary<string, PageRecord> Pages { get; internal set; } = new Dictionary<string, PageRecord>();

    /// <summary>The fingerprint of each generated file (feeds, sitemap, robots.txt) of the last successful build, by output path (see <see cref="Rendering.GeneratedFiles"/>).</summary>
    public IReadOnlyDictionary<string, UInt128> Generated { get; internal set; } = new Dictionary<string, UInt128>();

    /// <summary>How the last successful build reports broken links (at their place in the Markdown), for a check run after it.</summary>
    public Checking.BrokenLinkReport? Links { get; internal set; }

    /// <summary>The theme compiled from <paramref name="files"/>, compiled again only when one of them changed.</summary>
    internal Theme? Theme(IReadOnlyList<InputFile> files, DiagnosticBag diagnostics)
    {
        var hash = new System.IO.Hashing.XxHash128();
        foreach (var f in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            hash.Append(System.Text.Encoding.UTF8.GetBytes(f.Path + "\n"));
            hash.Append(System.IO.Hashing.XxHash128.Hash(f.Bytes));
        }

        var content = hash.GetCurrentHashAsUInt128();
        if (content != _themeContent || (_theme is null && _themeDiagnostics.Count == 0))
        {
            var own = new DiagnosticBag();
            (_theme, _themeContent) = (Rendering.Theme.Compile(files, own), content);
            _themeDiagnostics = own.Sorted();
        }

        foreach (var d in _themeDiagnostics) diagnostics.Add(d);
        return _theme;
    }
}

/// <summary>A built page: the fingerprint of everything that decided its bytes, and its links and ids for the link check.</summary>
public sealed record PageRecord(UInt128 Fingerprint, Checking.PageLinks Links);
