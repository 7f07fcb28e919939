using System.CommandLine;
using System.Globalization;
using Briefing.Diagnostics;

namespace Briefing.Cli;

/// <summary>
/// The day a build treats as today, which decides which briefings are scheduled: <c>--as-of YYYY-MM-DD</c>, so a
/// build of old input gives the same bytes on any day, or else the clock's local date.
/// </summary>
public static class BuildDay
{
    /// <summary>The <c>--as-of</c> option; a value that is not a YYYY-MM-DD day is a usage error (exit 2).</summary>
    public static Option<DateOnly?> AsOfOption() => new("--as-of")
    {
        Description = "Build as if today were this day (YYYY-MM-DD): briefings dated after it are scheduled. Default: today.",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (Parse(text) is { } day) return day;
            result.AddError(Problem(text));
            return null;
        },
    };

    /// <summary>The <c>--future</c> option of build and check.</summary>
    public static Option<bool> FutureOption() => new("--future") { Description = "Publish briefings dated after the build day too (by default they wait for their day)." };

    /// <summary><paramref name="asOf"/> when given, else today by <paramref name="clock"/>'s local time.</summary>
    public static DateOnly Today(DateOnly? asOf, TimeProvider clock) => asOf ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>The day <paramref name="text"/> names in the form YYYY-MM-DD, or null.</summary>
    public static DateOnly? Parse(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>The usage error for an <c>--as-of</c> of <paramref name="text"/>.</summary>
    public static string Problem(string text) =>
        $"error {DiagnosticCodes.BadAsOf}: --as-of '{text}' is not a day; write it as YYYY-MM-DD, like 2026-06-20";
}
