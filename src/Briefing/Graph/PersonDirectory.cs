using Briefing.Diagnostics;
using Briefing.Model;
using Briefing.Text;

namespace Briefing.Graph;

/// <summary>
/// Resolves person references by id, name or alias (folded by <see cref="TextFolding"/>: Latin accents and case do not
/// matter, other scripts match as written), making a page from the name alone when no file matches; in a strict build
/// (where that warning fails the build, so no page is made) the warning says only what to do.
/// </summary>
internal sealed class PersonDirectory
{
    // Folded key → people it can mean; ids outrank names and aliases, so an id never becomes ambiguous.
    private readonly Dictionary<string, List<PersonNode>> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PersonNode>> _byName = new(StringComparer.Ordinal);
    // Slug of a Latin name → people: "Jeyhun Bayramov." still finds "Jeyhun Bayramov"; no other script is matched by its slug.
    private readonly Dictionary<string, List<PersonNode>> _byLatinSlug = new(StringComparer.Ordinal);
    // Transliterated letters of any name → people, only to say "did you mean" when a reference matches nothing exactly.
    private readonly Dictionary<string, List<PersonNode>> _bySlug = new(StringComparer.Ordinal);
    // People made from a name: name key → node, and URL id → the name and where it was first written.
    private readonly Dictionary<string, PersonNode> _implicit = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Reference> _implicitUrls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PersonNode> _fileUrls = new(StringComparer.Ordinal);
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
            _fileUrls.TryAdd(id, node);
            Add(_byId, file.Id, node);
            Add(_byId, id, node);
            foreach (var name in file.Aliases.Select(a => a.Text).Prepend(file.Name))
            {
                Add(_byName, name, node);
                if (TextFolding.IsLatinText(name)) Add(_byLatinSlug, Slug.From(name), node);
                Add(_bySlug, Spelling(name), node);
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
        var slugKey = Slug.From(reference.Text);
        if (matches is null && TextFolding.IsLatinText(reference.Text)) matches = Find(_byLatinSlug, slugKey);
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

        diagnostics.Warning(DiagnosticCodes.UnknownPerson, reference.At,
            $"no person file matches '{reference.Text}'{(_strict ? "" : ", so a page is made from the name alone")}{Hint(reference.Text, slugKey)}");
        // Latin spellings with one slug are one name ("Hikmet Hajiyev", "hikmet-hajiyev"); any other script is kept as written.
        var nameKey = TextFolding.IsLatinText(reference.Text) ? slugKey : key;
        if (_implicit.TryGetValue(nameKey, out var existing)) return existing;
        if (_strict) return _implicit[nameKey] = new PersonNode(slugKey, ReadableName(reference.Text), null);
        if (_fileUrls.TryGetValue(slugKey, out var owner))
        {
            diagnostics.Error(DiagnosticCodes.UrlCollision, reference.At,
                $"the page made for '{reference.Text}' would be published at /people/{slugKey}/, the page of '{owner.Name}' ({owner.File!.Path}); " +
                $"a different name is a different person: add a person file for '{reference.Text}' with another file name, or refer to {owner.File.Id}");
            return null;
        }

        if (_implicitUrls.TryGetValue(slugKey, out var first))
        {
            diagnostics.Error(DiagnosticCodes.UrlCollision, reference.At,
                $"'{reference.Text}' and '{first.Text}' ({first.At}) are different names whose pages would both be published at /people/{slugKey}/; " +
                "add a person file for one of them with another file name, or refer to both with one spelling");
            return null;
        }

        _implicitUrls[slugKey] = reference;
        return _implicit[nameKey] = new PersonNode(slugKey, ReadableName(reference.Text), null);
    }

    // A person whose name only transliterates to the reference is named first: it may be meant, but it is not a match.
    private string Hint(string text, string slugKey)
    {
        if (Find(_bySlug, Spelling(text)) is [var spelled, ..])
            return $"; did you mean '{spelled.Name}' ({spelled.File!.Path})? names in other scripts than Latin match only as written";
        var near = ClosestMatch.Find(text, _files.Select(p => p.File!.Id).Concat(_files.Select(p => p.Name)), 1);
        return near.Count > 0 ? $"; did you mean '{near[0]}'?"
            : _strict ? $"; add people/{slugKey}.md or use the id of an existing person"
            : $"; add people/{slugKey}.md to give a role and biography";
    }

    // The Latin letters a name transliterates to, without word breaks: "Wang Yi" and 王毅 both give "wangyi".
    private static string Spelling(string name) => Slug.From(name).Replace("-", "", StringComparison.Ordinal);

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
