namespace Briefing.Benchmarks;

/// <summary>
/// The Hugo side's configuration and layouts: one layout for every page kind Hugo renders here (no
/// "found no layout file" warnings), pages equivalent to ours — briefing, section list, taxonomy lists, term
/// pages with briefings, events and quotes, a timeline and a quote index gathered from front matter, 404.
/// </summary>
public static class HugoTemplates
{
    /// <summary>The name of the Hugo environment (<c>--environment</c>) that adds related briefings.</summary>
    public const string RelatedEnvironment = "related";

    /// <summary><c>config.toml</c>; related content is indexed like ours weighs it, but shown only when switched on.</summary>
    public static string Config(bool withRelated) => $$"""
        baseURL = "https://example.org/"
        languageCode = "en"
        title = "Synthetic Briefings"
        disableKinds = ["RSS", "sitemap"]

        [permalinks]
          briefings = "/briefings/:filename/"

        [taxonomies]
          country = "countries"
          person = "people"
          tag = "tags"

        [params]
          withrelated = {{(withRelated ? "true" : "false")}}

        [related]
          includeNewer = true
          threshold = 1
          toLower = false
          [[related.indices]]
            name = "people"
            weight = 200
          [[related.indices]]
            name = "countries"
            weight = 100
          [[related.indices]]
            name = "tags"
            weight = 100

        """;

    /// <summary>Every other file of the site, by path under the site folder.</summary>
    /// <remarks>
    /// Briefing pages find their term pages with <c>site.GetPage</c>, not <c>.GetTerms</c>: in Hugo 0.111
    /// <c>.GetTerms</c> walks every term of the taxonomy on each call, which more than doubled Hugo's time
    /// at 10,000 briefings (2,000 people terms); a map lookup is what a Hugo user tuning a large site would write.
    /// </remarks>
    public static readonly IReadOnlyList<(string Path, string Text)> Files =
    [
        ("config/related/params.toml", "withrelated = true\n"),
        ("content/briefings/_index.md", "---\ntitle: Briefings\n---\n"),
        ("content/timeline/_index.md", "---\ntitle: Timeline\nlayout: timeline\n---\n"),
        ("content/quotes/_index.md", "---\ntitle: Quotes\nlayout: quotes\n---\n"),
        ("layouts/_default/baseof.html", """
            <!doctype html>
            <html lang="{{ site.LanguageCode }}"><head><meta charset="utf-8"><title>{{ if not .IsHome }}{{ .Title }} | {{ end }}{{ site.Title }}</title></head>
            <body><header><a href="/">{{ site.Title }}</a>
            <nav><a href="/briefings/">Briefings</a> <a href="/countries/">Countries</a> <a href="/people/">People</a> <a href="/timeline/">Timeline</a> <a href="/quotes/">Quotes</a> <a href="/tags/">Tags</a></nav></header>
            <main>{{ block "main" . }}{{ end }}</main></body></html>

            """),
        ("layouts/_default/single.html", """
            {{ define "main" }}<article><h1>{{ .Title }}</h1>
            <p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>
            <dl><dt>Countries</dt><dd>{{ range .Params.countries }}{{ with site.GetPage (printf "/countries/%s" (urlize .)) }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}{{ end }}</dd>
            <dt>People</dt><dd>{{ range .Params.people }}{{ with site.GetPage (printf "/people/%s" (urlize .)) }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}{{ end }}</dd>
            <dt>Tags</dt><dd>{{ range .Params.tags }}{{ with site.GetPage (printf "/tags/%s" (urlize .)) }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}{{ end }}</dd></dl>
            {{ .Content }}
            <h2>Events</h2><ol>{{ range .Params.events }}<li><time>{{ .date }}</time> {{ .title }}</li>{{ end }}</ol>
            {{ with .Params.quotes }}<h2>Quotes</h2>{{ range . }}<blockquote><p>{{ .text }}</p><footer><a href="/people/{{ .by }}/">{{ .name }}</a>, <time>{{ .date }}</time></footer></blockquote>{{ end }}{{ end }}
            <h2>Sources</h2><ul>{{ range .Params.sources }}<li><a href="{{ .url }}">{{ .name }}</a></li>{{ end }}</ul>
            {{ if site.Params.withrelated }}{{ with first 5 (site.RegularPages.Related .) }}<h2>Related</h2><ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}{{ end }}
            </article>{{ end }}

            """),
        ("layouts/_default/list.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .RegularPagesRecursive }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}</ul>{{ end }}

            """),
        ("layouts/_default/terms.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}

            """),
        ("layouts/_default/term.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1>{{ with .Params.role }}<p>{{ . }}, {{ $.Params.country }}</p>{{ end }}
            {{ .Content }}
            <h2>Briefings</h2><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}</ul>
            {{ $events := slice }}{{ $quotes := slice }}{{ range .Pages }}{{ $p := . }}{{ range .Params.events }}{{ $events = $events | append (dict "date" .date "title" .title "url" $p.RelPermalink) }}{{ end }}{{ range .Params.quotes }}{{ $quotes = $quotes | append (dict "date" .date "text" .text "by" .by "name" .name "url" $p.RelPermalink "briefing" $p.Title) }}{{ end }}{{ end }}
            <h2>Timeline</h2><ol>{{ range sort $events "date" }}<li><time>{{ .date }}</time> <a href="{{ .url }}">{{ .title }}</a></li>{{ end }}</ol>
            <h2>Quotes</h2>{{ range sort $quotes "date" }}<blockquote><p>{{ .text }}</p><footer><a href="/people/{{ .by }}/">{{ .name }}</a>, <time>{{ .date }}</time>, <a href="{{ .url }}">{{ .briefing }}</a></footer></blockquote>{{ end }}{{ end }}

            """),
        ("layouts/_default/timeline.html", """
            {{ define "main" }}<h1>Timeline</h1>{{ $events := slice }}{{ range where site.RegularPages "Section" "briefings" }}{{ $p := . }}{{ range .Params.events }}{{ $events = $events | append (dict "date" .date "title" .title "url" $p.RelPermalink) }}{{ end }}{{ end }}
            <ol>{{ range sort $events "date" }}<li><time>{{ .date }}</time> <a href="{{ .url }}">{{ .title }}</a></li>{{ end }}</ol>{{ end }}

            """),
        ("layouts/_default/quotes.html", """
            {{ define "main" }}<h1>Quotes</h1>{{ $quotes := slice }}{{ range where site.RegularPages "Section" "briefings" }}{{ $p := . }}{{ range .Params.quotes }}{{ $quotes = $quotes | append (dict "key" (printf "%s|%s" .by .date) "date" .date "text" .text "by" .by "name" .name "url" $p.RelPermalink "briefing" $p.Title) }}{{ end }}{{ end }}
            {{ range sort $quotes "key" }}<blockquote><p>{{ .text }}</p><footer><a href="/people/{{ .by }}/">{{ .name }}</a>, <time>{{ .date }}</time>, <a href="{{ .url }}">{{ .briefing }}</a></footer></blockquote>{{ end }}{{ end }}

            """),
        ("layouts/index.html", """
            {{ define "main" }}<h1>{{ site.Title }}</h1>
            <h2>Latest briefings</h2><ul>{{ range first 20 (where site.RegularPages "Section" "briefings") }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}</ul>
            <h2>Most active countries</h2><ul>{{ range first 10 site.Taxonomies.countries.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}

            """),
        ("layouts/404.html", """
            {{ define "main" }}<h1>Page not found</h1><p><a href="/">Go to the home page</a></p>{{ end }}

            """),
    ];
}
