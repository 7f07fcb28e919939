namespace Briefing.Model;

/// <summary>The settings from site.yml; <paramref name="Publisher"/> is the organisation named in structured data (default: the title).</summary>
public sealed record SiteSettings(string Title, Uri BaseUrl, string Language, string? Description, string? EditUrl, string? Publisher = null)
{
    /// <summary>Which quotes and events must name a source (site.yml <c>require_sources</c>, version 2).</summary>
    public SourcingPolicy RequireSources { get; init; }

    /// <summary>Who publishes the site, as search engines are told: <c>publisher</c>, else the title.</summary>
    public string PublisherName => Publisher ?? Title;

    /// <summary>Whether every briefing must name its <c>authors</c> (<c>require_author</c>, version 2; default false).</summary>
    public bool RequireAuthor { get; init; }

    /// <summary>The licence of the files under <c>/data/</c> (<c>data_license</c>, version 3); null when none is stated.</summary>
    public DataLicense? DataLicense { get; init; }

    /// <summary>How many items a list page shows before it links to its archive (<c>list_length</c>, version 3); null: 50 briefings, 100 events, 100 quotes.</summary>
    public int? ListLength { get; init; }

    /// <summary>The most items one archive page holds (<c>archive_page_size</c>, version 3); null: 1,000.</summary>
    public int? ArchivePageSize { get; init; }

    /// <summary>The path part of the base URL, always starting and ending with '/'; links are built on it.</summary>
    public string BasePath => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";
}
