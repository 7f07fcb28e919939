namespace Briefing.Benchmarks;

/// <summary>
/// Draws the corpus from one seeded <see cref="Random"/>: first the pool of people, then each briefing in
/// turn, so briefings can be written as they are drawn instead of held in memory (100,000 bodies are ~0.6 GB).
/// </summary>
public sealed class CorpusPlanner
{
    private static readonly DateOnly FirstDay = new(2020, 1, 1);
    private const int DaySpan = 5 * 365;

    private readonly Random random;
    private readonly BodyComposer composer;

    /// <summary>Starts a corpus for <paramref name="seed"/>, drawing a pool of N/5 people (at least 50).</summary>
    public CorpusPlanner(int briefings, int seed)
    {
        random = new Random(seed);
        composer = new BodyComposer(random);
        People = DrawPeople(Math.Max(50, briefings / 5));
    }

    /// <summary>The pool of people, in the order drawn; their ids are unique.</summary>
    public IReadOnlyList<SyntheticPerson> People { get; }

    /// <summary>Draws briefing number <paramref name="index"/>; call with 0, 1, 2, … in order.</summary>
    public SyntheticBriefing NextBriefing(int index)
    {
        var date = FirstDay.AddDays(random.Next(DaySpan));
        var countries = Pick.Distinct(random, CorpusVocabulary.Countries, random.Next(1, 5));
        var people = Pick.DistinctSparse(random, People, random.Next(1, 6));
        var tags = Pick.Distinct(random, CorpusVocabulary.Tags, random.Next(1, 4));
        var other = countries.Count > 1 ? " and " + countries[^1].Name : "";
        var action = Pick.One(random, CorpusVocabulary.TitleActions);
        // The actions are written for two countries: "hold talks on"; one country "holds talks on".
        if (countries.Count == 1) action = action.Insert(action.IndexOf(' ', StringComparison.Ordinal), "s");
        var title = $"{countries[0].Name}{other} {action} {tags[0]}";
        // The index keeps slugs unique however often a title repeats.
        var slug = SlugText.From(title, 60) + "-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var events = Enumerable.Range(0, random.Next(1, 4)).Select(_ => DrawEvent(date, countries, people)).ToList();
        var quotes = Enumerable.Range(0, random.Next(0, 4)).Select(_ => DrawQuote(date, people)).ToList();
        var source = Pick.One(random, CorpusVocabulary.Sources);
        var url = $"https://news.example.org/{YamlText.Date(date)}/{slug}";
        var body = composer.Compose(countries, people);
        return new SyntheticBriefing(slug, title, date, countries, people, tags, events, quotes, source, url, body);
    }

    private List<SyntheticPerson> DrawPeople(int count)
    {
        var people = new List<SyntheticPerson>(count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (people.Count < count)
        {
            var given = Pick.One(random, CorpusVocabulary.GivenNames);
            var family = Pick.One(random, CorpusVocabulary.FamilyNames);
            var name = $"{given} {family}";
            // 2,000 given/family pairs run out past 10,000 briefings; a middle initial gives 52,000.
            if (ids.Contains(SlugText.From(name))) name = $"{given} {(char)('A' + random.Next(26))}. {family}";
            if (!ids.Add(SlugText.From(name))) continue;

            var country = Pick.One(random, CorpusVocabulary.Countries);
            var role = Pick.One(random, CorpusVocabulary.Roles);
            var since = 2005 + random.Next(15);
            var bio = $"{name} serves as {role} of {country.Name} and has worked in public office since {since}.";
            people.Add(new SyntheticPerson(SlugText.From(name), name, country, role, bio));
        }

        return people;
    }

    // Within the ten days up to the briefing's date, about one or two of its countries.
    private SyntheticEvent DrawEvent(DateOnly date, List<SyntheticCountry> countries, List<SyntheticPerson> people)
    {
        var day = date.AddDays(-random.Next(10));
        var who = Pick.One(random, people);
        var where = Pick.Distinct(random, countries, Math.Min(countries.Count, random.Next(1, 3)));
        var title = $"{who.Name} {Pick.One(random, CorpusVocabulary.EventActions)} {where[0].Name}";
        return new SyntheticEvent(day, title, where);
    }

    private SyntheticQuote DrawQuote(DateOnly date, List<SyntheticPerson> people)
    {
        var by = Pick.One(random, people);
        var text = composer.Phrase(random.Next(8, 26)) + ".";
        return new SyntheticQuote(by, text, date.AddDays(-random.Next(4)));
    }
}
