using System.Text;
using Briefing.Diagnostics;

namespace Briefing.Loading;

/// <summary>Turns input bytes into text: strict UTF-8, BOM dropped, CRLF and CR made LF, size limited.</summary>
public static class TextDecoder
{
    /// <summary>Largest text file accepted (4 MiB); a briefing is a few kilobytes.</summary>
    public const int MaxFileBytes = 4 * 1024 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The decoded file, or null after reporting why it cannot be used.</summary>
    public static SourceFile? Decode(InputFile file, DiagnosticBag diagnostics)
    {
        var bytes = file.Bytes.AsSpan();
        if (bytes.Length > MaxFileBytes)
        {
            diagnostics.Error(DiagnosticCodes.TooLarge, SourceLocation.File(file.Path),
                $"file is {bytes.Length / (1024 * 1024)} MiB; the limit is {MaxFileBytes / (1024 * 1024)} MiB per file");
            return null;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        string text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var at = PositionOf(bytes, e.Index < 0 ? 0 : e.Index, file.Path);
            diagnostics.Error(DiagnosticCodes.UnreadableFile, at, "file is not valid UTF-8; save it with UTF-8 encoding");
            return null;
        }

        if (text.Contains('\0'))
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, SourceLocation.File(file.Path), "file contains NUL characters; is it a binary file?");
            return null;
        }

        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, SourceLocation.File(file.Path), "file is empty");
            return null;
        }

        ReportUnpublishable(text, file.Path, diagnostics);
        return new SourceFile(file.Path, text);
    }

    /// <summary>
    /// True for a character that XML 1.0 forbids or HTML reports as a parse error: C0 controls other than tab and line
    /// feed (carriage returns are gone by now), DEL, C1 controls and the Unicode noncharacters.
    /// </summary>
    public static bool IsUnpublishable(int codePoint) =>
        codePoint is < 0x20 and not (0x09 or 0x0A) or (>= 0x7F and <= 0x9F) or (>= 0xFDD0 and <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;

    /// <summary>"control character U+0007" or "noncharacter U+FFFE".</summary>
    public static string Describe(int codePoint) => $"{(codePoint <= 0x9F ? "control character" : "noncharacter")} U+{codePoint:X4}";

    // Such a character would make a feed or sitemap unreadable and a page invalid, and is never visible: it is an
    // error where it stands (one per line, so a pasted block does not flood the output), and the file is still
    // parsed so that its other problems are reported in the same run.
    private static void ReportUnpublishable(string text, string path, DiagnosticBag diagnostics)
    {
        var (line, lineStart, reported) = (1, 0, 0);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n') (line, lineStart, reported) = (line + 1, i + 1, 0);
            var codePoint = char.IsHighSurrogate(c) && i + 1 < text.Length ? char.ConvertToUtf32(c, text[i + 1]) : c;
            if (!IsUnpublishable(codePoint) || reported++ > 0) continue;
            diagnostics.Error(DiagnosticCodes.UnpublishableCharacter, new SourceLocation(path, line, i - lineStart + 1),
                $"{Describe(codePoint)} cannot appear in a web page or feed; delete it (it is invisible, often pasted from a PDF or a word processor)");
        }
    }

    private static SourceLocation PositionOf(ReadOnlySpan<byte> bytes, int index, string path)
    {
        // Lines end at LF, CRLF or a lone CR, as they do for a file that decodes.
        var (line, lineStart) = (1, 0);
        for (var i = 0; i < index; i++)
        {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.Length || bytes[i + 1] != '\n')))
                (line, lineStart) = (line + 1, i + 1);
        }

        var column = 1 + Encoding.UTF8.GetCharCount(bytes[lineStart..index]);
        return new SourceLocation(path, line, column);
    }
}
