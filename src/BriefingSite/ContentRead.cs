using BriefingSite.Model;
using BriefingSite.Publish;

namespace BriefingSite;

/// <summary>The briefings of a content folder as one load found them, with the problems of the files it could not read.</summary>
internal sealed record ContentRead(ContentFolder Folder, IReadOnlyList<(string File, Briefing Briefing)> Briefings, IReadOnlyList<Diagnostic> Problems)
{
    public static ContentRead Of(ContentFolder folder)
    {
        var problems = new List<Diagnostic>();
        return new ContentRead(folder, folder.LoadBriefings(problems), problems);
    }
}
