namespace Briefing.Cli;

/// <summary>
/// The files <c>briefing new site</c> writes: <c>input/</c> with site settings, one example briefing and the person
/// it quotes, and a <c>.gitignore</c> for the built site. Every text is plainly an example and states no fact
/// about anyone; the briefing is dated the day it is written.
/// </summary>
public static class StarterSite
{
    /// <summary>The example briefing's path in the input folder, for a site made on <paramref name="today"/> (<c>yyyy-MM-dd</c>).</summary>
    public static string BriefingPath(string today) => $"briefings/{today}-example-briefing.md";

    /// <summary>The files, paths relative to the site's folder.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files(string today) =>
    [
        (".gitignore", "# The built site: made again by every build.\n_site/\n"),
        ("input/site.yml", SiteYml),
        ("input/" + BriefingPath(today), Briefing(today)),
        ("input/people/example-person.md", Person),
    ];

    private const string SiteYml = """
        # Site settings. base_url is where the site will be published; links are made under its path.
        title: Example Briefings
        base_url: https://example.org/
        language: en
        description: An example site made by briefing new site; say here, in one sentence, what the site covers.

        """;

    private static string Briefing(string today) => $"""
        ---
        title: Example briefing
        date: {today}
        summary: An example briefing, written by briefing new site to show what a briefing file holds.
        countries: [AZ]
        people: [example-person]
        tags: [example]
        sources:
          - name: Example source
            url: https://example.org/
        events:
          - date: {today}
            title: Example event, shown on the timeline and on the pages of its country and people
            people: [example-person]
            source: Example source
        quotes:
          - by: example-person
            text: This is an example quote; a real one holds the exact words as they were published.
            context: example context, such as a press conference
            source: Example source
        ---
        This file is an example. A briefing is Markdown with YAML front matter: the front matter says which
        countries and people it is about and lists its sources, dated events and quotes, and the site links
        each of them both ways.

        ## Writing your own

        Add a file to `briefings/` (`briefing new briefing "Title" --country AZ` writes one dated today), then
        build the site with `briefing build`. Delete this file and `people/example-person.md` when you no longer
        need them.

        """;

    private const string Person = """
        ---
        name: Example Person
        role: Example role
        ---
        An example person file. Its file name, `example-person`, is the id that briefings use in `people:` and
        in a quote's `by:`.

        """;
}
