using System.Text.Json;
using Briefing.Graph;

namespace Briefing.StructuredData;

/// <summary>A country page as a schema.org <c>Country</c>: common name, official name as <c>alternateName</c>, its region as <c>containedInPlace</c>.</summary>
public static class CountryJsonLd
{
    /// <summary>Writes the block for <paramref name="c"/>.</summary>
    public static void Write(Utf8JsonWriter w, CountryNode c, SchemaEntities e)
    {
        var k = c.Country;
        var url = e.Url(c.Url);
        w.WriteStartObject();
        w.WriteString("@context", SchemaEntities.Context);
        w.WriteString("@type", "Country");
        w.WriteString("@id", url + "#country");
        w.WriteString("name", k.Name);
        if (!string.Equals(k.OfficialName, k.Name, StringComparison.Ordinal)) w.WriteString("alternateName", k.OfficialName);
        w.WriteString("url", url);
        w.WriteString("identifier", k.Alpha2);
        if (c.Introduction is { FirstParagraph.Length: > 0 } intro) w.WriteString("description", intro.FirstParagraph);
        w.WriteStartObject("containedInPlace");
        w.WriteString("@type", "Place");
        w.WriteString("name", k.Subregion ?? k.Region);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
