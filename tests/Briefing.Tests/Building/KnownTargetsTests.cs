using Briefing.Checking;

namespace Briefing.Tests.Building;

/// <summary>Only a link the full check would surely pass may skip it.</summary>
public sealed class KnownTargetsTests
{
    private static readonly KnownTargets Site = new(["index.html", "countries/jo/index.html", "assets/style.css", "404.html"], "/news/");

    [Theory]
    [InlineData("/news/")]
    [InlineData("/news/countries/jo/")]
    [InlineData("/news/assets/style.css")]
    [InlineData("/news/404.html")]
    public void A_plain_link_to_an_output_file_is_surely_fine(string href) => Assert.True(Site.SurelyFine(href));

    [Theory]
    [InlineData("/news/countries/xx/")] // no such page
    [InlineData("/news/countries/jo")] // needs a trailing '/'
    [InlineData("/countries/jo/")] // outside the base path
    [InlineData("/news/countries/jo/#top")] // the id must be checked
    [InlineData("/news/countries/jo/?a=1")]
    [InlineData("/news/countries/%6Ao/")] // escapes are resolved by the full check
    [InlineData("/news/countries/../countries/jo/")]
    [InlineData("/news/./countries/jo/")]
    [InlineData("/news//countries/jo/")]
    [InlineData("//news/countries/jo/")]
    [InlineData("countries/jo/")] // page-relative
    [InlineData("https://example.org/news/")]
    public void Anything_else_goes_to_the_full_check(string href) => Assert.False(Site.SurelyFine(href));

    [Fact]
    public void A_plain_path_is_what_Uri_resolves_it_to()
    {
        // The link check takes a plain root-relative path as it stands instead of resolving it with Uri.
        const string alphabet = "aZ09-_./";
        var random = new Random(3);
        var plain = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var path = "/" + new string(Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            if (!KnownTargets.IsPlainPath(path)) continue;
            plain++;
            Assert.Equal(Uri.UnescapeDataString(new Uri(new Uri("http://site/"), path).AbsolutePath), path);
        }

        Assert.True(plain > 1_000);
        Assert.False(KnownTargets.IsPlainPath("/a/./b"));
        Assert.False(KnownTargets.IsPlainPath("/a/../b"));
        Assert.False(KnownTargets.IsPlainPath("/a//b"));
        Assert.False(KnownTargets.IsPlainPath("/a%2Fb"));
    }
}
