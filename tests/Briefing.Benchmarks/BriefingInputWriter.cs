using System.Text;

namespace Briefing.Benchmarks;

/// <summary>Writes the corpus as a Briefing input folder (docs/briefing-format.md): site.yml, people/, briefings/&lt;year&gt;/.</summary>
public sealed class BriefingInputWriter(string inputFolder)
{
    /// <summary>Writes site.yml and one file per person.</summary>
    public void WriteSiteAndPeople(IReadOnlyList<SyntheticPerson> people)
    {
        TextFile.Write(Path.Combine(inputFolder, "site.yml"),
            "title: \"Synthetic Briefings\"\nbase_url: \"https://example.org/\"\nlanguage: en\n" +
            "description: \"A generated corpus for comparing static-site generators.\"\n");
        foreach (var person in people)
        {
            TextFile.Write(Path.Combine(inputFolder, "people", person.Id + ".md"),
                $"---\nname: {YamlText.Quote(person.Name)}\ncountry: {YamlText.Quote(person.Country.Code)}\n" +
                $"role: {YamlText.Quote(person.Role)}\n---\n{person.Bio}\n");
        }
    }

    /// <summary>Writes <c>briefings/&lt;year&gt;/&lt;date&gt;-&lt;slug&gt;.md</c>; the format strips the date to get the slug.</summary>
    public void WriteBriefing(SyntheticBriefing briefing)
    {
        var text = new StringBuilder(briefing.Body.Length + 1024);
        text.Append("---\n")
            .Append("title: ").Append(YamlText.Quote(briefing.Title)).Append('\n')
            .Append("date: ").Append(YamlText.Date(briefing.Date)).Append('\n')
            .Append("countries: ").Append(YamlText.List(briefing.Countries.Select(c => c.Code))).Append('\n')
            .Append("people: ").Append(YamlText.List(briefing.People.Select(p => p.Id))).Append('\n')
            .Append("tags: ").Append(YamlText.List(briefing.Tags)).Append('\n')
            .Append("sources:\n")
            .Append("  - name: ").Append(YamlText.Quote(briefing.SourceName)).Append('\n')
            .Append("    url: ").Append(YamlText.Quote(briefing.SourceUrl)).Append('\n')
            .Append("events:\n");
        foreach (var e in briefing.Events)
        {
            text.Append("  - date: ").Append(YamlText.Date(e.Date)).Append('\n')
                .Append("    title: ").Append(YamlText.Quote(e.Title)).Append('\n')
                .Append("    countries: ").Append(YamlText.List(e.Countries.Select(c => c.Code))).Append('\n');
        }

        if (briefing.Quotes.Count > 0) text.Append("quotes:\n");
        foreach (var q in briefing.Quotes)
        {
            text.Append("  - by: ").Append(YamlText.Quote(q.By.Id)).Append('\n')
                .Append("    text: ").Append(YamlText.Quote(q.Text)).Append('\n')
                .Append("    date: ").Append(YamlText.Date(q.Date)).Append('\n')
                .Append("    source: ").Append(YamlText.Quote(briefing.SourceName)).Append('\n');
        }

        text.Append("---\n").Append(briefing.Body);
        var year = briefing.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var name = YamlText.Date(briefing.Date) + "-" + briefing.Slug + ".md";
        TextFile.Write(Path.Combine(inputFolder, "briefings", year, name), text.ToString());
    }
}
