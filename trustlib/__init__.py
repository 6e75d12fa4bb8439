"""trustlib: teach, exercise and score the handling of contentious police incidents.

Heavy parts (the NLP models) load lazily, on the first score, so that
``import trustlib`` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "ScenarioError",
    "ExerciseError",
    "load_scenario",
    "load_rubric",
    "score_response",
    "__version__",
]

from .errors import ExerciseError, ScenarioError
from .rubric import load_rubric
from .scenarios import load_scenario

if TYPE_CHECKING:
    from .report import Report
    from .scenario import Scenario


def score_response(scenario: "Scenario | str", exercise_id: str, answer: Any) -> "Report":
    """Score an answer (text, or option ids in order) to one exercise of a scenario."""
    from .scoring import score_response as _score

    return _score(scenario, exercise_id, answer)
