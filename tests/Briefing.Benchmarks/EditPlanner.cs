using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.Benchmarks;

/// <summary>
/// Plans the serve benchmark's edits: which briefings, in which order of kinds, and each file's new text. Both
/// corpus writers put the top-level keys <c>title:</c>, <c>date:</c> and <c>countries:</c> at the start of a line
/// (nested keys are indented), so one line-based rewrite gives the same edit in ours and in Hugo's copy.
/// </summary>
public static partial class EditPlanner
{
    /// <summary>
    /// <paramref name="count"/> distinct files spread evenly over <paramref name="files"/> (sorted ordinally first), so
    /// the edits touch briefings of every year rather than one corner of the corpus.
    /// </summary>
    public static IReadOnlyList<string> Spread(IEnumerable<string> files, int count)
    {
        var sorted = files.Order(StringComparer.Ordinal).ToList();
        if (count > sorted.Count) throw new BenchmarkFailureException($"{count} edits need {count} briefings; the corpus has {sorted.Count}");
        return Enumerable.Range(0, count).Select(k => sorted[(int)((2L * k + 1) * sorted.Count / (2L * count))]).ToList();
    }

    /// <summary>Even edits change a title; odd ones alternate between the countries and the date (each also marks the title).</summary>
    public static EditKind KindOf(int edit) => edit % 2 == 0 ? EditKind.Title : edit / 2 % 2 == 0 ? EditKind.Countries : EditKind.Date;

    /// <summary>
    /// A word found nowhere else in either site, unique per edit and server: letters close the number on both sides,
    /// so edit 1's marker is not part of edit 12's.
    /// </summary>
    public static string Marker(int edit, int server) => string.Create(CultureInfo.InvariantCulture, $"qzx{server}e{edit}q");

    /// <summary>The new text of a briefing file for edit number <paramref name="edit"/> of <paramref name="kind"/>.</summary>
    public static PlannedEdit Plan(string text, EditKind kind, int edit, string marker)
    {
        var lines = text.Split('\n');
        var end = Array.IndexOf(lines, "---", 1);
        if (lines.Length == 0 || lines[0] != "---" || end < 0) throw new BenchmarkFailureException("a briefing file without front matter between two '---' lines");

        var title = Find(lines, end, "title: ");
        if (!lines[title].EndsWith('"')) throw new BenchmarkFailureException($"the title line is not a double-quoted string: {lines[title]}");
        lines[title] = $"{lines[title][..^1]} {marker}\"";

        var countriesLine = Find(lines, end, "countries: ");
        var countries = CountryCode().Matches(lines[countriesLine]).Select(m => m.Groups[1].Value).ToList();
        if (countries.Count == 0) throw new BenchmarkFailureException($"no country codes in {lines[countriesLine]}");
        var first = countries[0];
        if (kind == EditKind.Countries)
        {
            // A country the briefing is not about yet, a different one from edit to edit, so each edit fills another page.
            var vocabulary = CorpusVocabulary.Countries;
            first = Enumerable.Range(0, vocabulary.Count).Select(j => vocabulary[(edit * 7 + j) % vocabulary.Count].Code).First(c => !countries.Contains(c));
            lines[countriesLine] = "countries: " + YamlText.List([first, .. countries]);
        }
        else if (kind == EditKind.Date)
        {
            // Later, never earlier: every event and quote stays on or before the briefing's day, and the corpus ends years
            // before today, so Hugo (which leaves out future pages) still publishes it.
            var dateLine = Find(lines, end, "date: ");
            var date = DateOnly.ParseExact(lines[dateLine]["date: ".Length..].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            lines[dateLine] = "date: " + YamlText.Date(date.AddDays(10 + edit % 20));
        }

        return new PlannedEdit(string.Join('\n', lines), first);
    }

    private static int Find(string[] lines, int end, string key)
    {
        for (var i = 1; i < end; i++)
        {
            if (lines[i].StartsWith(key, StringComparison.Ordinal)) return i;
        }

        throw new BenchmarkFailureException($"a briefing's front matter has no '{key.Trim()}' line");
    }

    [GeneratedRegex("\"([A-Z]{2})\"")]
    private static partial Regex CountryCode();
}
