using Briefing.Text;

namespace Briefing.Tests.Text;

public sealed class MatchIndexTests
{
    [Fact]
    public void The_pruned_search_answers_exactly_as_comparing_with_every_candidate()
    {
        var random = new Random(7);
        string Word(int length) => new(Enumerable.Range(0, length).Select(_ => "abcde-12É "[random.Next(10)]).ToArray());
        var candidates = Enumerable.Range(0, 1500).Select(_ => Word(random.Next(1, 14))).ToList();
        var index = new MatchIndex(candidates);
        var folded = candidates.Distinct(StringComparer.Ordinal).ToList();
        for (var q = 0; q < 400; q++)
        {
            // Half the queries are near misses of a candidate, half are anything.
            var query = q % 2 == 0 ? Mutate(candidates[random.Next(candidates.Count)], random) : Word(random.Next(0, 14));
            var limit = ClosestMatch.Limit(TextFolding.Fold(query).Length);
            foreach (var max in new[] { 1, 3, int.MaxValue })
            {
                var expected = limit < 0 ? [] : folded
                    .Select(c => (Distance: ClosestMatch.Distance(query, c), Candidate: c))
                    .Where(m => m.Distance <= limit)
                    .OrderBy(m => m.Distance).ThenBy(m => m.Candidate, StringComparer.Ordinal)
                    .Take(max).Select(m => m.Candidate).ToList();
                Assert.True(expected.SequenceEqual(index.Find(query, max)), $"query '{query}', max {max}");
            }
        }
    }

    [Theory]
    [InlineData("kitten", "sitting", 2, 3)] // past the bound: some value above it
    [InlineData("kitten", "sitting", 3, 3)]
    [InlineData("ab", "ba", 0, 1)]
    [InlineData("abcdef", "badcfe", 1, 2)]
    public void The_distance_stops_early_only_past_the_bound(string a, string b, int bound, int atLeast)
    {
        var distance = ClosestMatch.Osa(a, b, bound);
        Assert.True(distance > bound ? atLeast > bound : distance == atLeast, $"{distance}");
        Assert.Equal(ClosestMatch.Distance(a, b), ClosestMatch.Osa(a, b, int.MaxValue));
    }

    private static string Mutate(string word, Random random)
    {
        var chars = word.ToList();
        for (var edits = random.Next(1, 4); edits > 0 && chars.Count > 1; edits--)
        {
            var at = random.Next(chars.Count - 1);
            switch (random.Next(4))
            {
                case 0: chars.RemoveAt(at); break;
                case 1: chars.Insert(at, 'x'); break;
                case 2: chars[at] = 'q'; break;
                default: (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]); break;
            }
        }

        return new string(chars.ToArray());
    }
}
