using System.Text.Json;
using Briefing.Graph;
using Briefing.Model;

namespace Briefing.StructuredData;

/// <summary>
/// The schema.org pieces every JSON-LD block is made of (a country, a person, a source, the publisher), written the
/// same way wherever they appear, with absolute URLs of this site's pages.
/// </summary>
public sealed class SchemaEntities(SiteSettings settings, Func<string, string> absoluteUrl)
{
    /// <summary>The vocabulary every block names in <c>@context</c>.</summary>
    public const string Context = "https://schema.org";

    /// <summary>The site's settings.</summary>
    public SiteSettings Settings => settings;

    /// <summary>The absolute URL of a site-relative one.</summary>
    public string Url(string relative) => absoluteUrl(relative);

    /// <summary><c>{"@type":"Country","name","url"}</c>: a country and its page here.</summary>
    public void Country(Utf8JsonWriter w, CountryNode c)
    {
        w.WriteStartObject();
        w.WriteString("@type", "Country");
        w.WriteString("name", c.Country.Name);
        w.WriteString("url", Url(c.Url));
        w.WriteEndObject();
    }

    /// <summary><c>{"@type":"Person","name","url"}</c>: a person and their page here.</summary>
    public void Person(Utf8JsonWriter w, PersonNode p) => Named(w, "Person", p.Name, p.Url);

    /// <summary><c>{"@type":"Organization","name","url"}</c>: an organisation and its page here.</summary>
    public void Organisation(Utf8JsonWriter w, OrganisationNode o) => Named(w, "Organization", o.Name, o.Url);

    private void Named(Utf8JsonWriter w, string type, string name, string relativeUrl)
    {
        w.WriteStartObject();
        w.WriteString("@type", type);
        w.WriteString("name", name);
        w.WriteString("url", Url(relativeUrl));
        w.WriteEndObject();
    }

    /// <summary>A person or an organisation, as <see cref="Person"/> or <see cref="Organisation"/> writes it.</summary>
    public void Entity(Utf8JsonWriter w, EntityNode e)
    {
        if (e is OrganisationNode o) Organisation(w, o);
        else Person(w, (PersonNode)e);
    }

    /// <summary><c>{"@type":"CreativeWork","name","url"?,"datePublished"?}</c>: a source.</summary>
    public static void Source(Utf8JsonWriter w, SourceEntry s)
    {
        w.WriteStartObject();
        w.WriteString("@type", "CreativeWork");
        w.WriteString("name", s.Name);
        if (s.Url is not null) w.WriteString("url", s.Url);
        if (s.Date is { } d) w.WriteString("datePublished", d.Iso);
        w.WriteEndObject();
    }

    /// <summary><c>{"@type":"Organization","name","url"}</c>: the site's publisher (<c>publisher</c> in site.yml, else its title).</summary>
    public void Publisher(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("@type", "Organization");
        w.WriteString("name", settings.PublisherName);
        w.WriteString("url", settings.BaseUrl.AbsoluteUri);
        w.WriteEndObject();
    }

    /// <summary>A property holding a list of strings, left out when there are none.</summary>
    public static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        var started = false;
        foreach (var value in values)
        {
            if (!started) w.WriteStartArray(name);
            started = true;
            w.WriteStringValue(value);
        }

        if (started) w.WriteEndArray();
    }
}
