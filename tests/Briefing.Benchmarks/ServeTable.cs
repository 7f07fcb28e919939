using System.Globalization;
using System.Text;

namespace Briefing.Benchmarks;

/// <summary>
/// The serve benchmark's Markdown table: one row per measure, our median beside Hugo's in both of its modes, and each
/// target of issue 13 with how our figure stands against it.
/// </summary>
public static class ServeTable
{
    /// <summary>Start-up may take at most this many times a full build.</summary>
    public const double StartUpPerBuild = 1.2;

    /// <summary>An edited title is served within this many milliseconds…</summary>
    public const double TitleEditMs = 200;

    /// <summary>…and within this share of hugo server's time for the same edit.</summary>
    public const double TitleEditPerHugo = 0.5;

    /// <summary>An edit of a briefing's countries or date is served within this many milliseconds.</summary>
    public const double StructureEditMs = 400;

    /// <summary><c>briefing check</c> takes at most this share of a full build.</summary>
    public const double CheckPerBuild = 0.7;

    private const string Missing = "–";

    /// <summary>The header and separator lines.</summary>
    public static string Header()
    {
        string[] columns =
        [
            "measure", "ours median ms", "hugo median ms", "ratio (ours/hugo)", "hugo fast-render median ms", "ratio (ours/fast)", "target", "ours against target",
        ];
        return Line(columns) + "\n" + Line(columns.Select((_, i) => i is 0 or 6 or 7 ? "---" : "--:"));
    }

    /// <summary>The rows, in the order of the issue's targets; <paramref name="timeoutSeconds"/> is the per-edit timeout.</summary>
    public static IReadOnlyList<string> Rows(ServeResult result, int timeoutSeconds)
    {
        var (ours, hugo, fast) = (result.Ours, result.Hugo, result.HugoFastRender);
        var build = GeneratorRuns.Median(result.OurBuildMs);
        var rows = new List<string>
        {
            Line(["full build into tmpfs (`briefing build`, `hugo`)", Ms(build), result.HugoBuildMs is { } hugoBuild ? Ms(GeneratorRuns.Median(hugoBuild)) : Missing,
                result.HugoBuildMs is { } h ? Ratio(build / GeneratorRuns.Median(h)) : Missing, Missing, Missing, Missing, Missing]),
        };

        var startUp = GeneratorRuns.Median(ours.StartUpMs);
        rows.Add(Measured("start-up: process start to the ready line", startUp, hugo is null ? null : GeneratorRuns.Median(hugo.StartUpMs),
            fast is null ? null : GeneratorRuns.Median(fast.StartUpMs), $"≤ {Times(StartUpPerBuild)} our full build",
            Verdict(Part($"{Times(startUp / build)} build", startUp / build <= StartUpPerBuild))));

        var title = ServerMeasures.MedianServed(ours.TitleEditMs);
        var hugoTitle = hugo is null ? null : ServerMeasures.MedianServed(hugo.TitleEditMs);
        var fastTitle = fast is null ? null : ServerMeasures.MedianServed(fast.TitleEditMs);
        rows.Add(Measured("title edited: save to its page and its country's page served", title, hugoTitle, fastTitle,
            $"≤ {Ms(TitleEditMs)} ms and ≤ {Times(TitleEditPerHugo)} hugo",
            title is not { } t ? Missing : Verdict(
                Part($"{Ms(t)} ms", t <= TitleEditMs),
                hugoTitle is { } ht ? Part($"{Times(t / ht)} hugo", t / ht <= TitleEditPerHugo) : null,
                fastTitle is { } ft ? Part($"{Times(t / ft)} fast render", t / ft <= TitleEditPerHugo) : null)));

        var structure = ServerMeasures.MedianServed(ours.StructureEditMs);
        rows.Add(Measured("countries or date edited: save to its page and its new first country's page served", structure,
            hugo is null ? null : ServerMeasures.MedianServed(hugo.StructureEditMs), fast is null ? null : ServerMeasures.MedianServed(fast.StructureEditMs),
            $"≤ {Ms(StructureEditMs)} ms", structure is not { } s ? Missing : Verdict(Part($"{Ms(s)} ms", s <= StructureEditMs))));

        rows.Add(Line([string.Create(CultureInfo.InvariantCulture, $"edits not served within {timeoutSeconds} s"), Failed(ours), hugo is null ? Missing : Failed(hugo),
            Missing, fast is null ? Missing : Failed(fast), Missing, "none", Verdict(Part(Failed(ours), ours.Failed == 0))]));

        if (result.CheckMs is { } checks)
        {
            var check = GeneratorRuns.Median(checks);
            rows.Add(Line(["`briefing check` (ours only)", Ms(check), Missing, Missing, Missing, Missing, $"≤ {Times(CheckPerBuild)} our full build",
                Verdict(Part($"{Times(check / build)} build", check / build <= CheckPerBuild))]));
        }
        else
        {
            rows.Add(Line(["`briefing check` (ours only)", "check: not available", Missing, Missing, Missing, Missing, $"≤ {Times(CheckPerBuild)} our full build", Missing]));
        }

        return rows;
    }

    private static string Measured(string measure, double? ours, double? hugo, double? fast, string target, string verdict) => Line(
    [
        measure, ours is { } o ? Ms(o) : "failed", hugo is { } h ? Ms(h) : Missing, ours is { } a && hugo is { } b ? Ratio(a / b) : Missing,
        fast is { } f ? Ms(f) : Missing, ours is { } c && fast is { } d ? Ratio(c / d) : Missing, target, verdict,
    ]);

    private static string? Part(string figure, bool met) => $"{figure} ({(met ? "met" : "missed")})";

    private static string Verdict(params string?[] parts) => string.Join("; ", parts.OfType<string>());

    private static string Failed(ServerMeasures measures) => string.Create(CultureInfo.InvariantCulture, $"{measures.Failed} of {measures.Edits}");

    private static string Line(IEnumerable<string> cells) => new StringBuilder("| ").AppendJoin(" | ", cells).Append(" |").ToString();

    private static string Ms(double ms) => ms.ToString("N0", CultureInfo.InvariantCulture);

    private static string Ratio(double r) => r.ToString(r < 0.01 ? "F3" : "F2", CultureInfo.InvariantCulture);

    private static string Times(double r) => Ratio(r) + " ×";
}
