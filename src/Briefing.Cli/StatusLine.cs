using System.Globalization;
using Briefing.Progress;

namespace Briefing.Cli;

/// <summary>
/// One line on a terminal saying what a build is doing (<c>briefing: render 4032/12093 (3.1 s)</c>), rewritten in
/// place with '\r'. Reports only record the latest state; a timer draws it, first after <see cref="Delay"/> (a
/// quick build shows nothing) and then at most every <see cref="Period"/>, so the elapsed time moves even in a
/// stage that reports nothing for a while. Spaces, not terminal escape codes, erase the line, so any terminal works.
/// </summary>
public sealed class StatusLine : IProgress<BuildProgress>, IDisposable
{
    /// <summary>How long a build runs before the line first appears.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(250);

    /// <summary>The shortest time between two draws (10 a second).</summary>
    public static readonly TimeSpan Period = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _terminal;
    private readonly TimeProvider _clock;
    private readonly long _started;
    private readonly ITimer _timer;
    private readonly Lock _lock = new();
    private BuildProgress? _state;
    private int _drawnLength;
    private bool _disposed;

    /// <summary>Starts the clock and the timer; nothing is written during the first <see cref="Delay"/>.</summary>
    public StatusLine(TextWriter terminal, TimeProvider clock)
    {
        (_terminal, _clock, _started) = (terminal, clock, clock.GetTimestamp());
        _timer = clock.CreateTimer(_ => Draw(), null, Delay, Period);
    }

    /// <inheritdoc />
    public void Report(BuildProgress value)
    {
        lock (_lock) _state = value;
    }

    /// <summary>Erases the line and draws nothing more until the next report (diagnostics are about to be written).</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _state = null;
            Erase();
        }
    }

    /// <summary>Stops the timer and erases the line.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _state = null;
            Erase();
        }

        _timer.Dispose();
    }

    private void Draw()
    {
        lock (_lock)
        {
            if (_disposed || _state is not { } state) return;
            var seconds = _clock.GetElapsedTime(_started).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
            var count = state.Total > 0 ? $" {state.Done}/{state.Total}" : "";
            var line = $"briefing: {state.Stage}{count} ({seconds} s)";
            // Padding covers what is left of a longer line drawn before.
            _terminal.Write("\r" + line.PadRight(_drawnLength));
            _terminal.Flush();
            _drawnLength = line.Length;
        }
    }

    private void Erase()
    {
        if (_drawnLength == 0) return;
        _terminal.Write("\r" + new string(' ', _drawnLength) + "\r");
        _terminal.Flush();
        _drawnLength = 0;
    }
}
