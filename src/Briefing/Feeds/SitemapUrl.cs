namespace Briefing.Feeds;

/// <summary>One page in the sitemap: its absolute URL and the day it last changed, when the site knows one.</summary>
public sealed record SitemapUrl(string Location, DateOnly? LastModified);
