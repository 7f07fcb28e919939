using Briefing.Feeds;

namespace Briefing.Tests.Feeds;

public sealed class FeedTextTests
{
    [Theory]
    [InlineData("tab\tline\nreturn\r")]
    [InlineData("Erdoğan, Алиев, 阿利耶夫, \u2028 \u2029 \uE000 \uFFFD")]
    [InlineData("a smile \U0001F600 of two halves")]
    [InlineData("")]
    public void Text_xml_can_carry_is_kept_as_it_is(string text) => Assert.Same(text, FeedText.Clean(text));

    [Theory]
    [InlineData("\u0001", "\uFFFD")]
    [InlineData("\u001Fx\u000B", "\uFFFDx\uFFFD")]
    [InlineData("\uFFFE\uFFFF", "\uFFFD\uFFFD")]
    public void Characters_xml_forbids_become_the_replacement_character(string text, string expected) =>
        Assert.Equal(expected, FeedText.Clean(text));

    [Fact]
    public void A_bad_character_far_into_a_long_text_is_found_and_surrogates_count_in_pairs()
    {
        var prefix = new string('a', 1000) + "\n" + new string('b', 77);
        Assert.Equal(prefix + "\uFFFDz", FeedText.Clean(prefix + "\u0008z"));
        Assert.Equal("\U0001F600\uFFFD\uFFFDx\uFFFD", FeedText.Clean("\U0001F600\uDE00\uD83Dx\uD83D"));
    }
}
