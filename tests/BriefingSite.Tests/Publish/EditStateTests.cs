using BriefingSite.Publish;

namespace BriefingSite.Tests.Publish;

public sealed class EditStateTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("edit-state-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Saves_and_loads_field_and_item_prints_byte_for_byte()
    {
        // Given a state with one briefing's fingerprint
        var print = FieldHashes.Of(FrontMatterWriterTests.Sample());
        var state = EditState.Load(folder);
        state.Set("seeds/001.txt", print);

        // When it is saved, loaded and saved again
        state.Save(folder);
        var first = File.ReadAllText(Path.Combine(folder, EditState.FileName));
        var loaded = EditState.Load(folder);
        loaded.Save(folder);

        // Then nothing changes and every print came back
        Assert.Equal(first, File.ReadAllText(Path.Combine(folder, EditState.FileName)));
        Assert.Equal(print.Fields, loaded.For("seeds/001.txt")!.Fields);
        Assert.Equal(print.Items["entities"], loaded.For("seeds/001.txt")!.Items["entities"]);
        Assert.Empty(loaded.For("seeds/001.txt")!.Items["figures"].Except(print.Items["figures"]));
    }

    [Fact]
    public void A_large_state_is_written_as_one_indented_writer_would_write_it()
    {
        // Given a state of 1,234 briefings (written in several runs), some of them mid-way between two versions
        var old = FrontMatterWriterTests.Sample();
        var state = EditState.Load(folder);
        for (var n = 0; n < 1234; n++)
        {
            var written = FieldHashes.Of(old with { Summary = $"Summary {n}.", Tags = [$"tag-{n}"] });
            state.Begin($"seeds/{n:D4}.txt", written, n % 7 == 0 ? FieldHashes.Of(old) : null);
        }

        // When it is saved
        state.Save(folder);

        // Then the file is what one writer makes of the same document, entries in order
        var bytes = File.ReadAllBytes(Path.Combine(folder, EditState.FileName));
        using var document = System.Text.Json.JsonDocument.Parse(bytes);
        var expected = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(expected, new System.Text.Json.JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            document.RootElement.WriteTo(writer);
        }

        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected.WrittenSpan) + "\n", System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Equal(1234, document.RootElement.EnumerateObject().Count());
        Assert.Equal(177, document.RootElement.EnumerateObject().Count(e => e.Value.TryGetProperty("previous", out _)));
        Assert.Equal(Enumerable.Range(0, 1234).Select(n => $"seeds/{n:D4}.txt"), document.RootElement.EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public void An_empty_state_is_an_empty_object()
    {
        EditState.Load(folder).Save(folder);

        Assert.Equal("{}\n", File.ReadAllText(Path.Combine(folder, EditState.FileName)));
    }

    [Fact]
    public void Loads_the_older_field_only_shape()
    {
        File.WriteAllText(Path.Combine(folder, EditState.FileName), "{ \"seeds/a.txt\": { \"summary\": \"abc\" } }");

        var print = EditState.Load(folder).For("seeds/a.txt");

        Assert.Equal("abc", print!.Fields["summary"]);
        Assert.Empty(print.Items);
    }

    [Fact]
    public void A_damaged_state_file_loads_as_empty()
    {
        File.WriteAllText(Path.Combine(folder, EditState.FileName), "{ \"seeds/a.txt\": { \"fields\": { \"summary\": 3 } }");

        Assert.Null(EditState.Load(folder).For("seeds/a.txt"));
    }

    [Fact]
    public void After_a_run_stopped_mid_way_each_file_is_compared_with_the_version_it_holds()
    {
        // Given a state saved by a run that began writing a new version but never committed
        var old = FrontMatterWriterTests.Sample();
        var fresh = old with { Summary = "Fresh.", Tags = ["fresh"] };
        var state = EditState.Load(folder);
        state.Set("seeds/001.txt", FieldHashes.Of(old));
        state.Save(folder);
        state.Begin("seeds/001.txt", FieldHashes.Of(fresh), state.For("seeds/001.txt", old));
        state.Save(folder);

        // When it is loaded again
        var loaded = EditState.Load(folder);

        // Then a file still holding the old version is measured against the old print, a rewritten one against the new
        Assert.Equal(FieldHashes.Of(old).Fields, loaded.For("seeds/001.txt", old)!.Fields);
        Assert.Equal(FieldHashes.Of(fresh).Fields, loaded.For("seeds/001.txt", fresh)!.Fields);
        Assert.Empty(EditMerger.Merge(fresh, old, loaded.For("seeds/001.txt", old), force: false).KeptFields);
    }
}
