using Briefing.Diagnostics;
using Briefing.Model;
using Briefing.Text;

namespace Briefing.Graph;

/// <summary>
/// Resolves a briefing's <c>authors</c> by id or name (folded as person references are). Authors are the site's own
/// staff, so a name without a file is an error, never a page made from the name.
/// </summary>
internal sealed class AuthorDirectory
{
    private readonly Dictionary<string, AuthorNode> _byKey = new(StringComparer.Ordinal);
    private readonly List<AuthorNode> _all = [];

    public AuthorDirectory(IEnumerable<ParsedAuthor> files, DiagnosticBag diagnostics)
    {
        var byUrl = new Dictionary<string, AuthorNode>(StringComparer.Ordinal);
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var id = Slug.IsValid(file.Id) ? file.Id : Slug.From(file.Id);
            if (id.Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.BadSlug, SourceLocation.File(file.Path), "the file name gives no usable URL name; rename it to the author's name in lower case with '-'");
                continue;
            }

            var node = new AuthorNode(id, file);
            if (byUrl.TryGetValue(node.Url, out var owner))
            {
                diagnostics.Error(DiagnosticCodes.UrlCollision, SourceLocation.File(file.Path),
                    $"'{file.Name}' (this file) and '{owner.Name}' ({owner.File.Path}) would both be published at /{node.Url}, as a file name becomes " +
                    $"its URL in lower-case Latin letters; rename one of the files (authors/{id}-2.md, say): the file name is the author's id");
            }
            else
            {
                byUrl[node.Url] = node;
                _all.Add(node);
            }

            // Found by its names even when it has no page, so that the clash is the only error a reference to it gives.
            foreach (var key in new[] { file.Id, id, file.Name }.Select(TextFolding.Fold).Where(k => k.Length > 0))
                _byKey.TryAdd(key, node);
        }
    }

    /// <summary>Every author with a page, by file path.</summary>
    public IReadOnlyList<AuthorNode> All => _all;

    /// <summary>The author a reference names; null (and an error with the nearest id or name) when none does.</summary>
    public AuthorNode? Resolve(Reference reference, DiagnosticBag diagnostics)
    {
        if (_byKey.TryGetValue(TextFolding.Fold(reference.Text), out var node)) return node;
        var near = ClosestMatch.Find(reference.Text, _all.Select(a => a.File.Id).Concat(_all.Select(a => a.Name)), 1);
        var hint = near.Count > 0 ? $"; did you mean '{near[0]}'?" : $"; add authors/{(Slug.From(reference.Text) is { Length: > 0 } s ? s : "their-name")}.md with their name";
        diagnostics.Error(DiagnosticCodes.UnknownAuthor, reference.At,
            $"no author file matches '{reference.Text}' (authors are the site's own writers: each needs a file in authors/){hint}");
        return null;
    }
}
