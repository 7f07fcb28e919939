using System.Globalization;
using System.Runtime.InteropServices;

namespace Briefing.Benchmarks;

/// <summary>Prints the serve benchmark: one line saying what ran and the load average, then per size its table and notes.</summary>
public static class ServeReport
{
    /// <summary>Writes the report of <paramref name="runs"/> to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, BenchmarkOptions options, string hugoVersion, string loadBefore, string loadAfter,
        IReadOnlyList<(ServeResult Result, IReadOnlyList<string> Notes)> runs)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"briefing serve vs hugo server: seed {options.Seed}, {options.Runs} start-ups and full builds each, {options.Edits} edits of each kind per server, " +
            $"{Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, {hugoVersion}; load average {loadBefore} before, {loadAfter} after"));
        foreach (var (result, notes) in runs)
        {
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"N={result.Briefings:N0}"));
            output.WriteLine();
            output.WriteLine(ServeTable.Header());
            foreach (var row in ServeTable.Rows(result, options.EditTimeoutSeconds)) output.WriteLine(row);
            output.WriteLine();
            foreach (var note in notes) output.WriteLine(note);
        }
    }
}
