using Briefing.Diagnostics;
using Briefing.Model;

namespace Briefing.Parsing;

/// <summary>
/// Reports quotes and events that name no source: errors for the kinds site.yml's <c>require_sources</c> names,
/// warnings for the rest when asked (<c>briefing check</c>). Run after parsing, as it needs site.yml and every briefing.
/// </summary>
public static class SourcingCheck
{
    /// <summary>Reports every unsourced quote and event of <paramref name="briefings"/>; <paramref name="warnAll"/> warns where no error is due.</summary>
    public static void Run(SourcingPolicy policy, IEnumerable<ParsedBriefing> briefings, bool warnAll, DiagnosticBag diagnostics)
    {
        var quotesRequired = policy is SourcingPolicy.Quotes or SourcingPolicy.All;
        var eventsRequired = policy is SourcingPolicy.Events or SourcingPolicy.All;
        if (!quotesRequired && !eventsRequired && !warnAll) return;
        foreach (var b in briefings)
        {
            foreach (var q in b.Quotes.Where(q => q.Source is null))
                Report(quotesRequired, warnAll, q.At, "quote has no 'source'", diagnostics);
            foreach (var e in b.Events.Where(e => e.Source is null))
                Report(eventsRequired, warnAll, e.At, $"event '{e.Title}' has no 'source'", diagnostics);
        }
    }

    private static void Report(bool required, bool warn, SourceLocation at, string what, DiagnosticBag diagnostics)
    {
        const string hint = "; add 'source:' with the name of one of the briefing's 'sources'";
        if (required) diagnostics.Error(DiagnosticCodes.MissingSource, at, $"{what}, and site.yml's require_sources asks for one{hint}");
        else if (warn) diagnostics.Warning(DiagnosticCodes.MissingSource, at, $"{what}{hint}");
    }
}
