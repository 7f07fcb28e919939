using Briefing.Rendering;

namespace Briefing.Output;

/// <summary>Where rendered pages go as soon as they are made; called from several threads at once.</summary>
public interface IPageSink
{
    /// <summary>Takes one output file: its path relative to the output folder, its bytes (valid only during the call), and the input it came from, if one.</summary>
    void Write(string path, ReadOnlySpan<byte> bytes, string? sourcePath);
}
