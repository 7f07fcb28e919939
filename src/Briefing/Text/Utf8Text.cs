using System.Buffers;
using System.Text;

namespace Briefing.Text;

/// <summary>UTF-8 of text held in a <see cref="StringBuilder"/>.</summary>
public static class Utf8Text
{
    /// <summary>
    /// Decodes <paramref name="utf8"/> into <paramref name="buffer"/> (rented from the shared ArrayPool; swapped for a
    /// larger one when it is too small) and returns the characters, valid until the buffer is next used.
    /// </summary>
    public static Span<char> Decode(ReadOnlySpan<byte> utf8, ref char[] buffer)
    {
        if (buffer.Length < utf8.Length)
        {
            ArrayPool<char>.Shared.Return(buffer);
            buffer = ArrayPool<char>.Shared.Rent(utf8.Length);
        }

        return buffer.AsSpan(0, Encoding.UTF8.GetChars(utf8, buffer));
    }

    /// <summary>
    /// The builder's text from <paramref name="start"/> on, as an exactly sized array. Copied out whole first: a
    /// surrogate pair may straddle two of the builder's blocks.
    /// </summary>
    public static byte[] Encode(StringBuilder text, int start = 0) => Encode(text, start, text.Length - start);

    /// <summary><paramref name="count"/> characters of the builder from <paramref name="start"/>, as an exactly sized array.</summary>
    public static byte[] Encode(StringBuilder text, int start, int count)
    {
        var chars = ArrayPool<char>.Shared.Rent(count);
        try
        {
            var span = chars.AsSpan(0, count);
            text.CopyTo(start, span, count);
            var bytes = new byte[Encoding.UTF8.GetByteCount(span)];
            Encoding.UTF8.GetBytes(span, bytes);
            return bytes;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
