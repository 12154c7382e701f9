using BriefingSite.Model;

namespace BriefingSite.Extract;

/// <summary>Finds the key facts of an article and writes them as a briefing (entity ids local to it until linking).</summary>
public static class FactExtractor
{
    public static Briefing Extract(Article article) => throw new NotImplementedException();
}
