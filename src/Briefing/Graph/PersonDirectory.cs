using Briefing.Diagnostics;
using Briefing.Model;
using Briefing.Text;

namespace Briefing.Graph;

/// <summary>
/// Resolves person references by id, name or alias, making a page from the name alone when no file matches; in a strict
/// build (where that warning fails the build, so no page is made) the warning says only what to do.
/// </summary>
internal sealed class PersonDirectory
{
    // Folded key → people it can mean; ids outrank names and aliases, so an id never becomes ambiguous.
    private readonly Dictionary<string, List<PersonNode>> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PersonNode>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PersonNode> _implicit = new(StringComparer.Ordinal);
    private readonly List<PersonNode> _files = [];
    private readonly bool _strict;

    public PersonDirectory(IEnumerable<ParsedPerson> files, bool strict)
    {
        _strict = strict;
        foreach (var file in files)
        {
            var id = Slug.IsValid(file.Id) ? file.Id : Slug.From(file.Id);
            var node = new PersonNode(id, file.Name, file);
            _files.Add(node);
            Add(_byId, file.Id, node);
            Add(_byId, id, node);
            Add(_byName, file.Name, node);
            Add(_byName, Slug.From(file.Name), node);
            foreach (var alias in file.Aliases)
            {
                Add(_byName, alias.Text, node);
                Add(_byName, Slug.From(alias.Text), node);
            }
        }
    }

    /// <summary>People with a file, then those made from names, in the order met.</summary>
    public IEnumerable<PersonNode> All => _files.Concat(_implicit.Values);

    /// <summary>The person a reference names; warns when it makes one from the name alone; null on an error.</summary>
    public PersonNode? Resolve(Reference reference, DiagnosticBag diagnostics)
    {
        var key = TextFolding.Fold(reference.Text);
        var matches = Find(_byId, key) ?? Find(_byName, key);
        var slugKey = matches is null ? Slug.From(reference.Text) : "";
        matches ??= Find(_byName, slugKey);
        if (matches is { Count: 1 }) return matches[0];
        if (matches is { Count: > 1 })
        {
            var files = string.Join(" and ", matches.Select(p => p.File!.Path));
            diagnostics.Error(DiagnosticCodes.AmbiguousName, reference.At,
                $"'{reference.Text}' could mean {files}; refer to the person by id ({string.Join(" or ", matches.Select(p => p.File!.Id))})");
            return null;
        }

        if (slugKey.Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.BadSlug, reference.At, $"person reference '{reference.Text}' gives no usable URL name; use a person's id or name");
            return null;
        }

        var near = ClosestMatch.Find(reference.Text, _files.Select(p => p.File!.Id).Concat(_files.Select(p => p.Name)), 1);
        var hint = near.Count > 0 ? $"; did you mean '{near[0]}'?"
            : _strict ? $"; add people/{slugKey}.md or use the id of an existing person"
            : $"; add people/{slugKey}.md to give a role and biography";
        diagnostics.Warning(DiagnosticCodes.UnknownPerson, reference.At,
            $"no person file matches '{reference.Text}'{(_strict ? "" : ", so a page is made from the name alone")}{hint}");
        if (_implicit.TryGetValue(slugKey, out var existing)) return existing;
        return _implicit[slugKey] = new PersonNode(slugKey, ReadableName(reference.Text), null);
    }

    // An id-like reference ("hikmet-hajiyev") reads better on its page as "Hikmet Hajiyev".
    private static string ReadableName(string text) =>
        Slug.IsValid(text) && text.Contains('-')
            ? string.Join(' ', text.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]))
            : text;

    private static List<PersonNode>? Find(Dictionary<string, List<PersonNode>> index, string key) =>
        key.Length > 0 && index.TryGetValue(key, out var list) ? list : null;

    private static void Add(Dictionary<string, List<PersonNode>> index, string name, PersonNode node)
    {
        var key = TextFolding.Fold(name);
        if (key.Length == 0) return;
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        if (!list.Contains(node)) list.Add(node);
    }
}
