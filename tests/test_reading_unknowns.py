"""What a statement says about the scenario's open questions, read in an instructor's own scenario
(tests/data/instructor-garage.yaml): what is known is not an answer, a question named is not answered, and a
question an inject settled is read in the part of the sentence that calls it open."""

from __future__ import annotations

from pathlib import Path

import pytest

import trustlib

GARAGE = trustlib.load_scenario(Path(__file__).parent / "data" / "instructor-garage.yaml")
SHOT = "At about 9:10 p.m. Tuesday an officer chased Marcus Bell into the Ferris Street garage and fired three shots. "


def unknown_flags(exercise: str, text: str, scenario=GARAGE) -> list[str]:
    """Reasons inform-of-facts gives for stating, denying or calling open a question."""
    report = trustlib.score_response(scenario, exercise, text)
    return [e.reason for e in report.principles["inform-of-facts"].evidence if e.effect == "flag"
            and ("not yet known" in e.reason or "now known" in e.reason)]


@pytest.mark.parametrize("sentence, flagged", [
    # What the scenario says happened to him is known: telling it answers no open question.
    ("One of our officers shot Marcus Bell on the stairs of the Ferris Street garage.", False),
    # "back" is a stop word to spaCy, but here it is where he was hit: the claim is made in other words.
    ("A bullet struck him in the back as he ran down the stairs.", True),
    ("He lunged at the officer on the stairs.", True),
    # A question named is not answered.
    ("We will not be discussing whether he had paid the parking fee.", False),
    ("I won't get into whether Mr. Bell had paid for parking that night.", False),
    ("Mr. Bell had not paid for parking.", True),
])
def test_what_is_known_or_only_asked_answers_nothing_but_a_claim_in_other_words_does(sentence, flagged):
    assert bool(unknown_flags("public-statement", SHOT + sentence)) is flagged


def test_a_settled_question_is_read_where_the_sentence_calls_something_open():
    week = "A week ago an officer shot Marcus Bell in the Ferris Street garage. "
    # What was found, then what is still open: a different question about the same leg.
    told = week + ("Mr. Bell had more surgery on his leg on Friday and is in rehabilitation; we do not yet know "
                   "whether he will walk on that leg without a cane again.")
    assert not [r for r in unknown_flags("week-statement", told) if "now known" in r]
    stale = week + "We still do not know whether Mr. Bell will need more surgery on his leg."
    assert [r for r in unknown_flags("week-statement", stale) if "now known" in r]


def test_the_persons_story_told_from_the_facts_answers_no_new_question():
    text = "A week ago an officer shot Marcus Bell in the Ferris Street garage. Mr. Bell had a second operation on Friday and is in rehab."
    assert not unknown_flags("week-statement", text)
    claimed = "A week ago an officer shot Marcus Bell in the Ferris Street garage. Mr. Bell will walk without a cane again."
    assert unknown_flags("week-statement", claimed)


def test_a_denial_settles_only_the_question_it_denies():
    text = ("A week ago an officer shot Marcus Bell in the Ferris Street garage. Officer Kroll is relieved of duty "
            "without pay, and I have begun the process to dismiss her, which includes a hearing.")
    assert not unknown_flags("week-statement", text)
    # ... while denying what is asked is a claim too.
    assert unknown_flags("public-statement", "An officer shot Marcus Bell. He never lunged at the officer.")


def test_items_under_a_heading_of_what_is_not_known_answer_nothing():
    release = ("What happened\n- " + SHOT + "\n\nWhat is not yet known\n- The shot in his back, and why he ran."
               "\n\nWho is investigating\n- The State Bureau of Investigation.")
    assert not unknown_flags("public-statement", release)
    # The same words as a sentence of their own, with no heading over them, still state it.
    assert unknown_flags("public-statement", SHOT + "He was shot in the back as he ran.")


def _with_incident(**changes) -> "trustlib.Scenario":
    return GARAGE.model_copy(update={"incident": GARAGE.incident.model_copy(update=changes)})


BITE = _with_incident(unknowns=[trustlib.scenario.Unknown(
    text="whether Mr. Bell bit the officer", asserted_by=["he bit the officer's hand"])])


@pytest.mark.parametrize("sentence, flagged", [
    # Someone else's account, reported and marked unconfirmed or disputed, states nothing.
    ("The officer has told us Mr. Bell bit his hand. That has not been confirmed.", False),
    ("The officer reported that Mr. Bell bit his hand; Mr. Bell's family deny it.", False),
    # ... but repeated without a word of doubt, it is the claim.
    ("The officer has told us Mr. Bell bit his hand, and the officer then fired.", True),
])
def test_an_account_reported_and_disowned_states_nothing(sentence, flagged):
    got = unknown_flags("public-statement", SHOT + sentence, BITE)
    assert bool(got) is flagged, got


def contradictions(scenario, text: str) -> list[str]:
    report = trustlib.score_response(scenario, "public-statement", text)
    return [e.text for e in report.principles["inform-of-facts"].evidence if "contradicts" in e.reason]


def test_a_false_first_release_reported_and_denied_is_the_correction():
    wrong = _with_incident(known_facts=[*GARAGE.incident.known_facts, trustlib.scenario.Fact(
        text="Mr. Bell was not armed and fired no shot.", contradicted_by=["Mr. Bell fired at the officer"])])
    assert not contradictions(wrong, SHOT + "Our first release said Mr. Bell fired at the officer. He did not.")
    assert contradictions(wrong, SHOT + "Mr. Bell fired at the officer first.")


def test_a_sentence_that_tells_another_known_fact_contradicts_none():
    # Two people: the one the officer shot died; a bystander survived. "He died ..." tells the first fact.
    two = _with_incident(known_facts=[
        trustlib.scenario.Fact(text="Marcus Bell died at Mercy Hospital at 10:21 p.m. Tuesday."),
        trustlib.scenario.Fact(text="A 21-year-old bystander came through surgery and is in stable condition.",
                               contradicted_by=["he died"])])
    assert not contradictions(two, SHOT + "He died at Mercy Hospital at 10:21 p.m. Tuesday.")
    assert contradictions(two, SHOT + "Sadly, he died in surgery.")


@pytest.mark.parametrize("sentence, flagged", [
    # A negation elsewhere in the sentence does not turn the claim round: the claim's own verb stands.
    ("The officer fired after Mr. Bell bit his hand and would not let go.", True),
    # ... but a negation on the claim's verb, or on a verb above it, does.
    ("Nothing on the video shows that Mr. Bell bit his hand.", False),
    ("The officer fired, and Mr. Bell never bit his hand.", True),      # a denial of the open question is a claim
])
def test_a_negation_on_another_verb_leaves_the_claim_standing(sentence, flagged):
    got = unknown_flags("public-statement", SHOT + sentence, BITE)
    assert bool(got) is flagged, got


def test_a_release_called_false_just_before_it_is_reported_is_the_correction():
    wrong = _with_incident(known_facts=[*GARAGE.incident.known_facts, trustlib.scenario.Fact(
        text="Mr. Bell was not armed and fired no shot.", contradicted_by=["Mr. Bell fired at the officer"])])
    text = SHOT + "Our first post was wrong. It said Mr. Bell fired at the officer and that no one else was in danger."
    assert not contradictions(wrong, text)
    assert not contradictions(wrong, SHOT + "It said Mr. Bell fired at the officer. Neither claim was true.")


REPORTED_BITE = _with_incident(
    known_facts=[*GARAGE.incident.known_facts,
                 trustlib.scenario.Fact(text="The officer reported that Mr. Bell bit his hand.")],
    unknowns=BITE.incident.unknowns)


@pytest.mark.parametrize("sentence, violated", [
    # Open in the scenario, though a fact reports the officer saying it: told as fact, it blames Mr. Bell.
    ("The officer fired after Mr. Bell bit his hand.", True),
    ("The officer fired because Mr. Bell would not let go.", True),
    ("The officer reported that Mr. Bell bit his hand; that has not been confirmed.", False),
])
def test_conduct_the_scenario_leaves_open_blames_the_person_though_a_fact_reports_it(sentence, violated):
    report = trustlib.score_response(REPORTED_BITE, "public-statement", SHOT + sentence)
    assert (report.principles["no-victim-demonizing"].level == "violated") is violated


def test_a_sentence_that_puts_it_after_does_not_say_before():
    ordered = _with_incident(known_facts=[*GARAGE.incident.known_facts, trustlib.scenario.Fact(
        text="All three shots were fired after Mr. Bell had dropped the bag and raised his hands.",
        contradicted_by=["the first shot was fired before he raised his hands"])])
    assert not contradictions(ordered, SHOT + "The review found that every shot came after he raised his hands.")
    assert contradictions(ordered, SHOT + "The first shot was fired before he raised his hands.")


CHARGES = _with_incident(unknowns=[trustlib.scenario.Unknown(
    text="whether the officer will face criminal charges",
    asserted_by=["no charges will be filed", "he will be charged with assault"])])


@pytest.mark.parametrize("sentence, flagged", [
    ("No charges have been filed against Mr. Bell.", False),     # what has been, not what will be
    ("No charges will be filed in this case.", True),
    ("The officer is going to be charged with assault.", True),
])
def test_what_has_been_done_answers_no_question_of_what_will_be(sentence, flagged):
    got = unknown_flags("public-statement", SHOT + sentence, CHARGES)
    assert bool(got) is flagged, got


WARNING = _with_incident(
    known_facts=[*GARAGE.incident.known_facts,
                 trustlib.scenario.Fact(text="The officer gave Mr. Bell first aid until paramedics arrived.")],
    unknowns=[trustlib.scenario.Unknown(text="whether the officer warned Mr. Bell before firing",
                                        asserted_by=["no warning was given"])])


CAMERA = _with_incident(unknowns=[
    trustlib.scenario.Unknown(text="why the officer switched off his body camera",
                              asserted_by=["he switched it off to give the family privacy",
                                           "there was no time to switch it on again"])])


def test_the_readings_under_the_question_about_the_officer():
    from trustlib.scoring import claims, public_response
    from trustlib.scoring.context import Context
    from trustlib.scoring.text import analyse
    from trustlib.scoring.timeline import state_at

    exercise = CAMERA.exercises[0]
    ctx = Context(analyse("The camera was not switched on again."), CAMERA, exercise, state_at(CAMERA, exercise.at))
    # A claim of the officer's own act is not read with the person's name; a claim of the person's act is.
    question = CAMERA.incident.unknowns[0].text
    assert public_response._of_the_officer(question, "he switched it off by accident", ctx)
    assert not public_response._of_the_officer(question, "he grabbed at the officer's camera", ctx)
    assert not public_response._of_the_officer("whether he had paid the parking fee", "he had not paid", ctx)
    # "switch" is the claim's own word, but its own thing, the time, is not said.
    said = ctx.analysis.clauses[0]
    assert not claims._uses_own_word("there was no time to switch it on again", said, ctx)
    assert claims._uses_own_word("there was no time to switch it on again",
                                 analyse("There was no time to switch it on.").clauses[0], ctx)


IMPAIRED = _with_incident(unknowns=[trustlib.scenario.Unknown(
    text="whether the officer was impaired", asserted_by=["he showed no signs of impairment", "he was drunk"])])


@pytest.mark.parametrize("scenario, sentence, flagged", [
    # A claim that denies its own subject ("no warning was given") is its subject: the verb is the facts' own.
    (WARNING, "No warning had been given before the shots.", True),
    (WARNING, "We do not yet know whether any warning was given.", False),
    (WARNING, "The officer gave Mr. Bell first aid until the paramedics came.", False),
    # A claim of the officer's reasons is of the officer: the person's name does not make it his.
    (CAMERA, "We are all glad that Mr. Bell is home with his family.", False),
    (CAMERA, "The officer switched it off to give the family some privacy.", True),
    # "Since" before a date gives no reason; as a clause's mark it does.
    (CAMERA, "Since Monday, a camera switched off by hand alerts the sergeant at once.", False),
    (CAMERA, "The officer switched off his camera since he wanted to give the family privacy.", True),
    # A claim's own thing must be there: the camera switched on again says nothing of the time there was.
    (CAMERA, "The camera was not switched on again before the shots.", False),
    # Both deny, but not the same thing: no officer tested him is not that he showed no signs.
    (IMPAIRED, "Body cameras show that no officer tested him for impairment.", False),
    (IMPAIRED, "He showed no sign of impairment at the scene.", True),
    # The claim's quality put on him as a label says it as surely.
    (IMPAIRED, "This family will have to carry what a drunk driver did to them.", True),
    (IMPAIRED, "We do not yet know whether alcohol played any part.", False),
])
def test_a_claim_is_read_by_what_it_says_was_done_or_was_none(scenario, sentence, flagged):
    got = unknown_flags("public-statement", SHOT + sentence, scenario)
    assert bool(got) is flagged, got


def test_the_facts_word_in_the_claims_place_tells_the_fact():
    died = _with_incident(known_facts=[*GARAGE.incident.known_facts, trustlib.scenario.Fact(
        text="Marcus Bell was pronounced dead at the scene at 9:31 p.m.", contradicted_by=["he died at the hospital"])])
    assert not contradictions(died, SHOT + "He died at the scene.")
    assert contradictions(died, SHOT + "He died later at the hospital.")
