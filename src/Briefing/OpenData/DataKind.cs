namespace Briefing.OpenData;

/// <summary>What a column holds: how the CSV cell and the JSON value are written and what the schema says of them.</summary>
public enum DataKind
{
    /// <summary>An anchor id, the same as on the site's pages.</summary>
    Id,

    /// <summary>Words as written.</summary>
    Text,

    /// <summary>An ISO 8601 date as written, to its precision: <c>2025</c>, <c>2025-06</c> or <c>2025-06-14</c>.</summary>
    Date,

    /// <summary><c>year</c>, <c>month</c> or <c>day</c>.</summary>
    Precision,

    /// <summary>An absolute URL.</summary>
    Url,

    /// <summary>An ISO 3166-1 alpha-2 country code.</summary>
    Code,

    /// <summary>A BCP 47 language tag.</summary>
    Language,

    /// <summary>A quote's status: <c>disputed</c>, <c>misattributed</c> or <c>retracted</c>.</summary>
    Status,

    /// <summary>A list of person ids (CSV: separated by <c>;</c>).</summary>
    Ids,

    /// <summary>A list of ISO 3166-1 alpha-2 codes (CSV: separated by <c>;</c>).</summary>
    Codes,

    /// <summary>A list of absolute URLs (CSV: separated by spaces).</summary>
    Urls,
}
