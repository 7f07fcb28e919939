namespace Briefing.Checking;

/// <summary>
/// Every output path of the build, known before any page is rendered, for the one question most links ask: a
/// root-relative href with nothing to resolve (no <c>#</c>, <c>?</c>, <c>%</c>, dot segments or doubled slashes)
/// that names an existing file or folder index is fine, and the check need not keep it. Anything else is kept and
/// judged in full by <see cref="LinkChecker"/>, so the answers are the same.
/// </summary>
public sealed class KnownTargets(HashSet<string> files, string basePath)
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _files = files.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="href"/> surely names an output file; false when it needs the full check.</summary>
    public bool SurelyFine(ReadOnlySpan<char> href)
    {
        if (!href.StartsWith(basePath, StringComparison.Ordinal)) return false;
        var rest = href[basePath.Length..];
        if (rest.ContainsAnyExcept(PlainPathCharacters) || rest.StartsWith('/') || rest.Contains("//", StringComparison.Ordinal)
            || rest.StartsWith('.') || rest.Contains("/.", StringComparison.Ordinal))
            return false;
        if (rest.Length > 0 && rest[^1] != '/') return _files.Contains(rest);
        const string index = "index.html";
        Span<char> target = rest.Length + index.Length <= 512 ? stackalloc char[rest.Length + index.Length] : new char[rest.Length + index.Length];
        rest.CopyTo(target);
        index.CopyTo(target[rest.Length..]);
        return _files.Contains(target);
    }

    private static readonly System.Buffers.SearchValues<char> PlainPathCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./");
}
