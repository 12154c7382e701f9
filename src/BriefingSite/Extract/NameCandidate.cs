using BriefingSite.Model;

namespace BriefingSite.Extract;

/// <summary>A run of capitalised words in a sentence that may name an entity, with what its context says of it.</summary>
/// <param name="Name">The name with any title split off.</param>
/// <param name="Sentence">0-based index of the sentence in the text handed to the finder.</param>
/// <param name="Start">Where the name starts in the sentence.</param>
/// <param name="End">Where the run ends in the sentence (after the name).</param>
/// <param name="Role">Title split off the front ("Foreign Minister") or an appositive after it.</param>
/// <param name="Hint">What the context says the entity is, when it says anything.</param>
/// <param name="WeakPlace">Preceded by "in", "at" or the like: a place if nothing else is known.</param>
/// <param name="AtSentenceStart">First word of its sentence, so possibly capitalised only for that.</param>
/// <param name="BeforeNumber">A bare number follows: in a sports report, a side and its score.</param>
/// <param name="BeforeSideMember">One of a side's people or staff follows: in a sports report, "Bath coach John Connolly".</param>
/// <param name="BusinessCue">The words around say a business: a possessive of what only one has ("Deloitte's chief
/// economist"), a noun for one before it ("security firm Sophos") or an apposition naming one ("Sibneft, a Russian oil company").</param>
internal sealed record NameCandidate(
    string Name,
    int Sentence,
    int Start,
    int End,
    string? Role = null,
    EntityType? Hint = null,
    bool WeakPlace = false,
    bool AtSentenceStart = false,
    bool BeforeNumber = false,
    bool BusinessCue = false,
    bool AfterThe = false,
    bool BeforeSideMember = false)
{
    public int Words => Name.Count(c => c == ' ') + 1;
}
