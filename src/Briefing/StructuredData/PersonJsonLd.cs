using System.Text.Json;
using Briefing.Graph;

namespace Briefing.StructuredData;

/// <summary>
/// A person page as a schema.org <c>Person</c>: name, current role as <c>jobTitle</c>, country as <c>nationality</c>, aliases
/// as <c>alternateName</c>, the biography's first paragraph as <c>description</c>. Their quotes are described on
/// their briefings' pages, once each, which keeps a prolific speaker's page small.
/// </summary>
public static class PersonJsonLd
{
    /// <summary>Writes the block for <paramref name="p"/>.</summary>
    public static void Write(Utf8JsonWriter w, PersonNode p, SchemaEntities e)
    {
        var url = e.Url(p.Url);
        w.WriteStartObject();
        w.WriteString("@context", SchemaEntities.Context);
        w.WriteString("@type", "Person");
        w.WriteString("@id", url + "#person");
        w.WriteString("name", p.Name);
        w.WriteString("url", url);
        if (p.CurrentRole is { } role) w.WriteString("jobTitle", role);
        if (p.Country is { } country)
        {
            w.WritePropertyName("nationality");
            e.Country(w, country);
        }

        if (p.File is { } file)
        {
            SchemaEntities.Strings(w, "alternateName", file.Aliases.Select(a => a.Text));
            if (file.Body.FirstParagraph.Length > 0) w.WriteString("description", file.Body.FirstParagraph);
        }

        w.WriteEndObject();
    }
}
