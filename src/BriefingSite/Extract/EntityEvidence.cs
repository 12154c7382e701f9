using BriefingSite.Model;

namespace BriefingSite.Extract;

/// <summary>Everything one article says about one entity while the finder gathers it: names, roles, hints, mentions.</summary>
internal sealed class EntityEvidence(string name, NameCandidate first)
{
    public string Name { get; } = name;

    public NameCandidate First { get; private set; } = first;

    public List<string> Aliases { get; } = [];

    public List<string> Roles { get; } = [];

    public Dictionary<EntityType, int> Hints { get; } = [];

    public int Mentions { get; private set; }

    public int MentionsInside { get; private set; }

    public int WeakPlaces { get; private set; }

    public int BeforeNumbers { get; private set; }

    public int BeforeSideMembers { get; private set; }

    public int BusinessCues { get; private set; }

    public int AfterThe { get; private set; }

    public bool HasAcronym { get; set; }

    public void Add(NameCandidate candidate)
    {
        Mentions++;
        MentionsInside += candidate.AtSentenceStart ? 0 : 1;
        WeakPlaces += candidate.WeakPlace ? 1 : 0;
        BeforeNumbers += candidate.BeforeNumber ? 1 : 0;
        BeforeSideMembers += candidate.BeforeSideMember ? 1 : 0;
        BusinessCues += candidate.BusinessCue ? 1 : 0;
        AfterThe += candidate.AfterThe ? 1 : 0;
        AddAlias(candidate.Name);
        if (candidate.Role is { } role && !Roles.Contains(role))
        {
            Roles.Add(role);
        }

        if (candidate.Hint is { } hint)
        {
            Hints[hint] = Hints.GetValueOrDefault(hint) + 1;
        }

        if (Before(candidate, First))
        {
            First = candidate;
        }
    }

    public void AddAlias(string alias)
    {
        if (alias != Name && !Aliases.Contains(alias))
        {
            Aliases.Add(alias);
        }
    }

    public void Absorb(EntityEvidence other)
    {
        AddAlias(other.Name);
        other.Aliases.ForEach(AddAlias);
        Roles.AddRange(other.Roles.Where(r => !Roles.Contains(r)));
        foreach (var (type, count) in other.Hints)
        {
            Hints[type] = Hints.GetValueOrDefault(type) + count;
        }

        Mentions += other.Mentions;
        MentionsInside += other.MentionsInside;
        WeakPlaces += other.WeakPlaces;
        BeforeNumbers += other.BeforeNumbers;
        BeforeSideMembers += other.BeforeSideMembers;
        BusinessCues += other.BusinessCues;
        AfterThe += other.AfterThe;
        HasAcronym |= other.HasAcronym;
        if (Before(other.First, First))
        {
            First = other.First;
        }
    }

    private static bool Before(NameCandidate a, NameCandidate b) =>
        a.Sentence < b.Sentence || (a.Sentence == b.Sentence && a.Start < b.Start);
}
