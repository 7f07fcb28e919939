namespace Briefing.Diagnostics;

/// <summary>Every diagnostic code the generator reports; README.md lists them with examples.</summary>
public static class DiagnosticCodes
{
    /// <summary>A file could not be read, is not UTF-8, or is empty.</summary>
    public const string UnreadableFile = "BRF001";
    /// <summary>A file or its front matter is over the documented size limit.</summary>
    public const string TooLarge = "BRF002";
    /// <summary>Front matter is missing or not closed.</summary>
    public const string FrontMatterMissing = "BRF003";
    /// <summary>The YAML does not parse.</summary>
    public const string YamlSyntax = "BRF004";
    /// <summary>A key appears twice in one mapping.</summary>
    public const string DuplicateKey = "BRF005";
    /// <summary>A key the format does not define.</summary>
    public const string UnknownKey = "BRF006";
    /// <summary>YAML anchors, aliases and tags are not accepted.</summary>
    public const string AnchorOrAlias = "BRF007";
    /// <summary>A required key is missing or empty.</summary>
    public const string MissingKey = "BRF008";
    /// <summary>A value has the wrong shape (text where a list is needed, and so on).</summary>
    public const string WrongType = "BRF009";
    /// <summary>A date is not written as YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    public const string MalformedDate = "BRF010";
    /// <summary>A date that does not exist on the calendar, or a span that ends before it starts.</summary>
    public const string ImpossibleDate = "BRF011";
    /// <summary>A country reference matches no ISO 3166-1 country.</summary>
    public const string UnknownCountry = "BRF012";
    /// <summary>A person reference matches no person file; a page is made from the name alone.</summary>
    public const string UnknownPerson = "BRF013";
    /// <summary>A slug or id that is not of the form [a-z0-9-]+.</summary>
    public const string BadSlug = "BRF014";
    /// <summary>A <c>source</c> that names none of the briefing's sources.</summary>
    public const string UnknownSource = "BRF015";
    /// <summary>A Markdown link or image whose scheme is not http, https, mailto or relative.</summary>
    public const string UnsafeLink = "BRF016";
    /// <summary>A source URL that is not http or https.</summary>
    public const string BadSourceUrl = "BRF017";
    /// <summary>Two pages would be written to the same URL.</summary>
    public const string UrlCollision = "BRF018";
    /// <summary>A boolean that is not exactly true or false.</summary>
    public const string BadBoolean = "BRF019";
    /// <summary>site.yml is missing or a setting in it is invalid.</summary>
    public const string BadSiteSettings = "BRF020";
    /// <summary>A theme template does not parse or fails while rendering.</summary>
    public const string TemplateError = "BRF021";
    /// <summary>Nesting deeper than the documented limit.</summary>
    public const string TooDeep = "BRF022";
    /// <summary>The command line points the output into the input, the theme is missing, and similar set-up problems.</summary>
    public const string BadFolders = "BRF023";
    /// <summary>A reference or alias that two people or two countries claim.</summary>
    public const string AmbiguousName = "BRF024";

    /// <summary>A link on a built page that leads to no page, file or anchor of the site.</summary>
    public const string BrokenLink = "BRF025";

    /// <summary>The output folder could not be written; the previous site is kept.</summary>
    public const string OutputFailed = "BRF026";

    /// <summary>Text that looks like a list item but is read as text: "-AZ", or a "- " line indented under a value.</summary>
    public const string LooksLikeList = "BRF027";

    /// <summary>A character no web page or feed can carry (a control character or a noncharacter) in an input file.</summary>
    public const string UnpublishableCharacter = "BRF028";

    /// <summary>Search was asked for but Pagefind cannot be found or installed: the site is built without search.</summary>
    public const string SearchUnavailable = "BRF029";

    /// <summary>Pagefind failed to index the built site; the previous site is kept.</summary>
    public const string SearchIndexFailed = "BRF030";

    /// <summary>A language tag whose language the generator's table does not know; its label falls back to the tag.</summary>
    public const string UnknownLanguage = "BRF031";

    /// <summary>A site.yml <c>list_length</c> or <c>archive_page_size</c> that is not a whole number from 1 to 100,000.</summary>
    public const string BadPageSize = "BRF032";

    /// <summary>A briefing whose URL is the URL of an archive page of the briefings list (a slug such as <c>2025</c>).</summary>
    public const string ArchiveClash = "BRF033";

    /// <summary>Archive pages are needed (a list is longer than its page shows) but the theme has no <c>pages/archive.html</c>.</summary>
    public const string ArchivePageUnavailable = "BRF034";

    /// <summary>A <c>moved_from</c> path that is not a path of this site (another host, a scheme, a '..' segment, a file that is not .html).</summary>
    public const string BadMovedFrom = "BRF035";

    /// <summary>A <c>moved_from</c> path where a page of the site is, or that another file also claims.</summary>
    public const string MovedFromClash = "BRF036";

    /// <summary>A <c>--as-of</c> day that is not a YYYY-MM-DD date (a usage error).</summary>
    public const string BadAsOf = "BRF037";

    /// <summary>An update's <c>kind</c> that is not <c>update</c> or <c>correction</c>.</summary>
    public const string BadUpdateKind = "BRF040";

    /// <summary>A quote's <c>status</c> that is not <c>disputed</c>, <c>misattributed</c> or <c>retracted</c>.</summary>
    public const string BadQuoteStatus = "BRF041";

    /// <summary>A quote's <c>note</c> without a <c>status</c> it would explain.</summary>
    public const string NoteWithoutStatus = "BRF042";

    /// <summary>A quote or event without a <c>source</c>: an error where site.yml's <c>require_sources</c> asks for one, else a warning from <c>briefing check</c>.</summary>
    public const string MissingSource = "BRF043";

    /// <summary>A site.yml <c>require_sources</c> that is not <c>quotes</c>, <c>events</c> or <c>all</c>.</summary>
    public const string BadRequireSources = "BRF044";
    /// <summary>An author file that is not valid (a <c>url</c> that is not http or https).</summary>
    public const string BadAuthor = "BRF045";

    /// <summary>A briefing's <c>authors</c> entry that matches no author file (authors are the site's own staff: no page is made from a name).</summary>
    public const string UnknownAuthor = "BRF046";

    /// <summary>A briefing without <c>authors</c> on a site whose site.yml says <c>require_author: true</c>.</summary>
    public const string MissingAuthor = "BRF047";

    /// <summary>A site with author files and a theme without <c>pages/author.html</c>.</summary>
    public const string AuthorPageUnavailable = "BRF048";

    /// <summary>An organisation file that is not valid (a <c>url</c> that is not http or https, a <c>wikidata</c> that is not an item id).</summary>
    public const string BadOrganisation = "BRF050";

    /// <summary>An organisation reference that matches no organisation file; a page is made from the name alone.</summary>
    public const string UnknownOrganisation = "BRF051";

    /// <summary>A person listed where organisations go, or an organisation where people go; or a person and an organisation file with one id.</summary>
    public const string WrongEntityKind = "BRF052";

    /// <summary>A site with organisations and a theme without <c>pages/organisation.html</c> and <c>pages/organisations.html</c>.</summary>
    public const string OrganisationPageUnavailable = "BRF053";

    /// <summary>A person's role that names both an <c>organisation</c> and a <c>country</c>.</summary>
    public const string RoleOrganisationAndCountry = "BRF055";

    /// <summary>Two of a person's roles with the same title and the same organisation or country whose dates overlap.</summary>
    public const string OverlappingRoles = "BRF056";

    /// <summary>A quote dated outside every role its speaker's file lists: it is shown without a role.</summary>
    public const string QuoteOutsideRoles = "BRF057";

    /// <summary>A site.yml <c>data_license</c> that is not valid (a mapping without <c>name</c>, a <c>url</c> that is not http or https).</summary>
    public const string BadDataLicense = "BRF063";

    /// <summary>A theme without <c>pages/data.html</c>: the files under <c>/data/</c> are made, but no page documents them.</summary>
    public const string DataPageUnavailable = "BRF064";
}
