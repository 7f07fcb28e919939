using System.Runtime.InteropServices;

namespace Briefing.Benchmarks;

/// <summary>Sends SIGINT, what Ctrl-C sends a server in a terminal; .NET's Process can only kill.</summary>
public static class PosixSignal
{
    private const int SigInt = 2;

    /// <summary>Sends SIGINT to process <paramref name="pid"/>; false when it could not be sent (the process is gone).</summary>
    public static bool Interrupt(int pid) => kill(pid, SigInt) == 0;

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
