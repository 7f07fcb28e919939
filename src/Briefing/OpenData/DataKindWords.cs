namespace Briefing.OpenData;

/// <summary>What the /data/ page says a column of each <see cref="DataKind"/> holds.</summary>
public static class DataKindWords
{
    /// <summary>A short description of the values of <paramref name="kind"/>.</summary>
    public static string Of(DataKind kind) => kind switch
    {
        DataKind.Id => "id",
        DataKind.Text => "text",
        DataKind.Date => "date (ISO 8601, to its precision)",
        DataKind.Precision => "year, month or day",
        DataKind.Url => "absolute URL",
        DataKind.Code => "ISO 3166-1 alpha-2 code",
        DataKind.Language => "BCP 47 language tag",
        DataKind.Status => "disputed, misattributed or retracted",
        DataKind.Ids => "list of ids (CSV: separated by ;)",
        DataKind.Codes => "list of ISO 3166-1 alpha-2 codes (CSV: separated by ;)",
        DataKind.Urls => "list of absolute URLs (CSV: separated by spaces)",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
