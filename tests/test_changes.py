"""Reading an announced change to practice, policy or training when the word "change" is not used."""

from __future__ import annotations

import pytest

import trustlib
from trustlib.scoring.changes import announces_change
from trustlib.scoring.text import analyse


def reads_change(text: str) -> str | None:
    return next((why for s in analyse(text).sentences if (why := announces_change(s))), None)


@pytest.mark.parametrize("sentence", [
    "Every deputy will finish a de-escalation course within 60 days.",
    "Crisis training for all patrol officers will be done by the end of March.",
    "From Friday, officers must call a supervisor before any foot pursuit.",
    "As of tonight no officer will carry a beanbag shotgun at a protest.",
    "Starting today, a sergeant reviews every use of force on a handcuffed person within a day.",
    "We are adding a language line to every patrol car by April 1.",
    "I have ordered every officer to switch on the body camera before leaving the car.",
    "Night-time no-knock entries have been suspended.",
    "Chokeholds are banned, effective immediately.",
    "Body cameras on all patrol tablets by May 1.",  # a heading-style line with no verb
    # A report of a kind the public files is the force's business; rules written out after a colon still set them.
    "Starting today an inspector checks every missing-person report within an hour.",
    "We have new hostage rules: no shot through glass or past a hostage unless she is being attacked right then.",
    "From today our policy requires a certified interpreter for any questioning.",
])
def test_a_rule_a_date_for_training_or_a_tactic_withdrawn_is_a_change(sentence):
    assert reads_change(sentence)


@pytest.mark.parametrize("sentence", [
    "The deputy followed his training.",
    "The deputy is suspended without pay until a hearing.",
    "His police powers have been suspended.",
    "All four deputies will remain on paid leave.",
    "Every officer who was at the scene will be interviewed by the State Police.",
    "The officers involved will be placed on administrative leave.",
    "We will release the video by 5 p.m. on Friday.",
    "I will answer every question at Monday's briefing.",
    "Deputies will not be retrained; the policy is sound.",
    "We will look at his training file.",
    "The deputies were trained in crisis response in 2021.",
    "She was suspended from school last year.",
    "Early this morning a deputy tried to stop a car for a broken tail light.",
    "The deputy withdrew his Taser and fired.",
    "We will not suspend the program.",
    "Every report of the shooting will be released by Friday.",  # anyone's report, released: no rule
    "We have no new rules: the old ones work.",
    # what a rule already asked for, told of the past
    "Our own policy required a certified interpreter and a call to a supervisor; neither happened.",
    # what ends or stops in the account of the incident, and people who stay where they are
    "The chase ended at 9:40 p.m. on Route 9.",
    "The officer stopped the car on Grant Avenue.",
    "Officers will stay at the scene overnight.",
])
def test_events_statuses_and_denials_are_not_changes(sentence):
    assert reads_change(sentence) is None


EASTGATE = trustlib.load_scenario("eastgate-restraint-video")  # wrongdoing established: a change is due
FOUND = ("On Thursday night one of our officers punched Jerome Watkins twice while he sat handcuffed outside the "
         "Quik-Mart on Grant Avenue. Our Professional Standards Bureau found that this broke our use-of-force "
         "policy. I am sorry. The Hollis County District Attorney is reviewing the case, and the officer's police "
         "powers are suspended. ")


def test_a_change_in_other_words_completes_the_agency_response():
    without = trustlib.score_response(EASTGATE, "public-statement", FOUND).principles["announce-agency-response"]
    with_rule = trustlib.score_response(
        EASTGATE, "public-statement",
        FOUND + "From Monday, every officer must report any force used on a handcuffed person before the end of "
                "the shift.").principles["announce-agency-response"]
    assert without.level == "partial" and "change" in without.suggestion
    assert with_rule.level == "met"
    assert any("whole force" in e.reason for e in with_rule.evidence)


@pytest.mark.parametrize("sentence", [
    # a practice the agency ends, or that is no more
    "We have ended unannounced drills and drills with armed officers.",
    "Here's what's different as of now: no more surprise drills.",
    # what any future drill needs, and things kept out of a room from today
    "Any future drill needs the captain's written approval.",
    "As of today, personal phones stay in lockers outside booking.",
    "Starting today nobody carries a personal phone into booking.",
])
def test_practices_ended_and_rules_for_things(sentence):
    assert reads_change(sentence) is not None


@pytest.mark.parametrize("sentence, new", [
    # a post or a way in opened to the public
    ("From 3 March a full-time liaison officer who speaks Portuguese will start.", True),
    ("Come March 3rd there'll be an officer who speaks Portuguese, and a phone line, 508-555-0190, where you can "
     "report in Portuguese.", True),
    ("We will set up a way to report online, and a tip line.", True),
    # denied, past, or only named
    ("We will not set up a hotline.", False),
    ("The liaison officer met the family yesterday.", False),
    ("The hotline was down last night.", False),
    ("You can call our liaison officer at 555-0101.", False),
])
def test_a_new_post_or_service_is_a_change(sentence, new):
    assert (reads_change(sentence) is not None) is new


@pytest.mark.parametrize("sentence, new", [
    # a line with no verb, under the date it starts
    ("From 3 March: a Portuguese-speaking liaison officer, and a line to report crimes in Portuguese.", True),
    ("March 3: the liaison officer met the family.", False),
    # no one of the force, and nothing on a warrant, from now on
    ("From today no one in this department goes through a door unannounced.", True),
    ("From today no address goes on a warrant until a second supervisor has checked it against the tip.", True),
    ("No one in this department saw the video.", False),
])
def test_a_change_dated_or_said_of_no_one(sentence, new):
    assert (reads_change(sentence) is not None) is new
