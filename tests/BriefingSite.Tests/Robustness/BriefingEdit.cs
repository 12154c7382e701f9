using BriefingSite.Model;

namespace BriefingSite.Tests.Robustness;

/// <summary>One hand edit of the kinds people make to front matter, and the check that it is still there.</summary>
public sealed record BriefingEdit(BriefingEdit.Kind What, string Text)
{
    public enum Kind
    {
        Summary,
        RemoveEntity,
        AddTag,
        ChangeFigure,
        AddField,
        Body,
        ChangeEntityRole,
    }

    public Briefing ApplyTo(Briefing b) => What switch
    {
        Kind.Summary => b with { Summary = b.Summary + Text },
        Kind.RemoveEntity => b with { Entities = b.Entities.Skip(1).ToList() },
        Kind.AddTag => b with { Tags = [.. b.Tags, "mine " + Text] },
        Kind.ChangeFigure when b.Figures.Count > 0 => b with { Figures = [b.Figures[0] with { About = b.Figures[0].About + "!" + Text }, .. b.Figures.Skip(1)] },
        Kind.AddField => b with { Extra = new Dictionary<string, object?>(b.Extra) { ["reviewer"] = Text } },
        Kind.Body => b with { Body = "Rewritten: " + Text },
        Kind.ChangeEntityRole when b.Entities.Count > 0 => b with { Entities = [b.Entities[0] with { Role = "My role " + Text }, .. b.Entities.Skip(1)] },
        _ => b,
    };

    /// <summary>Asserts that the edit made to <paramref name="written"/> shows in <paramref name="merged"/>.</summary>
    public void AssertKept(Briefing written, Briefing edited, Briefing merged)
    {
        switch (What)
        {
            case Kind.Summary:
                Assert.Equal(edited.Summary, merged.Summary);
                break;
            case Kind.RemoveEntity when written.Entities.Count > 0:
                Assert.DoesNotContain(merged.Entities, e => e.Id == written.Entities[0].Id);
                break;
            case Kind.AddTag:
                Assert.Contains(edited.Tags[^1], merged.Tags);
                break;
            case Kind.ChangeFigure when written.Figures.Count > 0:
                Assert.Contains(edited.Figures[0], merged.Figures);
                break;
            case Kind.AddField:
                Assert.Equal(Text, merged.Extra["reviewer"]);
                break;
            case Kind.Body:
                Assert.Equal(edited.Body, merged.Body);
                break;
            case Kind.ChangeEntityRole when written.Entities.Count > 0:
                Assert.Contains(merged.Entities, e => e.Id == edited.Entities[0].Id && e.Role == edited.Entities[0].Role);
                break;
        }
    }
}
