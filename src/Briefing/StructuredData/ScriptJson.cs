using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Briefing.StructuredData;

/// <summary>
/// The one writer of JSON that goes inside a <c>&lt;script&gt;</c> element. Every string passes through the
/// JavaScript encoder, which writes <c>&lt; &gt; &amp; ' " + `</c>, U+2028, U+2029 and other separators as <c>\uXXXX</c>,
/// so no text from the input can close the element (<c>&lt;/script</c>), open a comment in it (<c>&lt;!--</c>), or
/// end a JavaScript string; other letters of every script are written as they are (pages are UTF-8).
/// </summary>
public static class ScriptJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
        SkipValidation = false,
    };

    // This thread's buffer and writer, reused page after page: a briefing's block is a few kilobytes, made for every page at every build.
    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? Scratch;

    /// <summary>The UTF-8 JSON that <paramref name="write"/> writes, checked to hold no byte that could end the script element.</summary>
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var (buffer, writer) = Scratch ??= New();
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        write(writer);
        writer.Flush();
        var json = buffer.WrittenSpan;
        // The encoder already guarantees this; the check keeps a future change of encoder from making it silently untrue.
        if (json.IndexOfAny("<>&"u8) >= 0 || json.IndexOf("\u2028"u8) >= 0 || json.IndexOf("\u2029"u8) >= 0)
            throw new InvalidOperationException("JSON for a script element holds '<', '>', '&', U+2028 or U+2029 unescaped");
        return json.ToArray();
    }

    private static (ArrayBufferWriter<byte>, Utf8JsonWriter) New()
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        return (buffer, new Utf8JsonWriter(buffer, Options));
    }
}
