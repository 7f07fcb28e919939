using System.Text.Json;

namespace Briefing.StructuredData;

/// <summary>The home page as a schema.org <c>WebSite</c>: name, address, description, language and publisher.</summary>
public static class WebSiteJsonLd
{
    /// <summary>Writes the block for the site.</summary>
    public static void Write(Utf8JsonWriter w, SchemaEntities e)
    {
        var s = e.Settings;
        w.WriteStartObject();
        w.WriteString("@context", SchemaEntities.Context);
        w.WriteString("@type", "WebSite");
        w.WriteString("@id", s.BaseUrl.AbsoluteUri + "#website");
        w.WriteString("name", s.Title);
        w.WriteString("url", s.BaseUrl.AbsoluteUri);
        if (s.Description is { } description) w.WriteString("description", description);
        w.WriteString("inLanguage", s.Language);
        w.WritePropertyName("publisher");
        e.Publisher(w);
        w.WriteEndObject();
    }
}
