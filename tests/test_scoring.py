"""The scorer reads the answer against the scenario: detectors, negation, gaming, steps, bad input.

Most tests use ``tests/data/instructor-scenario.yaml``, a scenario that is not
bundled, so they also show that an instructor's own file is scored like a bundled one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import trustlib
from trustlib import ExerciseError, score_response

SCENARIO = trustlib.load_scenario(Path(__file__).parent / "data" / "instructor-scenario.yaml")

GOOD = (
    "Last night at about 9:40 p.m., one of our officers shot and killed Darnell Price, 34, on the 1400 block of "
    "Alder Street after a foot chase that began at a traffic stop. No gun was found at the scene; investigators "
    "recovered a phone near Mr. Price. We do not yet know what Mr. Price was holding when the officer fired, and "
    "we will not speculate. Our deepest condolences go to Mr. Price's family, whom we have notified. The State "
    "Bureau of Investigation is leading an independent investigation, and we will cooperate fully. The officer has "
    "been placed on paid administrative leave. Whether the shooting was lawful is for that investigation to "
    "determine. We will release the body camera video within 72 hours. We will give the next update at 5 p.m. "
    "tomorrow, and tonight we are meeting Pastor Ruth Okafor and the Alder Street Faith Coalition to listen to "
    "residents' concerns. Questions can go to our public information officer at 555-0100."
)


def levels(text: str) -> dict[str, str]:
    report = score_response(SCENARIO, "public-statement", text)
    return {pid: r.level for pid, r in report.applicable().items()}


def overall(text: str) -> float:
    return score_response(SCENARIO, "public-statement", text).overall


def test_contract_shape():
    d = score_response(SCENARIO, "public-statement", GOOD).to_dict()
    assert set(d) >= {"scenario", "exercise", "overall", "principles"}
    assert d["scenario"] == "instructor-alder-street" and d["exercise"] == "public-statement"
    assert 0 <= d["overall"] <= 100
    assert len(d["principles"]) == len(trustlib.load_rubric().ids())
    for pid, r in d["principles"].items():
        assert r["level"] in ("met", "partial", "missed", "violated", "na")
        if r["level"] == "na":
            assert r["score"] is None
        else:
            assert 0 <= r["score"] <= 1 and r["suggestion"]
        for e in r["evidence"]:
            assert GOOD[e["start"]:e["end"]] == e["text"] and e["reason"]
    assert d["principles"]["support-officers"]["level"] == "na"


def test_strong_statement_meets_the_principles():
    got = levels(GOOD)
    assert all(level == "met" for level in got.values()), got
    assert overall(GOOD) >= 85


@pytest.mark.parametrize("phrase", [
    "Shots were fired during an officer-involved shooting on Alder Street last night.",
    "Mr. Price was struck by gunfire after a struggle ensued.",
    "Mr. Price was shot during the encounter.",
    "Mr. Price was taken to the ground and a knee was placed on his neck.",
    "Force was used and a Taser was deployed.",
    "A high-risk stop was conducted and the occupants of the vehicle were detained.",
    "There was a regrettable misunderstanding between an officer and Mr. Price.",
])
def test_agentless_and_euphemistic_wording_is_flagged(phrase):
    report = score_response(SCENARIO, "public-statement", phrase + " We will say more at 5 p.m. tomorrow.")
    result = report.principles["open-and-honest"]
    assert result.level == "violated"
    assert any(e.effect == "flag" and phrase[:20] in e.text for e in result.evidence)


@pytest.mark.parametrize("sentence", [
    "No weapon was found.",                  # a passive that hides no force
    "Handcuffs were put on him at 9:45 p.m.",
    "An investigation is being conducted by the State Bureau of Investigation.",
    "We will not call what happened a misunderstanding.",
])
def test_passives_that_hide_no_force_are_not_flagged(sentence):
    text = "One of our officers shot Mr. Price on Alder Street last night. " + sentence
    assert levels(text)["open-and-honest"] == "met"


def test_an_actor_named_only_inside_what_is_unknown_does_not_say_who_acted():
    text = ("Mr. Price was taken to the ground on Alder Street last night. We do not know yet what was said before "
            "the officer took him down.")
    assert levels(text)["open-and-honest"] == "violated"


def test_active_voice_with_agent_is_credited():
    text = "Mr. Price was shot by one of our officers on Alder Street last night. An officer fired four times."
    assert levels(text)["open-and-honest"] == "met"


def test_stonewalling_violates_open_and_honest():
    assert levels(GOOD + " Beyond that we have no further comment.")["open-and-honest"] == "violated"


def test_negated_stonewalling_is_not_flagged():
    assert levels(GOOD + " We will not hide behind 'no comment'.")["open-and-honest"] == "met"


def test_stating_an_unknown_as_fact_violates_inform_of_facts():
    report = score_response(SCENARIO, "public-statement", GOOD + " Mr. Price reached for his waistband as he turned.")
    r = report.principles["inform-of-facts"]
    assert r.level == "violated"
    assert any("not yet known" in e.reason and "waistband" in e.text for e in r.evidence)


def test_unknown_paraphrased_as_fact_is_caught_from_scenario_data():
    # Not one of the scenario's asserted_by claims: a paraphrase of the unknown itself.
    text = GOOD + " At the moment the officer fired, Mr. Price was holding a handgun."
    assert levels(text)["inform-of-facts"] == "violated"


def test_saying_the_unknown_is_unknown_is_credited_not_flagged():
    report = score_response(SCENARIO, "public-statement", GOOD)
    r = report.principles["inform-of-facts"]
    assert not [e for e in r.evidence if e.effect == "flag"]
    assert any("not yet known" in e.reason and e.effect == "credit" for e in r.evidence)


def test_contradicting_a_known_fact_is_a_violation():
    assert levels(GOOD + " He was armed when officers confronted him.")["inform-of-facts"] == "violated"


def test_hedged_speculation_is_a_violation():
    assert levels(GOOD + " He appeared to reach for something in his pocket.")["inform-of-facts"] == "violated"


def test_victim_blaming_sentence_lowers_that_principle_and_overall():
    blamed = GOOD + " Mr. Price had a lengthy criminal record and was known to police."
    assert levels(blamed)["no-victim-demonizing"] == "violated"
    assert overall(blamed) < overall(GOOD)


@pytest.mark.parametrize("sentence", [
    "We will not discuss his past.",
    "We will not speculate about his record, which has nothing to do with this.",
    "We refuse to put Mr. Price's past on trial.",
])
def test_negated_victim_blaming_is_respect(sentence):
    report = score_response(SCENARIO, "public-statement", GOOD + " " + sentence)
    r = report.principles["no-victim-demonizing"]
    assert r.level == "met"
    assert not [e for e in r.evidence if e.effect == "flag"]


def test_suspect_for_someone_not_suspected_is_flagged():
    assert levels(GOOD + " The suspect ran from the stop.")["no-victim-demonizing"] == "violated"


def test_premature_clearing_when_wrongdoing_is_not_established():
    assert levels(GOOD + " The officer acted within policy and followed his training.")["admit-wrongdoing"] == "violated"


def test_negated_clearing_is_credited():
    text = GOOD + " We will not say the officer acted within policy until the facts are in."
    assert levels(text)["admit-wrongdoing"] == "met"


def test_removing_the_sentence_that_earns_a_principle_lowers_it():
    without = GOOD.replace("The officer has been placed on paid administrative leave. ", "").replace(
        "The State Bureau of Investigation is leading an independent investigation, and we will cooperate fully. ", "")
    before = score_response(SCENARIO, "public-statement", GOOD).principles["announce-agency-response"].score
    after = score_response(SCENARIO, "public-statement", without).principles["announce-agency-response"].score
    assert after < before


def test_open_ended_delay_violates_transparency():
    text = GOOD.replace("within 72 hours", "when the investigation is complete").replace(
        "We will give the next update at 5 p.m. tomorrow, and tonight", "Tonight").replace(
        " Questions can go to our public information officer at 555-0100.", "")
    assert levels(text)["transparency-and-accountability"] == "violated"


def test_partner_detection_uses_scenario_partners_not_street_names():
    text = "An officer shot a man on Alder Street. We will meet residents soon."
    assert levels(text)["engage-community-partners"] != "met"
    assert levels(GOOD)["engage-community-partners"] == "met"


# ---- gaming -------------------------------------------------------------------------------------------------
def test_keyword_list_scores_low():
    keywords = ("independent investigation, State Bureau of Investigation, condolences, body camera video, "
                "72 hours, administrative leave, transparency, accountability, community partners, "
                "Faith Coalition, policy review, training, not yet known, next update 5 p.m.")
    assert overall(keywords) <= 20


def test_repeating_a_statement_does_not_raise_its_score():
    assert overall(" ".join([GOOD] * 3)) <= overall(GOOD)


def test_keyword_soup_lines_score_low():
    soup = "\n".join(["Condolences.", "Investigation.", "Video 72 hours.", "Leave.", "Partners."])
    assert overall(soup) <= 20


# ---- bad input -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_empty_answer_is_all_missed_with_a_message(text):
    report = score_response(SCENARIO, "public-statement", text)
    assert all(r.level == "missed" for r in report.applicable().values())
    assert any("Nothing was written" in n for n in report.notes)
    assert report.overall == 0


def test_non_english_text_gets_a_clear_note():
    text = ("Anoche, alrededor de las nueve y cuarenta, un agente disparó contra un hombre en la calle Alder. "
            "Lamentamos profundamente su muerte y acompañamos a su familia en este momento tan difícil.")
    report = score_response(SCENARIO, "public-statement", text)
    assert any("Only English is scored" in n for n in report.notes)
    assert report.overall == 0


def test_very_long_answer_is_scored_with_a_note():
    report = score_response(SCENARIO, "public-statement", (GOOD + " ") * 400)  # ~70,000 words
    assert any("very long" in n for n in report.notes)
    assert report.overall >= 85


def test_unknown_exercise_names_the_valid_ones():
    with pytest.raises(ExerciseError, match="public-statement, first-hours"):
        score_response(SCENARIO, "press-release", GOOD)


def test_text_to_a_steps_exercise_and_unknown_option_are_clear_errors():
    with pytest.raises(ExerciseError, match="valid: notify-family"):
        score_response(SCENARIO, "first-hours", ["notify-family", "hug-everyone"])


def test_html_in_the_answer_is_escaped_in_the_report():
    report = score_response(SCENARIO, "public-statement", GOOD + " <script>alert('x')</script> He was a thug.")
    html = report._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html


# ---- steps -------------------------------------------------------------------------------------------------------
def test_model_steps_meet_every_principle():
    report = score_response(SCENARIO, "first-hours", SCENARIO.exercise("first-hours").model_answer)
    assert all(r.level == "met" for r in report.applicable().values()), report.to_text()
    assert not report.steps["missing_critical"] and not report.steps["harmful_chosen"]


def test_steps_partial_credit_missing_critical_and_harmful_named():
    report = score_response(SCENARIO, "first-hours", ["holding-statement", "release-record"])
    assert any("Notify Mr. Price's family" in m for m in report.steps["missing_critical"])
    assert any("arrest record" in h for h in report.steps["harmful_chosen"])
    assert report.principles["no-victim-demonizing"].level == "violated"
    assert report.principles["inform-of-facts"].level in ("met", "partial")
    assert 0 < report.overall < 100


def test_every_critical_step_taken_meets_a_principle_without_the_optional_one():
    # transparency: the critical holding statement (weight 2) without the optional video clock (weight 1) is every
    # critical step and two thirds of the weight.
    report = score_response(SCENARIO, "first-hours", ["notify-family", "call-sbi", "holding-statement"])
    assert report.principles["transparency-and-accountability"].level == "met"
    # The optional step alone is not enough.
    assert score_response(SCENARIO, "first-hours", ["video-clock"]).principles[
        "transparency-and-accountability"].level == "partial"


def test_the_relaxed_met_for_steps_needs_them_in_order():
    # Every step serves inform-of-facts here: three critical (weight 2 each), two optional (1 each). All the critical
    # steps and one optional one are 7/8 of the weight: met in order; misordered, 7/8 less 1/4 falls short.
    exercise = SCENARIO.exercise("first-hours")
    options = [o.model_copy(update={"principles": ["inform-of-facts"]}) for o in exercise.options if not o.harmful]
    steps = exercise.model_copy(update={"options": options, "principles": ["inform-of-facts"]})
    scenario = SCENARIO.model_copy(update={"exercises": [steps]})
    in_order = score_response(scenario, "first-hours", ["notify-family", "call-sbi", "holding-statement", "name-man"])
    misordered = score_response(scenario, "first-hours", ["name-man", "notify-family", "call-sbi", "holding-statement"])
    assert in_order.principles["inform-of-facts"].level == "met"
    assert misordered.principles["inform-of-facts"].level == "partial"


def test_steps_order_constraint_is_checked():
    right = score_response(SCENARIO, "first-hours", ["notify-family", "call-sbi", "holding-statement", "name-man"])
    wrong = score_response(SCENARIO, "first-hours", ["name-man", "notify-family", "call-sbi", "holding-statement"])
    assert not right.steps["order_problems"]
    assert any("Notify the family before" in p for p in wrong.steps["order_problems"])
    assert wrong.overall < right.overall


def test_scoring_is_deterministic():
    a = score_response(SCENARIO, "public-statement", GOOD).to_dict()
    b = score_response(SCENARIO, "public-statement", GOOD).to_dict()
    assert a == b


def test_import_is_light():
    import subprocess
    import sys

    code = "import sys, trustlib; print('spacy' in sys.modules, 'onnxruntime' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_a_euphemism_for_the_outcome_beside_a_plain_verb_of_force_is_a_slip_not_concealment():
    slip = levels("Last night Mr. Price lost his life on Alder Street after one of our officers fired at him. "
                  "We will say more at 5 p.m. tomorrow.")["open-and-honest"]
    hidden = levels("Last night on Alder Street one officer discharged his weapon three times and Mr. Price lost his "
                    "life. We will say more at 5 p.m. tomorrow.")["open-and-honest"]
    assert slip == "partial" and hidden == "violated"


def test_asking_the_public_to_stay_calm_is_not_using_partners():
    text = "An officer shot Darnell Price on Alder Street last night. We ask the community to remain calm."
    assert levels(text)["engage-community-partners"] != "violated"
