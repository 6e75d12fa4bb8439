"""The scenario at an exercise's point in time: injects up to then are applied."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..scenario import Fact, Officer, PersonHarmed, Scenario, Unknown, Wrongdoing, hours_after


def hours(at: str | None) -> float:
    """Hours after the incident for labels like 'T+1h', 'T+72h', '1 week', 'T+2d' (unreadable: 0; the
    validator rejects those in a scenario file)."""
    return hours_after(at) or 0.0


@dataclass
class IncidentState:
    """The incident as known at one point in time."""

    facts: list[Fact] = field(default_factory=list)
    unknowns: list[Unknown] = field(default_factory=list)
    wrongdoing: Wrongdoing | None = None
    person_harmed: PersonHarmed | None = None
    officers: list[Officer] = field(default_factory=list)
    resolved: list[tuple[Unknown, list[Fact]]] = field(default_factory=list)
    """Unknowns answered by an inject so far, each with the facts that inject brought."""


def state_at(scenario: Scenario, at: str | None) -> IncidentState:
    """Known facts, open unknowns, wrongdoing, the person and the officers, as of ``at``."""
    incident = scenario.incident
    # Before any incident, what is known comes only from the injects ("the sheriff's first briefing on 2024").
    state = IncidentState() if incident is None else IncidentState(
        list(incident.known_facts), list(incident.unknowns), incident.wrongdoing, incident.person_harmed,
        list(incident.officers))
    now = hours(at)
    for inject in sorted(scenario.injects, key=lambda i: hours(i.at)):
        if hours(inject.at) > now:
            break
        state.facts += inject.facts
        state.resolved += [(u, list(inject.facts)) for u in state.unknowns if u.id in inject.resolves]
        state.unknowns = [u for u in state.unknowns if u.id not in inject.resolves] + list(inject.unknowns)
        state.wrongdoing = inject.wrongdoing or state.wrongdoing
        state.person_harmed = inject.person_harmed or state.person_harmed
        state.officers = inject.officers if inject.officers is not None else state.officers
    return state
