"""Scoring answers against the guidance's principles: ``score_response`` is the one entry point."""

from __future__ import annotations

from typing import Any

from ..report import Report
from ..scenario import Scenario
from ..scenarios import load_scenario
from . import steps_scorer, text_scorer  # noqa: F401  (register the scorers)
from .base import SCORER_VERSION, Scorer, register, scorer_for

__all__ = ["score_response", "Scorer", "register", "scorer_for", "SCORER_VERSION"]


def score_response(scenario: Scenario | str, exercise_id: str, answer: Any) -> Report:
    """Score an answer to ``exercise_id``: text for text exercises, option ids in order for steps."""
    if not isinstance(scenario, Scenario):
        scenario = load_scenario(scenario)
    exercise = scenario.exercise(exercise_id)
    return scorer_for(exercise.kind).score(scenario, exercise, answer)
