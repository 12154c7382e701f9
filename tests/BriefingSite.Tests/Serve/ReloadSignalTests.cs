using BriefingSite.Cli.Serve;

namespace BriefingSite.Tests.Serve;

public sealed class ReloadSignalTests
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Pages_written_early_are_told_in_order_once_each_then_the_build_number_moves_past_them()
    {
        // Given a stream that has told build 0
        var signal = new ReloadSignal();
        var at = signal.Start;

        // When a build writes two pages, one of them twice
        signal.PageWritten("briefings/a.html");
        signal.PageWritten("tags/x.html");
        signal.PageWritten("briefings/a.html");

        // Then the stream hears of both, in order, for build 1
        var (now, pages) = await signal.NextAsync(at, CancellationToken.None).WaitAsync(Soon);
        Assert.Equal(["briefings/a.html", "tags/x.html"], pages);
        Assert.Equal((0, 0), (now.Build, now.Search));

        // And once the build number moves, the stream hears the numbers alone, and nothing is early any more
        signal.Pulse();
        (now, pages) = await signal.NextAsync(now, CancellationToken.None).WaitAsync(Soon);
        Assert.Empty(pages);
        Assert.Equal(new ReloadSignal.Position(1, 0, 0), now);
        Assert.False(signal.HasEarlyPages);
    }

    [Fact]
    public void A_page_written_early_is_served_with_the_build_number_it_already_shows_and_others_without()
    {
        var signal = new ReloadSignal();
        signal.Pulse();

        signal.PageWritten("briefings/a.html");

        Assert.Equal((1, 0, 2), signal.For("briefings/a.html"));
        Assert.Equal((1, 0, null), signal.For("briefings/b.html"));
        Assert.True(signal.HasEarlyPages);
        signal.Pulse();
        Assert.Equal((2, 0, null), signal.For("briefings/a.html"));
    }

    [Fact]
    public async Task A_stream_that_connects_during_a_build_hears_of_the_pages_written_before_it()
    {
        var signal = new ReloadSignal();
        signal.PageWritten("index.html");

        var (_, pages) = await signal.NextAsync(signal.Start, CancellationToken.None).WaitAsync(Soon);

        Assert.Equal(["index.html"], pages);
    }

    [Fact]
    public void Tells_a_bounded_number_of_pages_and_none_whose_path_would_break_an_event()
    {
        var signal = new ReloadSignal();
        signal.PageWritten("bad\nname.html");
        Assert.False(signal.HasEarlyPages);

        for (var i = 0; i <= ReloadSignal.EarlyPagesTold; i++)
        {
            signal.PageWritten($"p{i}.html");
        }

        Assert.Equal(1, signal.For($"p{ReloadSignal.EarlyPagesTold - 1}.html").Early);
        Assert.Null(signal.For($"p{ReloadSignal.EarlyPagesTold}.html").Early);
    }
}
