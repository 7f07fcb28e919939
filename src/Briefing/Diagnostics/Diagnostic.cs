namespace Briefing.Diagnostics;

/// <summary>One problem found in the input or the theme, reported as data rather than thrown.</summary>
public sealed record Diagnostic(Severity Severity, string Code, SourceLocation Location, string Message)
{
    // Messages quote keys, references and links as the author wrote them; escaping them here, where every
    // diagnostic is made, keeps each one on one line and shows what is really in the file.
    private readonly string _message = VisibleText.Escape(Message);

    /// <summary>What is wrong and what to do, with control and invisible characters written as <c>\uXXXX</c>.</summary>
    public string Message
    {
        get => _message;
        init => _message = VisibleText.Escape(value);
    }

    /// <summary>The MSBuild form editors and CI annotate: <c>path(line,col): error BRF012: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
}
