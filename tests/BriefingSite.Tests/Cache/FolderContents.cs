namespace BriefingSite.Tests.Cache;

/// <summary>A folder's files as relative path → SHA-256, for comparing two builds byte for byte.</summary>
internal static class FolderContents
{
    public static SortedDictionary<string, string> Of(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
