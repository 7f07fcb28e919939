using Briefing.Diagnostics;
using Briefing.Model;
using Briefing.Text;

namespace Briefing.Graph;

/// <summary>The link stage: resolves every reference and builds the reverse links, timelines and quote index.</summary>
public static class SiteGraphBuilder
{
    /// <summary>
    /// Links <paramref name="site"/>; problems go to <paramref name="diagnostics"/>; <paramref name="threads"/> bounds the
    /// parallel ranking of related briefings; <paramref name="drafts"/> publishes drafts as if they were not;
    /// <paramref name="strict"/> (warnings will fail the build) words the warnings to match; a briefing dated after
    /// <paramref name="today"/> (null: none is) is left out, published or published and marked, as <paramref name="future"/> says.
    /// </summary>
    public static SiteGraph Build(ParsedSite site, DiagnosticBag diagnostics, int threads = 1, bool drafts = false, bool strict = false,
        DateOnly? today = null, FutureBriefings future = FutureBriefings.LeftOut)
    {
        var countries = new CountryDirectory(site.Countries, diagnostics);
        var people = new EntityDirectory<PersonNode>(EntityKind.Person, site.People.Select(f => new PersonNode(EntityKind.UrlId(f.Id), f.Name, f)),
            (id, name) => new PersonNode(id, name, null), strict, diagnostics);
        var organisations = new EntityDirectory<OrganisationNode>(EntityKind.Organisation,
            site.Organisations.Select(f => new OrganisationNode(EntityKind.UrlId(f.Id), f.Name, f)), (id, name) => new OrganisationNode(id, name, null), strict, diagnostics);
        var actors = new Actors(people, organisations, diagnostics);
        var authors = new EntityDirectory<AuthorNode>(EntityKind.Author, site.Authors.Select(f => new AuthorNode(EntityKind.UrlId(f.Id), f)), null, strict, diagnostics);
        foreach (var person in people.Files)
        {
            if (person.File?.Country is { } reference) person.Country = countries.Resolve(reference, diagnostics);
            PersonRoles.Link(person, countries, actors, diagnostics);
        }
        foreach (var organisation in organisations.Files)
            if (organisation.File?.Country is { } reference) organisation.Country = countries.Resolve(reference, diagnostics);

        bool Scheduled(ParsedBriefing b) => today is { } day && b.Date > day;
        var published = site.Briefings.Where(b => (drafts || !b.Draft) && (future != FutureBriefings.LeftOut || !Scheduled(b)))
            .OrderBy(b => b.Path, StringComparer.Ordinal).ToList();
        var briefings = published.Select(b => new BriefingNode(b, $"briefings/{b.Slug}/") { Scheduled = future == FutureBriefings.Marked && Scheduled(b) }).ToList();
        var tags = new Dictionary<string, TagNode>(StringComparer.Ordinal);
        var quotes = new List<QuoteNode>();
        var events = new List<EventNode>();
        foreach (var node in briefings)
        {
            Link(node, countries, actors, tags, events, quotes, diagnostics);
            LinkAuthors(node, authors, site.Settings.RequireAuthor, diagnostics);
        }

        // Every file with a page has its node now (people and countries without a file have no .md to link to), and so
        // has every country with a page, for mentions; nothing has read a body yet.
        var fileUrls = MarkdownFileLinks.Resolve(briefings, people.Files, organisations.Files, countries.All, authors.Files,
            MentionTargets(people, organisations, countries), site.Settings.BasePath);
        CheckUrls(briefings, diagnostics);
        var ordered = briefings.OrderByDescending(b => b.Source.Date).ThenBy(b => b.Source.Slug, StringComparer.Ordinal).ToList();
        for (var i = 0; i < ordered.Count; i++) ordered[i].Position = i;
        foreach (var list in people.Files.Concat<EntityNode>(organisations.Files).Select(e => e.MentionList).Concat(countries.All.Select(c => c.MentionList)))
            list.Sort((x, y) => x.Briefing.Position.CompareTo(y.Briefing.Position));
        var timeline = events
            .OrderBy(e => e.Entry.Date).ThenBy(e => e.Entry.End ?? e.Entry.Date)
            .ThenBy(e => e.Entry.Title, StringComparer.Ordinal).ThenBy(e => e.Briefing.Position).ToList();
        var quoteIndex = GroupQuotes(quotes);
        AssignEventAnchors(timeline, threads);
        for (var i = 0; i < timeline.Count; i++) timeline[i].Index = i;
        FillReverseLinks(ordered, timeline, quoteIndex);

        var countryNodes = countries.All.OrderBy(c => c.Country.Name, StringComparer.Ordinal).ToList();
        var personNodes = people.All.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        var organisationNodes = organisations.All.OrderBy(o => o.Name, StringComparer.Ordinal).ThenBy(o => o.Id, StringComparer.Ordinal).ToList();
        for (var i = 0; i < organisationNodes.Count; i++) organisationNodes[i].Index = i;
        var tagNodes = tags.Values.OrderBy(t => t.Slug, StringComparer.Ordinal).ToList();
        for (var i = 0; i < countryNodes.Count; i++) countryNodes[i].Index = i;
        for (var i = 0; i < personNodes.Count; i++) personNodes[i].Index = i;
        for (var i = 0; i < tagNodes.Count; i++) tagNodes[i].Index = i;
        RelatedBriefings.Fill(ordered, countryNodes, personNodes, tagNodes, threads);
        FillAppearsWith(countryNodes);
        foreach (var p in personNodes) p.Country?.PeopleList.Add(p);
        var authorNodes = authors.Files.OrderBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        for (var i = 0; i < authorNodes.Count; i++) authorNodes[i].Index = i;
        foreach (var b in ordered)
            foreach (var a in b.Authors) a.BriefingList.Add(b);
        return new SiteGraph(site.Settings, ordered, countryNodes, personNodes, tagNodes, timeline, quoteIndex)
            { FileUrls = fileUrls, Redirects = Redirects(briefings, personNodes, organisationNodes), Authors = authorNodes, Organisations = organisationNodes };
    }

    // Only entities with a file (a name alone could be anyone's), and countries with a page.
    private static Mentions MentionTargets(EntityDirectory<PersonNode> people, EntityDirectory<OrganisationNode> organisations, CountryDirectory countries)
    {
        var names = new List<(string, Mentions.Target)>();
        foreach (var e in people.Files.Concat<EntityNode>(organisations.Files))
        {
            var target = new Mentions.Target(e.Url, e.MentionList, b => e is PersonNode p ? b.PersonList.Contains(p) : b.OrganisationList.Contains((OrganisationNode)e));
            names.AddRange(((INamedNode)e).Names.Select(n => (n, target)));
        }

        foreach (var c in countries.All.OrderBy(c => c.Country.Alpha2, StringComparer.Ordinal))
        {
            var target = new Mentions.Target(c.Url, c.MentionList, b => b.CountryList.Contains(c));
            names.AddRange(countries.ProseNames(c).Select(n => (n, target)));
        }

        return new Mentions(names);
    }

    private static void Link(BriefingNode node, CountryDirectory countries, Actors actors,
        Dictionary<string, TagNode> tags, List<EventNode> events, List<QuoteNode> quotes, DiagnosticBag diagnostics)
    {
        var b = node.Source;
        foreach (var r in b.Countries) AddDistinct(node.CountryList, countries.Resolve(r, diagnostics));
        foreach (var r in b.People) AddDistinct(node.PersonList, actors.Person(r, diagnostics));
        foreach (var r in b.Organisations) AddDistinct(node.OrganisationList, actors.Organisation(r, diagnostics));
        foreach (var s in b.Sources) AddDistinct(node.CitedList, actors.Source(s.Name));
        foreach (var tag in b.Tags)
        {
            var slug = Slug.From(tag.Text);
            if (slug.Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.BadSlug, tag.At, $"tag '{tag.Text}' gives no usable URL name; use letters or digits");
                continue;
            }

            if (!tags.TryGetValue(slug, out var tagNode)) tags[slug] = tagNode = new TagNode(tag.Text, slug);
            AddDistinct(node.TagList, tagNode);
        }

        foreach (var entry in b.Events)
        {
            var ev = new EventNode(node, entry, SourceNamed(b, entry.Source));
            if (entry.Countries is null) ev.CountryList.AddRange(node.CountryList);
            else foreach (var r in entry.Countries) AddDistinct(ev.CountryList, countries.Resolve(r, diagnostics));
            foreach (var r in entry.People) AddDistinct(ev.PersonList, actors.Person(r, diagnostics));
            foreach (var r in entry.Organisations) AddDistinct(ev.OrganisationList, actors.Organisation(r, diagnostics));
            node.EventList.Add(ev);
            events.Add(ev);
        }

        foreach (var entry in b.Quotes)
        {
            if (actors.Speaker(entry.By, diagnostics) is not { } speaker) continue;
            var date = entry.Date ?? PartialDate.From(b.Date);
            var anchor = Anchors.Quote(speaker.AnchorKey, date, entry.Text);
            var number = 1 + node.QuoteList.Count(q => q.IndexAnchor == anchor);
            var quote = new QuoteNode(node, entry, speaker, date, SourceNamed(b, entry.Source), anchor, number);
            foreach (var r in entry.Organisations)
                if (actors.Organisation(r, diagnostics) is { } named && named != speaker) AddDistinct(quote.OrganisationList, named);
            if (quote.Role is null && speaker is PersonNode { Roles.Count: > 0 } person)
                diagnostics.Warning(DiagnosticCodes.QuoteOutsideRoles, entry.At,
                    $"{person.Name} held none of the roles in {person.File!.Path} {(date.IsFullDate ? "on" : "throughout")} {date.Display}, this quote's date, so it is shown without a role; " +
                    "add the role held then to 'roles:', or check the quote's 'date'");
            node.QuoteList.Add(quote);
            quotes.Add(quote);
        }
    }

    private static void LinkAuthors(BriefingNode node, EntityDirectory<AuthorNode> authors, bool required, DiagnosticBag diagnostics)
    {
        foreach (var r in node.Source.Authors) AddDistinct(node.AuthorList, authors.Resolve(r, diagnostics));
        if (required && node.Source.Authors.Count == 0)
            diagnostics.Error(DiagnosticCodes.MissingAuthor, node.Source.FrontMatterAt,
                "site.yml says 'require_author: true', and this briefing names no 'authors:'; add 'authors: [your-id]' (an author file's id or name)");
    }

    private static void AddDistinct<T>(List<T> list, T? item) where T : class
    {
        if (item is not null && !list.Contains(item)) list.Add(item);
    }

    // The briefing's first source with the name a reference gives (names are checked to exist when parsing).
    private static SourceEntry? SourceNamed(ParsedBriefing b, Reference? reference)
    {
        if (reference is not { } named) return null;
        foreach (var source in b.Sources)
            if (string.Equals(source.Name, named.Text, StringComparison.Ordinal)) return source;
        return null;
    }

    // People's, organisations' and authors' URLs are checked by their directories.
    private static void CheckUrls(List<BriefingNode> briefings, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var b in briefings)
        {
            if (!seen.TryAdd(b.Url, b.Source.Path))
                diagnostics.Error(DiagnosticCodes.UrlCollision, b.Source.SlugAt,
                    $"this briefing and {seen[b.Url]} would both be published at /{b.Url}; give one of them a different 'slug:'");
        }
    }

    // Every published page's old paths, in path order (then by the file that names them, so a clash is reported the same way every time).
    private static List<Redirect> Redirects(List<BriefingNode> briefings, List<PersonNode> people, List<OrganisationNode> organisations) =>
        briefings.SelectMany(b => b.Source.MovedFrom.Select(m => new Redirect(m.Text, b.Url, b.Source.Title, m.At)))
            .Concat(people.Where(p => p.File is not null).SelectMany(p => p.File!.MovedFrom.Select(m => new Redirect(m.Text, p.Url, p.Name, m.At))))
            .Concat(organisations.Where(o => o.File is not null).SelectMany(o => o.File!.MovedFrom.Select(m => new Redirect(m.Text, o.Url, o.Name, m.At))))
            .OrderBy(r => r.From, StringComparer.Ordinal).ThenBy(r => r.At.Path, StringComparer.Ordinal).ThenBy(r => r.At.Line).ToList();

    // One index entry per quote (speaker, date, words), shown by its occurrence in the oldest briefing, which stays
    // when newer briefings repeat it; the other occurrences are numbered after the index for per-render tables.
    private static List<QuoteNode> GroupQuotes(List<QuoteNode> quotes)
    {
        var groups = quotes
            .GroupBy(q => (q.IndexAnchor, q.Entry.Text))
            .Select(g => g.OrderByDescending(q => q.Briefing.Position).ThenBy(q => q.Number).ToList())
            .ToList();
        foreach (var g in groups)
            foreach (var q in g) q.Occurrences = g;
        var index = groups.Select(g => g[0])
            .OrderBy(q => q.Date).ThenBy(q => q.Briefing.Position).ThenBy(q => q.Anchor, StringComparer.Ordinal).ToList();
        var next = 0;
        foreach (var q in index) q.Index = next++;
        foreach (var q in index)
            foreach (var other in q.Occurrences.Skip(1)) other.Index = next++;
        return index;
    }

    private static void AssignEventAnchors(List<EventNode> timeline, int threads)
    {
        // The words of each title in parallel; then, in timeline order, a number for an anchor met before.
        var anchors = timeline.AsParallel().AsOrdered().WithDegreeOfParallelism(threads)
            .Select(e => Anchors.Event(e.Entry.Date, e.Entry.Title)).ToList();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (e, anchor) in timeline.Zip(anchors))
        {
            var unique = anchor;
            for (var n = 2; !used.Add(unique); n++) unique = $"{anchor}-{n}";
            e.Anchor = unique;
        }
    }

    private static void FillReverseLinks(List<BriefingNode> briefings, List<EventNode> timeline, List<QuoteNode> quotes)
    {
        var involved = new HashSet<EntityNode>();
        foreach (var b in briefings)
        {
            foreach (var c in b.Countries) c.BriefingList.Add(b);
            foreach (var t in b.Tags) t.BriefingList.Add(b);
            foreach (var o in b.Cited) o.CitedByList.Add(b);
            // Everyone listed, quoted, named by a quote or in an event, once each.
            involved.Clear();
            foreach (var p in b.People)
                if (involved.Add(p)) p.BriefingList.Add(b);
            foreach (var o in b.Organisations)
                if (involved.Add(o)) o.BriefingList.Add(b);
            foreach (var q in b.Quotes)
            {
                if (involved.Add(q.Speaker)) q.Speaker.BriefingList.Add(b);
                foreach (var o in q.Organisations)
                    if (involved.Add(o)) o.BriefingList.Add(b);
            }

            foreach (var e in b.Events)
            {
                foreach (var p in e.People)
                    if (involved.Add(p)) p.BriefingList.Add(b);
                foreach (var o in e.Organisations)
                    if (involved.Add(o)) o.BriefingList.Add(b);
            }
        }

        foreach (var e in timeline)
        {
            foreach (var c in e.Countries) c.EventList.Add(e);
            foreach (var p in e.People) p.EventList.Add(e);
            foreach (var o in e.Organisations) o.EventList.Add(e);
        }

        foreach (var q in quotes)
        {
            // Words someone else said are not the speaker's: they stay, marked, on their briefings and the lists of their countries' coverage.
            if (!q.Misattributed)
            {
                q.Speaker.QuoteList.Add(q);
                // A country's officials speak for it; an organisation's statement is listed on the organisation's page.
                if (q.Speaker is PersonNode) q.Speaker.Country?.QuotesByList.Add(q);
            }

            foreach (var o in q.Occurrences.SelectMany(o => o.Organisations).Distinct()) o.QuotesAboutList.Add(q);

            // A quote by one of the country's own people is shown once on its page, with what its officials said.
            foreach (var c in q.Occurrences.SelectMany(o => o.Briefing.Countries).Distinct())
                if (c != q.Speaker.Country || q.Speaker is not PersonNode) c.QuotesAboutList.Add(q);
        }
    }

    private static void FillAppearsWith(List<CountryNode> countries)
    {
        foreach (var country in countries)
        {
            country.AppearsWith = country.Briefings
                .SelectMany(b => b.Countries)
                .Where(c => c != country)
                .GroupBy(c => c)
                .Select(g => new KeyValuePair<CountryNode, int>(g.Key, g.Count()))
                .OrderByDescending(kv => kv.Value)
                .ThenBy(kv => kv.Key.Country.Name, StringComparer.Ordinal)
                .ToList();
        }
    }
}
