using BriefingSite.Model;
using BriefingSite.Publish;

namespace BriefingSite;

/// <summary>The briefings of a content folder as one load found them, with the problems of the files it could not read.</summary>
internal sealed record ContentRead(ContentFolder Folder, IReadOnlyList<(string File, Briefing Briefing)> Briefings, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>True when this run wrote every briefing the folder holds into a folder that held none: none can carry an edit by hand.</summary>
    public bool AllGenerated { get; init; }

    /// <param name="stamps">The folder's stamps as the build's snapshot took them, while no one has written it since (see <see cref="ContentFolder.LoadBriefings"/>).</param>
    public static ContentRead Of(ContentFolder folder, IReadOnlyDictionary<string, Cache.FileStamp>? stamps = null)
    {
        var problems = new List<Diagnostic>();
        return new ContentRead(folder, folder.LoadBriefings(problems, stamps), problems);
    }
}
