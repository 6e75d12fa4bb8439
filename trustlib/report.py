"""What a scored answer gives back: levels, evidence spans and suggestions per principle."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any, Literal

Level = Literal["met", "partial", "missed", "violated", "na"]
Effect = Literal["credit", "flag"]

#: Colour-blind-safe palette (Okabe-Ito) with a symbol and a word, so colour is never the only cue.
LEVEL_STYLE: dict[str, tuple[str, str, str]] = {
    "met": ("#009E73", "✔", "met"),
    "partial": ("#E69F00", "◐", "partly met"),
    "missed": ("#999999", "○", "not addressed"),
    "violated": ("#D55E00", "✖", "violated"),
    "na": ("#BBBBBB", "–", "not applicable"),
}
EFFECT_STYLE: dict[str, tuple[str, str]] = {"credit": ("#CCEBE3", "#009E73"), "flag": ("#F7D9C4", "#D55E00")}


@dataclass(frozen=True)
class Evidence:
    """A span of the answer that earned or lost credit."""

    start: int
    """Offset of the span's first character in the answer text (for steps: the step's position)."""
    end: int
    """Offset just past the span."""
    text: str
    """The span itself (or the step's text)."""
    reason: str
    """Why it counts, in a sentence the learner can read."""
    effect: Effect = "credit"
    """Whether it earned credit or was flagged."""


@dataclass
class PrincipleResult:
    """How an answer fares on one principle."""

    principle: str
    """The principle id (one of the rubric's ids)."""
    level: Level
    """met / partial / missed / violated, or na when the exercise is not scored on it."""
    score: float | None
    """0..1; None when not applicable."""
    evidence: list[Evidence] = field(default_factory=list)
    """Spans that earned or lost credit."""
    suggestion: str = ""
    """One concrete thing to do next."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "score": None if self.score is None else round(self.score, 3),
            "evidence": [
                {"start": e.start, "end": e.end, "text": e.text, "reason": e.reason, "effect": e.effect}
                for e in self.evidence
            ],
            "suggestion": self.suggestion,
        }


@dataclass
class Report:
    """The scored answer to one exercise."""

    scenario: str
    """Scenario id."""
    exercise: str
    """Exercise id."""
    kind: str
    """Exercise kind (public-statement, choose-steps, ...)."""
    answer: str | list[str]
    """The answer as scored: text, or option ids in order."""
    principles: dict[str, PrincipleResult]
    """One result per rubric principle (na where the exercise does not score it)."""
    notes: list[str] = field(default_factory=list)
    """Remarks on the answer as a whole (empty, not English, too short ...)."""
    steps: dict[str, Any] = field(default_factory=dict)
    """For step exercises: missing critical steps, harmful steps chosen, order problems."""
    scorer_version: str = ""
    """Version of the scorer that produced this report."""
    principle_titles: dict[str, str] = field(default_factory=dict)
    """Human titles of the principles, for display."""
    exercise_title: str = ""
    """Human title of the exercise, for display."""

    @property
    def overall(self) -> float:
        """0..100: the mean score over the principles the exercise is scored on."""
        scores = [r.score for r in self.principles.values() if r.score is not None]
        return round(100.0 * sum(scores) / len(scores), 1) if scores else 0.0

    def applicable(self) -> dict[str, PrincipleResult]:
        """Results of the principles this exercise is scored on."""
        return {pid: r for pid, r in self.principles.items() if r.level != "na"}

    def to_dict(self) -> dict[str, Any]:
        """The report as plain JSON-ready data (the public contract)."""
        return {
            "scenario": self.scenario,
            "exercise": self.exercise,
            "kind": self.kind,
            "overall": self.overall,
            "principles": {pid: r.to_dict() for pid, r in self.principles.items()},
            "notes": list(self.notes),
            "steps": self.steps,
            "answer": self.answer,
            "scorer_version": self.scorer_version,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Report":
        """Rebuild a report from ``to_dict`` output (e.g. a gradebook row)."""
        principles = {
            pid: PrincipleResult(pid, r["level"], r["score"],
                                 [Evidence(**e) for e in r.get("evidence", [])], r.get("suggestion", ""))
            for pid, r in data["principles"].items()
        }
        return cls(data["scenario"], data["exercise"], data.get("kind", ""), data.get("answer", ""),
                   principles, list(data.get("notes", [])), dict(data.get("steps", {})),
                   data.get("scorer_version", ""))

    # ---- display -----------------------------------------------------------
    def to_text(self) -> str:
        """A plain-text rendering for terminals and logs."""
        lines = [f"{self.scenario} / {self.exercise}: {self.overall:.0f}/100"]
        lines += [f"  note: {n}" for n in self.notes]
        for key in ("missing_critical", "harmful_chosen", "order_problems"):
            for item in self.steps.get(key, []):
                lines.append(f"  {key.replace('_', ' ')}: {item}")
        for pid, r in self.applicable().items():
            symbol, word = LEVEL_STYLE[r.level][1:]
            lines.append(f"  {symbol} {pid}: {word}" + (f" ({r.score:.2f})" if r.score is not None else ""))
            for e in r.evidence:
                mark = "+" if e.effect == "credit" else "!"
                lines.append(f"      {mark} \"{e.text}\" — {e.reason}")
            if r.suggestion:
                lines.append(f"      → {r.suggestion}")
        return "\n".join(lines)

    def highlighted_answer_html(self) -> str:
        """The answer text, escaped, with every evidence span marked (flags win over credits)."""
        if not isinstance(self.answer, str):
            return ""
        text = self.answer
        marks: dict[int, tuple[int, str, str]] = {}
        for pid, r in self.applicable().items():
            for e in r.evidence:
                if e.end <= e.start or e.end > len(text):
                    continue
                prev = marks.get(e.start)
                if prev is None or (e.effect == "flag" and prev[1] != "flag"):
                    marks[e.start] = (e.end, e.effect, f"{pid}: {e.reason}")
        out, pos = [], 0
        for start in sorted(marks):
            end, effect, title = marks[start]
            if start < pos:
                continue
            bg, border = EFFECT_STYLE[effect]
            out.append(html.escape(text[pos:start]))
            label = "✔" if effect == "credit" else "✖"
            out.append(
                f'<mark class="trustlib-{effect}" title="{html.escape(title, quote=True)}" '
                f'style="background:{bg};border-bottom:2px solid {border};padding:0 2px">'
                f"{html.escape(text[start:end])}<sup>{label}</sup></mark>"
            )
            pos = end
        out.append(html.escape(text[pos:]))
        return "".join(out).replace("\n", "<br>")

    def _repr_html_(self) -> str:
        rows = []
        for pid, r in self.applicable().items():
            colour, symbol, word = LEVEL_STYLE[r.level]
            title = html.escape(self.principle_titles.get(pid, pid))
            ev = "".join(
                f'<li class="trustlib-evidence-{e.effect}">{"✔" if e.effect == "credit" else "✖"} '
                f"“{html.escape(e.text)}” — {html.escape(e.reason)}</li>"
                for e in r.evidence
            )
            rows.append(
                f'<tr data-principle="{html.escape(pid)}" data-level="{r.level}">'
                f'<td><b>{title}</b><br><code>{html.escape(pid)}</code></td>'
                f'<td style="color:{colour};font-weight:bold;white-space:nowrap">{symbol} {word}</td>'
                f"<td><ul style='margin:0;padding-left:1em'>{ev}</ul>"
                f"<i>{html.escape(r.suggestion)}</i></td></tr>"
            )
        notes = "".join(f"<p class='trustlib-note'>⚠ {html.escape(n)}</p>" for n in self.notes)
        steps = ""
        labels = {"missing_critical": "Critical step missing", "harmful_chosen": "Harmful step chosen",
                  "order_problems": "Order problem"}
        for key, label in labels.items():
            for item in self.steps.get(key, []):
                steps += f"<p class='trustlib-{key}'>✖ <b>{label}:</b> {html.escape(str(item))}</p>"
        answer = self.highlighted_answer_html()
        answer_html = (f"<div class='trustlib-answer' style='border-left:3px solid #888;padding:4px 8px;"
                       f"margin:6px 0'>{answer}</div>") if answer else ""
        return (
            f"<div class='trustlib-report'><h4>Feedback: {html.escape(self.exercise_title or self.exercise)} — "
            f"{self.overall:.0f}/100</h4>{notes}{steps}{answer_html}"
            "<table><thead><tr><th>Principle</th><th>Level</th><th>Evidence and suggestion</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table></div>"
        )


