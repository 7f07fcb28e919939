using System.Diagnostics;
using System.Text;

namespace Briefing.Cli.Search;

/// <summary>Runs an external tool (npm, Pagefind) to its end and collects what it printed, both streams in one text.</summary>
public static class ToolProcess
{
    /// <summary>
    /// Runs <paramref name="file"/> with <paramref name="arguments"/> in <paramref name="folder"/>; its exit code and
    /// output, or -1 and the reason when it cannot be started. Cancelling <paramref name="stop"/> kills the process (and
    /// its children), which this call started and so owns.
    /// </summary>
    public static async Task<(int Code, string Output)> Run(string file, IEnumerable<string> arguments, string folder, CancellationToken stop = default)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("no process");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return (-1, $"{file} could not be started ({e.Message})");
        }

        using (process)
        {
            process.StandardInput.Close();
            var text = new StringBuilder();
            void Collect(object? _, DataReceivedEventArgs line)
            {
                if (line.Data is null) return;
                lock (text) text.Append(line.Data).Append('\n');
            }

            process.OutputDataReceived += Collect;
            process.ErrorDataReceived += Collect;
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            try
            {
                await process.WaitForExitAsync(stop);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
                throw;
            }

            lock (text) return (process.ExitCode, text.ToString());
        }
    }
}
