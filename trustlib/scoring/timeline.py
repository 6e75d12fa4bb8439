"""The scenario at an exercise's point in time: injects up to then are applied."""

from __future__ import annotations

import re

from ..scenario import Fact, Scenario, Unknown, Wrongdoing

_UNITS = {"m": 1 / 60, "min": 1 / 60, "h": 1, "hr": 1, "hour": 1, "d": 24, "day": 24, "w": 168, "week": 168}


def hours(at: str | None) -> float:
    """Hours after the incident for labels like 'T+1h', 'T+72h', '1 week', 'T+2d' (unparsed: 0)."""
    if not at:
        return 0.0
    m = re.search(r"(\d+(?:\.\d+)?)\s*(min|m|hours?|hrs?|h|days?|d|weeks?|w)\b", at.lower())
    if not m:
        return 0.0
    unit = m.group(2).rstrip("s") if m.group(2) not in ("hrs",) else "hr"
    return float(m.group(1)) * _UNITS.get(unit, 1)


def state_at(scenario: Scenario, at: str | None) -> tuple[list[Fact], list[Unknown], Wrongdoing | None]:
    """Known facts, open unknowns and what the facts show about wrongdoing, as of ``at``."""
    incident = scenario.incident
    if incident is None:
        return [], [], None
    facts = list(incident.known_facts)
    unknowns = list(incident.unknowns)
    wrongdoing = incident.wrongdoing
    now = hours(at)
    for inject in sorted(scenario.injects, key=lambda i: hours(i.at)):
        if hours(inject.at) > now:
            break
        facts += inject.facts
        unknowns = [u for u in unknowns if u.id not in inject.resolves] + list(inject.unknowns)
        wrongdoing = inject.wrongdoing or wrongdoing
    return facts, unknowns, wrongdoing
