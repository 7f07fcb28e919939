namespace Briefing.Cli;

/// <summary>The exit codes the spec fixes.</summary>
public static class ExitCodes
{
    /// <summary>The site was built.</summary>
    public const int Built = 0;

    /// <summary>The input has errors; nothing was written.</summary>
    public const int InputErrors = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;
}
