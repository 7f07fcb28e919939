namespace Briefing.Text;

/// <summary>
/// "Did you mean" for paths: the existing path closest to a mistyped one, looked for folder by folder, so a typo in a
/// slug is compared with the names in its own folder only (a few thousand briefings, not every file of the site),
/// and a typo in a folder's name is corrected first (so it suggests only what is close to what was written). Paths
/// use '/'; a folder target ends in '/' (<c>briefings/x/</c>).
/// </summary>
public sealed class ClosestPath
{
    // Folder ("" for the root, else "a/b/") → the names in it: files ("x.md"), folders ("x/"), and whether each can be suggested.
    private readonly Dictionary<string, Dictionary<string, bool>> _folders = new(StringComparer.Ordinal);
    // A target's own name → the first target (in ordinal order) of that name, for a link into the wrong folder.
    private readonly Dictionary<string, string> _byName = new(StringComparer.Ordinal);
    // The names of a folder that a look-up may suggest (its targets, or its folders), indexed once when first asked for.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Folder, bool Folders), MatchIndex> _indexes = new();

    /// <summary>An index of <paramref name="targets"/>: the paths a suggestion may name.</summary>
    public ClosestPath(IEnumerable<string> targets)
    {
        foreach (var target in targets.Order(StringComparer.Ordinal))
        {
            var (folder, name) = Split(target);
            Add(folder, name, target: true);
            _byName.TryAdd(name, target);
            // Every folder above is a step on the way, named in its own parent; it is a target only if listed itself.
            while (folder.Length > 0)
            {
                var (parent, own) = Split(folder);
                Add(parent, own, target: false);
                folder = parent;
            }
        }
    }

    /// <summary>
    /// The target closest to <paramref name="path"/>, or null when none is close (see <see cref="ClosestMatch"/>); when
    /// its folder leads nowhere (one <c>../</c> too few), a target of the very same name in another folder.
    /// </summary>
    public string? Find(string path) => Find(path, folder: false) ?? _byName.GetValueOrDefault(Split(path).Name);

    // The closest target, or (for a step on the way) the closest folder; the path itself when it is one.
    private string? Find(string path, bool folder)
    {
        var (parent, name) = Split(path);
        if (!_folders.TryGetValue(parent, out var names))
        {
            // A folder that holds no target of its own (a page's folder, whose index.html is the folder itself) has none to offer.
            if (parent.Length == 0 || Find(parent, folder: true) is not { } corrected || !_folders.TryGetValue(corrected, out names)) return null;
            parent = corrected;
        }

        bool Fits(string key, bool isTarget) => folder ? key.EndsWith('/') : isTarget;
        if (names.TryGetValue(name, out var exact) && Fits(name, exact)) return parent + name;
        // Compared without a folder's '/', so "x" finds "x/"; a file and a folder of one name are one candidate.
        var index = _indexes.GetOrAdd((parent, folder), _ => new MatchIndex(names.Where(n => Fits(n.Key, n.Value)).Select(n => n.Key.TrimEnd('/'))));
        if (index.Find(name.TrimEnd('/'), 1) is not [var best]) return null;
        return parent + (names.TryGetValue(best + "/", out var isTarget) && Fits(best + "/", isTarget) ? best + "/" : best);
    }

    private void Add(string folder, string name, bool target)
    {
        if (!_folders.TryGetValue(folder, out var names)) _folders[folder] = names = new(StringComparer.Ordinal);
        names[name] = target || names.GetValueOrDefault(name);
    }

    // "a/b/c.md" → ("a/b/", "c.md"); "a/b/" → ("a/", "b/").
    private static (string Folder, string Name) Split(string path)
    {
        var slash = path.LastIndexOf('/', path.Length >= 2 ? path.Length - 2 : 0);
        return slash < 0 ? ("", path) : (path[..(slash + 1)], path[(slash + 1)..]);
    }
}
