using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Markdown;
using Briefing.Model;

namespace Briefing.Parsing;

/// <summary>Turns <c>countries/&lt;code&gt;.md</c> into a <see cref="ParsedCountryFile"/>; its front matter is optional.</summary>
public static class CountryFileParser
{
    private static readonly string[] Keys = ["aliases"];

    /// <summary>Parses <paramref name="file"/>; returns null when it has errors (all of them reported).</summary>
    public static ParsedCountryFile? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        IReadOnlyList<Reference> aliases = [];
        string body = file.Text;
        var bodyLine = 1;
        if (file.Text.StartsWith("---", StringComparison.Ordinal))
        {
            if (FrontMatterFile.Open(file, local) is not var (split, map)) return FrontMatterFile.Finish<ParsedCountryFile>(null, local, diagnostics);
            aliases = new FieldReader(map, "country file", Keys, local).References("aliases");
            body = split.Body;
            bodyLine = split.BodyFirstLine;
        }

        var content = MarkdownRenderer.Render(body, file.Path, bodyLine, local);
        var code = System.IO.Path.GetFileNameWithoutExtension(file.Path);
        return FrontMatterFile.Finish(new ParsedCountryFile(file.Path, code, aliases, content), local, diagnostics);
    }
}
