using Briefing.Benchmarks;
using Briefing.Building;
using Briefing.Loading;
using Briefing.Tests.Support;

namespace Briefing.Tests.Building;

public sealed class ParallelBuildTests
{
    [Fact]
    public void A_parallel_build_is_byte_identical_to_a_single_threaded_build_of_a_generated_corpus()
    {
        var folder = Directory.CreateTempSubdirectory("briefing-corpus-").FullName;
        try
        {
            CorpusGenerator.Write(400, 11, folder, null);
            var input = FolderReader.Read(folder);
            var theme = FolderReader.Read(Repository.Theme);
            var sequential = SiteBuilder.Build(input, theme, new BuildOptions(Parallelism: 1));
            var parallel = SiteBuilder.Build(input, theme, new BuildOptions(Parallelism: 8));
            Assert.True(sequential.Succeeded, string.Join('\n', sequential.Diagnostics.Take(5)));
            Assert.Equal(sequential.Diagnostics, parallel.Diagnostics);
            Assert.True(sequential.Files.Count > 400);
            Assert.Equal(sequential.Files.Select(f => f.Path), parallel.Files.Select(f => f.Path));
            foreach (var (a, b) in sequential.Files.Zip(parallel.Files))
                Assert.True(a.Bytes.AsSpan().SequenceEqual(b.Bytes), $"{a.Path} differs between the parallel and the single-threaded build");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
