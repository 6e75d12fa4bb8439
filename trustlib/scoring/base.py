"""The scorer registry: one scorer per kind of exercise, a base class owning the shared steps."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, ClassVar

from ..report import PrincipleResult, Report
from ..rubric import Rubric, load_rubric
from ..scenario import Scenario

def _source_digest() -> str:
    # Any change to the scoring code changes the version, so gradebooks re-score stale answers.
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for path in sorted(here.glob("*.py")) + [here.parent / "nlp.py"]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


SCORER_VERSION = f"1.0+{_source_digest()}"


class Scorer:
    """Scores one kind of exercise. Subclasses implement :meth:`assess` only."""

    kinds: ClassVar[tuple[str, ...]] = ()

    def score(self, scenario: Scenario, exercise: Any, answer: Any, rubric: Rubric | None = None) -> Report:
        """Score ``answer``; every rubric principle the exercise is not scored on is ``na``."""
        rubric = rubric or load_rubric()
        results, notes, steps = self.assess(scenario, exercise, answer)
        principles: dict[str, PrincipleResult] = {}
        for pid in rubric.ids():
            if pid in exercise.principles:
                principles[pid] = results.get(pid) or PrincipleResult(pid, "missed", 0.0, [], "")
            else:
                principles[pid] = PrincipleResult(pid, "na", None, [], "")
        return Report(
            scenario=scenario.id, exercise=exercise.id, kind=exercise.kind, answer=answer,
            principles=principles, notes=notes, steps=steps, scorer_version=SCORER_VERSION,
            principle_titles={p.id: p.title for p in rubric.principles}, exercise_title=exercise.title,
        )

    def assess(self, scenario: Scenario, exercise: Any, answer: Any
               ) -> tuple[dict[str, PrincipleResult], list[str], dict[str, Any]]:
        """Per-principle results (for the exercise's principles), notes, and step details."""
        raise NotImplementedError


_REGISTRY: dict[str, Scorer] = {}


def register(scorer: Scorer) -> Scorer:
    """Make a scorer the one used for its kinds."""
    for kind in scorer.kinds:
        _REGISTRY[kind] = scorer
    return scorer


def scorer_for(kind: str) -> Scorer:
    """The scorer registered for an exercise kind."""
    try:
        return _REGISTRY[kind]
    except KeyError:
        raise KeyError(f"no scorer for exercise kind {kind!r}; known: {', '.join(sorted(_REGISTRY))}") from None
