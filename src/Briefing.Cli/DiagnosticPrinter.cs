using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Briefing.Diagnostics;

namespace Briefing.Cli;

/// <summary>
/// Writes diagnostics in one of the <see cref="DiagnosticFormat"/>s. The GitHub and JSON forms name each file as the
/// repository sees it, so a CI job can open or annotate it: see <see cref="FilePath"/>.
/// </summary>
public sealed class DiagnosticPrinter(string inputFolder, string? themeFolder, string currentFolder)
{
    /// <summary>Writes each diagnostic on its own line.</summary>
    public void Write(IEnumerable<Diagnostic> diagnostics, DiagnosticFormat format, TextWriter output)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(format switch
            {
                DiagnosticFormat.GitHub => GitHub(diagnostic),
                DiagnosticFormat.Json => Json(diagnostic),
                _ => diagnostic.ToString(),
            });
        }
    }

    /// <summary>
    /// The file a diagnostic is about, relative to <c>currentFolder</c> with '/': its path (relative to the input
    /// folder, or to the theme folder for a <c>theme/…</c> path, which is how theme diagnostics are named) joined to
    /// that folder. With no theme folder (a theme that is not on disk), a theme path is given as it is.
    /// </summary>
    public string FilePath(Diagnostic diagnostic)
    {
        var path = diagnostic.Location.Path;
        var isTheme = path == "theme" || path.StartsWith("theme/", StringComparison.Ordinal);
        if (isTheme && themeFolder is null) return path;
        var full = !isTheme ? Path.GetFullPath(Path.Combine(inputFolder, path))
            : Path.GetFullPath(path.Length == "theme".Length ? themeFolder! : Path.Combine(themeFolder!, path["theme/".Length..]));
        return Path.GetRelativePath(currentFolder, full).Replace('\\', '/');
    }

    // ::error file=briefings/a.md,line=3,col=7::BRF011: message (GitHub reads the code as part of the message).
    private string GitHub(Diagnostic d)
    {
        var command = d.Severity == Severity.Error ? "error" : "warning";
        return $"::{command} file={Property(FilePath(d))},line={d.Location.Line},col={d.Location.Column}::{Data($"{d.Code}: {d.Message}")}";
    }

    // Workflow command escaping (the runner's own rules): '%', CR and LF in the message; also ':' and ',' in a property.
    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    // The output is a stream of JSON documents, not HTML: quotes and non-ASCII letters may stay as they are.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private string Json(Diagnostic d)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
            json.WriteString("code", d.Code);
            json.WriteString("file", FilePath(d));
            json.WriteNumber("line", d.Location.Line);
            json.WriteNumber("column", d.Location.Column);
            json.WriteString("message", d.Message);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
