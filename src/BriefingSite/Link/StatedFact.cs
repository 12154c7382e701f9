using BriefingSite.Model;

namespace BriefingSite.Link;

/// <summary>A figure or event of one briefing, tied to one entity its sentence names: what corroboration compares.</summary>
/// <param name="Kind">"figure" or "event".</param>
/// <param name="Subject">What the fact is about: a figure's "about", an event's text.</param>
/// <param name="Figure">The figure as the briefing states it, for a figure.</param>
/// <param name="Event">The event as the briefing states it, for an event.</param>
public sealed record StatedFact(string Kind, string EntityId, FactStatement Statement, string Subject, Figure? Figure = null, DatedEvent? Event = null);
