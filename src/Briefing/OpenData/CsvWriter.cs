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

    /// <summary>The rows as CSV, one cell per column.</summary>
    public static byte[] Write<T>(IReadOnlyList<DataColumn<T>> columns, IEnumerable<T> rows, Views views)
    {
        var text = new StringBuilder();
        Row(text, columns.Select(c => c.Name));
        foreach (var row in rows)
            Row(text, columns.Select(c => c.IsList ? string.Join(c.Separator, c.List!(views, row)) : c.Text!(views, row) ?? ""));
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>One cell as written: neutralised if a spreadsheet would read it as a formula, then quoted if it must be.</summary>
    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.AsSpan().IndexOfAny("\",\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void Row(StringBuilder text, IEnumerable<string> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first) text.Append(',');
            text.Append(Cell(cell));
            first = false;
        }

        text.Append("\r\n");
    }
}
