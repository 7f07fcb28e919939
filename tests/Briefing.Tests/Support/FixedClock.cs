namespace Briefing.Tests.Support;

/// <summary>
/// A clock for tests: a fixed "now" in a chosen time zone, and a timestamp and timers that move only when
/// <see cref="Advance"/> is called (timers fire then, on the calling thread).
/// </summary>
public sealed class FixedClock(DateTimeOffset now, TimeZoneInfo? zone = null) : TimeProvider
{
    private readonly List<ManualTimer> _timers = [];
    private long _ticks;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime() + TimeSpan.FromTicks(_ticks);

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => zone ?? TimeZoneInfo.Utc;

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override long GetTimestamp() => _ticks;

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(callback, state, _ticks + dueTime.Ticks, period.Ticks);
        _timers.Add(timer);
        return timer;
    }

    /// <summary>Moves time on, firing each timer as often as it falls due on the way.</summary>
    public void Advance(TimeSpan by)
    {
        var end = _ticks + by.Ticks;
        while (_timers.Where(t => !t.Disposed && t.Due <= end).MinBy(t => t.Due) is { } next)
        {
            _ticks = next.Due;
            next.Fire();
        }

        _ticks = end;
    }

    private sealed class ManualTimer(TimerCallback callback, object? state, long due, long period) : ITimer
    {
        public long Due { get; private set; } = due;

        public bool Disposed { get; private set; }

        public void Fire()
        {
            Due = period > 0 ? Due + period : long.MaxValue;
            callback(state);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period) => throw new NotSupportedException();

        public void Dispose() => Disposed = true;

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
