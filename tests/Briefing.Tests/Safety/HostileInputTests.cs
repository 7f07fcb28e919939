using System.Text;
using Briefing.Output;
using Briefing.Rendering;
using Briefing.Tests.Support;

namespace Briefing.Tests.Safety;

/// <summary>One test per row of the bad-input table: broken or hostile files get a clear error, never a crash.</summary>
public sealed class HostileInputTests
{
    private static SiteResult Briefing(string frontMatter, string body = "Body.", string name = "a") =>
        TestSite.Build($"-- briefings/{name}.md --\n---\n{frontMatter}\n---\n{body}\n");

    private const string Head = "title: A\ndate: 2025-06-15\ncountries: [AZ]";

    [Fact]
    public void Draft_written_as_1_is_an_error()
    {
        Briefing(Head + "\ndraft: 1").FailsWith("briefings/a.md(5,8): error BRF019: 'draft' must be true or false, not '1'");
    }

    [Theory]
    [InlineData("2025-06-15T23:30:00-11:00")]
    [InlineData("2025-06-15T00:30:00+14:00")]
    [InlineData("2025-06-15 12:00:00Z")]
    public void A_timestamp_keeps_the_calendar_date_written(string timestamp)
    {
        var page = Briefing($"title: A\ndate: {timestamp}\ncountries: [AZ]").Clean().Page("briefings/a/index.html");
        Assert.Contains("""<time datetime="2025-06-15">15 June 2025</time>""", page);
    }

    [Fact]
    public void An_alias_bomb_stops_at_the_first_anchor()
    {
        var bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var c = 'b'; c <= 'i'; c++)
            bomb.Append($"{c}: &{c} [{string.Join(',', Enumerable.Repeat($"*{(char)(c - 1)}", 9))}]\n");
        Briefing(Head + "\n" + bomb.ToString().TrimEnd()).FailsWith(
            "briefings/a.md(5,4): error BRF007: YAML anchor '&a' is not accepted; write each value out in full");
    }

    [Theory]
    [InlineData(">")]
    [InlineData("- ")]
    [InlineData("*")]
    public void Markdown_nested_ten_thousand_levels_is_an_error_not_a_crash(string level)
    {
        var body = string.Concat(Enumerable.Repeat(level, 10_000)) + "x" + (level == "*" ? new string('*', 10_000) : "");
        Briefing(Head, body).FailsWith(
            "briefings/a.md(6,1): error BRF022: the Markdown is nested too deeply (quotes, lists or emphasis inside each other); flatten it");
    }

    [Fact]
    public void Ten_thousand_open_brackets_render_as_text()
    {
        var page = Briefing(Head, new string('[', 10_000) + "x" + new string(']', 10_000)).Clean().Page("briefings/a/index.html");
        Assert.Contains(new string('[', 10_000) + "x", page);
    }

    [Fact]
    public void An_unclosed_list_bracket_points_at_the_bracket()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ, IR").FailsWith(
            "briefings/a.md(4,12): error BRF004: a list started with '[' is not closed; add ']' at its end");
    }

    [Fact]
    public void An_unclosed_quote_says_how_to_close_it()
    {
        Briefing("title: \"A\ndate: 2025-06-15\ncountries: [AZ]").FailsWith(
            "briefings/a.md(2,8): error BRF004: a value in double quotes is not closed; add the closing '\"' (write a quote inside it as \\\")");
    }

    [Fact]
    public void A_colon_in_an_unquoted_value_says_to_quote_it()
    {
        Briefing("title: Talks: day one\ndate: 2025-06-15\ncountries: [AZ]").FailsWith(
            "briefings/a.md(2,13): error BRF004: a value that contains ': ' must be in quotes; write title: \"Talks: day one\"");
    }

    [Fact]
    public void A_fifty_megabyte_file_is_refused_before_it_is_parsed()
    {
        var files = TestSite.Parse(TestSite.SiteYml).ToList();
        var big = Encoding.UTF8.GetBytes("---\ntitle: A\n---\n" + new string('x', 50 * 1024 * 1024));
        files.Add(new("briefings/big.md", big));
        var site = new SiteResult(global::Briefing.Building.SiteBuilder.Build(files, global::Briefing.Loading.FolderReader.Read(Repository.Theme), new()));
        site.FailsWith("briefings/big.md(1,1): error BRF002: file is 50 MiB; the limit is 4 MiB per file");
    }

    [Theory]
    [InlineData("a/b", "; try 'a-b'")]
    [InlineData("CON", "")]
    [InlineData("con", "")]
    [InlineData("café", "; try 'cafe'")]
    [InlineData("-x-", "; try 'x'")]
    public void A_bad_slug_is_an_error(string slug, string hint)
    {
        Briefing(Head + $"\nslug: {slug}").FailsWith(
            $"briefings/a.md(5,7): error BRF014: slug '{slug}' must be lower-case letters, digits and single '-' between them (not a reserved name like 'con'){hint}");
    }

    [Fact]
    public void A_unicode_file_name_is_transliterated_to_an_ascii_url()
    {
        var site = Briefing(Head, name: "2025-06-15-Erdoğan-in-Bakı").Clean();
        Assert.Contains("briefings/erdogan-in-baki/index.html", site.Paths);
    }

    [Fact]
    public void Two_briefings_that_fold_to_one_url_name_both_files()
    {
        TestSite.Build($"-- briefings/Café.md --\n---\n{Head}\n---\nA.\n-- briefings/cafe.md --\n---\n{Head}\n---\nB.\n").FailsWith(
            "briefings/cafe.md(1,1): error BRF018: this briefing and briefings/Café.md would both be published at /briefings/cafe/; give one of them a different 'slug:'");
    }

    [Fact]
    public void Two_person_files_that_fold_to_one_url_name_both_files()
    {
        TestSite.Build("-- people/Ali-Hassan.md --\n---\nname: Ali Hassan\n---\nA.\n-- people/ali-hassan.md --\n---\nname: Ali Hassan Jr\n---\nB.\n").FailsWith(
            "people/ali-hassan.md(1,1): error BRF018: 'Ali Hassan Jr' (this file) and 'Ali Hassan' (people/Ali-Hassan.md) would both be published at /people/ali-hassan/, " +
            "as a file name becomes its URL in lower-case Latin letters; rename one of the files (people/ali-hassan-2.md, say): the file name is the person's id");
    }

    [Fact]
    public void A_static_file_where_a_generated_folder_goes_is_an_error()
    {
        TestSite.Build("-- static/quotes --\nnot a folder\n").FailsWith(
            "static/quotes(1,1): error BRF018: static file has the name of the generated folder /quotes/; move or rename it");
    }

    [Fact]
    public void A_country_page_with_5000_briefings_and_a_quote_index_over_1_MB_render_whole()
    {
        // Archives off (every list on its page), so the pages are as large as a site can ask for.
        var sb = new StringBuilder(TestSite.SiteYml + "\nlist_length: 100000\narchive_page_size: 100000\n");
        for (var i = 0; i < 5000; i++)
        {
            sb.Append($"-- briefings/b{i:D4}.md --\n---\ntitle: Briefing number {i}\ndate: 2025-06-15\ncountries: [AZ]\n");
            sb.Append($"quotes:\n  - by: Speaker {i % 7}\n    text: Quote number {i} with enough words to make the index large, {new string('w', 200)}\n---\nBody {i}.\n");
        }

        var site = TestSite.Build(sb.ToString());
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Errors));
        var country = site.Page("countries/azerbaijan/index.html");
        Assert.Equal(5000, System.Text.RegularExpressions.Regex.Matches(country, "<a href=\"/briefings/b[0-9]{4}/\">").Count);
        var quotes = site.Page("quotes/index.html");
        Assert.True(Encoding.UTF8.GetByteCount(quotes) > 1024 * 1024);
        Assert.Equal(5000, System.Text.RegularExpressions.Regex.Matches(quotes, "<div class=\"quote\"").Count);
        Assert.EndsWith("</html>\n", quotes);
    }

    [Fact]
    public void A_failure_in_the_middle_of_writing_keeps_the_previous_site_and_leaves_no_temporary_folder()
    {
        var root = Directory.CreateTempSubdirectory("briefing-write-").FullName;
        try
        {
            var output = Path.Combine(root, "_site");
            Directory.CreateDirectory(output);
            File.WriteAllText(Path.Combine(output, "index.html"), "previous");
            // "a" as a file, then "a/b" needs it as a folder: the write fails half-way.
            RenderedPage[] files = [new("index.html", "new"u8.ToArray()), new("a", "x"u8.ToArray()), new("a/b", "y"u8.ToArray())];
            Assert.ThrowsAny<IOException>(() => SiteWriter.Write(output, files));
            Assert.Equal("previous", File.ReadAllText(Path.Combine(output, "index.html")));
            Assert.Equal(["_site"], Directory.GetFileSystemEntries(root).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Two_files_at_one_path_fail_the_write_instead_of_the_second_silently_replacing_the_first()
    {
        var root = Directory.CreateTempSubdirectory("briefing-write-").FullName;
        try
        {
            var output = Path.Combine(root, "_site");
            RenderedPage[] files = [new("a/index.html", "first"u8.ToArray()), new("a/index.html", "second"u8.ToArray())];
            Assert.ThrowsAny<IOException>(() => SiteWriter.Write(output, files));
            Assert.Empty(Directory.GetFileSystemEntries(root));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_template_that_fails_while_rendering_fails_the_build_with_nothing_written()
    {
        var site = TestSite.Build($"-- theme/pages/person.html --\n{{{{ person.name | string.nosuchfunction }}}}\n-- people/x.md --\n---\nname: X\n---\nBio.\n");
        var error = Assert.Single(site.Errors);
        Assert.StartsWith("theme/pages/person.html(1,", error);
        Assert.Contains("while rendering /people/x/", error);
        Assert.Empty(site.Result.Files);
    }
}
