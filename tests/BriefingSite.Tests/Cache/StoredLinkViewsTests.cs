using System.Text.Json;
using BriefingSite.Cache;
using BriefingSite.Link;
using BriefingSite.Model;
using BriefingSite.Publish;
using BriefingSite.Tests.Render;

namespace BriefingSite.Tests.Cache;

public sealed class StoredLinkViewsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("link-views-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    // The sample briefings, and two that state one range of one missile: a corroboration.
    private static List<Briefing> Briefings()
    {
        var content = new ContentFolder(Path.Combine(RepositoryRoot.Path, "input"), RepositoryRoot.Path);
        return [.. content.LoadBriefings([]).Select(b => b.Briefing), CorroborationRenderingTests.Stating("range-a", "2,750 km"), CorroborationRenderingTests.Stating("range-b", "2750 km")];
    }

    private static string Views(Site site) => JsonSerializer.Serialize(new { site.Corroborations, site.Relations, site.Entities });

    private Site Link(IReadOnlyList<Briefing> briefings) => CrossLinker.Link(briefings, [], new SiteSettings(), StoredLinkViews.In(folder));

    [Fact]
    public void Views_read_back_are_the_views_linking_makes()
    {
        // Given a site linked once with its views stored
        var briefings = Briefings();
        Link(briefings);

        // When it is linked again, reading them back
        var reused = Link(briefings);

        // Then they are what linking afresh makes, corroborations and reasons included
        var fresh = CrossLinker.Link(briefings, [], new SiteSettings());
        Assert.NotEmpty(fresh.Corroborations);
        Assert.Contains(fresh.Relations.Values, r => r.Count > 0);
        Assert.Equal(Views(fresh), Views(reused));
    }

    [Theory]
    [InlineData("figure", false)]
    [InlineData("entities", false)]
    [InlineData("figure", true)]
    [InlineData("entities", true)]
    public void A_changed_figure_or_set_of_entities_links_again(string change, bool inOneProcess)
    {
        // Given stored views (and, in one process as the preview server links, the linked briefings and their digests
        // kept), then one briefing whose figure now differs, or one that names fewer entities
        var kept = StoredLinkViews.In(folder, keepBriefings: true);
        Site Link(IReadOnlyList<Briefing> briefings) => inOneProcess ? CrossLinker.Link(briefings, [], new SiteSettings(), kept) : this.Link(briefings);
        Link(Briefings());
        var changed = Briefings().Select(b => (change, b.Slug) switch
        {
            ("figure", "range-b") => CorroborationRenderingTests.Stating("range-b", "3,000 km"),
            ("entities", _) when b.Entities.Count > 3 && b.Related.Count > 0 => b with { Entities = [.. b.Entities.Skip(2)] },
            _ => b,
        }).ToList();

        // When the changed briefings are linked with the stored views
        var reused = Link(changed);

        // Then the views are those of the changed briefings, which differ from the first
        var fresh = CrossLinker.Link(changed, [], new SiteSettings());
        Assert.Equal(Views(fresh), Views(reused));
        Assert.NotEqual(Views(CrossLinker.Link(Briefings(), [], new SiteSettings())), Views(fresh));
    }
}
