using Briefing.Rendering;

namespace Briefing.Output;

/// <summary>Where rendered pages go as soon as they are made; called from several threads at once.</summary>
public interface IPageSink
{
    /// <summary>Takes one output file.</summary>
    void Write(RenderedPage page);
}
