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

        return new SourceFile(file.Path, text);
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
