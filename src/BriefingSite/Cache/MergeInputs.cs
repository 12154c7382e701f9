using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;
using BriefingSite.Model;
using BriefingSite.Publish;

namespace BriefingSite.Cache;

/// <summary>
/// A digest of everything that decides what extract writes into the content folder: the articles' bytes, the entity
/// files, the briefings with no article of their own, which briefing files exist, and the edit state. When it equals
/// the digest recorded after the last extract, merging again would write the files as they are, and is skipped.
/// </summary>
/// <remarks>
/// A hand edit of a briefing that has an article does not count: the merge keeps every hand edit, so it would
/// write back the same values (it is the render stage that picks the edit up).
/// </remarks>
public static class MergeInputs
{
    /// <param name="articles">The file and SHA-256 of each article extract made a briefing of.</param>
    public static string Digest(IReadOnlyList<(string File, string Sha256)> articles, ContentFolder content, IReadOnlyList<(string File, Briefing Briefing)> onDisk)
    {
        var text = new StringBuilder(ToolVersion.Id).Append('\n');
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, sha256) in articles)
        {
            files.Add(file);
            text.Append("a\t").Append(file).Append('\t').Append(sha256).Append('\n');
        }

        foreach (var (file, briefing) in onDisk)
        {
            var name = content.Display(file);
            text.Append(briefing.Source is { } source && files.Contains(source.File)
                ? $"b\t{name}\t{source.File}\n"
                : $"o\t{name}\t{Hash(Encoding.UTF8.GetBytes(FrontMatterWriter.Write(briefing)))}\n");
        }

        foreach (var broken in content.BrokenFiles.Order(StringComparer.Ordinal))
        {
            text.Append("x\t").Append(content.Display(broken)).Append('\n');
        }

        var entities = Path.Combine(content.Path, ContentFolder.EntitiesFolder);
        foreach (var file in FolderStamps.InOrder(FolderStamps.Of(entities)))
        {
            text.Append("e\t").Append(file).Append('\t').Append(Hash(File.ReadAllBytes(Path.Combine(entities, file)))).Append('\n');
        }

        var state = Path.Combine(content.Path, EditState.FileName);
        text.Append("s\t").Append(StateDigest(state)).Append('\n');
        return Hash(Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    // The edit state of a large site runs to tens of megabytes, and most runs find it as the last one left it: its digest
    // is kept by its stamp while the stamp is older than the racy window (as an article's extraction is), and otherwise
    // read through a small buffer. A process that builds again and again (the preview server) reads it after each merge only.
    private static (string Path, FileStamp Stamp, string Digest)? lastState;
    private static readonly Lock LastStateGate = new();

    private static string StateDigest(string path)
    {
        if (FileStamp.Of(path) is not { } stamp)
        {
            return "";
        }

        lock (LastStateGate)
        {
            if (lastState is var (lastPath, lastStamp, digest) && lastPath == path && lastStamp == stamp)
            {
                return digest;
            }
        }

        var hash = new XxHash128();
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16))
        {
            hash.Append(file);
        }

        var read = Convert.ToHexStringLower(hash.GetCurrentHash());
        if (stamp.SettledAt(DateTime.UtcNow.Ticks) && FileStamp.Of(path) == stamp)
        {
            lock (LastStateGate)
            {
                lastState = (path, stamp, read);
            }
        }

        return read;
    }
}
