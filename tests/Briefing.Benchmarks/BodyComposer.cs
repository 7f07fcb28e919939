using System.Text;

namespace Briefing.Benchmarks;

/// <summary>
/// Writes a Markdown body of 500–900 words: a lead paragraph, two <c>##</c> sections and a bullet list,
/// mentioning the briefing's countries and people so the prose reads like the front matter.
/// </summary>
public sealed class BodyComposer(Random random)
{
    /// <summary>Composes one body; the words counted exclude the <c>##</c> and <c>-</c> markers.</summary>
    public string Compose(IReadOnlyList<SyntheticCountry> countries, IReadOnlyList<SyntheticPerson> people)
    {
        var total = random.Next(500, 901);
        var headings = Pick.Distinct(random, CorpusVocabulary.Headings, 2);
        var bullets = Enumerable.Range(0, random.Next(3, 6)).Select(_ => Phrase(random.Next(4, 10))).ToList();
        var prose = total - headings.Sum(WordCount) - bullets.Sum(WordCount);
        var paragraphs = Paragraphs(prose, countries, people);

        var middle = 1 + ((paragraphs.Count - 1) / 2);
        var body = new StringBuilder(total * 8);
        body.Append(paragraphs[0]).Append("\n\n## ").Append(headings[0]).Append("\n\n");
        foreach (var paragraph in paragraphs.Take(middle).Skip(1)) body.Append(paragraph).Append("\n\n");
        foreach (var bullet in bullets) body.Append("- ").Append(bullet).Append('\n');
        body.Append("\n## ").Append(headings[1]).Append("\n\n");
        body.AppendJoin("\n\n", paragraphs.Skip(middle)).Append('\n');
        return body.ToString();
    }

    /// <summary>A capitalised run of vocabulary words, without a full stop.</summary>
    public string Phrase(int words)
    {
        var text = string.Join(' ', Enumerable.Range(0, words).Select(_ => Pick.One(random, CorpusVocabulary.Words)));
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    private List<string> Paragraphs(int words, IReadOnlyList<SyntheticCountry> countries, IReadOnlyList<SyntheticPerson> people)
    {
        var sentences = new List<string>();
        var left = words;
        while (left > 0)
        {
            var length = Math.Min(random.Next(8, 23), left);
            if (left - length < 8) length = left;
            sentences.Add(Sentence(length, countries, people));
            left -= length;
        }

        var paragraphs = new List<string>();
        for (var i = 0; i < sentences.Count;)
        {
            var take = Math.Min(random.Next(3, 7), sentences.Count - i);
            paragraphs.Add(string.Join(' ', sentences.Skip(i).Take(take)));
            i += take;
        }

        return paragraphs;
    }

    // Exactly `length` words; some sentences open with a person or end with a country, cut to fit.
    private string Sentence(int length, IReadOnlyList<SyntheticCountry> countries, IReadOnlyList<SyntheticPerson> people)
    {
        var words = new List<string>(length + 4);
        if (random.Next(4) == 0) words.AddRange($"{Pick.One(random, people).Name} said".Split(' '));
        while (words.Count < length) words.Add(Pick.One(random, CorpusVocabulary.Words));
        if (random.Next(3) == 0)
        {
            var place = $"in {Pick.One(random, countries).Name}".Split(' ');
            if (place.Length < length - 2)
            {
                words.RemoveRange(length - place.Length, place.Length);
                words.AddRange(place);
            }
        }

        var text = string.Join(' ', words.Take(length));
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
