using System.Diagnostics;
using System.Globalization;

namespace Briefing.Benchmarks;

/// <summary>
/// One running preview server: started on a port, its output read line by line as it comes (the ready line is timed
/// when it arrives, rebuilds are counted), its CPU time sampled to tell when it is idle, and stopped as a user would,
/// with SIGINT, killed only when that does not end it.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly Stopwatch _clock;
    private readonly Lock _gate = new();
    private readonly List<string> _output = [];
    private readonly List<string> _errors = [];
    private readonly TaskCompletionSource<double> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _rebuilds;

    private ServerProcess(ServerCommand command, int port, Process process, Stopwatch clock)
    {
        Command = command;
        Port = port;
        _process = process;
        _clock = clock;
    }

    /// <summary>What was started.</summary>
    public ServerCommand Command { get; }

    /// <summary>The loopback port it serves on.</summary>
    public int Port { get; }

    /// <summary>Rebuilds finished (or failed) since the ready line.</summary>
    public int Rebuilds => Volatile.Read(ref _rebuilds);

    /// <summary>Lines it wrote to standard error, in order.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_gate) return [.. _errors];
        }
    }

    /// <summary>The last <paramref name="count"/> lines that ended a rebuild, in the server's own words (its own timing of the work).</summary>
    public IReadOnlyList<string> LastRebuildLines(int count)
    {
        lock (_gate) return _output.Where(IsRebuilt).TakeLast(count).ToList();
    }

    /// <summary>The URL of <paramref name="path"/> (starting with <c>/</c>) on this server.</summary>
    public Uri Url(string path) => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}{path}"));

    /// <summary>Starts <paramref name="command"/> on <paramref name="port"/> in <paramref name="workingFolder"/>; the clock starts just before.</summary>
    public static ServerProcess Start(ServerCommand command, int port, string workingFolder)
    {
        var start = new ProcessStartInfo(command.Program)
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Arguments(port)) start.ArgumentList.Add(argument);
        var process = new Process { StartInfo = start };
        var clock = Stopwatch.StartNew();
        var server = new ServerProcess(command, port, process, clock);
        process.OutputDataReceived += (_, e) => server.Received(e.Data, error: false);
        process.ErrorDataReceived += (_, e) => server.Received(e.Data, error: true);
        if (!process.Start()) throw new BenchmarkFailureException($"could not start {command.Program}");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Milliseconds from the process start to its ready line; fails with its output when it exits or takes longer than <paramref name="timeout"/>.</summary>
    public double WaitUntilReady(TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (!_ready.Task.Wait(TimeSpan.FromMilliseconds(100)))
        {
            if (_process.HasExited)
            {
                _process.WaitForExit(); // the rest of its output
                throw new BenchmarkFailureException($"{Command.Name} exited with code {_process.ExitCode} before it served:\n{Tail()}");
            }

            if (deadline.Elapsed > timeout)
                throw new BenchmarkFailureException($"{Command.Name} printed no '{Command.ReadyText}' line in {timeout.TotalSeconds:F0} s:\n{Tail()}");
        }

        return _ready.Task.Result;
    }

    /// <summary>Waits until more than <paramref name="before"/> rebuilds have ended; false after <paramref name="timeout"/>.</summary>
    public bool WaitForRebuild(int before, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (Rebuilds <= before)
        {
            if (clock.Elapsed > timeout || _process.HasExited) return false;
            Thread.Sleep(5);
        }

        return true;
    }

    /// <summary>
    /// Waits until the server used at most <paramref name="busy"/> of CPU time in a <paramref name="window"/>, so the
    /// next measurement does not share the cores with the tail of this one's work; false after <paramref name="timeout"/>.
    /// </summary>
    public bool WaitForQuiet(TimeSpan window, TimeSpan busy, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        var before = CpuTime();
        while (clock.Elapsed < timeout && !_process.HasExited)
        {
            Thread.Sleep(window);
            var now = CpuTime();
            if (now - before <= busy) return true;
            before = now;
        }

        return _process.HasExited;
    }

    /// <summary>Stops the server with SIGINT and, when it is still running after <paramref name="grace"/>, kills it; says which.</summary>
    public string Stop(TimeSpan grace)
    {
        if (_process.HasExited) return $"{Command.Name} had already exited (code {_process.ExitCode})";
        var clock = Stopwatch.StartNew();
        if (PosixSignal.Interrupt(_process.Id) && _process.WaitForExit(grace))
        {
            _process.WaitForExit();
            return string.Create(CultureInfo.InvariantCulture, $"{Command.Name} stopped on SIGINT in {clock.Elapsed.TotalMilliseconds:F0} ms (exit code {_process.ExitCode})");
        }

        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        return string.Create(CultureInfo.InvariantCulture, $"{Command.Name} was still running {grace.TotalSeconds:F0} s after SIGINT and was killed");
    }

    /// <summary>Kills the server if it still runs (after a failure; <see cref="Stop"/> is the clean way).</summary>
    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private TimeSpan CpuTime()
    {
        try
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
        catch (InvalidOperationException)
        {
            return TimeSpan.Zero; // it exited between the check and the read
        }
    }

    private void Received(string? line, bool error)
    {
        if (line is null) return;
        var at = _clock.Elapsed.TotalMilliseconds;
        lock (_gate)
        {
            _output.Add(line);
            if (error) _errors.Add(line);
        }

        if (!_ready.Task.IsCompleted)
        {
            if (line.Contains(Command.ReadyText, StringComparison.Ordinal)) _ready.TrySetResult(at);
            return;
        }

        if (IsRebuilt(line)) Interlocked.Increment(ref _rebuilds);
    }

    private bool IsRebuilt(string line) => Command.RebuiltTexts.Any(t => line.Contains(t, StringComparison.Ordinal));

    private string Tail()
    {
        lock (_gate) return string.Join('\n', _output.TakeLast(40));
    }
}
