using System.Buffers;
using System.Text;

namespace Briefing.Text;

/// <summary>UTF-8 of text held in a <see cref="StringBuilder"/>.</summary>
public static class Utf8Text
{
    /// <summary>
    /// The builder's text from <paramref name="start"/> on, as an exactly sized array. Copied out whole first: a
    /// surrogate pair may straddle two of the builder's blocks.
    /// </summary>
    public static byte[] Encode(StringBuilder text, int start = 0)
    {
        var count = text.Length - start;
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
