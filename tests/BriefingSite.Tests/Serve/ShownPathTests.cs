using BriefingSite.Cli.Serve;

namespace BriefingSite.Tests.Serve;

public sealed class ShownPathTests
{
    [Fact]
    public void Shows_a_path_inside_the_root_relative_to_it()
    {
        Assert.Equal("input/a.md", ShownPath.Of("/site", "/site/input/a.md"));
    }

    [Fact]
    public void Shows_a_path_outside_the_root_whole()
    {
        Assert.Equal("/tmp/output", ShownPath.Of("/site", "/tmp/output"));
    }
}
