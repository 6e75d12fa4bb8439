"""Injects change what a good answer is: the scenario is scored as of each exercise's time."""

from __future__ import annotations

import pytest

import trustlib
from trustlib.scenario import Wrongdoing
from trustlib.scoring.timeline import hours, state_at

CAPSTONE = trustlib.load_scenario("millbrook-capstone")


@pytest.mark.parametrize("label,expected", [("T+1h", 1), ("T+24h", 24), ("T+72h", 72), ("1 week", 168),
                                            ("T+2d", 48), ("T+30min", 0.5), (None, 0), ("later", 0),
                                            ("10 days", 240), ("T+3hrs", 3), ("45 minutes", 0.75), ("2 Weeks", 336)])
def test_hours(label, expected):
    assert hours(label) == pytest.approx(expected)


def test_state_moves_with_injects():
    first = state_at(CAPSTONE, "T+1h")
    week = state_at(CAPSTONE, "1 week")
    assert first.wrongdoing == Wrongdoing.not_established and week.wrongdoing == Wrongdoing.established
    assert len(week.facts) > len(first.facts)
    assert {u.id for u in first.unknowns} - {u.id for u in week.unknowns}, "injects resolve unknowns"
    assert first.person_harmed.name is None and week.person_harmed.name == "Samuel Okafor"


CLEARING = " The officer acted within policy and followed his training."


def test_clearing_the_officer_violates_at_every_time_but_for_different_reasons():
    early = CAPSTONE.exercise("public-statement").model_answer + CLEARING
    late = CAPSTONE.exercise("one-week-statement").model_answer + CLEARING
    r1 = trustlib.score_response(CAPSTONE, "public-statement", early).principles["admit-wrongdoing"]
    r2 = trustlib.score_response(CAPSTONE, "one-week-statement", late).principles["admit-wrongdoing"]
    assert r1.level == r2.level == "violated"
    assert "before the facts are in" in r1.evidence[0].reason
    assert "facts establish" in r2.evidence[0].reason


def test_after_the_finding_silence_on_wrongdoing_is_not_enough():
    text = ("One week ago, a Millbrook officer shot and killed Samuel Okafor at the Transit Center. "
            "The Attorney General's Office of Special Investigations continues its investigation, "
            "and we will update the public at 10 a.m. Friday.")
    early = trustlib.score_response(CAPSTONE, "public-statement", text).principles["admit-wrongdoing"]
    late = trustlib.score_response(CAPSTONE, "one-week-statement", text).principles["admit-wrongdoing"]
    assert late.level == "missed" and early.level != "missed"


def test_a_fact_that_arrives_later_can_be_contradicted_only_after_it_arrives():
    claim = " Officers recovered a knife next to him, so he was armed with a knife."
    base = "This morning a Millbrook officer shot a man at the Transit Center. We will update at noon."
    at_1h = trustlib.score_response(CAPSTONE, "public-statement", base + claim).principles["inform-of-facts"]
    at_24h = trustlib.score_response(CAPSTONE, "update-24h", base + claim).principles["inform-of-facts"]
    assert at_24h.level == "violated"
    assert any("contradicts a known fact" in e.reason for e in at_24h.evidence)
    assert not any("contradicts a known fact" in e.reason for e in at_1h.evidence)
