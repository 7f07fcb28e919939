using System.Text;
using Briefing.Loading;

namespace Briefing.Tests.Serving;

/// <summary>
/// A small site held as data, so a test can edit it the way authors do (add, change, delete and rename briefings
/// and person files; change dates, countries, people, tags, quotes, events, drafts, roles) and write it out as files.
/// </summary>
public sealed class SiteEdits
{
    private static readonly string[] CountryCodes = ["AZ", "IR", "IL", "TR", "RU", "UA", "GE", "AM"];
    private static readonly string[] TagNames = ["diplomacy", "airspace", "security", "energy", "Trade", "aviation"];
    private static readonly string[] Words = ["talks", "call", "strikes", "flights", "border", "summit", "pledge", "missiles", "ministers", "sanctions"];

    /// <summary>site.yml: lists short and archive pages small, so edits move items between list, year, month and part pages.</summary>
    public string Settings { get; set; } = "title: Test Briefings\nbase_url: https://example.org/news/\nlist_length: 3\narchive_page_size: 4\n";

    /// <summary>Briefings by path.</summary>
    public SortedDictionary<string, BriefingData> Briefings { get; } = new(StringComparer.Ordinal);

    /// <summary>Person files by id.</summary>
    public SortedDictionary<string, PersonData> People { get; } = new(StringComparer.Ordinal);

    /// <summary>Organisation files: id → name.</summary>
    public SortedDictionary<string, string> Organisations { get; } = new(StringComparer.Ordinal);

    /// <summary>A person file's facts.</summary>
    public sealed record PersonData(string Name, string? Role, string? Country, RoleData[] Roles);

    /// <summary>One entry of a person's <c>roles:</c>; dates as written (a null <see cref="To"/>: held now).</summary>
    public sealed record RoleData(string Title, string? Country, string From, string? To);

    /// <summary>A briefing's facts.</summary>
    public sealed record BriefingData(string Title, DateOnly Date, string[] Countries, string[] People, string[] Tags, (string By, string Text)[] Quotes,
        (string Date, string Title, string[] People)[] Events, bool Draft, string Body, string? LinksTo = null)
    {
        /// <summary>Its <c>organisations:</c>: ids, names or a name no file has.</summary>
        public string[] Organisations { get; init; } = [];
    }

    /// <summary>A site of <paramref name="briefings"/> random briefings and a few people.</summary>
    public static SiteEdits Sample(Random random, int briefings)
    {
        var site = new SiteEdits();
        for (var i = 0; i < 5; i++) site.People[$"person-{i}"] = site.RandomPerson(random, i);
        for (var i = 0; i < 3; i++) site.Organisations[$"org-{i}"] = $"{Capitalized(Words[random.Next(Words.Length)])} Agency {i}";
        for (var i = 0; i < briefings; i++) site.Briefings[$"briefings/b{i:D3}.md"] = site.RandomBriefing(random);
        return site;
    }

    /// <summary>Makes one random edit and says what it was.</summary>
    public string EditAtRandom(Random random)
    {
        var paths = Briefings.Keys.ToList();
        var path = paths[random.Next(paths.Count)];
        var b = Briefings[path];
        switch (random.Next(17))
        {
            case 0:
                var added = $"briefings/{(random.Next(2) == 0 ? "" : "sub/")}n{random.Next(1000):D3}.md";
                Briefings[added] = RandomBriefing(random);
                return "add " + added;
            case 1 when Briefings.Count > 3:
                Briefings.Remove(path);
                return "delete " + path;
            case 2:
                var renamed = $"briefings/r{random.Next(1000):D3}.md";
                Briefings.Remove(path);
                Briefings[renamed] = b;
                return $"rename {path} to {renamed}";
            case 3:
                Briefings[path] = b with { Title = Sentence(random) };
                return "title of " + path;
            case 4:
                Briefings[path] = b with { Date = b.Date.AddDays(random.Next(-40, 40)) };
                return "date of " + path;
            case 5:
                Briefings[path] = b with { Countries = Pick(random, CountryCodes, 1, 3) };
                return "countries of " + path;
            case 6:
                Briefings[path] = b with { People = Pick(random, People.Keys.Append("Someone Unlisted").ToArray(), 0, 2) };
                return "people of " + path;
            case 7:
                Briefings[path] = b with { Tags = Pick(random, TagNames, 0, 3) };
                return "tags of " + path;
            case 8:
                Briefings[path] = b with { Quotes = RandomQuotes(random) };
                return "quotes of " + path;
            case 9:
                Briefings[path] = b with { Draft = !b.Draft };
                return "draft flag of " + path;
            case 10 when random.Next(2) == 0:
                Briefings[path] = b with { LinksTo = paths[random.Next(paths.Count)] };
                return "link from " + path;
            case 10:
                Briefings[path] = b with { Events = RandomEvents(random, b.Date) };
                return "events of " + path;
            case 11:
                var id = People.Keys.ElementAt(random.Next(People.Count));
                People[id] = RandomPerson(random, random.Next(100));
                return "person file " + id;
            case 13:
                var holder = People.Keys.ElementAt(random.Next(People.Count));
                People[holder] = People[holder] with { Roles = RandomRoles(random) };
                return "roles of person " + holder;
            case 12 when People.Count > 2:
                var gone = People.Keys.ElementAt(random.Next(People.Count));
                People.Remove(gone);
                return "delete person " + gone;
            case 14:
                Briefings[path] = b with { Organisations = Pick(random, Organisations.Keys.Concat(Organisations.Values).Append("Unlisted Agency").ToArray(), 0, 2) };
                return "organisations of " + path;
            case 15 when Organisations.Count > 1 && random.Next(2) == 0:
                var closed = Organisations.Keys.ElementAt(random.Next(Organisations.Count));
                Organisations.Remove(closed);
                return "delete organisation " + closed;
            case 15:
                var orgId = $"org-{random.Next(6)}";
                Organisations[orgId] = $"{Capitalized(Words[random.Next(Words.Length)])} Agency {random.Next(100)}";
                return "organisation file " + orgId;
            default:
                var newId = $"person-{random.Next(5, 20)}";
                People[newId] = RandomPerson(random, random.Next(100));
                return "add person " + newId;
        }
    }

    /// <summary>The site as input files.</summary>
    public IReadOnlyList<InputFile> Files()
    {
        var files = new List<InputFile> { Text("site.yml", Settings) };
        foreach (var (id, p) in People)
        {
            var roles = new StringBuilder();
            if (p.Roles.Length > 0) roles.Append("roles:\n");
            foreach (var r in p.Roles)
                roles.Append($"  - title: {r.Title}\n{(r.Country is null ? "" : $"    country: {r.Country}\n")}    from: {r.From}\n{(r.To is null ? "" : $"    to: {r.To}\n")}");
            files.Add(Text($"people/{id}.md", $"---\nname: {p.Name}\n{(p.Role is null ? "" : $"role: {p.Role}\n")}{(p.Country is null ? "" : $"country: {p.Country}\n")}{roles}---\nAbout {p.Name}.\n"));
        }

        foreach (var (id, name) in Organisations)
            files.Add(Text($"organisations/{id}.md", $"---\nname: {name}\n---\nAbout {name}.\n"));

        foreach (var (path, b) in Briefings)
        {
            var text = new StringBuilder();
            text.Append("---\n").Append($"title: {b.Title}\n").Append($"date: {b.Date:yyyy-MM-dd}\n");
            text.Append($"countries: [{string.Join(", ", b.Countries)}]\n");
            if (b.People.Length > 0) text.Append($"people: [{string.Join(", ", b.People)}]\n");
            if (b.Organisations.Length > 0) text.Append($"organisations: [{string.Join(", ", b.Organisations)}]\n");
            if (b.Tags.Length > 0) text.Append($"tags: [{string.Join(", ", b.Tags)}]\n");
            if (b.Draft) text.Append("draft: true\n");
            if (b.Events.Length > 0)
            {
                text.Append("events:\n");
                foreach (var (date, title, people) in b.Events)
                    text.Append($"  - date: {date}\n    title: {title}\n{(people.Length == 0 ? "" : $"    people: [{string.Join(", ", people)}]\n")}");
            }

            if (b.Quotes.Length > 0)
            {
                text.Append("quotes:\n");
                foreach (var (by, words) in b.Quotes) text.Append($"  - by: {by}\n    text: {words}\n");
            }

            text.Append("---\n").Append(b.Body).Append('\n');
            // A link to another briefing's file: it follows that briefing's slug, or breaks when it goes.
            if (b.LinksTo is { } target) text.Append($"\nSee [another briefing]({Relative(path, target)}).\n");
            files.Add(Text(path, text.ToString()));
        }

        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    // The path of input file `to` relative to the folder of `from` (both under briefings/).
    private static string Relative(string from, string to) =>
        Path.GetRelativePath(Path.GetDirectoryName("/" + from)!, "/" + to).Replace('\\', '/');

    private static InputFile Text(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    private PersonData RandomPerson(Random random, int n) =>
        new($"{Capitalized(Words[random.Next(Words.Length)])} Person{n}", random.Next(2) == 0 ? null : "Minister of " + Capitalized(Words[random.Next(Words.Length)]),
            random.Next(3) == 0 ? null : CountryCodes[random.Next(CountryCodes.Length)], RandomRoles(random));

    // One after another from 2023 to mid-2024 on (the briefings are dated from 2023 to 2025), so they never overlap; dates at month, day or
    // year precision, the last one often still held, so quotes and events fall in, between and after them.
    private static RoleData[] RandomRoles(Random random)
    {
        var roles = new List<RoleData>();
        var start = new DateOnly(2023, 1, 1).AddMonths(random.Next(18));
        for (var i = random.Next(4); i > 0; i--)
        {
            var end = start.AddMonths(random.Next(1, 10));
            var last = i == 1 && random.Next(2) == 0;
            roles.Add(new RoleData(random.Next(3) == 0 ? "Minister" : "Minister of " + Capitalized(Words[random.Next(Words.Length)]),
                random.Next(2) == 0 ? null : CountryCodes[random.Next(CountryCodes.Length)],
                random.Next(4) switch { 0 => $"{start:yyyy}", 1 => $"{start:yyyy-MM-dd}", _ => $"{start:yyyy-MM}" },
                last ? null : $"{end.AddDays(-1):yyyy-MM-dd}"));
            start = end.AddMonths(1);
        }

        return roles.ToArray();
    }

    private BriefingData RandomBriefing(Random random)
    {
        // Three years, a third of them in one month, so years and that month are cut into archive pages.
        var date = random.Next(3) == 0 ? new DateOnly(2025, 6, 1).AddDays(random.Next(30)) : new DateOnly(2023, 1, 1).AddDays(random.Next(1000));
        return new BriefingData(Sentence(random), date, Pick(random, CountryCodes, 1, 3), Pick(random, People.Keys.ToArray(), 0, 2), Pick(random, TagNames, 0, 3),
            RandomQuotes(random), RandomEvents(random, date), random.Next(8) == 0, Sentence(random) + ". " + Sentence(random) + ".");
    }

    private (string, string)[] RandomQuotes(Random random) =>
        Enumerable.Range(0, random.Next(3)).Select(_ => (random.Next(5) switch
        {
            0 => "Someone Unlisted",
            // A statement by an organisation, while it has a file.
            1 when Organisations.Count > 0 => Organisations.Keys.ElementAt(random.Next(Organisations.Count)),
            _ => People.Keys.ElementAt(random.Next(People.Count)),
        }, Sentence(random))).ToArray();

    private (string, string, string[])[] RandomEvents(Random random, DateOnly near) =>
        Enumerable.Range(0, random.Next(3)).Select(_ => (random.Next(3) switch
        {
            0 => $"{near.Year}",
            1 => $"{near.AddDays(-random.Next(60)):yyyy-MM}",
            _ => $"{near.AddDays(-random.Next(60)):yyyy-MM-dd}",
        }, Sentence(random), Pick(random, People.Keys.ToArray(), 0, 2))).ToArray();

    private static string Sentence(Random random) =>
        Capitalized(string.Join(' ', Enumerable.Range(0, random.Next(2, 6)).Select(_ => Words[random.Next(Words.Length)])));

    private static string Capitalized(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string[] Pick(Random random, string[] from, int min, int max) =>
        from.OrderBy(_ => random.Next()).Take(Math.Min(from.Length, random.Next(min, max + 1))).ToArray();
}
