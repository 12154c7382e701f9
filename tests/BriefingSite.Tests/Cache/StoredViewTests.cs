using BriefingSite.Cache;

namespace BriefingSite.Tests.Cache;

public sealed class StoredViewTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("stored-view-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private StoredView<string> View(string name = "view.bin") =>
        new(Path.Combine(folder, name), (writer, value) => writer.Write(value), reader => reader.ReadString());

    [Fact]
    public void A_view_is_made_once_while_what_it_reads_is_the_same()
    {
        // Given a view made once from some inputs
        var made = 0;
        string Make() => $"made {++made}";
        View().Get([1, 2, 3], Make);

        // When a later build asks again with the same digest, then with another
        var again = View().Get([1, 2, 3], Make);
        var changed = View().Get([1, 2, 4], Make);

        // Then the first is read back, and the second is made anew
        Assert.Equal("made 1", again);
        Assert.Equal("made 2", changed);
        Assert.Equal(2, made);
    }

    [Fact]
    public void A_damaged_or_missing_file_only_costs_time()
    {
        // Given a stored view whose file is then cut short
        View().Get([9], () => "a long enough value to cut in half");
        var path = Path.Combine(folder, "view.bin");
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..20]);

        // When it is asked for, and asked for from a file that was never written
        var damaged = View().Get([9], () => "made again");
        var missing = View("never.bin").Get([9], () => "made anew");

        // Then each is made again
        Assert.Equal("made again", damaged);
        Assert.Equal("made anew", missing);
    }
}
