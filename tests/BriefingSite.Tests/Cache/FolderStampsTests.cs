using BriefingSite.Cache;

namespace BriefingSite.Tests.Cache;

/// <summary>The stamps a build compares with the last build's: in hash tables, so only their digest may depend on an order.</summary>
public sealed class FolderStampsTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly string root = Directory.CreateTempSubdirectory("folder-stamps-").FullName;

    public FolderStampsTests()
    {
        foreach (var file in new[] { "articles/b.txt", "articles/a.txt", "input/one.md", "output/index.html", "output/briefings/z.html", "output/briefings/y.html" })
        {
            Write(file, file);
        }
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_folder_is_listed_below_its_subfolders_with_forward_slashes_and_in_ordinal_order_for_a_digest()
    {
        var stamps = FolderStamps.Of(Path.Combine(root, "output"));

        Assert.Equal(["briefings/y.html", "briefings/z.html", "index.html"], FolderStamps.InOrder(stamps));
        Assert.Equal(new FileStamp("output/index.html".Length, LongAgo.Ticks), stamps["index.html"]);
    }

    [Fact]
    public void Two_listings_are_the_same_whatever_order_they_were_made_in_and_differ_by_any_stamp()
    {
        var listed = FolderStamps.Of(Path.Combine(root, "output"));
        var reversed = new Dictionary<string, FileStamp>(listed.Reverse(), StringComparer.Ordinal);

        Assert.True(FolderStamps.Same(listed, reversed));
        reversed["index.html"] = reversed["index.html"] with { Ticks = 1 };
        Assert.False(FolderStamps.Same(listed, reversed));
        reversed.Remove("index.html");
        Assert.False(FolderStamps.Same(listed, reversed));
    }

    [Fact]
    public void A_snapshot_digest_holds_while_nothing_changes_and_changes_with_any_source_and_any_site_file_added_or_deleted()
    {
        var options = new BuildOptions { Root = root, Articles = "articles" };
        var first = BuildSnapshot.Take(options).Digest();
        Assert.Equal(first, BuildSnapshot.Take(options).Digest());

        var digests = new HashSet<string> { first };
        foreach (var file in new[] { "articles/a.txt", "input/one.md" })
        {
            Write(file, "edited");
            Assert.True(digests.Add(BuildSnapshot.Take(options).Digest()), file);
        }

        File.Delete(Path.Combine(root, "output/index.html"));
        Assert.True(digests.Add(BuildSnapshot.Take(options).Digest()));
        Write("output/briefings/new.html", "added");
        Assert.True(digests.Add(BuildSnapshot.Take(options).Digest()));
    }

    [Fact]
    public void A_site_file_changed_in_place_is_left_to_the_next_build_that_renders()
    {
        // The site is the build's product: its files are listed by name, without a size and time for each.
        var options = new BuildOptions { Root = root, Articles = "articles" };
        var first = BuildSnapshot.Take(options);

        Write("output/briefings/y.html", "changed by hand");

        Assert.Equal(first.Digest(), BuildSnapshot.Take(options).Digest());
        Assert.All(first.Output.Values, stamp => Assert.Equal(default, stamp));
        Assert.Equal(["briefings/y.html", "briefings/z.html", "index.html"], FolderStamps.InOrder(first.Output));
    }

    [Fact]
    public void A_snapshot_digest_does_not_depend_on_the_order_files_were_listed_in()
    {
        var listed = FolderStamps.Of(Path.Combine(root, "output"));
        var reversed = new Dictionary<string, FileStamp>(listed.Reverse(), StringComparer.Ordinal);
        var digest = BuildSnapshot.DigestOf("header", listed, []);

        Assert.Equal(digest, BuildSnapshot.DigestOf("header", reversed, []));
        Assert.NotEqual(digest, BuildSnapshot.DigestOf("header", [], listed));
        reversed["index.html"] = reversed["index.html"] with { Length = 1 };
        Assert.NotEqual(digest, BuildSnapshot.DigestOf("header", reversed, []));
    }

    // Written long ago, so no stamp is too recent to trust.
    private void Write(string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, LongAgo);
    }
}
