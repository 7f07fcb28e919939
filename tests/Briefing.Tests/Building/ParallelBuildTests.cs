using Briefing.Building;
using Briefing.Loading;
using Briefing.Tests.Support;

namespace Briefing.Tests.Building;

public sealed class ParallelBuildTests
{
    [Fact]
    public void A_parallel_build_is_byte_identical_to_a_single_threaded_build_of_a_generated_corpus()
    {
        GeneratedCorpus.Use(400, 11, input =>
        {
            var theme = FolderReader.Read(Repository.Theme);
            var sequential = SiteBuilder.Build(input, theme, new BuildOptions(Parallelism: 1));
            var parallel = SiteBuilder.Build(input, theme, new BuildOptions(Parallelism: 8));
            Assert.True(sequential.Succeeded, string.Join('\n', sequential.Diagnostics.Take(5)));
            Assert.Equal(sequential.Diagnostics, parallel.Diagnostics);
            Assert.True(sequential.Files.Count > 400);
            SiteAssert.SameFiles(sequential, parallel, "between the parallel and the single-threaded build");
        });
    }
}
