namespace Briefing.Checking;

/// <summary>
/// Every output path of the build, known before any page is rendered, for the one question most links ask: a
/// root-relative href with nothing to resolve (no <c>#</c>, <c>?</c>, <c>%</c>, dot segments or doubled slashes)
/// that names an existing file or folder index is fine, and the check need not keep it. Anything else is kept and
/// judged in full by <see cref="LinkChecker"/>, so the answers are the same.
/// </summary>
public sealed class KnownTargets(IEnumerable<string> files, string basePath)
{
    // What a root-relative link may name below the base path: a file, or a folder ("countries/jo/", "") with an index.html.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _targets = files
        .SelectMany(f => f.EndsWith("index.html", StringComparison.Ordinal) ? [f, f[..^"index.html".Length]] : new[] { f })
        .ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="href"/> surely names an output file; false when it needs the full check.</summary>
    public bool SurelyFine(ReadOnlySpan<char> href)
    {
        if (!href.StartsWith(basePath, StringComparison.Ordinal)) return false;
        var rest = href[basePath.Length..];
        return !rest.StartsWith('/') && IsPlainPath(rest) && _targets.Contains(rest);
    }

    /// <summary>
    /// True for a path that resolves to itself: letters, digits and <c>-_./</c> only, with no dot segment and no
    /// doubled slash, so there is nothing to unescape or normalise.
    /// </summary>
    public static bool IsPlainPath(ReadOnlySpan<char> path) =>
        !path.ContainsAnyExcept(PlainPathCharacters) && !path.Contains("//", StringComparison.Ordinal)
        && !path.StartsWith('.') && !path.Contains("/.", StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<char> PlainPathCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./");
}
