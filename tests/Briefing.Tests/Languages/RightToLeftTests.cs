using System.Text.RegularExpressions;
using Briefing.Languages;
using Briefing.Tests.Support;

namespace Briefing.Tests.Languages;

public sealed class RightToLeftTests
{
    private static string QuoteSite(string lang, string text = "ما اجازه نمی‌دهیم") => $$"""
        -- people/abbas-araghchi.md --
        ---
        name: عباس عراقچی
        ---
        -- briefings/a.md --
        ---
        title: A call
        date: 2025-06-15
        countries: [IR]
        people: [abbas-araghchi]
        quotes:
          - by: abbas-araghchi
            text: we will not allow it
            original:
              lang: {{lang}}
              text: {{text}}
        ---
        Body.
        """;

    [Fact]
    public void A_Persian_original_is_marked_right_to_left_and_labelled_Persian()
    {
        var page = TestSite.Build(QuoteSite("fa")).Clean().Page("briefings/a/index.html");
        Assert.Contains("""<p class="original-label">Original (Persian):</p>""", page);
        Assert.Contains("""<blockquote class="original" lang="fa" dir="rtl"><p>ما اجازه نمی‌دهیم</p></blockquote>""", page);
    }

    [Theory]
    [InlineData("fa-IR", "Persian", "rtl")]
    [InlineData("ar", "Arabic", "rtl")]
    [InlineData("ckb", "Central Kurdish", "rtl")]
    [InlineData("ar-Latn", "Arabic", "ltr")]
    [InlineData("az-Arab", "Azerbaijani", "rtl")]
    [InlineData("AZ", "Azerbaijani", "ltr")]
    [InlineData("ru", "Russian", "ltr")]
    public void The_original_carries_its_tag_as_written_its_direction_and_its_language_name(string lang, string name, string dir)
    {
        var page = TestSite.Build(QuoteSite(lang, "words")).Clean().Page("briefings/a/index.html");
        Assert.Contains($"""<p class="original-label">Original ({name}):</p>""", page);
        Assert.Contains($"""<blockquote class="original" lang="{lang}" dir="{dir}">""", page);
    }

    [Fact]
    public void A_script_subtag_decides_the_direction_over_the_language()
    {
        var registry = LanguageRegistry.Default;
        Assert.True(registry.Read("fa").RightToLeft);
        Assert.True(registry.Read("he-IL").RightToLeft);
        Assert.False(registry.Read("ar-Latn").RightToLeft);
        Assert.False(registry.Read("sd-Deva-IN").RightToLeft);
        Assert.True(registry.Read("pa-Arab-PK").RightToLeft);
        Assert.False(registry.Read("pa").RightToLeft);
        Assert.True(registry.Read("xx-Hebr").RightToLeft);
        Assert.Null(registry.Read("xx-Hebr").Language);
    }

    [Fact]
    public void An_unknown_language_code_is_a_positioned_warning_naming_close_codes_and_the_label_shows_the_code()
    {
        var site = TestSite.Build(QuoteSite("fq"));
        Assert.Equal(["briefings/a.md(10,13): warning BRF031: unknown language 'fq': its label shows the code as written; did you mean 'fa' (Persian), 'ff' (Fulah), 'fi' (Finnish)?"],
            site.Diagnostics);
        var page = site.Page("briefings/a/index.html");
        Assert.Contains("""<p class="original-label">Original (fq):</p>""", page);
        Assert.Contains("""<blockquote class="original" lang="fq" dir="ltr">""", page);
    }

    [Fact]
    public void A_language_name_written_for_its_code_is_told_the_code()
    {
        Assert.Equal(["briefings/a.md(10,13): warning BRF031: unknown language 'Persian': its label shows the code as written; did you mean 'fa' (Persian)?"],
            TestSite.Build(QuoteSite("Persian")).Diagnostics);
    }

    [Fact]
    public void An_Arabic_site_is_right_to_left_from_the_html_element()
    {
        var site = TestSite.Build("""
            -- site.yml --
            title: موجز
            base_url: https://example.org/
            language: ar
            -- briefings/a.md --
            ---
            title: مكالمة
            date: 2025-06-15
            countries: [AZ]
            ---
            نص.
            """).Clean();
        foreach (var path in new[] { "index.html", "briefings/a/index.html", "404.html" })
        {
            var page = site.Page(path);
            Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">", page);
            Assert.Contains("""<meta property="og:locale" content="ar">""", page);
        }

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">", TestSite.Build("-- briefings/a.md --\n---\ntitle: A\ndate: 2025-06-15\ncountries: [AZ]\n---\nB.\n").Clean().Page("index.html"));
    }

    [Fact]
    public void An_unknown_site_language_is_a_warning_and_the_site_stays_left_to_right()
    {
        var site = TestSite.Build("-- site.yml --\ntitle: T\nbase_url: https://example.org/\nlanguage: qar\n");
        Assert.Equal(["site.yml(3,11): warning BRF031: unknown language 'qar': pages are marked left to right; did you mean 'ar' (Arabic), 'aa' (Afar), 'ab' (Abkhazian)?"],
            site.Diagnostics);
        Assert.Contains("""<html lang="qar" dir="ltr">""", site.Page("index.html"));
    }

    [Fact]
    public void A_site_language_with_a_region_gives_an_OpenGraph_locale_with_it()
    {
        var page = TestSite.Build("-- site.yml --\ntitle: T\nbase_url: https://example.org/\nlanguage: fa-Arab-IR\n").Clean().Page("index.html");
        Assert.Contains("""<html lang="fa-Arab-IR" dir="rtl">""", page);
        Assert.Contains("""<meta property="og:locale" content="fa_IR">""", page);
    }

    [Fact]
    public void Names_that_may_mix_scripts_are_isolated_in_headings_lists_and_attributions()
    {
        var site = TestSite.Build(QuoteSite("fa")).Clean();
        var briefing = site.Page("briefings/a/index.html");
        Assert.Contains("""<h1 dir="auto">A call</h1>""", briefing);
        Assert.Contains("""<a href="/people/abbas-araghchi/"><bdi>عباس عراقچی</bdi></a>""", briefing);
        Assert.Contains("""<cite><a href="/people/abbas-araghchi/"><bdi>عباس عراقچی</bdi></a></cite>""", briefing);
        Assert.Contains("""<h1 dir="auto">عباس عراقچی</h1>""", site.Page("people/abbas-araghchi/index.html"));
        Assert.Contains("""<h2 dir="auto"><a href="/briefings/a/">A call</a></h2>""", site.Page("briefings/index.html"));
    }

    [Fact]
    public void The_stylesheet_names_no_physical_side_so_it_mirrors_for_right_to_left()
    {
        var css = File.ReadAllText(Path.Combine(Repository.Theme, "assets", "style.css"));
        // Gradients' directions are values, not sides of a box; the scroll shadows they draw are on both edges.
        var declarations = Regex.Replace(css, @"/\*.*?\*/|(linear|radial)-gradient\([^;]*?\)[^,;]*", "", RegexOptions.Singleline);
        Assert.DoesNotMatch(@"(margin|padding|border)-(left|right)|[\s{;](left|right)\s*:|text-align:\s*(left|right)|float:\s*(left|right)", declarations);
    }
}
