namespace Briefing.Progress;

/// <summary>
/// Counts one stage's items from any number of threads and reports the start, every <see cref="Every"/>th item and
/// the last one. Reporting every item would make the listener's throttle the bottleneck of a parallel stage.
/// </summary>
public sealed class ProgressCounter
{
    /// <summary>How many items pass between two reports.</summary>
    public const int Every = 32;

    private readonly IProgress<BuildProgress>? _progress;
    private readonly string _stage;
    private readonly int _total;
    private int _done;

    /// <summary>Starts counting <paramref name="total"/> items of <paramref name="stage"/> and reports it; with no listener it does nothing.</summary>
    public ProgressCounter(IProgress<BuildProgress>? progress, string stage, int total)
    {
        (_progress, _stage, _total) = (progress, stage, total);
        progress?.Report(new BuildProgress(stage, 0, total));
    }

    /// <summary>Counts one item done; safe to call from several threads at once.</summary>
    public void Step()
    {
        if (_progress is null) return;
        var done = Interlocked.Increment(ref _done);
        if (done % Every == 0 || done == _total) _progress.Report(new BuildProgress(_stage, done, _total));
    }
}
