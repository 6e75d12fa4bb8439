"""Scoring free text: statements, messages, plans and reflections."""

from __future__ import annotations

from typing import Any

from ..report import PrincipleResult
from ..scenario import Scenario, TextExercise
from .base import Scorer, register
from .context import Context
from .principles import DETECTORS
from .public_response import vague_account_alone_is_a_slip
from .text import MAX_WORDS, Analysis, analyse
from .timeline import state_at

EMPTY = "Nothing was written: write your answer, then check it."
NOT_ENGLISH = "Only English is scored: this answer does not read as English, so no principle was credited."
WORD_LIST = "No complete sentences were found: write sentences, not a list of words."
DESCRIBES_ITSELF = ("This answer describes what an answer should do instead of doing it: write the statement, letter "
                    "or plan itself.")
VIRTUES_ONLY = "This answer speaks only of values: say what happened, what you will do, with whom and by when."
INSTRUCTIONS = ("This answer tells the writer what to do instead of doing it: write the statement, letter or plan "
                "itself, in your own voice.")
RUBRIC_TERMS = ("This answer names the principles instead of doing them: say what happened, what you will do, with "
                "whom and by when, in your own words.")


class TextScorer(Scorer):
    """Runs one detector per principle of the exercise over the parsed answer."""

    kinds = ("public-statement", "partner-message", "officer-message", "engagement-plan", "reflection")

    def assess(self, scenario: Scenario, exercise: TextExercise, answer: Any
               ) -> tuple[dict[str, PrincipleResult], list[str], dict[str, Any]]:
        if not isinstance(answer, str):
            raise TypeError(f"exercise {exercise.id!r} takes text; got {type(answer).__name__}")
        if not answer.strip():
            return self._all_missed(exercise, EMPTY), [EMPTY], {}
        analysis = analyse(answer)
        notes = []
        if analysis.truncated_words:
            notes.append(f"This answer is very long: only the first {MAX_WORDS} words were read "
                         f"({analysis.truncated_words} more were not).")
        if not analysis.is_english():
            return self._all_missed(exercise, NOT_ENGLISH), notes + [NOT_ENGLISH], {}
        words = len(answer.split())
        if exercise.min_words and words < exercise.min_words:
            notes.append(f"This answer has {words} words; aim for at least {exercise.min_words}.")
        if note := _no_answer(analysis, scenario):
            return self._all_missed(exercise, note), notes + [note], {}
        ctx = Context(analysis, scenario, exercise, state_at(scenario, exercise.at))
        results = {}
        for pid in exercise.principles:
            detector = DETECTORS.get(pid)
            if detector is None:
                # A principle added to the rubric without a detector is reported, never silently zero.
                results[pid] = PrincipleResult(pid, "na", None, [],
                                               "This principle has no automatic scorer yet; your instructor reviews it.")
                continue
            f = detector(ctx)
            results[pid] = PrincipleResult(pid, f.level, f.score, f.evidence, f.suggestion)
        vague_account_alone_is_a_slip(results)
        return results, notes, {}

    @staticmethod
    def _all_missed(exercise: TextExercise, message: str) -> dict[str, PrincipleResult]:
        return {pid: PrincipleResult(pid, "missed", 0.0, [], message) for pid in exercise.principles}


def _no_answer(analysis: Analysis, scenario: Scenario) -> str | None:
    """Why the text, read as a whole, answers nothing (a word list, the rubric described back, virtues only), or
    None: such a text meets no principle, whatever words it shares with them."""
    if analysis.is_word_list():
        return WORD_LIST
    if analysis.describes_itself():
        return DESCRIBES_ITSELF
    if analysis.speaks_only_in_virtues(frozenset(scenario.agency.lower().split())):
        return VIRTUES_ONLY
    if analysis.instructs_the_writer():
        return INSTRUCTIONS
    if analysis.names_the_rubric():
        return RUBRIC_TERMS
    return None


register(TextScorer())
