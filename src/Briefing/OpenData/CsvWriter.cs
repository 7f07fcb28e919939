using System.Text;
using Briefing.Rendering;

namespace Briefing.OpenData;

/// <summary>
/// Writes a data table as CSV (RFC 4180): a header row, CRLF after every row, a field with <c>"</c>, <c>,</c>, CR or LF
/// quoted and its <c>"</c> doubled, UTF-8 without a byte-order mark. A cell that starts with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, TAB or CR gets a leading <c>'</c> (as OWASP advises against CSV injection), so a spreadsheet
/// shows it as text and never runs it as a formula.
/// </summary>
public static class CsvWriter
{
    /// <summary>The media type of a CSV file.</summary>
    public const string MediaType = "text/csv";

    /// <summary>The header row: the columns' names.</summary>
    public static byte[] Header<T>(IReadOnlyList<DataColumn<T>> columns) => Row(columns.Select(c => c.Name));

    /// <summary>One row, a cell per column, CRLF at its end.</summary>
    public static byte[] Row<T>(IReadOnlyList<DataColumn<T>> columns, T row, Views views) =>
        Row(columns.Select(c => c.IsList ? string.Join(c.Separator, c.List!(views, row)) : c.Text!(views, row) ?? ""));

    /// <summary>A file: the header, then the rows.</summary>
    public static FileBytes Write(byte[] header, IReadOnlyList<byte[]> rows) => RowJoin.Join(header, rows, [], [], [], []);

    /// <summary>One cell as written: neutralised if a spreadsheet would read it as a formula, then quoted if it must be.</summary>
    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.AsSpan().IndexOfAny("\",\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static byte[] Row(IEnumerable<string> cells)
    {
        var text = new StringBuilder();
        var first = true;
        foreach (var cell in cells)
        {
            if (!first) text.Append(',');
            text.Append(Cell(cell));
            first = false;
        }

        return Encoding.UTF8.GetBytes(text.Append("\r\n").ToString());
    }
}
