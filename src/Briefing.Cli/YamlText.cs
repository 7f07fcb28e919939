using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Cli;

/// <summary>Writes a value into YAML front matter so that it reads back as exactly that text.</summary>
public static partial class YamlText
{
    // Words YAML 1.1 reads as booleans or null; written plain they would not read back as text everywhere.
    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase) { "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~" };

    /// <summary>
    /// The text as it is when that is safe (letters, digits, spaces and a few marks, starting with a letter),
    /// otherwise double-quoted with escapes. In a flow list (<c>[a, b]</c>) a comma needs quotes too.
    /// </summary>
    public static string Scalar(string text, bool inFlowList = false)
    {
        var plain = inFlowList ? PlainInList() : Plain();
        if (plain.IsMatch(text) && !Keywords.Contains(text)) return text;

        var sb = new StringBuilder("\"", text.Length + 2);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                // Other control characters, and the characters YAML reads as line breaks, as escapes.
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return sb.Append('"').ToString();
    }

    [GeneratedRegex(@"^\p{L}[\p{L}\p{N} .,'’()&/-]*(?<! )$")]
    private static partial Regex Plain();

    [GeneratedRegex(@"^\p{L}[\p{L}\p{N} .'’()&/-]*(?<! )$")]
    private static partial Regex PlainInList();
}
