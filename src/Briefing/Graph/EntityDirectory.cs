using Briefing.Diagnostics;
using Briefing.Model;
using Briefing.Text;

namespace Briefing.Graph;

/// <summary>
/// A kind of named file: its word in messages, its folder, the code for a name no file matches, what adding the file
/// gives, and, for a kind whose names never get a page of their own, why.
/// </summary>
internal sealed record EntityKind(string Word, string Folder, string UnknownCode, string FileGives, string? NoPageReason = null)
{
    public static readonly EntityKind Person = new("person", "people", DiagnosticCodes.UnknownPerson, "to give a role and biography");
    public static readonly EntityKind Organisation = new("organisation", "organisations", DiagnosticCodes.UnknownOrganisation, "to give its full name and what it is");
    public static readonly EntityKind Author = new("author", "authors", DiagnosticCodes.UnknownAuthor, "with their name",
        "authors are the site's own writers: each needs a file in authors/");

    /// <summary>The URL name of a file name: itself when it is a slug, else its slug.</summary>
    public static string UrlId(string fileId) => Slug.IsValid(fileId) ? fileId : Slug.From(fileId);
}

/// <summary>
/// The one resolver of references to people, organisations and authors: by id, name or alias (folded by
/// <see cref="TextFolding"/>: Latin accents and case do not matter, other scripts match as written; transliteration
/// makes URLs and suggestions, never a match). A name no file matches gets a page made from the name, with a warning,
/// where the kind allows (no <see cref="EntityKind.NoPageReason"/>), else it is an error; in a strict build (where the
/// warning fails the build, so no page is made) the warning says only what to do.
/// </summary>
internal sealed class EntityDirectory<T> where T : class, INamedNode
{
    // Folded key → nodes it can mean; ids outrank names and aliases, so an id never becomes ambiguous.
    private readonly Dictionary<string, List<T>> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<T>> _byName = new(StringComparer.Ordinal);
    // Slug of a Latin name → nodes: "Jeyhun Bayramov." still finds "Jeyhun Bayramov"; no other script is matched by its slug.
    private readonly Dictionary<string, List<T>> _byLatinSlug = new(StringComparer.Ordinal);
    // Transliterated letters of any name → nodes, only to say "did you mean" when a reference matches nothing exactly.
    private readonly Dictionary<string, List<T>> _bySlug = new(StringComparer.Ordinal);
    // Nodes made from a name: name key → node, and URL id → the name and where it was first written.
    private readonly Dictionary<string, T> _implicit = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Reference> _implicitUrls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T> _fileUrls = new(StringComparer.Ordinal);
    private readonly List<T> _files = [];
    private readonly EntityKind _kind;
    private readonly Func<string, string, T>? _fromName;
    private readonly bool _strict;

    /// <param name="kind">What the files are.</param>
    /// <param name="files">A node for each file, made with <see cref="EntityKind.UrlId"/>.</param>
    /// <param name="fromName">Makes a node from a URL id and a name; null for a kind with a <see cref="EntityKind.NoPageReason"/>.</param>
    /// <param name="strict">Warnings will fail the build.</param>
    /// <param name="diagnostics">Where file names without a URL, and two files with one URL, are reported.</param>
    public EntityDirectory(EntityKind kind, IEnumerable<T> files, Func<string, string, T>? fromName, bool strict, DiagnosticBag diagnostics)
    {
        (_kind, _fromName, _strict) = (kind, fromName, strict);
        foreach (var node in files.OrderBy(n => n.FileOf!.Value.Path, StringComparer.Ordinal))
        {
            var (path, fileId) = node.FileOf!.Value;
            // A file whose page clashes is still found by the keys no other file has, so that the clash is the only error a reference to it gives.
            var clashes = node.Id.Length > 0 && _fileUrls.ContainsKey(node.Id);
            Add(_byId, fileId, node, clashes);
            Add(_byId, node.Id, node, clashes);
            foreach (var name in node.Names)
            {
                Add(_byName, name, node, clashes);
                if (TextFolding.IsLatinText(name)) Add(_byLatinSlug, Slug.From(name), node, clashes);
                Add(_bySlug, Spelling(name), node, clashes);
            }

            if (node.Id.Length == 0)
                diagnostics.Error(DiagnosticCodes.BadSlug, SourceLocation.File(path),
                    $"the file name gives no usable URL name; rename it to the {kind.Word}'s name in lower case with '-'");
            else if (_fileUrls.TryGetValue(node.Id, out var owner))
                diagnostics.Error(DiagnosticCodes.UrlCollision, SourceLocation.File(path),
                    $"'{node.Name}' (this file) and '{owner.Name}' ({owner.FileOf!.Value.Path}) would both be published at /{node.Url}, as a file name becomes " +
                    $"its URL in lower-case Latin letters; rename one of the files ({kind.Folder}/{node.Id}-2.md, say): the file name is the {kind.Word}'s id");
            else
            {
                _fileUrls[node.Id] = node;
                _files.Add(node);
            }
        }
    }

    /// <summary>Nodes with a file and a page, by path, then those made from names, in the order met.</summary>
    public IEnumerable<T> All => _files.Concat(_implicit.Values);

    /// <summary>The files' nodes with a page, by path.</summary>
    public IReadOnlyList<T> Files => _files;

    /// <summary>What a reference names exactly (several when it is ambiguous), among files and pages made from names so far; null when nothing.</summary>
    public IReadOnlyList<T>? Match(Reference reference)
    {
        var key = TextFolding.Fold(reference.Text);
        var matches = Find(_byId, key) ?? Find(_byName, key);
        if (matches is null && TextFolding.IsLatinText(reference.Text)) matches = Find(_byLatinSlug, Slug.From(reference.Text));
        if (matches is null && _implicit.TryGetValue(NameKey(reference.Text, key), out var made)) return [made];
        return matches;
    }

    /// <summary>The node a reference names; makes one from the name (with a warning) or reports an error, as the kind says; null on an error.</summary>
    public T? Resolve(Reference reference, DiagnosticBag diagnostics)
    {
        var matches = Match(reference);
        if (matches is { Count: 1 }) return matches[0];
        if (matches is { Count: > 1 })
        {
            var files = string.Join(" and ", matches.Select(n => n.FileOf!.Value.Path));
            diagnostics.Error(DiagnosticCodes.AmbiguousName, reference.At,
                $"'{reference.Text}' could mean {files}; refer to the {_kind.Word} by id ({string.Join(" or ", matches.Select(n => n.FileOf!.Value.Id))})");
            return null;
        }

        var slugKey = Slug.From(reference.Text);
        if (_fromName is null)
        {
            diagnostics.Error(_kind.UnknownCode, reference.At,
                $"no {_kind.Word} file matches '{reference.Text}'{(_kind.NoPageReason is { } why ? $" ({why})" : "")}{Hint(reference.Text, slugKey.Length > 0 ? slugKey : "their-name")}");
            return null;
        }

        if (slugKey.Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.BadSlug, reference.At, $"{_kind.Word} reference '{reference.Text}' gives no usable URL name; use a {_kind.Word}'s id or name");
            return null;
        }

        diagnostics.Warning(_kind.UnknownCode, reference.At,
            $"no {_kind.Word} file matches '{reference.Text}'{(_strict ? "" : ", so a page is made from the name alone")}{Hint(reference.Text, slugKey)}");
        var nameKey = NameKey(reference.Text, TextFolding.Fold(reference.Text));
        if (_strict) return _implicit[nameKey] = _fromName(slugKey, ReadableName(reference.Text));
        if (_fileUrls.TryGetValue(slugKey, out var owner))
        {
            diagnostics.Error(DiagnosticCodes.UrlCollision, reference.At,
                $"the page made for '{reference.Text}' would be published at /{_kind.Folder}/{slugKey}/, the page of '{owner.Name}' ({owner.FileOf!.Value.Path}); " +
                $"a different name is a different {_kind.Word}: add a {_kind.Word} file for '{reference.Text}' with another file name, or refer to {owner.FileOf.Value.Id}");
            return null;
        }

        if (_implicitUrls.TryGetValue(slugKey, out var first))
        {
            diagnostics.Error(DiagnosticCodes.UrlCollision, reference.At,
                $"'{reference.Text}' and '{first.Text}' ({first.At}) are different names whose pages would both be published at /{_kind.Folder}/{slugKey}/; " +
                $"add a {_kind.Word} file for one of them with another file name, or refer to both with one spelling");
            return null;
        }

        _implicitUrls[slugKey] = reference;
        return _implicit[nameKey] = _fromName(slugKey, ReadableName(reference.Text));
    }

    // Latin spellings with one slug are one name ("Hikmet Hajiyev", "hikmet-hajiyev"); any other script is kept as written.
    private static string NameKey(string text, string folded) => TextFolding.IsLatinText(text) ? Slug.From(text) : folded;

    // A file whose name only transliterates to the reference is named first: it may be meant, but it is not a match.
    private string Hint(string text, string slugKey)
    {
        if (Find(_bySlug, Spelling(text)) is [var spelled, ..])
            return $"; did you mean '{spelled.Name}' ({spelled.FileOf!.Value.Path})? names in other scripts than Latin match only as written";
        var near = ClosestMatch.Find(text, _files.Select(n => n.FileOf!.Value.Id).Concat(_files.Select(n => n.Name)), 1);
        if (near.Count > 0) return $"; did you mean '{near[0]}'?";
        // In a strict build no page is made, so adding the file is one of two fixes, not a way to say more.
        return _strict && _kind.NoPageReason is null ? $"; add {_kind.Folder}/{slugKey}.md or use the id of an existing {_kind.Word}"
            : $"; add {_kind.Folder}/{slugKey}.md {_kind.FileGives}";
    }

    // The Latin letters a name transliterates to, without word breaks: "Wang Yi" and 王毅 both give "wangyi".
    private static string Spelling(string name) => Slug.From(name).Replace("-", "", StringComparison.Ordinal);

    // An id-like reference ("hikmet-hajiyev") reads better on its page as "Hikmet Hajiyev".
    private static string ReadableName(string text) =>
        Slug.IsValid(text) && text.Contains('-')
            ? string.Join(' ', text.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]))
            : text;

    private static List<T>? Find(Dictionary<string, List<T>> index, string key) =>
        key.Length > 0 && index.TryGetValue(key, out var list) ? list : null;

    private static void Add(Dictionary<string, List<T>> index, string name, T node, bool onlyIfFree = false)
    {
        var key = TextFolding.Fold(name);
        if (key.Length == 0) return;
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        else if (onlyIfFree) return;
        if (!list.Contains(node)) list.Add(node);
    }
}
