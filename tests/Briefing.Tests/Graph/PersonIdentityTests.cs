using Briefing.Tests.Support;
using Briefing.Text;

namespace Briefing.Tests.Graph;

public sealed class PersonIdentityTests
{
    private static string Person(string file, string name, string aliases = "") =>
        $"-- people/{file}.md --\n---\nname: {name}\n{(aliases.Length > 0 ? $"aliases: [{aliases}]\n" : "")}---\nBio.\n";

    private static string QuoteBy(string by, string file = "a", string date = "2025-06-15") =>
        $"-- briefings/{file}.md --\n---\ntitle: Briefing {file}\ndate: {date}\ncountries: [AZ]\nquotes:\n  - by: {by}\n    text: We will talk again in {file}.\n---\nBody.\n";

    [Fact]
    public void Latin_accents_and_case_do_not_matter_in_a_person_reference()
    {
        var site = TestSite.Build(Person("recep-tayyip-erdogan", "Recep Tayyip Erdoğan", "Erdoğan") + QuoteBy("erdogan") + QuoteBy("ERDOĞAN", "b")
            + QuoteBy("recep tayyip erdogan", "c")).Clean();
        Assert.Equal(3, site.Page("people/recep-tayyip-erdogan/index.html").Split("<div class=\"quote\"").Length - 1);
        Assert.DoesNotContain(site.Paths, p => p.StartsWith("people/erdogan/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quote_by_a_chinese_name_is_not_credited_to_another_name_that_transliterates_the_same()
    {
        Assert.Equal(Slug.From("王毅"), Slug.From("汪毅"));
        var site = TestSite.Build(Person("wang-yi-minister", "王毅") + QuoteBy("汪毅"));
        Assert.Equal(
            ["briefings/a.md(6,9): warning BRF013: no person file matches '汪毅', so a page is made from the name alone; did you mean '王毅' (people/wang-yi-minister.md)? names in other scripts than Latin match only as written"],
            site.Diagnostics);
        Assert.DoesNotContain("We will talk again", site.Page("people/wang-yi-minister/index.html"), StringComparison.Ordinal);
        Assert.Contains("We will talk again", site.Page("people/wangyi/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_chinese_name_matches_its_person_file_exactly()
    {
        var site = TestSite.Build(Person("wang-yi", "王毅") + QuoteBy("王毅")).Clean();
        Assert.Contains("We will talk again", site.Page("people/wang-yi/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Arabic_names_that_lose_their_vowels_in_transliteration_stay_two_people()
    {
        // علي (Ali) and عالي (Aali): the transliteration drops the long vowel, so both become "ly".
        Assert.Equal(Slug.From("علي"), Slug.From("عالي"));
        var site = TestSite.Build(Person("ali-minister", "علي") + QuoteBy("عالي"));
        Assert.Equal(
            ["briefings/a.md(6,9): warning BRF013: no person file matches 'عالي', so a page is made from the name alone; did you mean 'علي' (people/ali-minister.md)? names in other scripts than Latin match only as written"],
            site.Diagnostics);
        Assert.DoesNotContain("We will talk again", site.Page("people/ali-minister/index.html"), StringComparison.Ordinal);
        Assert.Contains("We will talk again", site.Page("people/ly/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Persian_names_whose_letters_transliterate_alike_stay_two_people()
    {
        // Persian زهره (Zohreh) and Arabic زهرة (Zahra): ه and ة both become "h".
        Assert.Equal(Slug.From("زهره"), Slug.From("زهرة"));
        var site = TestSite.Build(Person("zohreh", "زهره") + QuoteBy("زهرة"));
        Assert.Contains(site.Diagnostics, d => d.Contains("warning BRF013: no person file matches 'زهرة'", StringComparison.Ordinal));
        Assert.DoesNotContain("We will talk again", site.Page("people/zohreh/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_latin_spelling_of_a_name_in_another_script_is_no_match_but_is_suggested()
    {
        var site = TestSite.Build(Person("wang-yi-minister", "王毅") + QuoteBy("Wang Yi"));
        Assert.Equal(
            ["briefings/a.md(6,9): warning BRF013: no person file matches 'Wang Yi', so a page is made from the name alone; did you mean '王毅' (people/wang-yi-minister.md)? names in other scripts than Latin match only as written"],
            site.Diagnostics);
    }

    [Fact]
    public void Two_person_files_whose_names_differ_but_share_a_url_are_an_error_naming_both()
    {
        TestSite.Build(Person("王毅", "王毅") + Person("汪毅", "汪毅")).FailsWith(
            "people/王毅.md(1,1): error BRF018: '王毅' (this file) and '汪毅' (people/汪毅.md) would both be published at /people/wangyi/, " +
            "as a file name becomes its URL in lower-case Latin letters; rename one of the files (people/wangyi-2.md, say): the file name is the person's id");
    }

    [Fact]
    public void A_name_without_a_file_whose_page_would_take_a_person_files_url_is_an_error()
    {
        TestSite.Build(Person("wangyi", "王毅") + QuoteBy("汪毅")).FailsWith(
            "briefings/a.md(6,9): warning BRF013: no person file matches '汪毅', so a page is made from the name alone; did you mean '王毅' (people/wangyi.md)? names in other scripts than Latin match only as written",
            "briefings/a.md(6,9): error BRF018: the page made for '汪毅' would be published at /people/wangyi/, the page of '王毅' (people/wangyi.md); " +
            "a different name is a different person: add a person file for '汪毅' with another file name, or refer to wangyi");
    }

    [Fact]
    public void Two_names_without_files_that_share_a_url_are_an_error_naming_both_places()
    {
        var site = TestSite.Build(QuoteBy("王毅") + QuoteBy("汪毅", "b"));
        Assert.Contains(
            "briefings/b.md(6,9): error BRF018: '汪毅' and '王毅' (briefings/a.md(6,9)) are different names whose pages would both be published at /people/wangyi/; " +
            "add a person file for one of them with another file name, or refer to both with one spelling",
            site.Diagnostics);
        Assert.False(site.Result.Succeeded);
    }

    [Fact]
    public void Latin_spellings_with_one_url_name_are_one_person_without_a_file()
    {
        var site = TestSite.Build(QuoteBy("Hikmet Hajiyev") + QuoteBy("hikmet-hajiyev", "b"));
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Diagnostics));
        Assert.Equal(2, site.Page("people/hikmet-hajiyev/index.html").Split("<div class=\"quote\"").Length - 1);
    }

    [Fact]
    public void Folding_strips_latin_accents_and_keeps_other_scripts_as_written()
    {
        Assert.Equal("erdogan", TextFolding.Fold("Erdoğan"));
        Assert.Equal("turkiye", TextFolding.Fold("  Türkiye "));
        Assert.Equal("王毅", TextFolding.Fold("王毅"));
        Assert.Equal("россия", TextFolding.Fold("Россия"));
        Assert.NotEqual(TextFolding.Fold("王毅"), TextFolding.Fold("汪毅"));
    }
}
