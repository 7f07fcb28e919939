using System.Text;

namespace Briefing.Rendering;

/// <summary>Escapes text for HTML content and attribute values.</summary>
public static class HtmlText
{
    /// <summary>Replaces <c>&amp; &lt; &gt; " '</c> with entities; all other characters stay as they are (pages are UTF-8).</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            });
            if (c is not ('&' or '<' or '>' or '"' or '\'')) sb.Append(c);
        }

        return sb.ToString();
    }
}
