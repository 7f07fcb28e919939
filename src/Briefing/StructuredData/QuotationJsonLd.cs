using System.Text.Json;
using Briefing.Graph;

namespace Briefing.StructuredData;

/// <summary>
/// A quote as a schema.org <c>Quotation</c>: the words, who said them and when (as precisely as known), part of its
/// briefing's article. The words shown are English; words said in another language are the work they translate
/// (<c>translationOfWork</c>, with that language), so neither text is labelled with the other's language.
/// </summary>
public static class QuotationJsonLd
{
    /// <summary>Writes <paramref name="q"/>, part of the article <paramref name="articleId"/>.</summary>
    public static void Write(Utf8JsonWriter w, QuoteNode q, string articleId, SchemaEntities e)
    {
        w.WriteStartObject();
        w.WriteString("@type", "Quotation");
        w.WriteString("@id", e.Url(q.Briefing.Url) + "#" + q.Anchor);
        w.WriteString("text", q.Entry.Text);
        w.WriteString("inLanguage", "en");
        w.WriteString("dateCreated", q.Date.Iso);
        w.WritePropertyName("spokenByCharacter");
        e.Entity(w, q.Speaker);
        w.WriteStartObject("isPartOf");
        w.WriteString("@id", articleId);
        w.WriteEndObject();
        if (q.Entry.Context is { } context) w.WriteString("description", context);
        if (q.Source is { } source)
        {
            w.WritePropertyName("citation");
            SchemaEntities.Source(w, source);
        }

        if (q.Entry.OriginalText is { } original)
        {
            w.WriteStartObject("translationOfWork");
            w.WriteString("@type", "Quotation");
            w.WriteString("text", original);
            if (q.Entry.OriginalLanguage is { } lang) w.WriteString("inLanguage", lang);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}
