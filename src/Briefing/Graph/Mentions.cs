using Briefing.Markdown;
using Briefing.Model;

namespace Briefing.Graph;

/// <summary>A briefing whose prose mentions a person, organisation or country, with the sentence around the first mention.</summary>
public sealed record Mention(BriefingNode Briefing, string Sentence);

/// <summary>
/// Finds mentions of people and organisations that have a file, and of countries that have a page, in the prose of
/// briefings (<see cref="MarkdownContent.TextRuns"/>), and says where the first mention of each is linked.
/// </summary>
/// <remarks>
/// Names are a file's name, aliases and short name, and a country's English names and aliases (never its ISO codes).
/// They match whole words and exactly as written, capitals included: "OIC" is never "oic", and "Chad" the country is
/// never "chad"; a word that goes on with a letter or digit is another word, while "Aliyev's" mentions Aliyev. Where
/// names overlap the longest wins ("Azerbaijan Airlines" over "Azerbaijan"), and a name that two entities share links
/// neither. Names are looked up by their first word in one dictionary, so a run costs one lookup per word whatever the
/// number of names.
/// </remarks>
internal sealed class Mentions
{
    /// <summary>Who a name means: its page and how it keeps its mentions.</summary>
    public sealed record Target(string Url, List<Mention> List, Func<BriefingNode, bool> ListedBy);

    private readonly Dictionary<string, (string Name, Target Target)[]> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Name, Target Target)[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Mentions(IEnumerable<(string Name, Target Target)> names)
    {
        var byName = new Dictionary<string, Target?>(StringComparer.Ordinal);
        foreach (var (name, target) in names)
        {
            if (name.Length < 2 || !IsWordChar(name[0])) continue;
            // A name two entities share is ambiguous: it links neither.
            byName[name] = byName.TryGetValue(name, out var other) && other != target ? null : target;
        }

        foreach (var group in byName.Where(n => n.Value is not null).GroupBy(n => FirstWord(n.Key), StringComparer.Ordinal))
            _byFirstWord[group.Key] = group.OrderByDescending(n => n.Key.Length).ThenBy(n => n.Key, StringComparer.Ordinal)
                .Select(n => (n.Key, n.Value!)).ToArray();
        _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The tags that link the first mention of each entity in <paramref name="body"/> (byte offset and bytes to insert,
    /// in document order), after adding each mention to its entity's list unless the briefing already lists it.
    /// </summary>
    public List<(int Offset, string Text)> Link(BriefingNode briefing, MarkdownContent body, string basePath)
    {
        var inserts = new List<(int, string)>();
        if (_byFirstWord.Count == 0) return inserts;
        HashSet<Target>? linked = null;
        foreach (var run in body.TextRuns)
        {
            var text = body.Paragraphs[run.Paragraph];
            var (first, last) = (run.At, run.At + run.TextLength);
            for (var i = first; i < last;)
            {
                if (!IsWordChar(text[i]) || (i > 0 && IsWordChar(text[i - 1])))
                {
                    i++;
                    continue;
                }

                // Word boundaries are read in the paragraph's text, so "**Azer**baijan" is one word, not a mention.
                var j = i;
                while (j < last && IsWordChar(text[j])) j++;
                var matched = 0;
                if (_lookup.TryGetValue(text.AsSpan(i, j - i), out var candidates))
                {
                    foreach (var (name, target) in candidates)
                    {
                        var end = i + name.Length;
                        if (end > last || !text.AsSpan(i).StartsWith(name, StringComparison.Ordinal) || (end < text.Length && IsWordChar(text[end]))) continue;
                        matched = name.Length;
                        if ((linked ??= []).Add(target))
                        {
                            var open = run.Offset + ProseRuns.EscapedLength(text, first, i - first);
                            inserts.Add((open, $"<a href=\"{MarkdownUrl.Attribute(basePath + target.Url)}\" class=\"mention\">"));
                            inserts.Add((open + ProseRuns.EscapedLength(text, i, name.Length), "</a>"));
                            if (!target.ListedBy(briefing)) target.List.Add(new Mention(briefing, Sentence(text, i, name.Length)));
                        }

                        break;
                    }
                }

                i = matched > 0 ? i + matched : j;
            }
        }

        return inserts;
    }

    /// <summary>The sentence of <paramref name="paragraph"/> around the mention at <paramref name="at"/>, cut to about 240 characters.</summary>
    internal static string Sentence(string paragraph, int at, int length)
    {
        var start = at;
        while (start > 0 && !(paragraph[start - 1] is ' ' or '\n' && start > 1 && paragraph[start - 2] is '.' or '!' or '?')) start--;
        var end = at + length;
        while (end < paragraph.Length && !(paragraph[end] is '.' or '!' or '?' && (end + 1 == paragraph.Length || char.IsWhiteSpace(paragraph[end + 1])))) end++;
        if (end < paragraph.Length) end++;
        const int Around = 110;
        var (from, to) = (Math.Max(start, at - Around), Math.Min(end, at + length + Around));
        // Cut at a space, so no word is left in pieces.
        if (from > start) from = paragraph.IndexOf(' ', from) is var s && s >= 0 && s < at ? s + 1 : from;
        if (to < end) to = paragraph.LastIndexOf(' ', to) is var e && e > at + length ? e : to;
        var sentence = paragraph[from..to].Replace('\n', ' ').Trim();
        return (from > start ? "…" : "") + sentence + (to < end ? "…" : "");
    }

    private static string FirstWord(string name)
    {
        var j = 0;
        while (j < name.Length && IsWordChar(name[j])) j++;
        return name[..j];
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);
}
