using Briefing.Text;

namespace Briefing.Tests.Text;

public sealed class ClosestMatchTests
{
    private static readonly string[] Keys = ["title", "date", "summary", "countries", "people", "tags", "sources", "events", "quotes", "updates", "draft"];

    [Fact]
    public void Sumary_suggests_summary()
    {
        Assert.Equal(["summary"], ClosestMatch.Find("sumary", Keys));
    }

    [Theory]
    [InlineData("countires", "countries")]
    [InlineData("tittle", "title")]
    [InlineData("Summary", "summary")]
    [InlineData("  QUOTES ", "quotes")]
    [InlineData("sources", "sources")]
    public void A_misspelled_key_suggests_the_intended_one_first(string input, string expected)
    {
        Assert.Equal(expected, ClosestMatch.Find(input, Keys)[0]);
    }

    [Fact]
    public void Nothing_close_suggests_nothing()
    {
        Assert.Empty(ClosestMatch.Find("banana", Keys));
        Assert.Empty(ClosestMatch.Find("", Keys));
        Assert.Empty(ClosestMatch.Find("xy", ["ab", "cd"]));
    }

    [Fact]
    public void Results_are_ordered_by_distance_then_ordinally_and_capped()
    {
        string[] candidates = ["cart", "bart", "dart", "card", "cat"];

        Assert.Equal(["cat", "cart", "bart"], ClosestMatch.Find("cat", candidates));
        Assert.Equal(["cat", "cart", "bart", "card", "dart"], ClosestMatch.Find("cat", candidates, max: 10));
        Assert.Empty(ClosestMatch.Find("cat", candidates, max: 0));
    }

    [Fact]
    public void Duplicate_candidates_are_returned_once()
    {
        Assert.Equal(["summary"], ClosestMatch.Find("sumary", ["summary", "summary"]));
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("summary", "sumary", 1)]
    [InlineData("ab", "ba", 1)]
    [InlineData("ca", "abc", 3)]
    [InlineData("Türkiye", "turkiye", 0)]
    [InlineData("NORWAY", "norway", 0)]
    public void Distance_is_the_optimal_string_alignment_distance_ignoring_case_and_diacritics(string a, string b, int expected)
    {
        Assert.Equal(expected, ClosestMatch.Distance(a, b));
        Assert.Equal(expected, ClosestMatch.Distance(b, a));
    }
}
