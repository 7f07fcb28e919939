namespace Briefing.Diagnostics;

/// <summary>One problem found in the input or the theme, reported as data rather than thrown.</summary>
public sealed record Diagnostic(Severity Severity, string Code, SourceLocation Location, string Message)
{
    /// <summary>The MSBuild form editors and CI annotate: <c>path(line,col): error BRF012: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
}
