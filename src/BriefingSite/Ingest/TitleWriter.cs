using BriefingSite.Extract;
using BriefingSite.Model;

namespace BriefingSite.Ingest;

/// <summary>Gives an article that has no title a headline, written by the Extract stage from its body.</summary>
public static class TitleWriter
{
    public static string Write(IReadOnlyList<ArticleBlock> body) => HeadlineWriter.Write(body);
}
