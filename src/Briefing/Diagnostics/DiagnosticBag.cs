namespace Briefing.Diagnostics;

/// <summary>Collects diagnostics from every stage so all problems are shown in one run.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    /// <summary>Adds an error.</summary>
    public void Error(string code, SourceLocation at, string message) => Add(new Diagnostic(Severity.Error, code, at, message));

    /// <summary>Adds a warning.</summary>
    public void Warning(string code, SourceLocation at, string message) => Add(new Diagnostic(Severity.Warning, code, at, message));

    /// <summary>Adds a diagnostic; safe to call from parallel stages.</summary>
    public void Add(Diagnostic diagnostic)
    {
        lock (_gate) _items.Add(diagnostic);
    }

    /// <summary>True when any error was reported.</summary>
    public bool HasErrors
    {
        get { lock (_gate) return _items.Any(d => d.Severity == Severity.Error); }
    }

    /// <summary>All diagnostics in a stable order: by path, line, column, code, message.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            return _items
                .Distinct()
                .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
