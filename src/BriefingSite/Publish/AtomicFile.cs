namespace BriefingSite.Publish;

/// <summary>Writes files whole or not at all: a temporary file beside the target, then a rename.</summary>
public static class AtomicFile
{
    /// <summary>Writes the bytes unless the file already holds them; true when the file changed.</summary>
    public static bool Write(string path, byte[] content)
    {
        if (File.Exists(path) && new FileInfo(path).Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content))
        {
            return false;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush();
            }

            File.Move(temporary, path, overwrite: true);
            return true;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public static bool Write(string path, string text) => Write(path, System.Text.Encoding.UTF8.GetBytes(text));
}
