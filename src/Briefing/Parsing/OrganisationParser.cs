using System.Text.RegularExpressions;
using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Markdown;
using Briefing.Model;

namespace Briefing.Parsing;

/// <summary>Turns <c>organisations/&lt;id&gt;.md</c> into a <see cref="ParsedOrganisation"/>.</summary>
public static partial class OrganisationParser
{
    private static readonly string[] Keys = ["name", "short_name", "aliases", "kind", "country", "url", "wikidata", "moved_from"];

    /// <summary>Parses <paramref name="file"/>; returns null when it has errors (all of them reported).</summary>
    public static ParsedOrganisation? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        if (FrontMatterFile.Open(file, local) is not var (split, map)) return FrontMatterFile.Finish<ParsedOrganisation>(null, local, diagnostics);
        var f = new FieldReader(map, "organisation", Keys, local);
        var name = f.Text("name", required: true);
        var shortName = f.Text("short_name");
        var aliases = f.References("aliases");
        var kind = f.Text("kind");
        var country = FieldReader.ReferenceTo(f.Scalar("country"));
        var url = f.Text("url");
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !url.Any(char.IsWhiteSpace)))
            local.Error(DiagnosticCodes.BadOrganisation, f.AtKey("url"), $"url '{url}' must be an absolute http or https URL, e.g. https://www.example.org/");
        var wikidata = f.Text("wikidata");
        if (wikidata is not null && !WikidataId().IsMatch(wikidata))
            local.Error(DiagnosticCodes.BadOrganisation, f.AtKey("wikidata"),
                $"wikidata '{wikidata}' must be a Wikidata item id: 'Q' and its number, e.g. Q7817 (the part after /wiki/ in its address)");
        var movedFrom = MovedFromReader.Read(f);
        var body = MarkdownRenderer.Render(split.Body, file.Path, split.BodyFirstLine, local);
        var id = System.IO.Path.GetFileNameWithoutExtension(file.Path);
        var organisation = new ParsedOrganisation(file.Path, id, name ?? id, shortName, aliases, kind, country, url, wikidata, body) { MovedFrom = movedFrom };
        return FrontMatterFile.Finish(organisation, local, diagnostics);
    }

    [GeneratedRegex("^Q[1-9][0-9]{0,11}$")]
    private static partial Regex WikidataId();
}
