using System.Text.Json;
using BriefingSite.Link;
using BriefingSite.Render;

namespace BriefingSite.Cache;

/// <summary>
/// The build cache (.briefing-cache/ in the project root, never committed): what the last build read and wrote, so
/// the next one redoes only what changed. Deleting the folder is always safe; the next build is then a clean one.
/// </summary>
public sealed class BuildCache(string folder)
{
    public const string FolderName = ".briefing-cache";

    private BriefingStore? extracted;
    private readonly Lazy<BriefingStore> parsed = new(() => BriefingStore.Load(Path.Combine(folder, "parsed.bin")));
    private readonly Lazy<PageHashes> pages = new(() => PageHashes.Load(Path.Combine(folder, "pages.bin")));
    private readonly Lazy<FragmentStore> fragments = new(() => FragmentStore.Load(Path.Combine(folder, "fragments.bin")));

    public string Folder { get; } = folder;

    public static BuildCache For(BuildOptions options) => new(Path.Combine(options.Root, FolderName));

    /// <summary>
    /// True in a process that builds again and again (the preview server): the stores, the link views and the linked
    /// briefings stay in memory after a build, for the next one to use rather than read or make again.
    /// </summary>
    public bool KeptInMemory { get; init; }

    /// <summary>Briefings as extracted from each article (before linking and merging), by article path.</summary>
    public BriefingStore Extracted => extracted ??= BriefingStore.Load(File("extracted.bin"));

    /// <summary>Briefings as read from each file of the content folder, by file path.</summary>
    public BriefingStore Parsed => parsed.Value;

    /// <summary>A hash of each rendered page's data, by output path.</summary>
    public PageHashes Pages => pages.Value;

    /// <summary>The entity resolution, corroborations and relations of the last render, each with what it was made from.</summary>
    public LinkMemory Linking => linking ??= StoredLinkViews.In(Folder, keepBriefings: KeptInMemory);

    private LinkMemory? linking;

    /// <summary>The entity ids written by hand of the last render, with the state file and the briefings' ids they came from.</summary>
    public StoredView<Link.HandIds> HandIds => handIds ??= new(File("hand-ids.bin"), (writer, ids) => ids.Write(writer), Link.HandIds.Read);

    private StoredView<Link.HandIds>? handIds;

    /// <summary>When <see cref="KeptInMemory"/>: the last render's page keys, for the next render to take again where nothing they read changed.</summary>
    public PageKeyMemory? KeyMemory => KeptInMemory ? keyMemory ??= new() : null;

    private PageKeyMemory? keyMemory;

    /// <summary>Each briefing's part of the site-wide files, by a digest of its front matter.</summary>
    public FragmentStore Fragments => fragments.Value;

    /// <summary>The output folder's stamps as the last build of this process took them (see <see cref="BuildOptions.OutputChanges"/>).</summary>
    public WatchedOutput WatchedOutput { get; } = new();

    /// <summary>Where the site's large files keep their last-but-one version (see <see cref="Publish.SpareFile"/>).</summary>
    public string Spares => File("spares");

    /// <summary>Starts loading the stores a render reads, beside the work that comes first (each loads once, whoever asks first).</summary>
    public void Preload()
    {
        _ = Task.Run(() => parsed.Value);
        _ = Task.Run(() => pages.Value);
        _ = Task.Run(() => fragments.Value);
    }

    /// <summary>The <see cref="MergeInputs"/> digest recorded after the last extract.</summary>
    public string? LastMerge
    {
        get => System.IO.File.Exists(File("merge.txt")) ? System.IO.File.ReadAllText(File("merge.txt")) : null;
        set => CacheFile.Write(File("merge.txt"), writer => writer.Write(System.Text.Encoding.UTF8.GetBytes(value ?? "")));
    }

    /// <summary>The report of the last build, when it was made from exactly these files.</summary>
    public BuildReport? LastBuild(string digest)
    {
        try
        {
            var record = JsonSerializer.Deserialize(System.IO.File.ReadAllText(File("build.json")), CacheJson.Default.BuildRecord);
            return record is not null && record.Digest == digest ? record.Report : null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    public void SaveBuild(string digest, BuildReport report)
    {
        Save();
        var json = JsonSerializer.SerializeToUtf8Bytes(new BuildRecord(digest, report), CacheJson.Default.BuildRecord);
        CacheFile.Write(File("build.json"), writer => writer.Write(json));
    }

    /// <summary>Forgets the last build, so a build that stops half-way leaves no claim that the site is up to date.</summary>
    /// <remarks>Should the file stay, it is still safe: its digest names every output file as the last build left it.</remarks>
    public void ForgetBuild()
    {
        try
        {
            System.IO.File.Delete(File("build.json"));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Kept, and still safe (see remarks).
        }
    }

    /// <summary>Writes the extracted briefings now and lets them go (unless kept in memory): once merged into the content folder, a build no longer needs them.</summary>
    public void SaveExtracted()
    {
        extracted?.Save(File("extracted.bin"));
        if (!KeptInMemory)
        {
            extracted = null;
        }
    }

    /// <summary>Writes the stores that were used in this run; a cache kept in memory writes them in the background (see <see cref="FinishSaving"/>).</summary>
    /// <remarks>
    /// Each store file is checked against what it stands for when read, so a build that ends before the background
    /// write does (its report already given, the site already written) leaves a cache that costs time, never output.
    /// </remarks>
    public void Save()
    {
        if (KeptInMemory)
        {
            saving = Task.Run(SaveNow);
        }
        else
        {
            SaveNow();
        }
    }

    /// <summary>Waits until the stores a kept cache writes in the background are written: before it is used again.</summary>
    public void FinishSaving() => saving.Wait();

    private Task saving = Task.CompletedTask;

    // The stores are files of their own: written side by side (about 140 MB after a clean build of 10,000 briefings).
    private void SaveNow() => Parallel.Invoke(
        () => extracted?.Save(File("extracted.bin")),
        () => Saved(parsed)?.Save(File("parsed.bin")),
        () => Saved(pages)?.Save(File("pages.bin")),
        () => Saved(fragments)?.Save(File("fragments.bin")));

    private string File(string name) => Path.Combine(Folder, name);

    // A store this run never loaded has nothing new to write.
    private static T? Saved<[System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] T>(Lazy<T> store)
        where T : class => store.IsValueCreated ? store.Value : null;
}
