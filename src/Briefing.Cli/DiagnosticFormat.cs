namespace Briefing.Cli;

/// <summary>How <c>briefing check</c> prints diagnostics.</summary>
public enum DiagnosticFormat
{
    /// <summary><c>path(line,col): error CODE: message</c>, the path relative to the input folder (as <c>build</c> prints them).</summary>
    Text,

    /// <summary>GitHub Actions workflow commands (<c>::error file=…,line=…,col=…::message</c>), which annotate the files.</summary>
    GitHub,

    /// <summary>One JSON object per line: severity, code, file, line, column, message.</summary>
    Json,
}
