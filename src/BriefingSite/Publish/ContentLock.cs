namespace BriefingSite.Publish;

/// <summary>Keeps two runs from writing one content folder at once: the second is refused with a clear message.</summary>
public static class ContentLock
{
    public const string FileName = ".briefing.lock";

    public static IDisposable Take(string contentFolder)
    {
        Directory.CreateDirectory(contentFolder);
        var path = Path.Combine(contentFolder, FileName);
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            throw new InvalidOperationException($"another briefing run is writing {contentFolder}; wait for it to finish (lock: {path})");
        }
    }
}
