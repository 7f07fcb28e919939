namespace Briefing.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum Severity
{
    /// <summary>The build goes on; with --strict it becomes an error.</summary>
    Warning,

    /// <summary>The build stops before anything is written.</summary>
    Error,
}
