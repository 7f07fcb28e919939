using System.Text.Json;
using Briefing.Graph;

namespace Briefing.StructuredData;

/// <summary>
/// A briefing as a schema.org <c>NewsArticle</c> in an <c>@graph</c> with a <c>Quotation</c> for each of its quotes:
/// about its countries and people (with their pages here), mentioning the others its quotes and events name,
/// citing its sources, written by its authors (when it names any), published by the site's publisher.
/// </summary>
public static class ArticleJsonLd
{
    /// <summary>Writes the block for <paramref name="b"/>.</summary>
    public static void Write(Utf8JsonWriter w, BriefingNode b, SchemaEntities e)
    {
        var s = b.Source;
        var url = e.Url(b.Url);
        var id = url + "#article";
        w.WriteStartObject();
        w.WriteString("@context", SchemaEntities.Context);
        w.WriteStartArray("@graph");

        w.WriteStartObject();
        w.WriteString("@type", "NewsArticle");
        w.WriteString("@id", id);
        w.WriteString("headline", s.Title);
        if (s.Summary.Length > 0) w.WriteString("description", s.Summary);
        w.WriteString("url", url);
        w.WriteString("mainEntityOfPage", url);
        w.WriteString("datePublished", PageMetadataBuilder.Published(b));
        w.WriteString("dateModified", PageMetadataBuilder.Modified(b));
        w.WriteString("inLanguage", e.Settings.Language);
        SchemaEntities.Strings(w, "keywords", b.Tags.Select(t => t.Name));
        w.WriteStartArray("about");
        foreach (var c in b.Countries) e.Country(w, c);
        foreach (var p in b.People) e.Person(w, p);
        foreach (var o in b.Organisations) e.Organisation(w, o);
        w.WriteEndArray();
        var mentioned = b.Quotes.Select(q => q.Speaker)
            .Concat(b.Quotes.SelectMany(q => q.Organisations))
            .Concat(b.Events.SelectMany(ev => ev.People.Cast<EntityNode>().Concat(ev.Organisations)))
            .Distinct().Where(x => x is PersonNode p ? !b.People.Contains(p) : !b.Organisations.Contains((OrganisationNode)x)).ToList();
        if (mentioned.Count > 0)
        {
            w.WriteStartArray("mentions");
            foreach (var x in mentioned) e.Entity(w, x);
            w.WriteEndArray();
        }

        if (s.Sources.Count > 0)
        {
            w.WriteStartArray("citation");
            foreach (var source in s.Sources) SchemaEntities.Source(w, source);
            w.WriteEndArray();
        }

        if (b.Authors.Count > 0)
        {
            w.WriteStartArray("author");
            foreach (var a in b.Authors)
            {
                w.WriteStartObject();
                w.WriteString("@type", "Person");
                w.WriteString("name", a.Name);
                w.WriteString("url", e.Url(a.Url));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WritePropertyName("publisher");
        e.Publisher(w);
        w.WriteEndObject();

        // A misattributed quote would tell search engines the wrong speaker; the page still shows it, marked.
        foreach (var q in b.Quotes.Where(q => q.Entry.Status != Model.QuoteStatus.Misattributed)) QuotationJsonLd.Write(w, q, id, e);
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
