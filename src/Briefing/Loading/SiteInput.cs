using Briefing.Diagnostics;

namespace Briefing.Loading;

/// <summary>The input folder sorted into the kinds of file the spec defines; text files are decoded when parsed.</summary>
public sealed record SiteInput(
    SourceFile? Settings,
    IReadOnlyList<InputFile> Briefings,
    IReadOnlyList<InputFile> People,
    IReadOnlyList<InputFile> Countries,
    IReadOnlyList<InputFile> Static)
{
    /// <summary>The author files, <c>authors/&lt;id&gt;.md</c> (version 2).</summary>
    public IReadOnlyList<InputFile> Authors { get; init; } = [];

    /// <summary>The organisation files, <c>organisations/&lt;id&gt;.md</c> (version 2).</summary>
    public IReadOnlyList<InputFile> Organisations { get; init; } = [];

    /// <summary>Sorts <paramref name="files"/> (paths relative to the input folder) by where they sit.</summary>
    public static SiteInput From(IEnumerable<InputFile> files, DiagnosticBag diagnostics)
    {
        SourceFile? settings = null;
        var sawSettings = false;
        List<InputFile> briefings = [], people = [], countries = [], authors = [], organisations = [], statics = [];
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var parts = file.Path.Split('/');
            var isMarkdown = file.Path.EndsWith(".md", StringComparison.Ordinal);
            var target = (parts[0], parts.Length, isMarkdown) switch
            {
                ("briefings", > 1, true) => briefings,
                ("people", 2, true) => people,
                ("countries", 2, true) => countries,
                ("authors", 2, true) => authors,
                ("organisations", 2, true) => organisations,
                _ => null,
            };
            if (parts[0] == "static" && parts.Length > 1)
                statics.Add(file.WithPath(string.Join('/', parts[1..])));
            else if (file.Path == "site.yml")
                (settings, sawSettings) = (TextDecoder.Decode(file, diagnostics), true);
            else if (target is not null)
                target.Add(file);
            else if (parts[0] is "briefings" or "people" or "countries" or "authors" or "organisations")
                diagnostics.Warning(DiagnosticCodes.UnreadableFile, SourceLocation.File(file.Path),
                    $"file is ignored: {parts[0]}/ holds {(parts[0] == "briefings" ? "" : "only top-level ")}.md files");
        }

        if (!sawSettings)
            diagnostics.Error(DiagnosticCodes.BadSiteSettings, SourceLocation.File("site.yml"),
                "site.yml is missing; create it with at least 'title:' and 'base_url:'");
        return new SiteInput(settings, briefings, people, countries, statics) { Authors = authors, Organisations = organisations };
    }
}
