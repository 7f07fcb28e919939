using System.Text.Json;
using Briefing.Graph;

namespace Briefing.StructuredData;

/// <summary>
/// An organisation page as a schema.org <c>Organization</c>: name, short name as <c>alternateName</c> with the aliases,
/// its country as <c>location</c>, its own site and its Wikidata item as <c>sameAs</c>, the first paragraph of its file
/// as <c>description</c>.
/// </summary>
public static class OrganisationJsonLd
{
    /// <summary>Writes the block for <paramref name="o"/>.</summary>
    public static void Write(Utf8JsonWriter w, OrganisationNode o, SchemaEntities e)
    {
        var url = e.Url(o.Url);
        w.WriteStartObject();
        w.WriteString("@context", SchemaEntities.Context);
        w.WriteString("@type", "Organization");
        w.WriteString("@id", url + "#organisation");
        w.WriteString("name", o.Name);
        w.WriteString("url", url);
        if (o.Country is { } country)
        {
            w.WritePropertyName("location");
            e.Country(w, country);
        }

        if (o.File is { } file)
        {
            SchemaEntities.Strings(w, "alternateName", file.Aliases.Select(a => a.Text).Prepend(file.ShortName).OfType<string>());
            SchemaEntities.Strings(w, "sameAs", new[] { file.Url, file.Wikidata is { } q ? "https://www.wikidata.org/wiki/" + q : null }.OfType<string>());
            if (file.Body.FirstParagraph.Length > 0) w.WriteString("description", file.Body.FirstParagraph);
        }

        w.WriteEndObject();
    }
}
