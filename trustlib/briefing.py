"""A scenario as an officer reads it before an exercise: the situation, facts, unknowns and people.

Everything here is rendered from the scenario file (escaped), so an instructor's new
scenario gets the same briefing as a bundled one.
"""

from __future__ import annotations

import html
from typing import Iterable

from .scenario import Contact, Inject, Scenario
from .scoring.timeline import hours, state_at


def _state(scenario: Scenario, at: str | None):
    """(facts, unknowns, wrongdoing, person harmed, officers) as of ``at``."""
    state = state_at(scenario, at)
    if isinstance(state, tuple):  # older scorers returned a plain tuple
        facts, unknowns, wrongdoing = state[:3]
        inc = scenario.incident
        return facts, unknowns, wrongdoing, inc.person_harmed if inc else None, inc.officers if inc else []
    return (state.facts, state.unknowns, state.wrongdoing, getattr(state, "person_harmed", None),
            getattr(state, "officers", None))

_BOX = "border:1px solid #ccc;border-radius:4px;padding:6px 12px;margin:6px 0"


def _e(text: object) -> str:
    return html.escape(str(text))


def _list(items: Iterable[str], cls: str = "") -> str:
    rows = "".join(f"<li>{_e(i)}</li>" for i in items)
    return f"<ul class='{cls}'>{rows}</ul>" if rows else ""


def _contacts(contacts: list[Contact]) -> str:
    rows = []
    for c in contacts:
        rel = f" <i>{_e(c.relationship)}</i>" if c.relationship else ""
        rows.append(f"<li><b>{_e(c.name)}</b>: {_e(c.role)}.{rel}</li>")
    return f"<ul>{''.join(rows)}</ul>" if rows else ""


def _section(title: str, body: str, open_: bool = False) -> str:
    if not body:
        return ""
    return f"<details{' open' if open_ else ''}><summary><b>{_e(title)}</b></summary>{body}</details>"


def brief_html(scenario: Scenario, at: str | None = None) -> str:
    """The briefing for ``scenario`` as of ``at`` (injects up to then applied)."""
    parts = [f"<h3 style='margin-top:0'>{_e(scenario.title)}</h3>",
             f"<p><b>You speak for:</b> {_e(scenario.agency)}</p>",
             f"<p>{_e(scenario.summary)}</p>"]
    inc = scenario.incident
    if inc is not None:
        facts, unknowns, _wrongdoing, person, officers_now = _state(scenario, at)
        person = person or inc.person_harmed
        who = f"{person.name}, " if person.name else ""
        told = "has been told" if person.family_notified else "has NOT yet been told"
        parts.append(f"<p><b>When:</b> {_e(inc.when)}<br><b>Where:</b> {_e(inc.where)}<br>"
                     f"<b>Person harmed:</b> {_e(who + person.description)}; {_e(person.outcome)} "
                     f"(the family {told}).</p>")
        parts.append(_section("What is known" + (f" (as of {at})" if at else ""),
                              _list([f.text for f in facts], "trustlib-facts"), open_=True))
        parts.append(_section("What is not yet known",
                              _list([u.text[0].upper() + u.text[1:] for u in unknowns], "trustlib-unknowns"),
                              open_=True))
        officers = [f"{o.role}: {o.status}" + ("" if o.name_released or not o.name else " (name withheld)")
                    for o in (officers_now or inc.officers)]
        body = _list(officers) + f"<p><b>Investigation:</b> {_e(inc.investigation)}</p>"
        if inc.video:
            body += f"<p><b>Video:</b> {_e(inc.video)}</p>"
        parts.append(_section("Officers, investigation and video", body))
    parts.append(_section("Established community partners", _contacts(scenario.partners), open_=inc is not None))
    community = f"<p>{_e(scenario.community.description)}</p>"
    if scenario.community.trust_level:
        community += f"<p><b>Trust:</b> {_e(scenario.community.trust_level)}</p>"
    community += ("<p><b>Groups</b></p>" + _contacts(scenario.community.groups)) if scenario.community.groups else ""
    community += ("<p><b>Leaders</b></p>" + _contacts(scenario.community.leaders)) if scenario.community.leaders else ""
    if scenario.community.cultural_norms:
        community += "<p><b>Customs to respect</b></p>" + _list(scenario.community.cultural_norms)
    parts.append(_section("The community", community, open_=inc is None))
    parts.append(_section("Other people with a stake", _contacts(scenario.stakeholders)))
    return f"<div class='trustlib-brief' style='{_BOX}'>{''.join(parts)}</div>"


def inject_html(scenario: Scenario, at: str) -> str:
    """What has changed by ``at``: the injects that arrive after the previous one, as news."""
    now = hours(at)
    arriving: list[Inject] = [i for i in scenario.injects if hours(i.at) == now]
    if not arriving:
        return ""
    rows = []
    _facts, unknowns, _wrongdoing, _person, _officers = _state(scenario, at)
    for inject in arriving:
        body = _list([f.text for f in inject.facts])
        if inject.resolves:
            earlier = {u.id: u.text for u in (scenario.incident.unknowns if scenario.incident else [])}
            for other in scenario.injects:
                earlier.update({u.id: u.text for u in other.unknowns})
            resolved = [earlier.get(r, r) for r in inject.resolves]
            body += "<p><b>Now answered:</b></p>" + _list(resolved)
        if inject.unknowns:
            body += "<p><b>New questions:</b></p>" + _list([u.text for u in inject.unknowns])
        if inject.wrongdoing is not None:
            meaning = {"established": "the facts now show the officer's conduct was wrong",
                       "not-established": "whether the officer acted wrongly is not yet established",
                       "not-indicated": "nothing so far indicates the officer acted wrongly"}
            body += f"<p><b>What the facts show now:</b> {_e(meaning.get(inject.wrongdoing.value, inject.wrongdoing.value))}.</p>"
        rows.append(f"<div class='trustlib-inject' style='{_BOX};border-left:4px solid #0072B2'>"
                    f"<p><b>{_e(inject.at)}: {_e(inject.title)}</b></p>{body}</div>")
    still = _list([u.text[0].upper() + u.text[1:] for u in unknowns])
    if still:
        rows.append(_section(f"Still not known at {at}", still))
    return "".join(rows)
