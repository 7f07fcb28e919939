using Briefing.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Briefing.Rendering;

/// <summary>Turns Scriban's messages and runtime errors into diagnostics with the template's path, line and column.</summary>
public static class TemplateDiagnostics
{
    /// <summary>A parse-time message.</summary>
    public static Diagnostic From(LogMessage message) =>
        new(message.Type == ParserMessageType.Error ? Severity.Error : Severity.Warning, DiagnosticCodes.TemplateError,
            At(message.Span), message.Message);

    /// <summary>A render-time error, naming the page that was being rendered.</summary>
    public static Diagnostic From(ScriptRuntimeException e, string page) =>
        new(Severity.Error, DiagnosticCodes.TemplateError, At(e.Span), $"{e.OriginalMessage} (while rendering {page})");

    private static SourceLocation At(SourceSpan span) =>
        new(span.FileName ?? "theme", span.Start.Line + 1, span.Start.Column + 1);
}
