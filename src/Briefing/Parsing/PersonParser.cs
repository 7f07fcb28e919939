using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Markdown;
using Briefing.Model;

namespace Briefing.Parsing;

/// <summary>Turns <c>people/&lt;id&gt;.md</c> into a <see cref="ParsedPerson"/>.</summary>
public static class PersonParser
{
    private static readonly string[] Keys = ["name", "country", "role", "aliases", "moved_from", "roles"];

    /// <summary>Parses <paramref name="file"/>; returns null when it has errors (all of them reported).</summary>
    public static ParsedPerson? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        if (FrontMatterFile.Open(file, local) is not var (split, map)) return FrontMatterFile.Finish<ParsedPerson>(null, local, diagnostics);
        var f = new FieldReader(map, "person", Keys, local);
        var name = f.Text("name", required: true);
        var country = FieldReader.ReferenceTo(f.Scalar("country"));
        var role = f.Text("role");
        var aliases = f.References("aliases");
        var movedFrom = MovedFromReader.Read(f);
        var roles = RoleReader.Read(f);
        var body = MarkdownRenderer.Render(split.Body, file.Path, split.BodyFirstLine, local);
        var id = System.IO.Path.GetFileNameWithoutExtension(file.Path);
        var person = new ParsedPerson(file.Path, id, name ?? id, country, role, aliases, body) { MovedFrom = movedFrom, Roles = roles };
        return FrontMatterFile.Finish(person, local, diagnostics);
    }
}
