using System.Text;

namespace Briefing.Benchmarks;

/// <summary>
/// Writes the same corpus as a Hugo site: briefings under content/briefings/&lt;year&gt;/, a term page
/// (<c>_index.md</c>) for every person (name, role, bio) and country (name), the layouts of
/// <see cref="HugoTemplates"/>, and a <c>related</c> environment that switches on related content.
/// </summary>
public sealed class HugoSiteWriter(string siteFolder, bool withRelated)
{
    /// <summary>Writes the configuration, layouts, section pages and the people's and countries' term pages.</summary>
    public void WriteSiteAndPeople(IReadOnlyList<SyntheticPerson> people)
    {
        TextFile.Write(Path.Combine(siteFolder, "config.toml"), HugoTemplates.Config(withRelated));
        foreach (var (path, text) in HugoTemplates.Files) TextFile.Write(Path.Combine(siteFolder, path), text);
        foreach (var person in people)
        {
            TextFile.Write(Path.Combine(siteFolder, "content", "people", person.Id, "_index.md"),
                $"---\ntitle: {YamlText.Quote(person.Name)}\nrole: {YamlText.Quote(person.Role)}\n" +
                $"country: {YamlText.Quote(person.Country.Name)}\n---\n{person.Bio}\n");
        }

        foreach (var country in CorpusVocabulary.Countries)
        {
            TextFile.Write(Path.Combine(siteFolder, "content", "countries", country.Code.ToLowerInvariant(), "_index.md"),
                $"---\ntitle: {YamlText.Quote(country.Name)}\n---\n");
        }
    }

    /// <summary>Writes <c>content/briefings/&lt;year&gt;/&lt;slug&gt;.md</c>; the permalink is <c>/briefings/&lt;slug&gt;/</c> as in ours.</summary>
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
        // Dates inside lists are quoted: templates sort and print them as the same text ours shows.
        foreach (var e in briefing.Events)
        {
            text.Append("  - date: ").Append(YamlText.Quote(YamlText.Date(e.Date))).Append('\n')
                .Append("    title: ").Append(YamlText.Quote(e.Title)).Append('\n')
                .Append("    countries: ").Append(YamlText.List(e.Countries.Select(c => c.Code))).Append('\n');
        }

        text.Append(briefing.Quotes.Count > 0 ? "quotes:\n" : "quotes: []\n");
        foreach (var q in briefing.Quotes)
        {
            text.Append("  - by: ").Append(YamlText.Quote(q.By.Id)).Append('\n')
                .Append("    name: ").Append(YamlText.Quote(q.By.Name)).Append('\n')
                .Append("    text: ").Append(YamlText.Quote(q.Text)).Append('\n')
                .Append("    date: ").Append(YamlText.Quote(YamlText.Date(q.Date))).Append('\n');
        }

        text.Append("---\n").Append(briefing.Body);
        var year = briefing.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        TextFile.Write(Path.Combine(siteFolder, "content", "briefings", year, briefing.Slug + ".md"), text.ToString());
    }
}
