using Briefing.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Diagnostics;

/// <summary>
/// Mistakes a new author makes in front matter, each with the message and position of its real cause,
/// not of wherever the YAML reader happened to give up.
/// </summary>
public sealed class AuthorMistakeTests
{
    private static SiteResult Briefing(string frontMatter, string body = "Body.", bool strict = false) =>
        TestSite.Build($"-- briefings/a.md --\n---\n{frontMatter}\n---\n{body}\n", strict);

    [Theory]
    [InlineData("\"AZAL cancels flights\"# note")]
    [InlineData("'AZAL cancels flights'# note")]
    public void A_hash_right_after_a_closing_quote_is_not_taken_for_a_comment(string title)
    {
        Briefing($"title: {title}\ndate: 2025-06-15\ncountries: [AZ]").FailsWith(
            "briefings/a.md(2,30): error BRF004: '#' right after a closing quote does not start a comment; put a space before the '#' to start a comment, or move the '#' inside the quotes");
    }

    [Fact]
    public void A_hash_right_after_a_quoted_list_item_is_not_taken_for_a_comment()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ, \"TR\"#x]").FailsWith(
            "briefings/a.md(4,21): error BRF004: '#' right after a closing quote does not start a comment; put a space before the '#' to start a comment, or move the '#' inside the quotes");
    }

    [Fact]
    public void Text_after_a_closing_double_quote_says_how_to_write_a_quote_inside()
    {
        Briefing("title: \"Iran \"welcomes\" the call\"\ndate: 2025-06-15\ncountries: [AZ]").FailsWith(
            "briefings/a.md(2,14): error BRF004: the quoted value ends at this quote, but more text follows; put the whole value inside the quotes (write a quote inside double quotes as \\\")");
    }

    [Fact]
    public void Text_after_a_closing_single_quote_says_how_to_write_an_apostrophe_inside()
    {
        Briefing("title: 'Azerbaijan's airspace'\ndate: 2025-06-15\ncountries: [AZ]").FailsWith(
            "briefings/a.md(2,19): error BRF004: the quoted value ends at this quote, but more text follows; put the whole value inside the quotes (write a ' inside single quotes as '')");
    }

    [Fact]
    public void A_quote_that_is_never_closed_is_reported_where_it_opens()
    {
        Briefing("title: \"AZAL cancels flights\ndate: 2025-06-15\ncountries: [AZ]").FailsWith(
            "briefings/a.md(2,8): error BRF004: a value in double quotes is not closed; add the closing '\"' (write a quote inside it as \\\")");
    }

    [Fact]
    public void A_closed_quoted_value_whose_next_line_is_not_indented_asks_for_indentation()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ]\nsummary: \"Flights are cancelled\nuntil Monday.\"").FailsWith(
            "briefings/a.md(6,1): error BRF004: the value in double quotes that starts on line 5 goes on to this line, which must then be indented more than the key 'summary': close the quote on line 5, or indent this line by at least 1 space");
    }

    [Fact]
    public void A_flow_mapping_over_several_lines_is_read()
    {
        var site = Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ]\nsources:\n  - {name: APA News,\n     url: https://apa.az/}\n  - {\n      name: Report,\n      url: https://report.az/\n    }");
        Assert.Contains("https://report.az/", site.Clean().Page("briefings/a/index.html"));
    }

    [Fact]
    public void A_closed_flow_mapping_whose_next_line_is_not_indented_enough_asks_for_indentation()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ]\nsources:\n  - {name: APA News,\n  url: https://apa.az/}").FailsWith(
            "briefings/a.md(7,3): error BRF004: this line is inside the '{...}' that starts on line 6, so it must be indented more than the '-' it belongs to: indent it by at least 3 spaces");
    }

    [Fact]
    public void A_closed_flow_list_whose_next_line_is_not_indented_asks_for_indentation()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ,\nTR]").FailsWith(
            "briefings/a.md(5,1): error BRF004: this line is inside the '[...]' that starts on line 4, so it must be indented more than the key 'countries' it belongs to: indent it by at least 1 space");
    }

    [Fact]
    public void A_missing_comma_in_a_flow_mapping_is_reported_at_the_end_of_its_line()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ]\nsources:\n  - {name: APA News\n     url: https://apa.az/}").FailsWith(
            "briefings/a.md(6,20): error BRF004: a ',' is missing at the end of this line, so the next line is read as more of the value of 'name'; separate the entries of a '{...}' with ','");
    }

    [Fact]
    public void A_flow_list_that_is_never_closed_is_reported_where_it_opens()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ, TR\npeople: [x]").FailsWith(
            "briefings/a.md(4,12): error BRF004: a list started with '[' is not closed; add ']' at its end");
    }

    [Fact]
    public void A_key_whose_colon_is_on_the_next_line_inside_braces_is_explained()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ]\nsources:\n  - {name\n    : APA}").FailsWith(
            "briefings/a.md(7,5): error BRF004: a ':' at the start of a line inside '{...}' cannot be read; put the ':' on line 6, right after its key");
    }

    [Fact]
    public void A_three_space_indent_in_a_list_item_is_inconsistent_indentation()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ]\nevents:\n  - date: 2025-06-14\n   title: Call").FailsWith(
            "briefings/a.md(7,4): error BRF004: inconsistent indentation: this line is indented 3 spaces, but the lines it can belong with are indented 0, 2 or 4; indent it by as many spaces as the key or '-' it belongs with");
    }

    [Fact]
    public void A_list_item_indented_less_than_the_one_before_is_inconsistent_indentation()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries:\n   - AZ\n  - TR").FailsWith(
            "briefings/a.md(6,3): error BRF004: inconsistent indentation: this line is indented 2 spaces, but the lines it can belong with are indented 0 or 3; indent it by as many spaces as the key or '-' it belongs with");
    }

    [Fact]
    public void A_second_event_indented_one_space_too_many_is_inconsistent_indentation()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ]\nevents:\n  - date: 2025-06-14\n    title: Call\n   - date: 2025-06-15\n     title: Visit").FailsWith(
            "briefings/a.md(8,4): error BRF004: inconsistent indentation: this line is indented 3 spaces, but the lines it can belong with are indented 0, 2 or 4; indent it by as many spaces as the key or '-' it belongs with");
    }

    [Fact]
    public void A_key_indented_under_a_value_is_read_as_more_of_that_value()
    {
        Briefing("title: A\n  date: 2025-06-15\ncountries: [AZ]").FailsWith(
            "briefings/a.md(3,3): error BRF004: this line is indented more than 'title' on line 2, so it is read as more of the value of 'title', where ': ' is not allowed; if 'date' is a new key, indent it like 'title'; if it is more text, put the whole value in quotes");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("  ")]
    public void A_blank_line_holding_only_a_tab_is_accepted(string spaces)
    {
        Briefing($"title: A\n{spaces}\t\ndate: 2025-06-15\ncountries:\n  - AZ\n\t\n  - TR\nsummary: |\n  One.\n\t\n  Two.").Clean();
    }

    [Fact]
    public void A_tab_that_indents_a_key_is_still_an_error()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ]\nsources:\n  - name: A\n\t url: https://a.az/").FailsWith(
            "briefings/a.md(7,1): error BRF004: tab characters cannot indent YAML; indent with spaces");
    }

    [Fact]
    public void An_unquoted_colon_in_a_title_asks_for_quotes()
    {
        Briefing("title: Azerbaijan: a new policy\ndate: 2025-06-15\ncountries: [AZ]").FailsWith(
            "briefings/a.md(2,18): error BRF004: a value that contains ': ' must be in quotes; write title: \"Azerbaijan: a new policy\"");
    }

    [Fact]
    public void An_unquoted_colon_in_a_list_item_value_asks_for_quotes()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ]\nevents:\n  - date: 2025-06-14\n    title: Baku: talks open").FailsWith(
            "briefings/a.md(7,16): error BRF004: a value that contains ': ' must be in quotes; write title: \"Baku: talks open\"");
    }

    [Fact]
    public void A_missing_space_after_a_dash_in_a_list_is_named()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries:\n  - AZ\n  -TR").FailsWith(
            "briefings/a.md(6,3): error BRF004: a list item needs a space after '-': write '- TR'");
    }

    [Fact]
    public void A_list_written_without_spaces_after_its_dashes_is_a_warning_at_the_first_dash()
    {
        var site = Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ]\ntags:\n  -diplomacy\n  -airspace");
        Assert.Equal(
            ["briefings/a.md(6,3): warning BRF027: '-diplomacy -airspace' is read as text, not as a list: put a space after each '-' that starts an item"],
            site.Diagnostics);
    }

    [Fact]
    public void A_list_item_indented_under_a_value_is_a_warning_that_names_the_key()
    {
        var site = Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ]\ntags: diplomacy\n  - airspace");
        Assert.Equal(
            ["briefings/a.md(6,3): warning BRF027: this '- ' line is read as more of the text of 'tags' ('diplomacy - airspace'), not as a list item; to make 'tags' a list, leave nothing after 'tags:' and put each item on its own '- ' line"],
            site.Diagnostics);
    }

    [Fact]
    public void A_list_item_indented_under_another_item_is_a_warning()
    {
        var site = Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ]\ntags:\n  - diplomacy\n    - airspace");
        Assert.Equal(
            ["briefings/a.md(7,5): warning BRF027: this '- ' line is read as more of the list item on line 6 ('diplomacy - airspace'), not as a new item; indent its '-' like the one on line 6"],
            site.Diagnostics);
    }

    [Fact]
    public void A_list_item_after_a_key_that_has_a_value_is_explained()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries: AZ\n- TR").FailsWith(
            "briefings/a.md(5,1): error BRF004: a '- ' list item cannot follow 'countries: AZ' on line 4, which already has a value; to make 'countries' a list, leave nothing after 'countries:' and put each item on its own '- ' line");
    }

    [Fact]
    public void A_line_at_a_list_indentation_without_a_dash_offers_both_fixes()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ]\nevents:\n  - date: 2025-06-14\n  title: Call").FailsWith(
            "briefings/a.md(7,3): error BRF004: this line is indented like the '-' lines of the list above but does not start with '- '; indent it further to add it to the item above, or write - title: Call for a new item");
    }

    [Theory]
    [InlineData("date 2025-06-15", "this line has no ':' after its key; write date: 2025-06-15")]
    [InlineData("date:2025-06-15", "a ':' after a key needs a space after it; write date: 2025-06-15")]
    public void A_key_without_its_colon_and_space_is_named(string line, string message)
    {
        Briefing($"title: A\n{line}\ncountries: [AZ]").FailsWith($"briefings/a.md(3,1): error BRF004: {message}");
    }

    [Fact]
    public void A_closing_bracket_too_many_is_named()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ]]").FailsWith(
            "briefings/a.md(4,16): error BRF004: this ']' closes nothing; remove it, or add the '[' it was meant to close");
    }

    [Fact]
    public void Block_text_that_is_not_indented_is_named()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ]\nsummary: >\nFlights are cancelled.").FailsWith(
            "briefings/a.md(6,1): error BRF004: the text of 'summary' after '>' must be indented more than the key 'summary': indent this line and the ones after it by at least 1 space");
    }

    [Fact]
    public void Countries_written_without_brackets_say_how_to_list_them()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries: AZ, TR").FailsWith(
            "briefings/a.md(4,12): error BRF012: unknown country 'AZ, TR'; to list several countries, put them in brackets: [AZ, TR]");
    }

    [Fact]
    public void A_list_started_on_the_line_of_its_key_is_explained()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries: - AZ").FailsWith(
            "briefings/a.md(4,12): error BRF004: a list cannot start on the line of its key; put 'countries:' alone on its line and each item on its own line below it, starting with '- ', or write countries: [AZ]");
    }

    [Theory]
    [InlineData("2025-6-15", "2025-06-15")]
    [InlineData("2025-06-5", "2025-06-05")]
    [InlineData("2025-1-1", "2025-01-01")]
    public void A_date_without_leading_zeros_is_shown_written_out(string written, string expected)
    {
        Briefing($"title: A\ndate: {written}\ncountries: [AZ]").FailsWith(
            $"briefings/a.md(3,7): error BRF010: 'date' must be a date written YYYY-MM-DD, not '{written}'; write it {expected}");
    }

    [Fact]
    public void A_date_in_other_digits_is_malformed_not_a_crash()
    {
        Briefing("title: A\ndate: \u0662\u0660\u0662\u0665-06-15\ncountries: [AZ]").FailsWith(
            "briefings/a.md(3,7): error BRF010: 'date' must be a date written YYYY-MM-DD, not '\u0662\u0660\u0662\u0665-06-15'");
    }

    [Fact]
    public void Strict_mode_does_not_promise_a_page_for_an_unknown_person()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ]\npeople: [Nobody Known]", strict: true).FailsWith(
            "briefings/a.md(5,10): error BRF013: no person file matches 'Nobody Known'; add people/nobody-known.md or use the id of an existing person");
    }

    [Fact]
    public void Strict_mode_still_suggests_the_closest_person()
    {
        TestSite.Build("-- people/jeyhun-bayramov.md --\n---\nname: Jeyhun Bayramov\n---\nBio.\n" +
            "-- briefings/a.md --\n---\ntitle: A\ndate: 2025-06-15\ncountries: [AZ]\npeople: [jeyhun-bayramow]\n---\nBody.\n", strict: true).FailsWith(
            "briefings/a.md(5,10): error BRF013: no person file matches 'jeyhun-bayramow'; did you mean 'jeyhun-bayramov'?");
    }

    [Fact]
    public void Control_characters_in_a_key_are_shown_escaped()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ]\nsum\u0007mary: x").FailsWith(
            "briefings/a.md(5,1): error BRF006: unknown key 'sum\\u0007mary' in briefing; did you mean 'summary'?",
            "briefings/a.md(5,4): error BRF028: control character U+0007 cannot appear in a web page or feed; delete it (it is invisible, often pasted from a PDF or a word processor)");
    }

    [Fact]
    public void Line_and_paragraph_separators_in_a_link_are_shown_escaped()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ]", "See [x](<javascript:a\u2028b\u2029c\u200Bd>).").FailsWith(
            "briefings/a.md(6,5): error BRF016: link to 'javascript:a\\u2028b\\u2029c\\u200Bd' is not allowed: use an http, https or mailto URL, or a relative path");
    }

    [Fact]
    public void Every_diagnostic_escapes_invisible_and_control_characters_in_its_one_line()
    {
        var d = new Diagnostic(Severity.Error, "BRF000", new SourceLocation("a\nb.md", 1, 1), "x\u0000\t\r\n\u001B[31m\u007F\u009B\u200B\u200E\u202E\u2066\uFEFFy é “ok”");
        Assert.Equal("a\\u000Ab.md(1,1): error BRF000: x\\u0000\\u0009\\u000D\\u000A\\u001B[31m\\u007F\\u009B\\u200B\\u200E\\u202E\\u2066\\uFEFFy é “ok”", d.ToString());
    }

    [Theory]
    [InlineData("\u0008", "control character U+0008")]
    [InlineData("\u000C", "control character U+000C")]
    [InlineData("\u007F", "control character U+007F")]
    [InlineData("\uFDD0", "noncharacter U+FDD0")]
    [InlineData("\uFFFE", "noncharacter U+FFFE")]
    [InlineData("\U0001FFFF", "noncharacter U+1FFFF")]
    public void A_character_no_page_or_feed_can_carry_is_an_error_where_it_stands(string character, string named)
    {
        Briefing("title: A" + character + "B\ndate: 2025-06-15\ncountries: [AZ]", "Body " + character + " and " + character + ".").FailsWith(
            $"briefings/a.md(2,9): error BRF028: {named} cannot appear in a web page or feed; delete it (it is invisible, often pasted from a PDF or a word processor)",
            $"briefings/a.md(6,6): error BRF028: {named} cannot appear in a web page or feed; delete it (it is invisible, often pasted from a PDF or a word processor)");
    }

    [Fact]
    public void A_next_line_control_in_the_body_is_an_error()
    {
        // In front matter YAML reads U+0085 as a line break, so it is tried in the body.
        Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ]", "Body\u0085.").FailsWith(
            "briefings/a.md(6,5): error BRF028: control character U+0085 cannot appear in a web page or feed; delete it (it is invisible, often pasted from a PDF or a word processor)");
    }

    [Fact]
    public void Tabs_line_separators_and_characters_outside_the_basic_plane_are_published()
    {
        var result = Briefing("title: \"A\tB \u2028 \u2029 \U0001F600 \uFFFD\"\ndate: 2025-06-15\ncountries: [AZ]", "Body \t \u2028 \U0001F600.");
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("\\a", "control character U+0007")]
    [InlineData("\\0", "control character U+0000")]
    [InlineData("\\x1b", "control character U+001B")]
    [InlineData("\\N", "control character U+0085")]
    [InlineData("\\uFFFF", "noncharacter U+FFFF")]
    public void A_YAML_escape_that_makes_such_a_character_is_an_error_at_its_text(string escape, string named)
    {
        Briefing($"title: \"A{escape}B\"\ndate: 2025-06-15\ncountries: [AZ]").FailsWith(
            $"briefings/a.md(2,8): error BRF028: an escape in this text makes {named}, which cannot appear in a web page or feed; remove the escape");
    }

    [Fact]
    public void A_YAML_escape_for_a_line_separator_is_published()
    {
        Assert.Empty(Briefing("title: \"A\\u2028B\\LC\"\ndate: 2025-06-15\ncountries: [AZ]").Diagnostics);
    }
}
