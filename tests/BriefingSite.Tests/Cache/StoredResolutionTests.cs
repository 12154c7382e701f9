using BriefingSite.Cache;
using BriefingSite.Link;
using BriefingSite.Model;
using BriefingSite.Publish;

namespace BriefingSite.Tests.Cache;

public sealed class StoredResolutionTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("resolution-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static (IReadOnlyList<Briefing> Briefings, IReadOnlyList<EntityFile> Files) Seeds()
    {
        var content = new ContentFolder(Path.Combine(RepositoryRoot.Path, "input"), RepositoryRoot.Path);
        var briefings = content.LoadBriefings([]).Select(b => b.Briefing).OrderBy(b => b.Slug, StringComparer.Ordinal).ToList();
        EntityFile file = new() { Id = "finer", Name = "Jonathan Finer", Aliases = ["Jon Finer"], Description = "Deputy adviser." };
        return (briefings, [file]);
    }

    private static string Outcome(EntityResolver resolver, IReadOnlyList<Briefing> briefings) => string.Join('\n',
        resolver.Entities.Select(e => $"{e.Id}|{e.Name}|{e.Type}|{string.Join(',', e.Aliases)}|{string.Join(',', e.Roles)}|{e.File?.Id}")
            .Concat(briefings.SelectMany((b, i) => b.Entities.Select((_, at) => $"{i}:{at}={resolver.Of(i, at).Id}"))));

    [Fact]
    public void A_stored_resolution_is_the_resolution_it_stands_for()
    {
        var (briefings, files) = Seeds();
        var store = new StoredResolution(Path.Combine(folder, "resolution.bin"));

        var fresh = store.Resolve(briefings, files);
        var reused = new StoredResolution(Path.Combine(folder, "resolution.bin")).Resolve(briefings, files);

        Assert.NotSame(fresh, reused);
        Assert.Equal(Outcome(fresh, briefings), Outcome(reused, briefings));
        Assert.Same(files[0], reused.Entities.Single(e => e.File is not null).File);
    }

    [Fact]
    public void An_id_written_by_hand_is_resolved_anew_not_taken_from_the_store()
    {
        var (briefings, files) = Seeds();
        var store = new StoredResolution(Path.Combine(folder, "resolution.bin"));
        var first = store.Resolve(briefings, files);
        var (at, entity) = briefings.Select((b, i) => (i, b.Entities.FirstOrDefault(e => e.Name == "John Finer"))).First(p => p.Item2 is not null);
        var edited = briefings.Select((b, i) => i == at ? b with { Entities = [.. b.Entities.Select(e => e == entity ? e with { Id = "john-finer" } : e)] } : b).ToList();

        var byHand = new StoredResolution(Path.Combine(folder, "resolution.bin")).Resolve(edited, files, new HandIds([(edited[at].Slug, "john-finer")]));

        Assert.Equal(first.Of(at, entity!.Id).Id, new StoredResolution(Path.Combine(folder, "resolution.bin")).Resolve(edited, files).Of(at, "john-finer").Id);
        Assert.Equal("john-finer", byHand.Of(at, "john-finer").Id);
    }

    [Fact]
    public void The_same_store_gives_its_last_resolution_again_only_while_the_entity_files_are_the_same_to_the_letter()
    {
        var (briefings, files) = Seeds();
        var store = new StoredResolution(Path.Combine(folder, "resolution.bin"));
        var first = store.Resolve(briefings, files);

        // The same inputs, the entity files read again: the same resolution, as it is
        Assert.Same(first, store.Resolve([.. briefings], [files[0] with { Aliases = [.. files[0].Aliases] }]));

        // A description or a hidden flag changed, which resolution does not read: resolved alike, with the files of now
        foreach (EntityFile edited in new[] { files[0] with { Description = "Adviser." }, files[0] with { Hidden = true } })
        {
            var again = store.Resolve(briefings, [edited]);
            Assert.NotSame(first, again);
            Assert.Equal(Outcome(first, briefings), Outcome(again, briefings));
            Assert.Same(edited, again.Entities.Single(e => e.File is not null).File);
        }
    }

    [Fact]
    public void A_changed_entity_or_entity_file_resolves_again()
    {
        var (briefings, files) = Seeds();
        var store = new StoredResolution(Path.Combine(folder, "resolution.bin"));
        store.Resolve(briefings, files);

        var renamed = briefings.Select((b, i) => i == 0 ? b with { Entities = [.. b.Entities.Select((e, at) => at == 0 ? e with { Name = "Someone Else Entirely" } : e)] } : b).ToList();
        var otherFile = new[] { files[0] with { Aliases = ["Finer"] } };

        Assert.Equal(Outcome(EntityResolver.Resolve(renamed, files), renamed), Outcome(store.Resolve(renamed, files), renamed));
        Assert.Equal(Outcome(EntityResolver.Resolve(renamed, otherFile), renamed), Outcome(store.Resolve(renamed, otherFile), renamed));
    }

    [Fact]
    public void A_damaged_store_only_costs_time()
    {
        var (briefings, files) = Seeds();
        var path = Path.Combine(folder, "resolution.bin");
        var store = new StoredResolution(path);
        var fresh = Outcome(store.Resolve(briefings, files), briefings);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        Assert.Equal(fresh, Outcome(store.Resolve(briefings, files), briefings));
    }
}
