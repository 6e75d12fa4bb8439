"""Scoring step choices: which steps were chosen, which were left out, and their order."""

from __future__ import annotations

from typing import Any

from ..errors import ExerciseError
from ..report import Evidence, PrincipleResult
from ..scenario import Scenario, StepsExercise
from .base import Scorer, register


class StepsScorer(Scorer):
    """Partial credit per principle from the options that serve it; critical, harmful and order named."""

    kinds = ("choose-steps",)

    def assess(self, scenario: Scenario, exercise: StepsExercise, answer: Any
               ) -> tuple[dict[str, PrincipleResult], list[str], dict[str, Any]]:
        chosen = self.check_answer(exercise, answer)
        options = {o.id: o for o in exercise.options}
        position = {oid: i for i, oid in enumerate(chosen)}
        notes: list[str] = []
        if not chosen:
            notes.append("No steps were chosen: pick the steps you would take, in order.")
        if exercise.max_choices and len(chosen) > exercise.max_choices:
            notes.append(f"{len(chosen)} steps chosen; this exercise asks for at most {exercise.max_choices}.")
        missing = [o for o in exercise.options if o.critical and o.id not in position]
        harmful = [options[oid] for oid in chosen if options[oid].harmful]
        order_problems = [
            (rule, options[rule.before], options[rule.after]) for rule in exercise.order
            if rule.before in position and rule.after in position and position[rule.before] > position[rule.after]
        ]
        results: dict[str, PrincipleResult] = {}
        for pid in exercise.principles:
            good = [o for o in exercise.options if pid in o.principles and not o.harmful]
            bad = [o for o in harmful if pid in o.principles]
            got = [o for o in good if o.id in position]
            evidence = [Evidence(position[o.id], position[o.id] + 1, o.text, o.why, "credit") for o in got]
            evidence += [Evidence(position[o.id], position[o.id] + 1, o.text, o.why, "flag") for o in bad]
            lost = [o for o in good if o.id not in position and o.critical]
            crit_weight = sum(2 if o.critical else 1 for o in good)
            earned = sum(2 if o.critical else 1 for o in got)
            share = earned / crit_weight if crit_weight else (1.0 if not bad else 0.0)
            misordered = [r for r, b, a in order_problems if pid in b.principles or pid in a.principles]
            share -= 0.25 * len(misordered)
            if bad:
                level, score = "violated", 0.0
                suggestion = f"Drop “{bad[0].text}”: {bad[0].why}"
            # Every critical step taken, in order, and most of the rest: an optional step left out does not cost "met".
            elif not lost and (share >= 0.75 or share >= 0.6 and not misordered and any(o.critical for o in good)):
                level, score = "met", min(1.0, share)
                suggestion = "Good choices for this principle."
            elif share > 0:
                level, score = "partial", max(0.25, min(share, 0.6))
                suggestion = (f"Add the critical step “{lost[0].text}”." if lost else
                              f"Fix the order: {misordered[0].why}" if misordered else
                              f"Consider “{next(o.text for o in good if o.id not in position)}”.")
            else:
                level, score = "missed", 0.0
                suggestion = f"Choose “{good[0].text}”." if good else "No option serves this principle here."
            for rule in misordered:
                evidence.append(Evidence(position[rule.after], position[rule.after] + 1,
                                         options[rule.after].text, f"comes before “{options[rule.before].text}”: {rule.why}",
                                         "flag"))
            results[pid] = PrincipleResult(pid, level, score, evidence, suggestion)
        steps = {
            "chosen": chosen,
            "missing_critical": [f"{o.text} — {o.why}" for o in missing],
            "harmful_chosen": [f"{o.text} — {o.why}" for o in harmful],
            "order_problems": [f"“{b.text}” should come before “{a.text}”: {r.why}" for r, b, a in order_problems],
        }
        return results, notes, steps

    @staticmethod
    def check_answer(exercise: StepsExercise, answer: Any) -> list[str]:
        """The answer as a list of known option ids (ExerciseError names the valid ones)."""
        if isinstance(answer, str):
            answer = [a.strip() for a in answer.split(",") if a.strip()]
        if not isinstance(answer, (list, tuple)) or not all(isinstance(a, str) for a in answer):
            raise ExerciseError(f"exercise {exercise.id!r} takes a list of option ids, in order")
        valid = [o.id for o in exercise.options]
        unknown = [a for a in answer if a not in valid]
        if unknown:
            raise ExerciseError(f"exercise {exercise.id!r} has no option {', '.join(map(repr, unknown))}; "
                                f"valid: {', '.join(valid)}")
        return list(dict.fromkeys(answer))  # choosing a step twice counts once


register(StepsScorer())
