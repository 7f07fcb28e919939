using Briefing.Rendering;

namespace Briefing.OpenData;

/// <summary>
/// One column of a data table, the same in its CSV (a cell) and its JSON (a member): its name, what it holds, whether
/// it may be empty (null in JSON), what the /data/ page says of it, and how a row's value is read.
/// A list column has <see cref="List"/>, any other <see cref="Text"/>.
/// </summary>
public sealed record DataColumn<T>(string Name, DataKind Kind, bool Optional, string Description,
    Func<Views, T, string?>? Text = null, Func<Views, T, IEnumerable<string>>? List = null)
{
    /// <summary>Whether the value is a list (a JSON array; one CSV cell, its items joined by <see cref="Separator"/>).</summary>
    public bool IsList => List is not null;

    /// <summary>What joins a list's items in a CSV cell: a space between URLs, else <c>;</c>.</summary>
    public string Separator => Kind == DataKind.Urls ? " " : ";";

    /// <summary>A column of text (or null) read by <paramref name="value"/>.</summary>
    public static DataColumn<T> Of(string name, DataKind kind, string description, Func<Views, T, string?> value, bool optional = false) =>
        new(name, kind, optional, description, Text: value);

    /// <summary>A list column read by <paramref name="value"/>.</summary>
    public static DataColumn<T> Many(string name, DataKind kind, string description, Func<Views, T, IEnumerable<string>> value) =>
        new(name, kind, false, description, List: value);
}
