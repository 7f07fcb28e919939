using Briefing.Benchmarks;

namespace Briefing.Tests.Benchmarks;

public sealed class EditPlannerTests
{
    private const string Briefing = """
        ---
        title: "Armenia and Iran sign an accord"
        date: 2021-03-04
        countries: ["AM", "IR"]
        events:
          - date: 2021-03-02
            title: "Talks"
            countries: ["AM"]
        ---
        The body's own lines are left alone:
        title: "a body line"
        date: 1999-01-01

        """;

    [Fact]
    public void A_title_edit_appends_the_marker_to_the_title_and_keeps_the_first_country()
    {
        var plan = EditPlanner.Plan(Briefing, EditKind.Title, 0, "qzx0e0q");
        Assert.Equal(Briefing.Replace("sign an accord\"", "sign an accord qzx0e0q\"", StringComparison.Ordinal), plan.Text);
        Assert.Contains("\ntitle: \"a body line\"\n", plan.Text, StringComparison.Ordinal);
        Assert.Equal("AM", plan.FirstCountry);
    }

    [Fact]
    public void A_countries_edit_puts_a_country_the_briefing_is_not_about_first()
    {
        // Edit 0 starts at the vocabulary's first country, AZ; edit 1 at its eighth, RU.
        var plan = EditPlanner.Plan(Briefing, EditKind.Countries, 0, "m");
        Assert.Contains("\ncountries: [\"AZ\", \"AM\", \"IR\"]\n", plan.Text, StringComparison.Ordinal);
        Assert.Contains("    countries: [\"AM\"]\n", plan.Text, StringComparison.Ordinal);
        Assert.Equal("AZ", plan.FirstCountry);
        Assert.Equal("RU", EditPlanner.Plan(Briefing, EditKind.Countries, 1, "m").FirstCountry);
    }

    [Fact]
    public void A_countries_edit_skips_countries_the_briefing_already_has()
    {
        var plan = EditPlanner.Plan(Briefing.Replace("[\"AM\", \"IR\"]", "[\"AZ\", \"AM\"]", StringComparison.Ordinal), EditKind.Countries, 0, "m");
        Assert.Equal("GE", plan.FirstCountry); // AZ and AM are taken; GE comes next in the vocabulary
    }

    [Fact]
    public void A_date_edit_moves_only_the_briefings_date_later()
    {
        var plan = EditPlanner.Plan(Briefing, EditKind.Date, 3, "m");
        Assert.Contains("\ndate: 2021-03-17\n", plan.Text, StringComparison.Ordinal); // 10 + 3 days later
        Assert.Contains("  - date: 2021-03-02\n", plan.Text, StringComparison.Ordinal);
        Assert.Contains("\ndate: 1999-01-01\n", plan.Text, StringComparison.Ordinal);
        Assert.Equal("AM", plan.FirstCountry);
    }

    [Fact]
    public void A_file_without_front_matter_is_a_failure_not_a_silent_non_edit()
    {
        Assert.Throws<BenchmarkFailureException>(() => EditPlanner.Plan("no front matter\n", EditKind.Title, 0, "m"));
        Assert.Throws<BenchmarkFailureException>(() => EditPlanner.Plan("---\ndate: 2021-01-01\ncountries: [\"AM\"]\n---\n", EditKind.Title, 0, "m"));
    }

    [Fact]
    public void Kinds_alternate_title_and_structure_and_structure_alternates_countries_and_date()
    {
        Assert.Equal([EditKind.Title, EditKind.Countries, EditKind.Title, EditKind.Date, EditKind.Title, EditKind.Countries],
            Enumerable.Range(0, 6).Select(EditPlanner.KindOf));
    }

    [Fact]
    public void Markers_of_different_edits_and_servers_never_contain_one_another()
    {
        var markers = Enumerable.Range(0, 120).SelectMany(e => Enumerable.Range(0, 3).Select(s => EditPlanner.Marker(e, s))).ToList();
        Assert.All(markers, a => Assert.Single(markers, b => b.Contains(a, StringComparison.Ordinal)));
    }

    [Fact]
    public void Spread_picks_distinct_files_across_the_whole_sorted_list()
    {
        var files = Enumerable.Range(0, 100).Select(i => $"briefings/{i:D3}.md").Reverse().ToList();
        Assert.Equal(["briefings/012.md", "briefings/037.md", "briefings/062.md", "briefings/087.md"], EditPlanner.Spread(files, 4));
        Assert.Equal(100, EditPlanner.Spread(files, 100).Distinct().Count());
        Assert.Throws<BenchmarkFailureException>(() => EditPlanner.Spread(files, 101));
    }

    [Fact]
    public void A_target_names_the_same_briefing_in_both_sites_and_the_edit_is_the_same_in_both()
    {
        var folder = Directory.CreateTempSubdirectory("briefing-edit-").FullName;
        try
        {
            var (input, hugo) = (Path.Combine(folder, "input"), Path.Combine(folder, "hugo"));
            CorpusGenerator.Write(6, 1, input, hugo);
            var ours = Directory.EnumerateFiles(Path.Combine(input, "briefings"), "*.md", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(input, f).Replace(Path.DirectorySeparatorChar, '/'));
            foreach (var (target, edit) in EditPlanner.Spread(ours, 6).Select(EditTarget.From).Select((t, i) => (t, i)))
            {
                var hugoFile = Path.Combine(hugo, target.HugoPath);
                Assert.True(File.Exists(hugoFile), $"{target.OursPath} has no Hugo twin at {target.HugoPath}");
                var kind = EditPlanner.KindOf(edit);
                var a = EditPlanner.Plan(File.ReadAllText(Path.Combine(input, target.OursPath)), kind, edit, "qzx0e0q");
                var b = EditPlanner.Plan(File.ReadAllText(hugoFile), kind, edit, "qzx0e0q");
                Assert.Equal(a.FirstCountry, b.FirstCountry);
                Assert.Equal(FrontLines(a.Text), FrontLines(b.Text));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        static string[] FrontLines(string text) => text.Split('\n').Where(l => l.StartsWith("title: ", StringComparison.Ordinal)
            || l.StartsWith("date: ", StringComparison.Ordinal) || l.StartsWith("countries: ", StringComparison.Ordinal)).ToArray();
    }

    [Fact]
    public void A_target_strips_the_date_from_our_file_name_for_the_slug()
    {
        var target = EditTarget.From("briefings/2021/2021-03-04-armenia-and-iran-sign-an-accord-12.md");
        Assert.Equal(new EditTarget("briefings/2021/2021-03-04-armenia-and-iran-sign-an-accord-12.md",
            "content/briefings/2021/armenia-and-iran-sign-an-accord-12.md", "armenia-and-iran-sign-an-accord-12"), target);
        Assert.Equal("/briefings/armenia-and-iran-sign-an-accord-12/", target.PagePath);
    }
}
