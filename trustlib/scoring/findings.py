"""What a detector returns, and the shared rule from a share of a principle to its level."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..report import Evidence, Level
from .text import Sentence

#: Similarity above which a sentence is taken to state the same thing as a scenario item.
SAME_CLAIM = 0.62
#: Similarity above which a sentence is taken to say the same as a claim, whatever its words.
NEAR_COPY = 0.86
#: Similarity above which a sentence is taken to be about a scenario item.
ABOUT = 0.5
#: Similarity above which a sentence is taken to state a known fact.
FACT = 0.58


@dataclass
class Finding:
    """A detector's verdict on one principle."""

    level: Level
    score: float
    evidence: list[Evidence] = field(default_factory=list)
    suggestion: str = ""


def grade(fraction: float, credits: list[Evidence], flags: list[Evidence], *, violated: bool,
          missing: str, partial: str, met: str = "", violation: str = "") -> Finding:
    """Map a 0..1 share of what the principle asks for, plus violations, to a level."""
    ev = flags + credits
    if violated:
        return Finding("violated", 0.0, ev, violation or missing)
    fraction = max(0.0, min(1.0, fraction))
    if fraction >= 0.75:
        return Finding("met", fraction, ev, met or "Keep this: it is what the guidance asks for.")
    if fraction > 0:
        return Finding("partial", max(0.25, min(fraction, 0.6)), ev, partial)
    return Finding("missed", 0.0, ev, missing)


def dedupe(items: list[Evidence]) -> list[Evidence]:
    seen, out = set(), []
    for e in items:
        key = (e.start, e.effect)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def flagged(s: Sentence, flags: list[Evidence]) -> bool:
    return any(f.start == s.start for f in flags)
