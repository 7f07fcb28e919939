using YamlDotNet.Core.Events;

namespace Briefing.FrontMatter;

/// <summary>
/// Plain text that looks like a list item but is not one, which YAML reads without complaint: "-AZ" (no space after
/// the '-') and a "- TR" line indented under a value (more of that value's text). Both are almost always a list gone wrong.
/// </summary>
internal static class ListLookalikes
{
    /// <summary>
    /// A warning for <paramref name="scalar"/> (read from <paramref name="yaml"/>), the value of <paramref name="key"/> or,
    /// when <paramref name="key"/> is null, an item of a list: its position in the YAML and its message; null when it looks like what it is.
    /// </summary>
    public static (int Line, int Column, string Message)? Check(string yaml, Scalar scalar, string? key, Func<int, int> fileLine)
    {
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain) return null;
        var (start, end) = ((int)scalar.Start.Index, (int)Math.Min(scalar.End.Index, yaml.Length));
        var line = (int)scalar.Start.Line;
        if (scalar.Value.Length > 1 && scalar.Value[0] == '-' && scalar.Value[1] != ' ' && StartsItsLine(yaml, start))
            return (line, (int)scalar.Start.Column, $"'{scalar.Value}' is read as text, not as a list: put a space after each '-' that starts an item");

        for (var i = yaml.IndexOf('\n', start, end - start); i >= 0 && i < end; i = yaml.IndexOf('\n', i + 1, end - i - 1))
        {
            var j = i + 1;
            while (j < end && yaml[j] is ' ' or '\t') j++;
            if (j >= end || yaml[j] != '-' || (j + 1 < yaml.Length && yaml[j + 1] is not (' ' or '\n'))) continue;
            var (dashLine, dashColumn) = ((int)scalar.Start.Line + Count(yaml, start, i + 1), j - i);
            return (dashLine, dashColumn, key is not null
                ? $"this '- ' line is read as more of the text of '{key}' ('{scalar.Value}'), not as a list item; to make '{key}' a list, leave nothing after '{key}:' and put each item on its own '- ' line"
                : $"this '- ' line is read as more of the list item on line {fileLine(line)} ('{scalar.Value}'), not as a new item; indent its '-' like the one on line {fileLine(line)}");
        }

        return null;
    }

    private static bool StartsItsLine(string yaml, int index)
    {
        var i = index - 1;
        while (i >= 0 && yaml[i] == ' ') i--;
        return i < 0 || yaml[i] == '\n';
    }

    private static int Count(string yaml, int from, int to)
    {
        var n = 0;
        for (var i = from; i < to; i++) if (yaml[i] == '\n') n++;
        return n;
    }
}
