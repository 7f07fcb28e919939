using System.Text;

namespace Briefing.Cli;

/// <summary>Writes a set of new files under a folder, all or none: if any of them exists, nothing is written.</summary>
public static class NewFiles
{
    /// <summary>
    /// Writes <paramref name="files"/> (paths relative to <paramref name="folder"/>, with '/') and returns true;
    /// when one of them exists, names every one that does on <paramref name="error"/> and writes nothing. A file
    /// that cannot be written stops it there (reported, false), leaving the ones before it.
    /// </summary>
    public static bool Write(string folder, IReadOnlyList<(string Path, byte[] Bytes)> files, TextWriter error)
    {
        var taken = files.Select(f => Shown(folder, f.Path)).Where(p => File.Exists(p) || Directory.Exists(p)).ToList();
        foreach (var path in taken) error.WriteLine($"briefing: {path} already exists");
        if (taken.Count > 0)
        {
            error.WriteLine($"briefing: nothing was written; briefing never overwrites a file (move {(taken.Count == 1 ? "it" : "them")} away, or choose another name or folder)");
            return false;
        }

        foreach (var (path, bytes) in files)
        {
            var shown = Shown(folder, path);
            try
            {
                var full = Path.GetFullPath(shown);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                // CreateNew: a file made since the check above is still never overwritten.
                using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
                stream.Write(bytes);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"briefing: {shown} could not be written ({e.Message})");
                return false;
            }
        }

        return true;
    }

    /// <summary>Text as the files are written: UTF-8 without a byte order mark, LF line endings.</summary>
    public static byte[] Text(string text) => new UTF8Encoding(false).GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal));

    // The path as the user would type it: their folder as given, then the file's path with this system's separator.
    private static string Shown(string folder, string path) => Path.Combine(folder, path.Replace('/', Path.DirectorySeparatorChar));
}
