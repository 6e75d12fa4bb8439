"""Detector rules that read the scenario's state: established findings, family notification, partners, respect."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

import trustlib
from trustlib.scoring.public_response import VAGUE_ACCOUNT

EASTGATE = trustlib.load_scenario("eastgate-restraint-video")  # wrongdoing established
MILLBROOK = trustlib.load_scenario("millbrook-capstone")       # family not yet told at T+1h
RIVERSIDE = trustlib.load_scenario("riverside-before")          # no incident
ADMIT = ("On Thursday at about 11:20 p.m., outside the Quik-Mart on Grant Avenue, one of our officers punched "
         "Jerome Watkins twice while he sat handcuffed. Our review found this violated our policy. It was wrong, "
         "and I apologize to Mr. Watkins and his family.")


def level(scenario, exercise, text, pid):
    return trustlib.score_response(scenario, exercise, text).principles[pid].level


def is_violated(scenario, exercise, text, pid) -> bool:
    return level(scenario, exercise, text, pid) == "violated"


def honesty(scenario, exercise: str, text: str) -> str:
    """open-and-honest's level, or "vague" where it is partial only for an account that never says who acted (which
    nothing else harmful in these short answers makes concealment)."""
    got = trustlib.score_response(scenario, exercise, text).principles["open-and-honest"]
    vague = [e for e in got.evidence if e.effect == "flag" and e.reason == VAGUE_ACCOUNT]
    return "vague" if got.level == "partial" and vague else got.level


def test_established_wrongdoing_admitted_and_apologised_is_met():
    assert level(EASTGATE, "public-statement", ADMIT, "admit-wrongdoing") == "met"
    # Knowing how hard a day is for the family excuses nothing.
    assert level(EASTGATE, "public-statement", ADMIT + " I know this is a difficult day for his family.",
                 "admit-wrongdoing") == "met"


@pytest.mark.parametrize("owning", [
    "We got this wrong.",
    "These are failures of this department, and Mr. Watkins paid for them.",
    "That gap has been open for two years, and it is mine to own.",
    "Those were our officers' failures, and they are this department's responsibility.",
    "That's on us.",
    "His family deserved better from us.",
    "No policy, training or explanation makes that right.",
])
def test_owning_the_finding_in_other_words(owning):
    text = ("On Thursday night one of our officers punched Jerome Watkins outside the Quik-Mart. " + owning +
            " I am sorry.")
    assert level(EASTGATE, "public-statement", text, "admit-wrongdoing") == "met"


@pytest.mark.parametrize("sentence", [
    "The department takes all allegations of misconduct seriously.",
    "It would not be appropriate for me to say whether the officer did anything wrong.",
    "The officer acted within policy given the circumstances.",
    "With the benefit of hindsight, the force used may have exceeded what was ultimately necessary.",
    "It is important to remember the context the officer was working in.",
    "He had only a split second to decide, and reasonable people can see that decision differently.",
    "Officers must make decisions in seconds that others review over weeks.",
    "He had only seconds in which to react.",
    "It is important to remember the circumstances the officer faced that night.",
    "Hindsight is always 20/20.",
    # the finding fenced off as one officer's, not the department's
    "This was an isolated failure by one officer, and it does not reflect the men and women of this department.",
    # The "not" after the comma denies what follows, not the accident.
    "This was a tragic accident, not a case of anyone setting out to hurt Mr. Watkins.",
    "Nobody in this building thinks he went out there that night to hurt anyone.",
    "The review found that certain aspects of the officer's conduct were not consistent with our policy.",
    "He was a young officer put in a very difficult position, and the community needs to understand that.",
    "This was an unfortunate outcome in a fast-moving situation.",
    "The gaps in the report were essentially a paperwork oversight.",
    "This was a momentary lapse in judgment in a demanding job.",
    "The late report was a communication hiccup, and it has been handled.",
    "The review traced it to a gap in the checklist; it did not affect the outcome.",
    "Nothing in the review suggests these lapses changed the outcome.",
    # the conduct excused by its moment, and the finding left to taste
    "It was a difficult situation, and our officers had to make quick decisions in a tense moment.",
    "Reasonable people can watch the same footage and come away with different impressions.",
    # the wrong fenced off as one man's, and his record weighed against it
    "This was one bad apple, and the vast majority of the men and women of this department serve with integrity.",
    "A rogue officer was caught and removed, and the process worked exactly as it should.",
    "He has eleven years of good work, and one bad night doesn't erase it.",
    "It was an off-duty matter, and it does not reflect on the thousands of officers who serve this city.",
])
def test_minimising_or_deflecting_an_established_finding_is_a_violation(sentence):
    text = ("On Thursday night an officer punched Jerome Watkins outside the Quik-Mart on Grant Avenue. " + sentence)
    assert level(EASTGATE, "public-statement", text, "admit-wrongdoing") == "violated"


@pytest.mark.parametrize("sentence, violated", [
    ("Mr. Watkins, I am sorry. You did nothing wrong, and we hurt you.", False),   # said to the person harmed
    ("Our officer did nothing wrong, and I am sorry Mr. Watkins was hurt.", True),
])
def test_nothing_wrong_said_to_the_person_harmed_clears_no_officer(sentence, violated):
    text = "On Thursday night an officer punched Jerome Watkins outside the Quik-Mart. " + sentence
    assert is_violated(EASTGATE, "public-statement", text, "admit-wrongdoing") is violated


def test_a_night_that_does_not_undo_the_wrong_owns_it():
    text = ("On Thursday night an officer punched Jerome Watkins outside the Quik-Mart. Mr. Watkins is home now, and I "
            "am thankful for that, but it does not undo what we did. I am sorry.")
    assert level(EASTGATE, "public-statement", text, "admit-wrongdoing") != "violated"


def test_an_excuse_after_a_finding_is_not_a_claim_of_fact():
    text = "On Thursday night an officer punched Jerome Watkins outside the Quik-Mart. The officer had a split second to decide."
    assert level(EASTGATE, "public-statement", text, "admit-wrongdoing") == "violated"
    assert level(EASTGATE, "public-statement", text, "inform-of-facts") != "violated"
    # ... while a claim against the finding still contradicts it.
    claim = ("On Thursday night an officer punched Jerome Watkins outside the Quik-Mart. The officer had no way of "
             "knowing Mr. Watkins was no threat.")
    assert level(EASTGATE, "public-statement", claim, "inform-of-facts") == "violated"


def test_vouching_for_the_officers_account_prejudges_him():
    text = ("An officer shot a man at the Transit Center. I know this officer, and I believe him when he says the "
            "man came at him.")
    assert level(MILLBROOK, "public-statement", text, "admit-wrongdoing") == "violated"
    # Knowing a fact about the officer vouches for no one.
    plain = "An officer shot a man at the Transit Center. We know the officer fired three times."
    assert level(MILLBROOK, "public-statement", plain, "admit-wrongdoing") != "violated"


@pytest.mark.parametrize("sentence,violated", [
    ("Both officers have assured me they followed that order to the letter, and I have every confidence in them.",
     True),
    ("As far as I can see, the officer did everything by the book.", True),
    ("I have every confidence in the State Police's investigation.", False),   # in the investigators, not the officer
    ("Whether he warned him is not known, but he did what any of us would have done.", True),
    ("Any reasonable officer would have done the same thing in that moment.", True),
    ("We will not say he did what any of us would have done; that is for the State Police.", False),
    # His record offered as his defence.
    ("The officer is a decorated veteran with an unblemished record.", True),
    ("His record will play no part in the review, and we will not hold it up in his defence.", False),
])
def test_vouching_in_other_words(sentence, violated):
    text = "An officer shot a man at the Transit Center. " + sentence
    assert is_violated(MILLBROOK, "public-statement", text, "admit-wrongdoing") is violated


def test_deferring_judgement_is_credited_only_before_the_facts():
    text = "It would not be appropriate for me to say whether the officer did anything wrong before the facts are in."
    early = level(MILLBROOK, "public-statement", "An officer shot a man at the Transit Center. " + text,
                  "admit-wrongdoing")
    late = level(MILLBROOK, "one-week-statement", "An officer shot Samuel Okafor at the Transit Center. " + text,
                 "admit-wrongdoing")
    assert early == "met" and late == "violated"


@pytest.mark.parametrize("deferring", [
    "The judgement on the officer's conduct is theirs to make.",
    "Whether this shooting complied with our policy is a question for the investigators.",
    "I'm not going to tell you our officers did everything right, or that they did everything wrong, because I "
    "don't know yet.",
])
def test_leaving_the_judgement_open_in_other_words(deferring):
    text = "An officer shot a man at the Transit Center. The State Police are investigating. " + deferring
    assert level(MILLBROOK, "public-statement", text, "admit-wrongdoing") == "met"
    # Not knowing which officer fired leaves nothing about his conduct open.
    assert level(MILLBROOK, "public-statement", "An officer shot a man at the Transit Center. We don't know yet "
                 "which officer fired or why.", "admit-wrongdoing") == "partial"


def test_naming_the_person_before_the_family_is_told_is_flagged():
    text = ("This morning a Millbrook officer shot Samuel Okafor at the Transit Center. Our condolences go to his "
            "family.")
    early = trustlib.score_response(MILLBROOK, "public-statement", text).principles["no-victim-demonizing"]
    later = trustlib.score_response(MILLBROOK, "update-24h", text).principles["no-victim-demonizing"]
    assert early.level == "violated" and "before the family" in early.evidence[0].reason
    assert later.level == "met"


@pytest.mark.parametrize("ask,expected", [
    ("I would be grateful if you would help keep people calm tonight.", "violated"),
    ("Could we meet tomorrow at 9 a.m.? I want to listen to what your members are telling you.", "met"),
    ("Please help keep the students calm and discourage any gathering outside the store.", "violated"),
    ("Please remind your members that the video does not show everything.", "violated"),
    ("It would help if the Alliance could put out a statement tonight saying our officers are well trained.", "violated"),
    # reminding the partner of a meeting asks nothing of them on the agency's behalf
    ("I want to remind you that we meet Thursday at 7 p.m.; I will listen to what your members say.", "met"),
    ("We will put out a statement at 5 p.m.; could we meet at 9 a.m. so I can listen to your members?", "met"),
    # asking for names of young people turns the relationship into intelligence gathering, listening or not
    ("Could we meet at 9 a.m. so I can listen? And if you know young people mixed up with gangs, please pass their "
     "names along to us.", "violated"),
    # asked to carry the agency's line to their own people
    ("I'd ask each of you to tell people at Thursday's meeting that this department has nothing to hide.",
     "violated"),
    # made to vouch for the police: a violation beside an offer to listen, not thanks for what they did
    ("Please let your members know that the department is handling this properly. Could we meet at 9 a.m. so I "
     "can listen to what they are telling you?", "violated"),
    ("You vouched for our promise last year. Could we meet at 9 a.m. so I can listen to what your members are "
     "telling you?", "met"),
    # asked for a public show of confidence in the police, in formal or plain words
    ("Could we meet at 9 a.m. so I can listen? A joint statement from your organisations expressing confidence in "
     "the process would go a long way.", "violated"),
    ("Could we meet at 9 a.m. so I can listen? It would mean a lot if the Alliance would sign a letter of support.",
     "violated"),
    # asked to head off the community's own gathering: suppression, even beside an offer to listen
    ("Could we meet at 9 a.m. so I can listen to what your members are telling you? I'd ask you to keep people calm "
     "tonight and to discourage any gathering outside the station.", "violated"),
])
def test_partners_are_listened_to_not_used_to_pacify(ask, expected):
    text = ("Pastor Simms, Ms. Jean-Baptiste: on Thursday night one of our officers punched Jerome Watkins while he "
            "was handcuffed. " + ask)
    assert level(EASTGATE, "partner-message", text, "engage-community-partners") == expected


def test_conditional_respect_is_a_violation_and_concrete_respect_is_met():
    bad = "Officers will treat people with respect if they are cooperative."
    good = "In every stop, officers will introduce themselves and explain the reason for the stop."
    assert level(RIVERSIDE, "engagement-plan", bad, "respect-every-encounter") == "violated"
    assert level(RIVERSIDE, "engagement-plan", good, "respect-every-encounter") == "met"


@pytest.mark.parametrize("sentence", [
    "The department will say nothing further until the investigation has established the facts.",
    "We will release the video once the District Attorney's review is finished.",
    "We will release the video when it is ready.",
    "We will publish the stop data when resources allow.",
    # in plain talk
    "We will publish the stop data once things settle down and the data is in good shape.",
    "We'll share what we can down the road, once the dust settles.",
    # waiting on a report, an inquest, an appeal or a court's work, or on the picture coming clear
    "We will say more once the IOPC's final report and the inquests have concluded.",
    "We'll have more to say when the court's done its work.",
    "We will say more once the full picture is clear.",
    # nothing until then, under a negated verb, and in folksy words
    "I can't go into details until the Coroner's finished, which could be some time.",
    "Until that's all played out I'm not in a position to add anything.",
    "The department will speak again once the process has run its full course.",
])
def test_open_ended_silence_or_video_hold_violates_transparency(sentence):
    text = "On Thursday night an officer punched Jerome Watkins outside the Quik-Mart. " + sentence
    assert level(EASTGATE, "public-statement", text, "transparency-and-accountability") == "violated"


def test_not_waiting_until_a_review_ends_is_no_delay():
    text = ("On Thursday night an officer punched Jerome Watkins outside the Quik-Mart. We will not wait until the "
            "District Attorney's review is finished; the video goes out at 2 p.m. today.")
    assert level(EASTGATE, "public-statement", text, "transparency-and-accountability") != "violated"


def test_a_clock_in_another_clause_does_not_excuse_an_open_ended_video_hold():
    text = ("On Thursday night an officer punched Jerome Watkins outside the Quik-Mart. Mr. Watkins sees the videos "
            "at 2 p.m.; we will release them to everyone once the District Attorney's review is finished.")
    assert level(EASTGATE, "public-statement", text, "transparency-and-accountability") == "violated"


def test_telling_the_persons_unverified_conduct_answers_an_unknown_question():
    base = ("On Thursday at about 11:20 p.m., outside the Quik-Mart on Grant Avenue, one of our officers punched "
            "Jerome Watkins twice while he sat handcuffed. ")
    told = trustlib.score_response(EASTGATE, "public-statement",
                                   base + "Mr. Watkins had been cursing at the officers for several minutes.")
    plain = trustlib.score_response(EASTGATE, "public-statement", base + "Mr. Watkins was handcuffed on the curb.")
    assert told.principles["inform-of-facts"].level == "violated"
    assert any("not yet known" in e.reason and "cursing" in e.text for e in told.principles["inform-of-facts"].evidence)
    assert not [e for e in plain.principles["inform-of-facts"].evidence if e.effect == "flag"]


@pytest.mark.parametrize("sentence,expected", [
    ("I will show up at the next tenants' association meeting in uniform, unannounced.", "violated"),
    ("I will ask Ms. Holloway for an invitation rather than turning up in uniform.", "met"),
    ("I will drop in on the clan elders this week and catch up with Mr. Vang later.", "violated"),
    ("I will ask the Imam's office for a visit outside Friday midday prayers, and remove my shoes.", "met"),
    ("I will visit the mosque during Friday midday prayers.", "violated"),
])
def test_cultural_norms_read_from_the_scenario_can_be_followed_or_broken(sentence, expected):
    got = level(RIVERSIDE, "engagement-plan", sentence, "cultural-awareness")
    assert (got == "violated") == (expected == "violated"), got


@pytest.mark.parametrize("sentence,violated", [
    # "never a child of the family": a student or a pupil is a child too, when one interprets for the family.
    ("To save money, a high-school student from each family will interpret at the Hmong meetings.", True),
    ("At the Hmong meetings a pupil from the family will translate for the elders.", True),
    ("A professional Hmong interpreter, never a student from the family, will interpret at the meetings.", False),
    # The norm's child stands in for the interpreter: visiting a pupil's family is no breach of it.
    ("I will visit the family of each student who plays in the youth league.", False),
])
def test_a_norm_about_children_covers_students_only_as_the_ones_interpreting(sentence, violated):
    assert is_violated(RIVERSIDE, "engagement-plan", sentence, "cultural-awareness") is violated


@pytest.mark.parametrize("sentence,violated", [
    ("At the mosque I will bring a professional Arabic interpreter.", True),
    ("An Arabic-speaking officer will come with me to the mosque.", True),
    ("I will bring a Somali interpreter to the mosque, not an Arabic one.", False),
])
def test_a_language_named_as_not_the_communitys_with_a_word_between(sentence, violated):
    scenario = _riverside_with_norms("Bring professional Somali interpreters, not Arabic: most elders speak Somali.")
    assert is_violated(scenario, "engagement-plan", sentence, "cultural-awareness") is violated


def _riverside_with_norms(*norms: str) -> "trustlib.Scenario":
    community = RIVERSIDE.community.model_copy(update={"cultural_norms": list(norms)})
    return RIVERSIDE.model_copy(update={"community": community})


@pytest.mark.parametrize("sentence,violated", [
    # A time that ends a warned-against list qualifies its first item too: any meeting is not warned against.
    ("I'll ask Mr. Vang for a meeting first, on a weekday, in the community room.", False),
    ("I'll ask Mr. Vang for a meeting on Sunday at 11 a.m.", True),
    # A subject that denies the act refuses it.
    ("No officer of mine will use a child to interpret again, not on a call and not at a meeting.", False),
    ("At the crash an officer will use a child to interpret for his mother.", True),
])
def test_norms_qualified_at_the_end_of_a_list_and_refused_by_their_subject(sentence, violated):
    scenario = _riverside_with_norms(
        "The church's service runs all Sunday morning: never schedule a meeting, visit or event on a Sunday before "
        "4 p.m.", "Bring a professional Hmong interpreter; never use a child or a relative as the interpreter.")
    assert is_violated(scenario, "engagement-plan", sentence, "cultural-awareness") is violated


# An instructor's scenario with facts and unknowns only (no contradicted_by / asserted_by lists).
TASER = trustlib.load_scenario(Path(__file__).parent / "data" / "instructor-taser.yaml")
TASED = "Early Saturday a deputy used a Taser three times on Luis Ortega in a holding cell at the Pine County Jail. "


@pytest.mark.parametrize("sentence,flagged", [
    ("Mr. Ortega died because of a drug overdose.", True),                       # the unknown cause, in other words
    ("Mr. Ortega became unresponsive and died at Millerton Regional Hospital.", False),  # a known fact
    ("We do not yet know what caused his death.", False),
    ("Mr. Ortega was a father of two who loved fishing.", False),
])
def test_unknowns_without_claim_lists_are_read_from_the_question(sentence, flagged):
    r = trustlib.score_response(TASER, "public-statement", TASED + sentence).principles["inform-of-facts"]
    assert any(e.effect == "flag" for e in r.evidence) == flagged, r


def test_a_known_fact_told_plainly_is_not_a_euphemism():
    text = TASED + "Mr. Ortega became unresponsive and died at Millerton Regional Hospital at 3:40 a.m."
    assert level(TASER, "public-statement", text, "open-and-honest") == "met"


@pytest.mark.parametrize("text", [
    # An aside after the subject, which the parser reads as an apposition, as the subject of "working", or as the
    # main verb.
    "Early Saturday at the Pine County Jail, one of our deputies, working the overnight shift in uniform, tased "
    "Luis Ortega three times and held him down.",
    "Two days ago, one of our deputies, working an overtime shift in the jail in his county uniform, grabbed Luis "
    "Ortega's arm, tased him when he pulled away, and held him on the floor.",
    "Saturday at the jail, two of our deputies, working the booking desk, pinned Luis Ortega to the floor.",
])
def test_an_aside_between_the_officer_and_the_verb_still_names_the_actor(text):
    assert level(TASER, "public-statement", text, "open-and-honest") == "met"


@pytest.mark.parametrize("sentence", [
    "The deputy has been taken off duty while an outside agency, the State Police Major Crimes Unit, handles the case.",
    "The State Police, not this office, will investigate, and the deputy is on paid leave.",
    "An independent team from the State Police is looking into what happened. The deputy will not work meanwhile.",
])
def test_agency_response_in_other_words(sentence):
    assert level(TASER, "public-statement", TASED + sentence, "announce-agency-response") == "met"


def test_an_internal_message_in_plain_other_words():
    text = ("Team, I want you to hear this from me and not from the TV news. Early Saturday one of ours used a Taser "
            "on a man in a cell, and he died. Nobody here will be named or blamed before the State Police finish "
            "their work, and we owe the public straight answers. Counselors are on call for anyone who needs to "
            "talk, day or night. Take a day if you need it. I'll walk every shift through what we say publicly "
            "before we say it.")
    report = trustlib.score_response(TASER, "officer-message", text)
    got = {pid: r.level for pid, r in report.applicable().items()}
    assert got["open-and-honest"] == "met"
    assert got["include-officers-in-messaging"] == "met"
    assert got["accountability-with-officer-rights"] == "met"
    assert got["support-officers"] in ("partial", "met")


def test_problem_addresses_are_not_forms_of_address_and_being_respected_is_not_respecting():
    plan = ("I will increase patrols and target problem addresses. "
            "We will be respected once people see results.")
    assert level(RIVERSIDE, "engagement-plan", plan, "cultural-awareness") == "missed"
    assert level(RIVERSIDE, "engagement-plan", plan, "respect-every-encounter") == "violated"


def test_partner_met_by_title_and_surname_with_listening_in_its_own_sentence():
    text = ("Dear Ms. Jimenez, before we speak to the press, here is what we know: a deputy used a Taser on Luis "
            "Ortega in a holding cell early Saturday, and he died. Could we meet tomorrow, with anyone from the "
            "council you want to bring? I want to hear what people are saying and what they need from us.")
    assert level(TASER, "partner-message", text, "engage-community-partners") == "met"


def test_hearing_it_from_me_is_not_listening_to_partners():
    text = ("Ms. Jimenez, you should hear this from me: a deputy used a Taser on Luis Ortega early Saturday, and he "
            "died. Please get on the phone with your members tonight and tell them to stay home and keep calm.")
    assert level(TASER, "partner-message", text, "engage-community-partners") == "violated"


def test_support_counts_kinds_of_support_and_names_the_missing_ones():
    told = "Team, early Saturday a deputy used a Taser on Luis Ortega in a cell, and he died. "
    full = trustlib.score_response(TASER, "officer-message", told + (
        "Take the time off you need. Dr. Lee, our staff psychologist, is available confidentially at 555-0111, "
        "and we will hold an informal debrief on Monday.")).principles["support-officers"]
    thin = trustlib.score_response(TASER, "officer-message", told + "Take a day off if you need it. "
                                   "Sometimes a timeline helps.").principles["support-officers"]
    assert full.level == "met"
    assert thin.level == "partial" and "counselling" in thin.suggestion and "informal talk" in thin.suggestion


def test_time_offered_in_other_words_and_accountability_as_part_of_the_job():
    told = "Team, early Saturday a deputy used a Taser on Luis Ortega in a cell, and he died. "
    support = ("Peer support is at the station tonight at 555-0144, with an informal get-together tomorrow at 1 p.m. "
               "If you need time, ask.")
    assert level(TASER, "officer-message", told + support, "support-officers") == "met"
    owned = told + support + " Being accountable to the public is part of the job, and we will cooperate fully."
    brushed = told + support + " Stress is part of the job."
    assert level(TASER, "officer-message", owned, "support-officers") == "met"
    assert level(TASER, "officer-message", brushed, "support-officers") == "violated"
    assert level(TASER, "officer-message", told + "We need time to gather the facts.", "support-officers") == "missed"


def test_the_statement_sent_to_officers_before_it_goes_out_includes_them():
    text = ("Team, our statement goes out at 9:15; you'll get it by email at 9:00, so you aren't hearing it from "
            "Channel 5 first.")
    assert level(TASER, "officer-message", text, "include-officers-in-messaging") == "met"


def flags(scenario, exercise, text, pid):
    return [e for e in trustlib.score_response(scenario, exercise, text).principles[pid].evidence if e.effect == "flag"]


def credits(scenario, exercise, text, pid):
    return [e for e in trustlib.score_response(scenario, exercise, text).principles[pid].evidence
            if e.effect == "credit"]


@pytest.mark.parametrize("sentence,flagged", [
    # Denying the open question settles it as surely as asserting it.
    ("Mr. Ortega did not use drugs, and the Taser did not cause his death.", True),
    # Denials of finding or saying, of what could be, and of others' conduct assert nothing about him.
    ("No drugs were found in the cell.", False),
    ("We will not say what caused his death until the medical examiner does.", False),
    ("Nothing Mr. Ortega did could justify three Taser cycles, and we will not suggest otherwise.", False),
    ("A second deputy did nothing to stop it.", False),
])
def test_denying_an_unknown_is_stating_it(sentence, flagged):
    got = flags(TASER, "public-statement", TASED + sentence, "inform-of-facts")
    assert bool([e for e in got if "not yet known" in e.reason]) == flagged, got


@pytest.mark.parametrize("sentence,flagged", [
    ("Mr. Ortega had been threatening the deputy and lunged at him before the Taser was used.", True),
    ("Mr. Ortega had been cursing at deputies all night.", True),
    # The classic account of a threat, in its usual words.
    ("Preliminary information indicates that Mr. Ortega reached toward the deputy's belt.", True),
    ("Mr. Ortega would not let go of the cell bars.", True),
    ("We reached his family at 6 a.m.", False),
    ("Mr. Ortega came at about 5 a.m. to pick up his cousin.", False),   # a time, not an attack
    ("Mr. Ortega did not threaten anyone.", False),                       # negated
    ("Whether Mr. Ortega threatened the deputy is not yet known.", False),  # an unknown, said to be unknown
    # A rule's condition, not his conduct.
    ("Our policy allows a Taser on a man in a cell only if he is attacking someone, and Mr. Ortega was alone.",
     False),
])
def test_unestablished_hostile_conduct_blames_the_person(sentence, flagged):
    got = flags(TASER, "public-statement", TASED + sentence, "no-victim-demonizing")
    assert bool(got) == flagged, got


@pytest.mark.parametrize("sentence,flagged", [
    ("Mr. Ortega had bipolar disorder and had stopped taking his medication, which made him hard to handle.", True),
    ("Luis had been off his meds for a week.", True),
    ("Our deputies are trained to help people living with mental illness.", False),   # not said of the person
    ("We will not talk about any mental illness Mr. Ortega may have had; that is for his family.", False),  # declined
    ("Luis was suspended from Millerton High in 2019 for fighting.", True),                # said of the person
    ("The deputy has been suspended from duty while the State Police investigate.", False),  # said of the deputy
    # an old infraction, even "unrelated", is raised to put him on trial; the reason for a stop that day is not
    ("For the record, Mr. Ortega's licence did lapse for a few weeks last year, though that is unrelated.", True),
    ("A deputy stopped Mr. Ortega on Saturday because his temporary tag had expired.", False),
    # an old case of his, in whatever words: a citation, an arrest, "not a stranger to us"
    ("Luis is not a stranger to law enforcement: he was cited after a fight at school in 2019.", True),
    ("Records show Mr. Ortega was arrested in 2020 for shoplifting.", True),
    ("Mr. Ortega was arrested on Saturday for the stop sign he ran.", False),            # the incident's own arrest
    ("The deputy was cited for a commendation in 2021.", False),                         # said of the deputy
])
def test_private_medical_history_and_old_punishments_put_the_person_on_trial(sentence, flagged):
    got = flags(TASER, "public-statement", TASED + sentence, "no-victim-demonizing")
    assert bool(got) == flagged, got


@pytest.mark.parametrize("sentence,flagged", [
    # The scenario calls him "a 30-year-old hospital porter": its own word for him is read as him.
    ("The porter was cited in 2019 for a fight outside a bar.", True),
    ("The pedestrian had been arrested previously for trespassing.", True),
    ("The officer was cited in 2019 for bravery.", False),
])
def test_an_old_case_is_read_as_the_persons_under_the_scenarios_own_word_for_him(sentence, flagged):
    garage = trustlib.load_scenario(Path(__file__).parent / "data" / "instructor-garage.yaml")
    text = "On Friday night one of our officers shot Marcus Bell on the garage stairs. " + sentence
    got = flags(garage, "public-statement", text, "no-victim-demonizing")
    assert bool(got) == flagged, got


def test_hostile_conduct_the_facts_establish_may_be_told():
    data = (Path(__file__).parent / "data" / "instructor-taser.yaml").read_text(encoding="utf-8")
    data = data.replace("    - text: The holding cell camera recorded the incident.",
                        "    - text: The holding cell camera recorded the incident.\n"
                        "    - text: On the video Mr. Ortega spits at the deputy before the first Taser cycle.")
    path = Path(__file__).parent / "data" / "_spits.yaml"
    try:
        path.write_text(data, encoding="utf-8")
        scenario = trustlib.load_scenario(path)
    finally:
        path.unlink()
    text = TASED + "The video shows Mr. Ortega spitting at the deputy before the first cycle."
    assert not flags(scenario, "public-statement", text, "no-victim-demonizing")


@pytest.mark.parametrize("sentence,violated", [
    ("The investigation is ongoing, and no further comment will be made until it is complete.", True),
    ("No further comment will be made.", True),
    ("That is all we can say tonight; the next update is at noon tomorrow at 555-0100.", False),
])
def test_stopping_all_comment_with_no_date_violates_transparency(sentence, violated):
    assert is_violated(TASER, "public-statement", TASED + sentence, "transparency-and-accountability") == violated


def test_playing_down_serious_harm_contradicts_the_facts():
    base = ("On Thursday at about 11:20 p.m., outside the Quik-Mart on Grant Avenue, one of our officers punched "
            "Jerome Watkins twice while he sat handcuffed. ")
    played_down = flags(EASTGATE, "public-statement", base + "Mr. Watkins was treated for minor injuries.",
                        "inform-of-facts")
    assert any("plays down" in e.reason for e in played_down)
    told = flags(EASTGATE, "public-statement", base + "Mr. Watkins has a fractured eye socket.", "inform-of-facts")
    assert not told


def test_clearing_the_officer_after_a_finding_contradicts_it():
    one_week = next(e.id for e in MILLBROOK.exercises if getattr(e, "at", None) == "1 week")
    text = ("One week ago a Millbrook officer shot and killed Samuel Okafor at the Transit Center. "
            "The officer followed his training and made a split-second decision.")
    got = flags(MILLBROOK, one_week, text, "inform-of-facts")
    assert any("established finding" in e.reason for e in got), got
    owned = ("One week ago a Millbrook officer shot and killed Samuel Okafor at the Transit Center. "
             "The officer did not follow his training, and the shooting broke our policy.")
    assert not [e for e in flags(MILLBROOK, one_week, owned, "inform-of-facts") if "established" in e.reason]


@pytest.mark.parametrize("sentence,pid", [
    ("Team, as you will hear, a man died in one of our cells; let the command staff handle the press.",
     "include-officers-in-messaging"),
    ("Team, a man died in one of our cells. Our deputy did nothing wrong.", "accountability-with-officer-rights"),
    ("Team, a man died in one of our cells. The clip has been blown out of proportion.",
     "accountability-with-officer-rights"),
    ("Team, a man died in one of our cells. Keep what you know about that night inside this department.",
     "accountability-with-officer-rights"),
])
def test_officer_messages_that_exclude_clear_or_explain_away(sentence, pid):
    assert level(TASER, "officer-message", sentence, pid) == "violated"


@pytest.mark.parametrize("sentence,pid,violated", [
    # The finding cast as politics explains it away; refusing to let politics decide it does not.
    ("Team, the review went against our deputy, with the county board breathing down our necks the whole time.",
     "accountability-with-officer-rights", True),
    ("Team, that review board was stacked with political appointees.", "accountability-with-officer-rights", True),
    ("Team, this office will not bow to political pressure; the facts will decide this.",
     "accountability-with-officer-rights", False),
    # Support pushed out of working hours is support dismissed.
    ("Team, a man died in one of our cells. If you need to blow off steam, do it on your own time; we need "
     "everybody on the street.", "support-officers", True),
    ("Team, a man died in one of our cells. Take the time you need; counselling is confidential and on duty time.",
     "support-officers", False),
    ("Team, a man died in one of our cells. Counselling can be on duty or on your own time, whichever you prefer.",
     "support-officers", False),
    # Support waved off as for the weak; officers sent to the news for a statement already out.
    ("Team, a man died in one of our cells. The EAP number is on the intranet, but I know you're tougher than "
     "that.", "support-officers", True),
    ("Team, a man died in one of our cells. Anyone who needs to see somebody about it should think hard about "
     "whether this is the right line of work.", "support-officers", True),
    ("Team, a man died in one of our cells. Counselling is there. Take it if you must.", "support-officers", True),
    ("Team, a man died in one of our cells. Draw on the strength that brought you here rather than on outside "
     "help.", "support-officers", True),
    ("Team, a man died in one of our cells. Lean on your partners, and on Dr. Farrow too; she is there on duty time "
     "for anyone, whenever you want her.", "support-officers", False),
    ("Team, a man died in one of our cells. The statement went out at noon; if you haven't seen it, it's on the "
     "website.", "include-officers-in-messaging", True),
    ("Team, a man died in one of our cells. You'll hear what we release when the public does.",
     "include-officers-in-messaging", True),
    ("Team, a man died in one of our cells. The Chief's statement will be on KMAZ at 6:45 and you can catch it there.",
     "include-officers-in-messaging", True),
    ("Team, a man died in one of our cells. If anyone needs to see a counselor over this, maybe think about whether "
     "this is the right job for you.", "support-officers", True),
    ("Team, a man died in one of our cells. This is not the time to fall apart; get back on your posts.",
     "support-officers", True),
    # Support offered only to those who "really" need it, against the tough who need no hand-holding.
    ("Team, a man died in one of our cells. There's a counselling line if anyone really needs it, but this shift "
     "is full of tough, experienced deputies who don't need hand-holding.", "support-officers", True),
    ("Team, a man died in one of our cells. There's the usual number, though I expect most of you will do what "
     "deputies do and just get on with it.", "support-officers", True),
    ("Team, a man died in one of our cells. If you feel you need a counsellor over this, ask yourself whether jail "
     "work is for you.", "support-officers", True),
    ("Team, a man died in one of our cells. Anyone who wants to talk to someone can see Dr. Farrow on duty time; "
     "needing to is no weakness.", "support-officers", False),
    # The verdict before the review, in other words; accountability promised on what the review finds is not.
    ("Team, a man in one of our cells should never have been hurt, and the deputy will be held to account for it.",
     "accountability-with-officer-rights", True),
    ("Team, we will hold ourselves accountable for whatever the review finds, and the deputy will have a fair "
     "process.", "accountability-with-officer-rights", False),
])
def test_officer_messages_that_blame_politics_or_push_support_off_the_clock(sentence, pid, violated):
    assert is_violated(TASER, "officer-message", sentence, pid) is violated


@pytest.mark.parametrize("sentence", [
    # Punishment promised whatever the hearing finds.
    "Team, a man died in one of our cells. That deputy is finished in this office, and no hearing is going to "
    "change that.",
    "Team, a man died in one of our cells. I do not need a hearing to tell me what I saw on that video.",
])
def test_officer_messages_that_deny_due_process(sentence):
    assert is_violated(TASER, "officer-message", sentence, "accountability-with-officer-rights")


@pytest.mark.parametrize("sentence,violated", [
    # "lawful" qualifies the deputy's commands: it clears him, whoever resisted them ("resisted" is no denial).
    ("Mr. Ortega ignored and actively resisted the deputy's lawful commands.", True),
    ("The deputies were acting in good faith.", True),
    ("The deputy acted lawfully.", True),
    ("Mr. Ortega was exercising his lawful right to remain silent.", False),
    # Failing to comply with lawful commands still calls them lawful; failing to follow policy denies following it.
    ("Mr. Ortega failed to comply with the deputy's lawful commands.", True),
    ("Neither deputy followed our Taser policy.", False),
    ("Both deputies failed to follow our Taser policy.", False),
    ("Both deputies followed our Taser policy.", True),
])
def test_clearing_words_are_read_for_whom_they_describe(sentence, violated):
    assert is_violated(TASER, "public-statement", TASED + sentence, "admit-wrongdoing") == violated


def test_declining_to_judge_conduct_a_finding_has_judged_deflects():
    text = ADMIT.replace("It was wrong, and I apologize to Mr. Watkins and his family.",
                         "I am not going to draw conclusions about the officer's conduct today.")
    assert is_violated(EASTGATE, "public-statement", text, "admit-wrongdoing")


def test_a_finding_renamed_as_deviations_minimises_it():
    text = ADMIT.replace("Our review found this violated our policy. It was wrong, and I apologize to Mr. Watkins and "
                         "his family.", "The review identified certain deviations from department procedures.")
    assert is_violated(EASTGATE, "public-statement", text, "admit-wrongdoing")


def test_briefing_officers_first_outweighs_as_you_will_hear():
    text = ("Team, as you will hear tonight, a man died in one of our cells. You will see our statement before "
            "the press does, and I will brief each shift.")
    assert level(TASER, "officer-message", text, "include-officers-in-messaging") == "met"


@pytest.mark.parametrize("sentence,violated", [
    ("We do not believe the officer did anything wrong; he was dealing with a difficult situation.", True),
    ("If the officer did anything wrong, he will answer for it.", False),   # conditional, not a denial
    ("What was done to Mr. Watkins was wrong, and I apologize.", False),
])
def test_denying_wrongdoing_after_a_finding(sentence, violated):
    got = level(EASTGATE, "public-statement", ADMIT + " " + sentence, "admit-wrongdoing")
    assert (got == "violated") == violated, got


@pytest.mark.parametrize("sentence", [
    "The video circulating online has been taken out of context and blown out of proportion.",
    "We have dealt with it internally and the officer has been disciplined.",
    "The clip shared online begins partway through and does not show what happened before the punches.",
    "We want to provide some context: the body camera gives a more complete picture.",
    "Body camera footage captures only one perspective and may not reflect everything the officer saw.",
])
def test_explaining_away_or_keeping_it_internal_is_not_open(sentence):
    assert level(EASTGATE, "public-statement", ADMIT + " " + sentence, "open-and-honest") == "violated"


def test_telling_what_the_video_shows_is_not_explaining_it_away():
    text = ADMIT + " The body-camera video shows the punches, and we will release it at 5 p.m. today."
    assert level(EASTGATE, "public-statement", text, "open-and-honest") == "met"


@pytest.mark.parametrize("sentence,pid,violated", [
    ("I will start a two-week saturation patrol and zero-tolerance enforcement on Riverside Avenue.",
     "engage-personally", True),
    ("I will walk Riverside Avenue every Tuesday afternoon and stop to talk with shop owners.",
     "engage-personally", False),
    ("The state has asked us to back up a fishing-license inspection on the docks, and we will.",
     "engage-personally", True),
    ("I will set up a recruitment table at the Lincoln Elementary fall festival.", "show-up-at-community-events", True),
    ("I will go to the Lincoln Elementary fall festival and help serve food.", "show-up-at-community-events", False),
    ("At my first meeting with Imam Warsame I will ask him for the names of young men who worry him.",
     "know-key-leaders", True),
    ("There is no need to meet the pastors before something happens; then I will call them.",
     "know-key-leaders", True),
    ("I will meet Imam Warsame this month to listen to what the mosque wants from us.", "know-key-leaders", False),
    # Enforcement in engagement's clothes: a visibility detail, knock-and-talks to learn who lives where.
    ("A high-visibility presence detail will work Riverside Avenue every evening, with proactive enforcement "
     "against unregistered cars.", "engage-personally", True),
    ("Officers will knock on doors on Riverside Avenue to learn who lives in each apartment.",
     "engage-personally", True),
    ("Officers will be courteous as long as people treat them with courtesy.", "respect-every-encounter", True),
    ("Officers will be courteous whether or not people are courteous back.", "respect-every-encounter", False),
    ("I will ask Imam Warsame to pass on to us anything families tell him about their sons.", "know-key-leaders",
     True),
    # Tips asked for as the point of a meeting; courtesy traded for courtesy.
    ("I will meet Imam Warsame to expand our crime tip line among his congregation.", "know-key-leaders", True),
    ("I will ask the pastors to encourage their members to report suspicious activity.", "know-key-leaders", True),
    ("Officers will be professional and courteous with residents who are courteous in return.",
     "respect-every-encounter", True),
    ("I will meet the Riverside Terrace Tenants' Association to expand our tip line in the complex.",
     "meet-all-groups", True),
    ("I will meet the Riverside Terrace Tenants' Association to hear what the tenants want from us.",
     "meet-all-groups", False),
])
def test_engagement_that_is_really_enforcement_or_extraction(sentence, pid, violated):
    got = level(RIVERSIDE, "engagement-plan", sentence, pid)
    assert (got == "violated") == violated, got


def test_an_introduction_by_video_or_column_is_not_face_to_face():
    # The rubric: contact planned "only online or through the media" violates the principle.
    media = "Every week I will introduce myself to Riverside with a Facebook Live video and a column in the Gazette."
    walk = "Every week I will introduce myself to Riverside shop owners on a walk down the avenue."
    assert level(RIVERSIDE, "engagement-plan", media, "engage-personally") == "violated"
    assert level(RIVERSIDE, "engagement-plan", walk, "engage-personally") == "met"


def test_a_norm_broken_inside_a_parenthesis_of_a_long_list_is_found():
    plan = ("- Leaders, in this order: Mr. Chue Vang (title and family name, eldest greeted first), Imam Warsame "
            "(through his office, not at Friday midday prayer), Ms. Denise Holloway (I will show up at the next "
            "tenants' association meeting in uniform, unannounced, to show we are not afraid) and Coach Mac.")
    assert level(RIVERSIDE, "engagement-plan", plan, "cultural-awareness") == "violated"
    kept = plan.replace("I will show up at the next tenants' association meeting in uniform, unannounced, to show "
                        "we are not afraid", "I will ask her for an invitation to the tenants' association")
    assert level(RIVERSIDE, "engagement-plan", kept, "cultural-awareness") != "violated"


@pytest.mark.parametrize("sentence,met", [
    ("Day 30: we publish Riverside's stops, arrests and uses of force in four languages. Call me on 555-0150.", True),
    ("Within a month our Riverside stop and arrest numbers go up on the city site, then every quarter. "
     "Call me on 555-0150.", True),
    ("We believe in openness. Call me on 555-0150.", False),
])
def test_a_plan_publishes_its_record_on_a_schedule(sentence, met):
    got = level(RIVERSIDE, "engagement-plan", sentence, "transparency-and-accountability")
    assert (got == "met") == met, got


def test_done_nothing_wrong_said_of_the_person_does_not_clear_the_officer():
    text = TASED + "Mr. Ortega, a man who had done nothing wrong that night, died at Millerton Regional Hospital."
    assert level(TASER, "public-statement", text, "admit-wrongdoing") != "violated"
    cleared = TASED + "The deputy did nothing wrong."
    assert level(TASER, "public-statement", cleared, "admit-wrongdoing") == "violated"


def test_suspected_of_nothing_is_not_calling_him_a_suspect():
    text = TASED + "Mr. Ortega, who was suspected of nothing more than a licence offence, died in our care."
    assert not [e for e in flags(TASER, "public-statement", text, "no-victim-demonizing") if "suspect" in e.reason]


@pytest.mark.parametrize("sentence,flagged", [
    # How officers wrongly treated him is a wrong the answer owns, not a label it puts on him.
    ("Mr. Ortega was treated as a suspect when he should have been treated as a driver in distress.", False),
    ("Our deputies handled him like a suspect from the first second.", False),
    ("Mr. Ortega was a suspect when he was stopped.", True),
])
def test_treated_as_a_suspect_is_not_calling_him_one(sentence, flagged):
    got = flags(TASER, "public-statement", TASED + sentence, "no-victim-demonizing")
    assert any("suspect" in e.reason for e in got) is flagged, got


def test_a_euphemism_beside_a_plain_account_is_a_slip_not_a_cover_up():
    plain = TASED + "The deputy fired the Taser at Mr. Ortega three times."
    slip = plain + " The deputy made entry to the cell and deployed a conducted energy device."
    assert level(TASER, "public-statement", plain, "open-and-honest") == "met"
    assert level(TASER, "public-statement", slip, "open-and-honest") == "partial"
    hidden = "Early Saturday, a conducted energy device was deployed in a holding cell at the Pine County Jail."
    assert level(TASER, "public-statement", hidden, "open-and-honest") == "violated"


def test_officer_roles_from_the_scenario_name_the_actor():
    text = ("Early Saturday, one of our deputies used a Taser three times on Luis Ortega in a holding cell at the "
            "Pine County Jail in Millerton.")
    assert level(TASER, "public-statement", text, "open-and-honest") == "met"


@pytest.mark.parametrize("sentence", [
    "It appears the Taser caused his death.",
    "Perhaps he died of a heart condition.",
])
def test_hedged_guesses_at_an_unknown_are_speculation(sentence):
    got = flags(TASER, "public-statement", TASED + sentence, "inform-of-facts")
    assert any("speculat" in e.reason or "not yet known" in e.reason for e in got), got


def test_a_claim_beside_an_unknown_in_one_sentence_is_still_read():
    claim = TASED + "Mr. Ortega died of a drug overdose; what we do not yet know is why the deputy used the Taser."
    got = flags(TASER, "public-statement", claim, "inform-of-facts")
    assert any("not yet known" in e.reason for e in got), got
    honest = TASED + "The cell camera recorded the incident; what we do not yet know is why the deputy used the Taser."
    assert not [e for e in flags(TASER, "public-statement", honest, "inform-of-facts") if "not yet known" in e.reason]


def _taser_with(edits: dict[str, str], name: str):
    """The instructor's Taser scenario with some lines rewritten by hand (each key replaced by its value)."""
    return _data_scenario_with("instructor-taser.yaml", edits, name)


def _data_scenario_with(file: str, edits: dict[str, str], name: str):
    """A scenario of tests/data with some lines rewritten by hand (each key replaced by its value)."""
    data = (Path(__file__).parent / "data" / file).read_text(encoding="utf-8")
    for old, new in edits.items():
        assert old in data
        data = data.replace(old, new)
    # Each test process writes its own copy (xdist workers import this module at the same time).
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{name}.yaml"
        path.write_text(data, encoding="utf-8")
        return trustlib.load_scenario(path)


_COUNTY = "  description: A rural county of 40,000 people with one jail in the town of Millerton.\n"
_OFFICER_PRINCIPLES = ("    principles: [support-officers, include-officers-in-messaging, "
                       "accountability-with-officer-rights, open-and-honest]")


def _with_community(lines: str, name: str):
    """The instructor's Taser scenario with community lines (YAML under ``community:``) written in by hand, and
    its officer message scored on cultural awareness too."""
    return _taser_with({_COUNTY: _COUNTY + lines,
                        _OFFICER_PRINCIPLES: _OFFICER_PRINCIPLES[:-1] + ", cultural-awareness]"}, name)


def _scenario_with_norms(norms: list[str]):
    """The instructor's Taser scenario with cultural norms written in by hand."""
    return _with_community("  cultural_norms:\n" + "".join(f"    - \"{n}\"\n" for n in norms), "norms")


CLAIMED = _taser_with({"      text: why the deputy used the Taser\n": (
    "      text: why the deputy used the Taser\n"
    "      asserted_by: [\"he charged at the deputy\", \"he was holding nothing but a lighter\", "
    "\"he panicked out of fear of the deputy\"]\n")}, "claimed")


def test_each_claim_of_a_sentence_holding_two_is_read():
    # The closer match ("he panicked out of fear ...") is read as a denial because the sentence holds
    # "nothing"; the instructor's other claim, word for word, still states the open question as fact.
    text = "He panicked out of fear, and he was holding nothing but a lighter when the deputy fired the Taser."
    report = trustlib.score_response(CLAIMED, "public-statement", text).principles["inform-of-facts"]
    assert report.level == "violated"
    assert "not yet known (why the deputy used the Taser)" in report.evidence[0].reason


JUDGED = _taser_with({"      text: why the deputy used the Taser\n": (
    "      text: why the deputy used the Taser\n"
    "    - id: policy\n"
    "      text: whether the Taser use was within the sheriff's policy\n"
    "      asserted_by: [\"the force was excessive\", \"the deputy acted within policy\"]\n")}, "judged")


@pytest.mark.parametrize("sentence", [
    # A judgement at the end of a long sentence: pooled with the rest it reads far from the claim, alone close.
    "The State Police and the review board are reviewing the deputy's actions, with the county board monitoring, "
    "but I have seen enough: that was excessive force against a man in a cell, and I expect this deputy to be fired.",
    # "That" stands for whatever the claim is about, as "he" does.
    "That was excessive force.",
])
def test_a_judgement_the_investigation_has_not_made_is_an_unknown_stated_as_fact(sentence):
    assert is_violated(JUDGED, "public-statement", TASED + sentence, "inform-of-facts")


def test_an_account_reported_and_then_adopted_is_stated():
    # The deputy's account, reported, then given as the reason the Taser was used; its claim is not the one
    # closest to the sentence (the Taser is), but it is stated all the same.
    text = TASED + ("My deputy tells me Luis Ortega charged at him in the cell, and that's why the Taser had to be "
                    "used. We will not guess about the autopsy.")
    assert is_violated(CLAIMED, "public-statement", text, "inform-of-facts")


def test_a_claim_after_i_will_say_this_much_is_stated_not_promised():
    text = TASED + "I will say this much: Mr. Ortega charged at the deputy."
    assert is_violated(CLAIMED, "public-statement", text, "inform-of-facts")
    promise = TASED + "We will say more about why the deputy used the Taser when the State Police finish."
    assert not is_violated(CLAIMED, "public-statement", promise, "inform-of-facts")


@pytest.mark.parametrize("follow,violated", [
    (" I won't discuss it; nothing in it bears on what happened in that cell.", False),
    (" It shows he was no stranger to trouble.", True),
])
def test_a_past_raised_only_to_be_refused_in_the_next_sentence_is_respect(follow, violated):
    text = TASED + "Some people online have been digging into his past." + follow
    assert is_violated(TASER, "public-statement", text, "no-victim-demonizing") == violated


def test_a_claim_written_of_he_is_read_with_the_name_the_answer_uses():
    # "he charged at the deputy": the person's name weighs on the encoder as much as the act.
    assert is_violated(CLAIMED, "public-statement", TASED + "Luis Ortega charged toward the deputy.",
                       "inform-of-facts")


ORDERED = _scenario_with_norms(["The first contact goes to Chairwoman Ruiz at the Millerton Band office, before any "
                                "elder or family is approached."])


@pytest.mark.parametrize("sentence,violated", [
    ("I will knock on a few elders' doors to introduce myself before I bother the band office.", True),
    ("I will visit the elders at their homes this week.", True),   # the first contact is never made
    ("I will ask Chairwoman Ruiz for a meeting, and meet the elders when she invites me.", False),
    ("I will call Chairwoman Ruiz first; after that I will visit the elders she suggests.", False),
])
def test_a_norm_of_order_is_read_from_the_scenario(sentence, violated):
    got = level(ORDERED, "officer-message", sentence, "cultural-awareness")
    assert (got == "violated") == violated, got


CHAPEL = _scenario_with_norms([
    "Visits to St. Brigid's chapel go through the parish council, never by walking in; never enter during the "
    "evening rosary (about 6:30 to 7:15 p.m.), and take off your hat before the altar.",
    "Never ask a child or teenager to interpret for parents or neighbours.",
    "Never ask about immigration or refugee status at a community meeting.",
    "During Lent, do not invite parish elders to daytime lunches or coffee.",
])


@pytest.mark.parametrize("sentence,violated", [
    # "take off your hat before the altar" orders no contacts (and "6:30" holds no colon that starts the rule).
    ("I would like to meet the parish council by the altar after Sunday Mass.", False),
    # An account of what went wrong before is not the plan breaking a norm.
    ("I know deputies walked up to the altar during the rosary in 2022 and arrested a man there.", False),
    # A common word inside a name is not that word: the Refugee Services Center asks no one's status.
    ("I have asked the Millerton Refugee Services Center to request a meeting for me with the parish council.", False),
    # One word of the answer standing for two of the norm's ("afternoon" for "daytime" and "lunch") is one.
    ("I will meet the union stewards at the hall at the afternoon shift change.", False),
    # The act itself must be there: asking elders to point out young people at risk is not asking a child to
    # interpret, however many words the two share.
    ("I am asking the elders to help us identify young people who may be at risk, and to pass on anything "
     "families share with them.", False),
    ("We can have their teenage kids interpret for the parents at the meeting.", True),
    ("During Lent I will invite the parish elders to a lunch on Friday.", True),
])
def test_norms_are_broken_only_by_doing_what_they_warn_against(sentence, violated):
    assert is_violated(CHAPEL, "officer-message", sentence, "cultural-awareness") == violated


ADDRESSED = _scenario_with_norms(["Address elders by title and given name (Elder Joseph), never as 'Mr. Banda' or "
                                  "'Mr. Phiri': the last name is a father's name."])


@pytest.mark.parametrize("text,violated", [
    # A salutation has no verb, and one warned form is enough.
    ("Dear Mr. Phiri,\n\nI am the new sheriff and I would like to meet you this month.", True),
    ("Dear Elder Joseph,\n\nI am the new sheriff and I would like to meet you this month.", False),
    ("Elder Joseph, I am the new sheriff. I will never write to you as Mr. Banda.", False),
])
def test_a_warned_form_of_address_is_read_in_any_line(text, violated):
    assert is_violated(ADDRESSED, "officer-message", text, "cultural-awareness") == violated


@pytest.mark.parametrize("sentence,pid", [
    ("Respect is a two-way street: people who cooperate with deputies will find us courteous.",
     "respect-every-encounter"),
    ("We will run Friday-night licence checkpoints on Riverside Avenue so everyone knows we are out there.",
     "engage-personally"),
    ("I do not plan on spending much time with the pastors unless we have a case together.", "know-key-leaders"),
])
def test_more_ways_plans_turn_into_enforcement(sentence, pid):
    assert level(RIVERSIDE, "engagement-plan", sentence, pid) == "violated"


def test_calling_unknown_what_a_later_inject_found_out_is_stale():
    day_after = next(e.id for e in MILLBROOK.exercises if getattr(e, "at", None) == "T+24h")
    base = ("At 7:52 yesterday morning, a Millbrook officer shot Samuel Okafor at Bay 4 of the Millbrook Transit "
            "Center; he died at Millbrook General Hospital at 8:41 a.m. ")
    stale = base + "The object found near him has not yet been identified."
    got = flags(MILLBROOK, day_after, stale, "inform-of-facts")
    assert any("now known" in e.reason for e in got), got
    current = base + "The object found beside him was a closed umbrella; no knife was found."
    assert not [e for e in flags(MILLBROOK, day_after, current, "inform-of-facts") if "now known" in e.reason]


def test_a_question_said_to_be_under_review_after_its_finding_is_stale():
    one_week = next(e.id for e in MILLBROOK.exercises if getattr(e, "at", None) == "1 week")
    base = "One week ago a Millbrook officer shot and killed Samuel Okafor at the Transit Center. "
    stale = base + "Whether the shooting broke department policy remains under review."
    assert any("now known" in e.reason for e in flags(MILLBROOK, one_week, stale, "inform-of-facts"))
    # Before the finding, it is simply open.
    day_after = next(e.id for e in MILLBROOK.exercises if getattr(e, "at", None) == "T+24h")
    assert not [e for e in flags(MILLBROOK, day_after, stale, "inform-of-facts") if "now known" in e.reason]


def test_a_note_after_a_resolved_question_does_not_hide_it(tmp_path):
    # Instructors often add how the question will be answered; the question is what a stale sentence repeats.
    text = (Path(__file__).parent.parent / "scenarios" / "millbrook-capstone.yaml").read_text()
    assert 'text: "what the object near him was"' in text
    path = tmp_path / "noted.yaml"
    path.write_text(text.replace('text: "what the object near him was"', 'text: "what the object near him was; the '
                                 'State Police crime lab is examining it and expects to report within days"'))
    noted = trustlib.load_scenario(path)
    day_after = next(e.id for e in noted.exercises if getattr(e, "at", None) == "T+24h")
    stale = ("At 7:52 yesterday morning, a Millbrook officer shot Samuel Okafor at Bay 4 of the Millbrook Transit "
             "Center; he died at Millbrook General Hospital at 8:41 a.m. We still do not know what the object near "
             "him was.")
    assert any("now known" in e.reason for e in flags(noted, day_after, stale, "inform-of-facts"))


@pytest.mark.parametrize("sentence", [
    "It would be premature to draw conclusions about the officer's conduct.",
    "The review identified a procedural issue.",
])
def test_treating_an_established_finding_as_open_or_procedural(sentence):
    assert level(EASTGATE, "public-statement", ADMIT + " " + sentence, "admit-wrongdoing") == "violated"


def test_a_letter_greeting_its_partners_by_name_reaches_them():
    text = ("Ms. Jimenez,\n\nEarly Saturday one of our deputies used a Taser three times on Luis Ortega in a holding "
            "cell, and he died. I would like to meet you tomorrow, at a place you choose, to hear what your members "
            "are asking.")
    assert level(TASER, "partner-message", text, "engage-community-partners") == "met"


@pytest.mark.parametrize("sentence,pid", [
    ("Deputies had stopped Mr. Ortega twice last year.", "no-victim-demonizing"),
    ("I'm not blaming Mr. Ortega, but anyone who fights deputies shares the risk.", "no-victim-demonizing"),
    ("Our deputy followed Sheriff's Office use-of-force policy.", "admit-wrongdoing"),
    ("The deputy guided him to the floor.", "open-and-honest"),
])
def test_smuggled_history_blame_clearing_and_euphemism(sentence, pid):
    got = flags(TASER, "public-statement", TASED + sentence, pid)
    assert got, f"{pid}: nothing flagged in {sentence!r}"


def test_ruling_out_change_is_flagged():
    text = TASED + "The deputy is on leave. Our Taser policy is sound, and nothing about it needs to change."
    assert level(TASER, "public-statement", text, "announce-agency-response") == "violated"


@pytest.mark.parametrize("sentence,expected", [
    ("Whether the deputy broke our policy or the law is for the State Police to decide.", "met"),
    ("It is for the investigators, not for us, to judge what the deputy did.", "met"),
    ("I am not going to judge the deputy, or clear him, tonight.", "met"),
    ("The Sheriff's Office is drawing no conclusion about the deputy's conduct.", "met"),
    ("It is for the family to decide when we meet.", "partial"),   # leaves nothing about fault open
    ("We will not rush to judgment about the deputy.", "met"),
    ("We ask the public not to rush to judgment.", "violated"),   # asks others to hold back, for the deputy
])
def test_leaving_the_judgement_to_the_investigation_in_other_words(sentence, expected):
    text = TASED + sentence
    assert level(TASER, "public-statement", text, "admit-wrongdoing") == expected


def test_the_person_harmed_doing_her_job_does_not_clear_the_officer():
    text = ("Luis Ortega went to the jail to do his job as a kitchen worker; a deputy used a Taser on him three "
            "times.")
    assert level(TASER, "public-statement", text, "admit-wrongdoing") != "violated"
    assert level(TASER, "public-statement", "A deputy used a Taser on Luis Ortega. The deputy was doing his job.",
                 "admit-wrongdoing") == "violated"


NORMS = ["Karen names have no family name: address the pastor as Pastor Eh Htoo, never as Pastor Htoo or Mr. Saw.",
         "Never send a male officer alone to visit a woman elder at her home; arrange it through the Women's Circle.",
         "Never walk into a Hmong funeral in progress over noise; phone the funeral director instead."]
NORMED = RIVERSIDE.model_copy(update={"community": RIVERSIDE.community.model_copy(update={"cultural_norms": NORMS})})


@pytest.mark.parametrize("sentence,violated", [
    # A warned form of a name is broken only as written; the right form uses the same words.
    ("I will ask Pastor Eh Htoo for time after Sunday worship.", False),
    ("I will write to Pastor Htoo next week.", True),
    # "female" is not "male"; going in company does not break a norm against going alone.
    ("Officer Kayla Yang, a female interpreter and I will visit the Women's Circle on Wednesday.", False),
    ("Sergeant Ruiz will visit the widow at her home by himself.", True),
    # A name stands only for itself ("Xiong" is not "Hmong"); telling what was done is not planning to do it.
    ("I will not describe what happened at the Xiong funeral as a misunderstanding.", False),
    ("In 2017 two officers walked into a Hmong funeral over a noise complaint.", False),
])
def test_norm_breaches_read_names_company_and_tense(sentence, violated):
    assert is_violated(NORMED, "engagement-plan", sentence, "cultural-awareness") == violated


@pytest.mark.parametrize("sentence,expected", [
    ("When I walk into any shop or office, I greet everyone there first and use titles and surnames.", "met"),
    ("Every stop will open with a greeting, the officer's name and the reason for the stop.", "met"),
    # A welcome at one event is a courtesy, not a practice for every encounter.
    ("I will go to the New Year celebration, greeting the eldest first, and to every home game.", "missed"),
    # Two courtesies promised for each contact, in other words.
    ("At every stop officers say their name and why they stopped you, and hand over a card.", "met"),
    ("Officers will explain each stop and leave a card with a feedback number.", "met"),
    # One courtesy, or two outside any contact, is not a practice for every encounter.
    ("We will stop the sweeps.", "missed"),
    ("The feedback card will have my name on it.", "missed"),
])
def test_courtesies_promised_for_every_encounter_are_respect_in_practice(sentence, expected):
    assert level(RIVERSIDE, "engagement-plan", sentence, "respect-every-encounter") == expected


@pytest.mark.parametrize("sentence", [
    "Two officers and I will help at the youth soccer club's Saturday clinics.",
    "We will be at the soup breakfast on January 1 and at the Sunday vigil if we are invited.",
    "Events: the Saturday league games; the Lunar New Year festival when invited.",   # a plan's list of events
    "I'll go as a guest to the Eid festival at the park and the Tuesday supper at St. Brigid's.",
    "I'll be a guest at Eid in the park and at the Tuesday supper at St. Brigid's.",
])
def test_community_events_in_other_words(sentence):
    assert level(RIVERSIDE, "engagement-plan", sentence, "show-up-at-community-events") != "missed"


@pytest.mark.parametrize("sentence,violated", [
    ("We are also aware that Mr. Ortega was cited for trespassing in 2019.", True),
    ("Anyone who stayed in the jail lobby after closing did so at their own risk.", True),
    ("Mr. Ortega was charged with nothing.", False),              # negation inside the cue's own preposition
    ("Earlier that night a crowd outside the jail turned violent.", False),   # a crowd, not the person
    ("Mr. Ortega became violent in the cell.", True),
    # Earlier dealings, hinted at through someone else.
    ("Jail staff tell me this is not the first time they have had to deal with him.", True),
    ("This is not the first time this office has had to deal with a death in a cell.", False),
])
def test_records_risk_and_labels_are_read_for_whom_they_describe(sentence, violated):
    text = TASED + sentence
    got = level(TASER, "public-statement", text, "no-victim-demonizing")
    assert (got == "violated") == violated


def test_a_video_hold_joined_to_a_dated_update_is_still_open_ended():
    text = TASED + ("We will release the cell video when the investigation is complete, and we will give our next "
                    "update at noon today.")
    assert level(TASER, "public-statement", text, "transparency-and-accountability") == "violated"
    dated = text.replace("when the investigation is complete", "by Friday at 5 p.m.")
    assert level(TASER, "public-statement", dated, "transparency-and-accountability") == "met"


_TOLD = ("Early Saturday one of our deputies used a Taser three times on Luis Ortega in a holding cell, and he died "
         "at Millerton Regional Hospital. The State Police are investigating. ")


@pytest.mark.parametrize("sentence,expected", [
    ("My statement goes out at 2 p.m.; you can watch it on KPCX.", "violated"),
    ("You will be able to read the statement on our website after 11:30.", "violated"),
    ("You will get the statement at 10 a.m., two hours before it goes to the press.", "met"),
    ("By now you've all seen the news.", "violated"),
    ("By now you've all heard about the jail.", "missed"),  # that they know, not where from
    ("Our position will be in the news release at 9:15, so you can read it there with everybody else.", "violated"),
    ("For further updates, keep an eye on the department's public page and the local news.", "violated"),
])
def test_officers_sent_to_the_media_for_the_agencys_word(sentence, expected):
    assert level(TASER, "officer-message", _TOLD + sentence, "include-officers-in-messaging") == expected


@pytest.mark.parametrize("sentence,violated", [
    ("I don't want to hear that anybody needs a wellness day over this; we're short-staffed.", True),
    ("Counseling is available for anyone who really feels they need it, but this jail is tougher than that.", True),
    ("I don't want to see a line of people at the counselor's door over this.", True),
    ("Put your game face on; we're deputies, and this is the job.", True),
    ("Counselling is there for anyone who needs it, today or next month: call Dr. Ames at 555-0101.", False),
])
def test_waving_away_the_need_for_support_is_flagged(sentence, violated):
    assert is_violated(TASER, "officer-message", _TOLD + sentence, "support-officers") is violated


INTERPRETERS = _scenario_with_norms(["Bring professional Spanish interpreters. Never use a child to interpret.",
                                     "Say plainly that deputies do not ask about immigration status "
                                     "(county policy 2021-3)."])


@pytest.mark.parametrize("sentence,violated", [
    ("If nobody speaks English, find a kid to translate.", True),              # the norm's words, in synonyms
    ("Ask about immigration status when it helps you identify someone.", True),
    ("Hand out the card saying we don't ask about immigration status.", False),  # the warned clause is negated
    ("Call the interpreter line, and let the family's children play.", False),
    ("Ask the county to publish its review of last year's raid.", False),     # a reference is not the action
    # The warned words far apart but one the other's subject; "interpreter" read as the verb it names.
    ("The older children from the youth league can translate for their grandparents.", True),
    ("No deputy of mine will ever ask about immigration status.", False),      # denied through its subject
    ("Nobody will ask about immigration status at the door.", False),
])
def test_norms_are_read_in_other_words_and_in_their_own_clause(sentence, violated):
    got = level(INTERPRETERS, "officer-message", sentence, "cultural-awareness")
    assert (got == "violated") == violated


QUALIFIED_INTERPRETERS = _scenario_with_norms([
    "Many elders speak only Dari: meetings need a professional Dari interpreter, booked through the Hillcrest "
    "Language Bank, never a child of the family.",
    "Deaf residents are served by certified ASL interpreters."])


@pytest.mark.parametrize("sentence,violated", [
    # Someone the norm never lists, in the interpreter's place: a player, a deputy, volunteers, a crew boss.
    ("Two of the league's bilingual players will come along to translate for me.", True),
    ("Deputy Haidari will translate at the first meeting.", True),
    ("Several younger volunteers are bilingual, so they can translate for the older folks.", True),
    ("If you need a translator, grab one of the kids or ask the crew boss.", True),
    ("I will ask the teenagers to help their grandparents talk with us.", True),
    # Interpreters turned down, in the plan's own reasons.
    ("We will pass a notepad back and forth, so we're not stuck waiting on the Hillcrest calendar.", True),
    ("Interpreters are expensive, so we will write back and forth with Deaf residents.", True),
    ("We won't need to pay for interpreters.", True),
    # The interpreters the norm asks for, or the act refused.
    ("A professional Dari interpreter will translate at every meeting.", False),
    ("Hillcrest will send an interpreter, and Deputy Haidari will greet the elders.", False),
    ("We will never ask a child to interpret for the elders.", False),
    ("No deputy will translate for a family; we book interpreters ahead.", False),
    ("Every letter will be translated into Dari.", False),               # a letter translated, no one standing in
    ("We will translate our flyers into Dari and Pashto.", False),        # the agency's own words put into Dari
])
def test_a_norm_asking_for_professional_interpreters_is_broken_by_anyone_else_interpreting(sentence, violated):
    assert is_violated(QUALIFIED_INTERPRETERS, "officer-message", sentence, "cultural-awareness") is violated


LANGUAGES = _scenario_with_norms([
    "Use interpreters in the person's own language (Mixteco or Triqui), instead of a Spanish interpreter or a "
    "Spanish-speaking deputy: many adults speak little Spanish and do not read it.",
    "In the temple, cover your head and remove your shoes; never bring tobacco or alcohol onto the grounds.",
    "During the fasting month, never invite a Muslim partner to a daytime meal."])


@pytest.mark.parametrize("sentence,violated", [
    # The norm names one language: interpreters "in your own languages" keep it, a Spanish one breaks it.
    ("I'll bring interpreters you trust, adults, in your own languages.", False),
    ("Deputy Salcedo translates (Spanish).", True),
    # Closest to the aside about reading Spanish, but doing what the interpreter rule warns against.
    ("At the first meeting Deputy Salcedo will interpret in Spanish for the families.", True),
    ("On the visit: head covered, shoes off, nothing with tobacco or alcohol.", False),
    ("During the fasting month I will invite no Muslim partner to a daytime meal.", False),
])
def test_norms_naming_a_language_or_kept_with_nothing_and_no(sentence, violated):
    got = level(LANGUAGES, "officer-message", sentence, "cultural-awareness")
    assert (got == "violated") == violated


FIRST_NAMES = _with_community(
    "  leaders:\n"
    "    - name: Cedric Hollins\n      role: senior pastor of Mount Calvary\n      aliases: [\"Pastor Hollins\"]\n"
    "  cultural_norms:\n"
    "    - \"Clergy are addressed by title and surname: Pastor Hollins, never by his first name.\"\n", "first-names")


@pytest.mark.parametrize("sentence,level_", [
    ("Cedric, Lorraine, Gloria: I wanted you to hear it from me before the press conference.", "violated"),
    ("Pastor Hollins, I wanted you to hear it from me before the press conference.", "met"),
    ("I have written to Cedric Hollins, the senior pastor, and will call on him this week.", None),  # his full name
])
def test_a_leader_called_by_the_first_name_a_norm_rules_out(sentence, level_):
    got = level(FIRST_NAMES, "officer-message", sentence, "cultural-awareness")
    assert got == level_ if level_ else got != "violated", got


CHANNEL = _with_community(
    "  groups:\n"
    "    - name: Pine County Autism Parents Network\n      role: families of autistic children and adults\n"
    "      aliases: [\"the parents' network\"]\n"
    "    - name: Pine County Autistic Self-Advocates\n      role: a group run by autistic adults\n"
    "      aliases: [\"the self-advocates\"]\n"
    "  leaders:\n"
    "    - name: Lorna Pettit\n      role: chair of the Pine County Autism Parents Network\n"
    "  cultural_norms:\n"
    "    - \"Autistic adults speak for themselves through the self-advocates, who are invited directly (never "
    "through the parents' network).\"\n", "channel")


@pytest.mark.parametrize("sentence,violated", [
    ("For the autistic adults I'll go through Lorna Pettit's parents' group; the parents can speak for them.", True),
    ("I'll reach the autistic adults through the parents' network.", True),
    ("I'll invite the self-advocates directly, not through the parents' network.", False),
    ("I'll meet the parents' network on its own, and invite the self-advocates directly.", False),
])
def test_a_community_reached_through_the_go_between_a_norm_rules_out(sentence, violated):
    assert is_violated(CHANNEL, "officer-message", sentence, "cultural-awareness") is violated


SLUR = _scenario_with_norms(["\\\"Gypsy\\\" from an outsider is heard as the slur it has been. The families are Romani."])


@pytest.mark.parametrize("sentence,violated", [
    ("I will visit the Gypsy families on Quarry Road next week.", True),
    ("I will visit the Romani families on Quarry Road next week.", False),
    ("No deputy of mine will use the word \"Gypsy\" again.", False),    # named, not used
])
def test_a_word_a_norm_calls_a_slur_is_not_used(sentence, violated):
    assert is_violated(SLUR, "officer-message", sentence, "cultural-awareness") is violated


PHOTOS = _scenario_with_norms(["Don't photograph people at church or community events without asking."])


@pytest.mark.parametrize("sentence,violated", [
    ("Officers will photograph people at the church fair for our newsletter.", True),
    ("Cameras stay in our pockets at church unless people ask.", False),    # the norm's own condition, kept
])
def test_a_norm_kept_on_its_own_condition_is_not_broken(sentence, violated):
    got = level(PHOTOS, "officer-message", sentence, "cultural-awareness")
    assert (got == "violated") == violated


# Things a norm rules out with "no": the act is taking or having them, and "no" bound to a time, a case or a
# condition is left to the readers of those.
NO_THINGS = _scenario_with_norms([
    "Take no photographs of Amish people, buggies or farms, and post nothing about the visits.",
    "No cameras or press at the drop-in centre or the morning coffee.",
    "No meetings, visits or phone calls from before sunset on Friday until nightfall on Saturday.",
    "The Amish use no titles among themselves.",
])


@pytest.mark.parametrize("sentence,violated", [
    ("Our office will take one photograph of us together with the Amish families for the Herald.", True),
    ("I will bring the press and a camera crew to the drop-in centre so the city sees us there.", True),
    ("I will ask Wayfinder whether I may come to the drop-in centre next month.", False),   # the place, no cameras
    ("I will take no photographs at the farms and post nothing about the visits.", False),  # kept
    ("I will meet the rabbis on a Sunday afternoon at the synagogue hall.", False),          # bound to Friday night
    ("I will speak to Eli Yoder by his plain name when I visit him.", False),               # a custom, not a rule
])
def test_a_thing_a_norm_rules_out_with_no_is_read_as_the_act_of_having_it(sentence, violated):
    assert is_violated(NO_THINGS, "officer-message", sentence, "cultural-awareness") is violated


# A norm about one kind of a thing, with the family's consent as its exemption.
KINDS = _scenario_with_norms([
    "Do not publish or use Jarrah's full name or any image of him without his family's consent.",
    "Do not park marked patrol cars at the clinic.",
])


@pytest.mark.parametrize("sentence,violated", [
    ("We will publish his full name, Jarrah Wallace, with his school photograph.", True),
    ("Deputies will park their marked patrol cars at the clinic during the meeting.", True),
    ("We are using only his first name, Jarrah, because his family asked us to.", False),    # another kind
    ("We will use only his first name and will not release any photo.", False),              # another kind
    ("I apologise to Jarrah's family and to everyone who loved him.", False),               # the consent's words
])
def test_a_norm_about_one_kind_of_a_thing_is_not_broken_by_another_kind(sentence, violated):
    assert is_violated(KINDS, "officer-message", sentence, "cultural-awareness") is violated


@pytest.mark.parametrize("sentence,violated", [
    ("I will ask the pastors for information on any gang activity among their young people.", True),
    ("If something does happen, I'll reach out to Reverend Benton right away.", True),
    ("I will visit Reverend Benton every month, not only when a case requires it.", False),
    ("I will meet Reverend Benton next week to ask what his congregation wants from us.", False),
    ("I don't see a need for standing meetings; we know who to call if something like this happens again.", True),
    ("We have Reverend Benton's number, and I will call him if anything goes wrong.", True),
])
def test_leaders_are_known_for_the_relationship_not_for_intelligence_or_a_crisis(sentence, violated):
    got = level(RIVERSIDE, "engagement-plan", sentence, "know-key-leaders")
    assert (got == "violated") == violated


@pytest.mark.parametrize("sentence,violated", [
    # The cue carries its own negation; "that is not the same as agreeing" must not cancel it.
    ("I will read a statement accepting the review, but that is not the same as agreeing with it, and I will not "
     "apologise for a deputy doing his job.", True),
    ("I am not going to wait for a Merit Board hearing to say he will be fired.", True),
    ("He will have a full hearing, and I will not comment on the outcome before then.", False),
])
def test_officer_rights_read_cues_that_carry_their_own_negation(sentence, violated):
    got = level(TASER, "officer-message", _TOLD + sentence, "accountability-with-officer-rights")
    assert (got == "violated") == violated


def test_referring_the_case_to_the_disciplinary_board_is_accountability():
    text = _TOLD + ("I have referred the case to the disciplinary board. The deputy will get a full hearing with "
                    "union representation.")
    assert level(TASER, "officer-message", text, "accountability-with-officer-rights") == "met"


def test_accepting_the_findings_and_giving_investigators_everything_is_accountability():
    text = _TOLD + ("We will give the State Police everything they ask for. The deputy is owed a fair process, and "
                    "he will have his union representative with him.")
    assert level(TASER, "officer-message", text, "accountability-with-officer-rights") == "met"


HOW_LONG = _taser_with({"      text: why the deputy used the Taser\n": (
    "      text: why the deputy used the Taser\n"
    "    - id: how-long\n"
    "      text: how long Mr. Ortega lay in the cell before a deputy checked on him\n")}, "how-long")


@pytest.mark.parametrize("sentence,violated", [
    ("Mr. Ortega lay in the cell for about 40 minutes before anyone checked on him.", True),   # a new number
    ("We do not know how long Mr. Ortega lay in the cell before a deputy checked on him.", False),
    ("A deputy used a Taser on him three times.", False),                                # a known number
    ("He lay in the cell for a few minutes before anyone checked on him.", True),         # a quantity in words
    ("Mr. Ortega lay in the cell, and a deputy checked on him.", False),                  # the topic, no length
    ("A nurse arrived about ten minutes later and called an ambulance.", False),          # when, not how long
])
def test_a_new_number_answers_a_how_long_question(sentence, violated):
    got = level(HOW_LONG, "public-statement", sentence, "inform-of-facts")
    assert (got == "violated") == violated


@pytest.mark.parametrize("sentence,violated", [
    # A rule for every deputy from now on says what will be done, not why this deputy acted.
    ("As of tonight every deputy must note the reason before using a Taser in a cell.", False),
    ("The deputy used the Taser because Mr. Ortega charged at him.", True),
])
def test_a_new_rule_for_every_officer_is_not_a_claim_about_the_incident(sentence, violated):
    text = TASED + sentence
    assert is_violated(TASER, "public-statement", text, "inform-of-facts") == violated


@pytest.mark.parametrize("sentence,violated", [
    ("I am not going to tell you the deputy was right or wrong; the State Police will decide.", False),
    ("Whether the deputy was justified or not is for the State Police to decide.", False),
    ("The cell video will be shown to his family and released by Friday.", False),
    ("Mr. Ortega charged at the deputy with his fists raised, and the deputy fired.", True),  # the claim verbatim
    ("The deputy used the Taser because Mr. Ortega panicked out of fear of the deputy.", True),
    ("Mr. Ortega did not charge at the deputy.", True),          # denying the claim answers it too
    ("We will not say that Mr. Ortega charged at the deputy.", False),
])
def test_a_claim_left_open_or_a_plan_for_the_video_is_no_answer(sentence, violated):
    text = TASED + sentence
    assert is_violated(CLAIMED, "public-statement", text, "inform-of-facts") == violated


@pytest.mark.parametrize("sentence,violated", [
    ("By day 45 we will publish an account of the August 2023 sweep of the market.", False),
    ("For the first month we will run a sweep of the market every Friday night.", True),
])
def test_a_past_sweep_named_is_not_enforcement_offered_as_engagement(sentence, violated):
    assert is_violated(RIVERSIDE, "engagement-plan", sentence, "engage-personally") == violated


@pytest.mark.parametrize("sentence,pid,violated", [
    ("The deputy made a split-second decision and had no way of knowing.", "admit-wrongdoing", True),
    # Reported, not stated: what the union told reporters is not the Sheriff clearing the deputy.
    ("The union has told reporters the deputy had no way of knowing; the State Police will find out.",
     "admit-wrongdoing", False),
    ("This office stands 100% behind him.", "admit-wrongdoing", True),
    ("There is a lot of misinformation going around about that video.", "open-and-honest", True),
    ("We will update you when there is something to update.", "transparency-and-accountability", True),
])
def test_excuses_loyalty_spin_and_open_updates_in_other_words(sentence, pid, violated):
    text = TASED + sentence
    assert is_violated(TASER, "public-statement", text, pid) == violated


def test_a_clause_of_time_keeps_its_own_truth_under_a_negated_main_clause():
    from trustlib.scoring import cues as C
    from trustlib.scoring.text import analyse

    s = analyse("I will not rest until he is gone from this department.").sentences[0]
    (start, end), = s.find(C.CONDEMN)
    assert not s.negated(start, end)
    assert level(TASER, "officer-message", _TOLD + s.text, "accountability-with-officer-rights") == "violated"


def test_a_release_time_with_a_colon_is_a_clock_and_posting_again_is_an_update():
    text = (TASED + "\n\nVIDEO: The cell video "
            "will be shown to his family and released by 9:30 p.m. Tuesday. We will post again tomorrow at noon.")
    report = trustlib.score_response(TASER, "public-statement", text).principles["transparency-and-accountability"]
    reasons = " ".join(e.reason for e in report.evidence)
    assert "commits to release on a stated clock" in reasons and "says when the next update comes" in reasons


@pytest.mark.parametrize("sentence,dated", [
    ("Next update Tuesday; 555-0188.", True),
    ("We updated his mother on Tuesday.", False),   # a day in the past is not the next update's clock
])
def test_a_bare_weekday_dates_the_next_update(sentence, dated):
    text = TASED + "He died at Millerton Regional Hospital.\n\n" + sentence
    report = trustlib.score_response(TASER, "public-statement", text).principles["transparency-and-accountability"]
    assert any("next update" in e.reason for e in report.evidence) == dated


def alder_with(tmp_path, fact: str, unknown: str | None = None, established: bool = False):
    """The instructor scenario with one more known fact (a YAML line) and, if given, its open sequence question
    replaced by another unknown, or the officer's wrongdoing established."""
    text = (Path(__file__).parent / "data" / "instructor-scenario.yaml").read_text()
    for anchor in ("    - text: Mr. Price died at the scene.\n", "the exact sequence of events during the chase",
                   "wrongdoing: not-established"):
        assert anchor in text, f"tests/data/instructor-scenario.yaml no longer has {anchor!r}"
    text = text.replace("    - text: Mr. Price died at the scene.\n", "    - text: Mr. Price died at the scene.\n" + fact)
    if unknown:
        text = text.replace("the exact sequence of events during the chase", unknown)
    if established:
        text = text.replace("wrongdoing: not-established", "wrongdoing: established")
    path = tmp_path / "alder.yaml"
    path.write_text(text)
    return trustlib.load_scenario(path)


def test_a_contradicting_claim_needs_more_than_its_subject(tmp_path):
    # The claim's subject ("the car") is not in the facts; a sentence about the car says nothing of its theft.
    scenario = alder_with(tmp_path, "    - text: Mr. Price was driving a Honda registered in his own name.\n"
                                    '      contradicted_by: ["the car was stolen"]\n')
    assert flags(scenario, "public-statement", "The car was his.", "inform-of-facts") == []
    assert flags(scenario, "public-statement", "The car was stolen.", "inform-of-facts")


def test_he_after_a_sentence_about_the_officer_is_the_officer(tmp_path):
    # The unknown uses only words the facts use, so a sentence answers it only by telling the person's own conduct;
    # "he" after a sentence about the officer is the officer.
    scenario = alder_with(tmp_path, "    - text: After the officer had left his patrol car and walked toward the car, "
                                    "the car moved forward and the officer fired five shots into it.\n",
                          unknown="whether the car was moving toward the officer when he fired")
    told = "He was walking toward the car with his flashlight when it moved forward and he fired."
    person = ("Mr. Price was at the wheel. He steered the car at the officer, who was walking toward it, and the "
              "officer fired.")
    assert flags(scenario, "public-statement", "The officer had tried to stop the car. " + told, "inform-of-facts") == []
    assert flags(scenario, "public-statement", person, "inform-of-facts")


def test_a_claims_predicate_said_of_its_subject_by_name_states_it(tmp_path):
    # Every word of the claim is in the facts, so only its predicate said of the officer, word for word, states it.
    # (After a finding, so that it is not read as condemning the officer before one.)
    scenario = alder_with(tmp_path, "    - text: The District Attorney will decide on any charge against the officer.\n",
                          unknown='whether the officer will be charged\n      asserted_by: ["the officer will be charged"]',
                          established=True)
    assert flags(scenario, "public-statement", "I expect Officer Brandt will be charged.", "inform-of-facts")
    assert flags(scenario, "public-statement", "The District Attorney will decide whether Officer Brandt will be "
                 "charged.", "inform-of-facts") == []


@pytest.mark.parametrize("sentence,violated", [
    ("Two gang unit officers will attend the league's tournament to update contact cards on known associates.", True),
    ("I will bring officers to the tournament so they can get a look at who is running around with whom.", True),
    ("Two officers and I will sit in the stands at the league's tournament, as guests.", False),
])
def test_an_event_used_for_gang_intelligence_is_not_attending(sentence, violated):
    assert is_violated(RIVERSIDE, "engagement-plan", sentence, "show-up-at-community-events") == violated


@pytest.mark.parametrize("plan,violated", [
    ("A day may come when something serious happens in Riverside. If that day comes, I would like to be able to "
     "call on Mr. Chue Vang.", True),
    ("I will meet Mr. Chue Vang in my first week. If we ever have a serious incident, he is the first person I "
     "will call.", False),
    ("I want every leader's number on my phone, so that the minute something like this happens I can call them "
     "and get ahead of the story.", True),
])
def test_a_leader_kept_for_a_crisis_and_never_met_is_not_known(plan, violated):
    assert is_violated(RIVERSIDE, "engagement-plan", plan, "know-key-leaders") == violated


# The scenario's own facts say why officers were there: a diagnosis in the call is part of the incident.
CRISIS = _taser_with({"    - text: Mr. Ortega had been arrested on Friday night for driving with a suspended licence.\n": (
    "    - text: Mr. Ortega had been arrested on Friday night for driving with a suspended licence.\n"
    "    - text: His sister had told the jail that he has schizophrenia and needed his medication.\n")}, "crisis")


# A charge that is itself the wrong done to the person, told as the scenario tells it.
CHARGED = _taser_with({"    - text: Mr. Ortega had been arrested on Friday night for driving with a suspended licence.\n": (
    "    - text: Mr. Ortega had been arrested on Friday night for driving with a suspended licence.\n"
    "    - text: Mr. Ortega was charged with assaulting a deputy; the charge was dropped when the cell video "
    "showed he had not touched anyone.\n")}, "charged")


@pytest.mark.parametrize("scenario,sentence,violated", [
    # Told as the scenario's fact, a charge is the incident; where the scenario does not say so, it is his past.
    (CHARGED, "Mr. Ortega was charged with assaulting a deputy, and the charge was dropped when the cell video "
              "showed he had not touched anyone.", False),
    (TASER, "Mr. Ortega was charged with assaulting a deputy in 2019.", True),
    # A word of crime that names a police unit, and the custody of the incident, say nothing of him.
    (TASER, "Two of our narcotics detectives were in the jail that night.", False),
    (TASER, "He died after his detention at the county jail.", False),
    (TASER, "He had served detention at school for fighting.", True),
    # Told as the scenario's fact, a diagnosis is no private history; where the scenario does not say so, it is.
    (CRISIS, "His sister had told the jail that he has schizophrenia and needed his medication.", False),
    (TASER, "His sister had told the jail that he has schizophrenia and needed his medication.", True),
    # Labels of a crime a policy names, or a charge against whoever may face one, label no one.
    (TASER, "Our policy allows a Taser in a cell only against a violent crime in progress.", False),
    (TASER, "Whether anyone is charged with a crime is for the district attorney to decide.", False),
    (TASER, "Mr. Ortega had been charged with assault in 2019.", True),
    # Earlier calls and arrests told as background put him on trial.
    (TASER, "Deputies had been called to his home twice before, and he had a 2019 arrest.", True),
    (TASER, "We will not go into earlier calls to his home; they have nothing to do with his death.", False),
    # The police's own arrests and a destructive night label no one.
    (TASER, "We have one arrest so far in the vandalism that followed.", False),
    (TASER, "It was a destructive night for our county.", False),
    # A negative subject denies every verb that shares it, past a clause with its own negation.
    (TASER, "His car was not stolen, and no one in his family was arrested, cited or charged with anything.", False),
    # A court record beyond a warrant, and drink put on him in other words.
    (TASER, "Court records show he had failed to appear on two earlier occasions.", True),
    (TASER, "He owed more than $900 in unpaid fines and fees.", True),
    (TASER, "Jail staff thought he had had a few too many and needed to sleep it off.", True),
    (TASER, "We will not repeat the rumour that he was drunk; nothing suggests it.", False),
    (TASER, "He chose to walk out into the night rather than stay inside, and those choices have consequences.", True),
    # Old tickets, a seatbelt and a family's papers put him on trial; raised to be refused, they do not.
    (TASER, "His driving history includes two prior citations.", True),
    (TASER, "Early indications are that he may not have been wearing his seatbelt on the drive in.", True),
    (TASER, "Questions have been raised about the immigration status of his family.", True),
    (TASER, "Some have asked about his driving record and his family's immigration status. We will not discuss "
            "either.", False),
])
def test_what_counts_as_the_persons_past(scenario, sentence, violated):
    assert is_violated(scenario, "public-statement", TASED + sentence, "no-victim-demonizing") is violated


@pytest.mark.parametrize("sentence,violated", [
    # The "if he had complied" move, inverted; and a bad choice put on him, not on an officer.
    ("Had Mr. Ortega complied with the deputy's orders, he would be alive today.", True),
    ("Had the deputy stopped after the first cycle, Mr. Ortega might be alive today.", False),
    ("Mr. Ortega made a terrible choice when he refused to leave the cell door.", True),
    ("The deputy made a terrible decision, and I will not defend it.", False),
    ("Mr. Ortega had a few run-ins with our deputies over the years.", True),
    # The risk put on his own choice; an officer's choice, or a choice denied, blames no one.
    ("Mr. Ortega elected to stay at the cell door, which placed him where the risk was greatest.", True),
    ("He voluntarily stepped back into the cell after the first cycle.", True),
    ("Nobody is saying Mr. Ortega chose to stay at that door.", False),
    ("The deputy chose to use the Taser a third time, and that is on us.", False),
])
def test_blame_in_other_shapes(sentence, violated):
    assert is_violated(TASER, "public-statement", TASED + sentence, "no-victim-demonizing") is violated


COUNTED = _taser_with({
    "    - text: A deputy used a Taser three times on Luis Ortega in a holding cell at about 2:15 a.m. Saturday.\n": (
        "    - text: A deputy used a Taser three times on Luis Ortega in a holding cell at about 2:15 a.m. Saturday.\n"
        "      contradicted_by: [\"both deputies used their Tasers\"]\n"),
    "    - text: He became unresponsive in the cell and died at Millerton Regional Hospital at 3:40 a.m.\n": (
        "    - text: He became unresponsive in the cell and died at Millerton Regional Hospital at 3:40 a.m.\n"
        "      contradicted_by: [\"he is in hospital\"]\n")}, "counted")


@pytest.mark.parametrize("sentence,contradicts", [
    # A claim's subject must be the sentence's: counted the same, and one person is not several.
    ("Both deputies used their Tasers on Mr. Ortega.", True),
    ("One of the deputies used a Taser.", False),
    ("Mr. Ortega is in hospital.", True),
    ("His parents are in hospital.", False),
    # A question asks; it states nothing.
    ("Did both deputies use their Tasers? No: one deputy did.", False),
])
def test_a_contradicting_claim_needs_the_same_subject_counted_the_same(sentence, contradicts):
    got = flags(COUNTED, "public-statement", sentence, "inform-of-facts")
    assert any("contradicts a known fact" in e.reason for e in got) == contradicts, got


@pytest.mark.parametrize("sentence,flagged", [
    ("Did Mr. Ortega die of a drug overdose?", False),
    ("Mr. Ortega died of a drug overdose.", True),
    # One side of a semicolon holding an account is read with its clause (this raised an error).
    ("We do not know the cause of death; the deputy said Mr. Ortega charged at him.", False),
])
def test_questions_state_nothing(sentence, flagged):
    got = flags(TASER, "public-statement", TASED + sentence, "inform-of-facts")
    assert any("not yet known" in e.reason and "states" in e.reason for e in got) == flagged, got


@pytest.mark.parametrize("sentence,violated", [
    # What is left open is the part with the acknowledgement; a verdict after ", but" is still a verdict.
    ("We do not know yet what caused his death, but I do know the deputy acted within policy.", True),
    ("We do not know yet whether the deputy acted within policy, but we will find out.", False),
    # the release's own words for it
    ("The deputy, a four-year veteran, acted in accordance with his training.", True),
])
def test_a_verdict_after_but_is_not_left_open_by_the_first_half(sentence, violated):
    assert is_violated(TASER, "public-statement", TASED + sentence, "admit-wrongdoing") is violated


@pytest.mark.parametrize("sentence,violated", [
    ("Ms. Jimenez, please encourage your members to report suspicious activity to our tip line.", True),
    # A witness appeal is no use of partners, nor is a cause of problems that is not a person.
    ("Anyone who saw what happened can call our tip line at 555-0100.", False),
    ("We know staffing shortages cause problems on night shifts.", False),
])
def test_asking_partners_for_tips_uses_them_but_a_witness_appeal_does_not(sentence, violated):
    assert is_violated(TASER, "public-statement", TASED + sentence, "engage-community-partners") is violated


def test_asking_partners_to_calm_feelings_without_listening_uses_them():
    ask = "Ms. Jimenez, a deputy used a Taser on Luis Ortega, who died. I would ask you to help calm those feelings."
    assert is_violated(TASER, "partner-message", ask, "engage-community-partners")


@pytest.mark.parametrize("sentence,flagged", [
    # The open question is who broke it: the act told without its actor answers nothing.
    ("The patrol car's window had been broken.", False),
    ("Someone had broken the window of the patrol car.", False),
    ("Mr. Price broke the patrol car's window.", True),
])
def test_an_open_question_of_who_is_answered_only_by_naming_someone(tmp_path, sentence, flagged):
    scenario = alder_with(tmp_path, "    - text: Glass from the patrol car's driver's-side window was found on the "
                                    "road.\n",
                          unknown='who broke the patrol car\'s window, and when\n'
                                  '      asserted_by: ["he broke the window"]')
    got = flags(scenario, "public-statement", sentence, "inform-of-facts")
    assert any("not yet known" in e.reason for e in got) == flagged, got


@pytest.mark.parametrize("sentence,flagged", [
    # A hedge a known fact records is reported, not guessed; an open question listed on its own line asks.
    ("A neighbour told 911 that Mr. Price was probably unarmed.", False),
    ("Not yet known\n- Whether the neighbour's remark that he was probably unarmed was passed to the officer.", False),
    ("The officer was probably told that he was unarmed.", True),
])
def test_reported_hedges_and_listed_questions_are_not_speculation(tmp_path, sentence, flagged):
    scenario = alder_with(tmp_path, "    - text: A neighbour told 911 that Mr. Price was probably unarmed.\n",
                          unknown="whether the neighbour's remark that he was probably unarmed was passed to the "
                                  "officer")
    got = flags(scenario, "public-statement", "An officer shot Darnell Price on Alder Street. " + sentence,
                "inform-of-facts")
    assert any("not yet known" in e.reason or "speculation" in e.reason for e in got) == flagged, got


@pytest.mark.parametrize("sentence,refused", [
    # Withholding a name protects a person; withholding the video keeps the facts from the public.
    ("Out of respect for his family, we will not release his name.", False),
    ("We will not release the video.", True),
])
def test_withholding_a_name_is_not_refusing_to_release_information(sentence, refused):
    got = flags(TASER, "public-statement", TASED + sentence, "transparency-and-accountability")
    assert any("refuses to release" in e.reason for e in got) == refused, got


def test_a_claim_joined_by_and_to_an_acknowledgement_is_still_read():
    # The acknowledgement covers its own clause; why the deputy used the Taser is the other clause's claim.
    got = flags(TASER, "public-statement", TASED + "The deputy used the Taser because Mr. Ortega charged at him, and "
                "there are questions we cannot yet answer: what caused his death.", "inform-of-facts")
    assert any("not yet known" in e.reason for e in got), got


@pytest.mark.parametrize("sentence,violated", [
    # "He" after a sentence about the shooting is the officer when the words measure an officer's conduct.
    ("He acted within policy.", True),
    ("From everything I know, he did exactly what he was trained to do.", True),
    ("He did nothing wrong.", False),   # could be said of either; left to the reader
])
def test_a_pronoun_cleared_by_policy_or_training_is_the_officer(sentence, violated):
    text = "A deputy used a Taser three times on Luis Ortega in a holding cell. " + sentence
    assert is_violated(TASER, "public-statement", text, "admit-wrongdoing") is violated


def test_nor_opening_a_refusal_leaves_the_claim_open(tmp_path):
    scenario = alder_with(tmp_path, "", unknown='whether Mr. Price fought the officer\n'
                                                '      asserted_by: ["he fought the officer"]')
    text = ("An officer shot Darnell Price on Alder Street. Nor will I tell you that he fought the officer, or that "
            "he did not: the video starts partway through, and we do not know what he was holding.")
    assert not any("not yet known" in e.reason for e in flags(scenario, "public-statement", text, "inform-of-facts"))


@pytest.mark.parametrize("sentence,delay", [
    ("We will have more for you once the state police wrap up.", True),
    ("We will release the video once the State Police finish their investigation.", True),
    ("When the paramedics finished, he was taken to Millerton Regional Hospital.", False),
    # Held until the agency feels able, or until someone else decides.
    ("We will share more information when we are able to.", True),
    ("Further information will be released as appropriate.", True),
    ("We will share more once the Attorney General makes a decision.", True),
    ("We will provide a full accounting once all administrative and legal proceedings have concluded.", True),
    ("We will provide further information as the remaining proceedings allow.", True),
    ("We will review our Taser training as appropriate.", False),  # changes, not information
    ("On the cell video, I'll share what's appropriate when the time is right.", True),
    ("We will meet his family when they tell us the time is right.", False),  # waits on them, for their sake
    # the agency's own project as the clock
    ("The new electronic log will fix this, and we will report on it when the rollout is complete.", True),
    ("The new electronic log goes live on May 1, and we will report on it on June 1.", False),
])
def test_waiting_on_an_investigator_to_finish_is_an_open_delay(sentence, delay):
    got = flags(TASER, "public-statement", TASED + sentence, "transparency-and-accountability")
    assert any("open-ended delay" in e.reason for e in got) == delay, got


MOSQUE_NORMS = [
    "Remove your shoes before entering the mosque's prayer hall; officers never enter a prayer hall in boots except "
    "to save a life.",
    "Schedule meetings between the daily prayers, never during Friday midday prayer.",
    "Offer women-only sessions hosted by the Women's Circle instead of requiring women to attend mixed meetings.",
]
MOSQUED = RIVERSIDE.model_copy(update={"community": RIVERSIDE.community.model_copy(
    update={"cultural_norms": MOSQUE_NORMS})})


@pytest.mark.parametrize("sentence,violated", [
    # Taking the boots off keeps the norm; the prayer hall alone, without the boots, breaks nothing.
    ("Imam Warsame will host me in the prayer hall next Tuesday afternoon, and I'll take my boots off at the door.",
     False),
    ("I will visit the prayer hall with Imam Warsame next Tuesday, shoes off, with an interpreter.", False),
    ("Our officers will walk straight into the prayer hall in their boots if they need to.", True),
    # Telling what the department did, under "I know", is not planning to do it.
    ("I know what this department did in the prayer hall in 2022, and I will say so.", False),
    # A verb of keeping away in any form; a leader's title is no mention of women.
    ("I will ask Imam Warsame when he can host us, avoiding Friday midday prayer.", False),
    ("The chief will ask the council office to set a meeting with Chairwoman Lee and Chief Park.", False),
])
def test_norms_read_taking_off_past_deeds_and_titles(sentence, violated):
    assert is_violated(MOSQUED, "engagement-plan", sentence, "cultural-awareness") == violated


def test_shorthand_notes_are_read_line_by_line():
    notes = ("No time for an essay. 100 days:\n- Wk 1: Imam Warsame, mtg at Masjid Al-Nur.\n"
             "- Foot patrol Cedar Ave, Tue/Thu afternoons.\n- Stats on website monthly.\n")
    assert level(RIVERSIDE, "engagement-plan", notes, "engage-personally") != "missed"
    # A run of keywords with no verb is still not read as notes.
    keywords = ("open honest active voice facts known unknown condolences family independent investigation "
                "administrative leave body camera 72 hours next update noon listen no speculation apology")
    assert trustlib.score_response(RIVERSIDE, "engagement-plan", keywords).overall <= 20


@pytest.mark.parametrize("sentence,flagged", [
    # A wish states nothing of what will happen; a forecast does.
    ("We wish Mr. Price's family strength, and we hope the truth comes out quickly.", False),
    ("We hope he makes a full recovery.", False),
    ("He will make a full recovery.", True),
])
def test_a_wish_is_not_a_claim(tmp_path, sentence, flagged):
    scenario = alder_with(tmp_path, "", unknown='whether he will recover fully\n'
                                                '      asserted_by: ["he will make a full recovery"]')
    got = flags(scenario, "public-statement", "An officer shot Darnell Price on Alder Street. " + sentence,
                "inform-of-facts")
    assert any("not yet known" in e.reason for e in got) == flagged, got


@pytest.mark.parametrize("sentence,violated", [
    # At a protest: put among those who stayed on after the order, or who threw.
    ("During the dispersal, an adult male who had remained in the street after those orders was struck.", True),
    ("Mr. Ortega was with the group that threw bottles at deputies.", True),
    ("A small group refused to disperse two blocks away; Mr. Ortega was not part of it.", False),
])
def test_placing_the_person_among_those_who_defied_orders_is_blame(sentence, violated):
    assert is_violated(TASER, "public-statement", TASED + sentence, "no-victim-demonizing") is violated


@pytest.mark.parametrize("sentence", [
    "Ms. Jimenez, I'd ask your members to get the word out: stay home tonight and let the process work.",
    "It would mean a great deal if you would stand with me at the 10 a.m. press conference to show the community "
    "we are united.",
])
def test_asking_partners_to_keep_people_home_or_stand_with_the_chief_uses_them(sentence):
    assert is_violated(TASER, "partner-message", TASED + sentence, "engage-community-partners")


@pytest.mark.parametrize("sentence,violated", [
    # A negative subject reaches through "going to": no one is calling it anything.
    ("Nobody in this office, me included, is going to call it justified or call it wrong before the State Police "
     "are done.", False),
    ("We are going to call it justified.", True),
])
def test_a_negative_subject_denies_its_verbs_open_complement(sentence, violated):
    assert is_violated(TASER, "public-statement", TASED + sentence, "admit-wrongdoing") is violated


@pytest.mark.parametrize("sentence,violated", [
    # A finding against the deputy is no blame of the person; the same words of the person are.
    ("The review found that the deputy's use of the Taser did not comply with our policy.", False),
    ("Mr. Ortega did not comply with the deputy's commands.", True),
])
def test_noncompliance_said_of_the_police_is_not_blame_of_the_person(sentence, violated):
    assert is_violated(TASER, "public-statement", TASED + sentence, "no-victim-demonizing") is violated


def test_reviewing_for_possible_charges_leaves_the_charge_open(tmp_path):
    scenario = alder_with(tmp_path, "", unknown='whether the officer will be charged\n'
                                                '      asserted_by: ["the officer will be charged"]')
    got = flags(scenario, "public-statement", "An officer shot Darnell Price on Alder Street. The District "
                "Attorney is reviewing the case for possible criminal charges against the officer.", "inform-of-facts")
    assert not any("not yet known" in e.reason for e in got), got


@pytest.mark.parametrize("sentence,violated", [
    # A call about a person is no report the agency publishes; the stonewall stands.
    ("At 1514 hours deputies responded to a report of a man in the cell block. No further information is "
     "available at this time.", True),
    ("At 0004 hours deputies were dispatched in reference to a report of an armed subject. No further information "
     "is available at this time.", True),
    ("We will publish a report of the review by 5 p.m. Friday, and post our next update at noon tomorrow.", False),
])
def test_a_call_reported_to_deputies_is_not_a_release_on_a_clock(sentence, violated):
    assert is_violated(TASER, "public-statement", TASED + sentence, "transparency-and-accountability") is violated


@pytest.mark.parametrize("sentence,violated", [
    # "Brandishing" a weapon casts the person as a threat the facts do not establish.
    ("Deputies responded to a report of a male subject brandishing a knife in the cell block.", True),
    ("Mr. Ortega was holding a lighter when the deputy used the Taser.", False),
])
def test_brandishing_casts_the_person_as_the_threat(sentence, violated):
    assert is_violated(TASER, "public-statement", TASED + sentence, "no-victim-demonizing") is violated


def test_dismissing_the_critics_in_an_officer_message_is_not_accepting_scrutiny():
    text = ("Team, the review found the Taser use violated policy. The people second-guessing you from their couches "
            "have never done this job. Peer support is at 2 p.m. in the training room.")
    assert is_violated(TASER, "officer-message", text, "accountability-with-officer-rights")


def test_put_among_a_group_whose_conduct_is_known_is_still_blame(tmp_path):
    # The group's throwing is a known fact; his being one of them is not.
    scenario = alder_with(tmp_path, "    - text: Earlier, a group of men threw bottles at officers on Alder Street.\n")
    text = ("An officer shot Darnell Price on Alder Street. Investigators are looking at reports that Mr. Price had "
            "been with the group that threw bottles.")
    assert is_violated(scenario, "public-statement", text, "no-victim-demonizing")


@pytest.mark.parametrize("sentence,violated", [
    # How the force will be reviewed is not a verdict on it; blaming a crowd is not clearing the deputy.
    ("The deputy's use of the Taser will be reviewed in accordance with department policy.", False),
    ("Earlier in the evening the protest was taken over by outside agitators.", False),
    ("The deputy acted in accordance with department policy.", True),
])
def test_how_the_force_is_reviewed_is_no_verdict_on_it(sentence, violated):
    assert is_violated(TASER, "public-statement", TASED + sentence, "admit-wrongdoing") is violated


PLACE_NORMS = [
    "Never combine a courtesy visit to a Market Street shop with a licence or tobacco check.",
    "Never bring food or drink to an Oakdale gathering unless the Oakdale Council has arranged it.",
    "Do not offer your hand to a person of the other sex at Masjid An-Nur; wait until a hand is offered.",
    "Never visit during jumu'ah.",
    "Reach families through the Parents' Association rather than by door-knocking.",
]
PLACED = RIVERSIDE.model_copy(update={"community": RIVERSIDE.community.model_copy(
    update={"cultural_norms": PLACE_NORMS})})


@pytest.mark.parametrize("sentence,violated", [
    # Naming the place an act is warned against in is not doing the act.
    ("Two officers will walk Market Street on Tuesday and Thursday afternoons and talk with shop owners.", False),
    ("During each courtesy visit to a Market Street shop, officers will also run a licence check.", True),
    # What follows "unless" is the exemption, not the act: bringing an interpreter brings no food.
    ("I will bring a qualified interpreter to the Oakdale Council's meeting.", False),
    ("I will bring food and drinks to the Oakdale gathering on Sunday.", True),
    # The act's own object must be there: a request for a meeting offers no hand.
    ("I will send Masjid An-Nur a written request for a meeting with the board.", False),
    ("At Masjid An-Nur I will offer my hand to every woman on the board.", True),
    # A community's word with an apostrophe is a word of the norm, and a proper noun on its own is that word itself,
    # however the parser tags it: visiting is warned against only at jumu'ah.
    ("I will visit Imam Saleh at the mosque on Tuesday morning.", False),
    ("I will visit the mosque for jumu'ah on my first Friday.", True),
    # A light verb carries little of an act: taking boots off at the door knocks on no door.
    ("I'll ask the families what day suits them, and I'll take my boots off at the door.", False),
    ("Officers will knock on every door on Alder Street to introduce themselves.", True),
])
def test_norm_breaches_need_the_act_not_only_its_place(sentence, violated):
    assert is_violated(PLACED, "engagement-plan", sentence, "cultural-awareness") is violated


@pytest.mark.parametrize("sentence,violated", [
    # Support refused, read from the parse: "that" stands for the debriefs the sentence before asked for.
    ("Some of you have asked for debriefs and counselling sessions. We are not going to do that; we have work to do.",
     True),
    ("I don't expect anyone needs counselling over a cell extraction, so let's get back to work.", True),
    ("I know some of you are upset, but we all signed up for this job, so keep it to yourselves.", True),
    # Negated, and still support.
    ("Nobody will think less of you for asking for counselling; Dr. Reyes is at 555-0140 day or night.", False),
    ("You don't need anyone's permission to take a day off: tell your sergeant and take it.", False),
    ("Some of you have asked for a debrief. We will hold one on Thursday at 2 p.m., and counselling is confidential.",
     False),
])
def test_support_refused_or_called_unneeded(sentence, violated):
    assert is_violated(TASER, "officer-message", "Team, a man died in one of our cells. " + sentence,
                       "support-officers") is violated


@pytest.mark.parametrize("sentence,hidden", [
    # A finding against the act, told as the agency's own breach, hides no one.
    ("The review board found that the takedown of Mr. Ortega violated our use-of-force policy. I accept that.", False),
    ("The board found that the Taser use broke our electronic-weapon policy, and the deputy faces a hearing.", False),
    ("We are all aware of the incident at the jail. Let's keep our focus on the job.", True),
])
def test_an_owned_finding_against_the_act_says_what_was_done(sentence, hidden):
    assert (honesty(TASER, "officer-message", "Team, " + sentence) in ("vague", "violated")) is hidden


@pytest.mark.parametrize("sentence,violated", [
    # A briefing refused is none: officers are left to the press conference.
    ("I won't be briefing shifts ahead of time; watch the 2 p.m. press conference like everyone else.", True),
    ("Sergeants will brief every shift ahead of the 2 p.m. press conference, and the statement is attached.", False),
    # Its own negation still promises one.
    ("You will not hear it from the news first: the statement is attached and goes out at 2 p.m.", False),
    # Sent to a station, a stream or the county's channels for the department's own position.
    ("Watch it on KELR 5 or the county stream for the department's position.", True),
    ("I would encourage you to follow our remarks through the county's usual channels.", True),
    ("Watch KLND on Tuesday if you want to know what's being said.", True),
    # Sent to the paper or the media's briefings, or told they'll see it after the media do.
    ("You'll find the details in Tuesday's Courier.", True),
    ("You'll be able to read the details of my plan in the Pine County Herald on Friday.", True),
    ("The Herald will cover it, so keep an eye out for the details there.", True),
    ("Your sergeant will brief you at roll call, so keep an eye out for the details there.", False),
    ("Developments will come through public channels and media briefings, which members are encouraged to "
     "monitor.", True),
    ("The media will get our statement tonight at 7, and you'll see it then.", True),
    ("Whatever you read in the Sunday papers, the statement attached is the department's position.", False),
])
def test_a_briefing_refused_leaves_officers_to_the_press(sentence, violated):
    assert is_violated(TASER, "officer-message", "Team, a man died in one of our cells. " + sentence,
                       "include-officers-in-messaging") is violated


@pytest.mark.parametrize("exercise,sentence,pid,violated", [
    # Clearing words urged, not found: no verdict on the deputy.
    ("officer-message", "Let's keep our heads down and do our jobs.", "accountability-with-officer-rights", False),
    ("officer-message", "Our deputy did his job, and that is the end of it.", "accountability-with-officer-rights", True),
    # Both complements of a refused "say" are refused.
    ("public-statement", "We will not say he resisted or that he brought this on himself.", "no-victim-demonizing",
     False),
    ("public-statement", "He resisted, and he brought this on himself.", "no-victim-demonizing", True),
])
def test_urged_refused_and_dismissed_are_not_what_they_look_like(exercise, sentence, pid, violated):
    assert is_violated(TASER, exercise, TASED + sentence, pid) is violated


@pytest.mark.parametrize("sentence,passive", [
    # A person fired with nothing fired at him is dismissed, not shot.
    ("He will be fired, and he deserves whatever sentence he gets.", False),
    ("He was struck twice, and he deserves whatever he got.", True),
    # Blame pinned on someone pins no one down.
    ("That decision was the command's, and I will not let it be pinned on you.", False),
    ("He was pinned to the floor for a minute.", True),
])
def test_fired_from_the_job_or_blame_pinned_is_not_force(sentence, passive):
    text = "Team, I have read what the review found about the incident in the cell. " + sentence
    report = trustlib.score_response(TASER, "officer-message", text)
    assert any("passive" in e.reason for e in report.principles["open-and-honest"].evidence) is passive


@pytest.mark.parametrize("sentence,rule", [
    # A rule for everyone it covers tells what will be done, not what happened (so it contradicts no fact).
    ("Any person taken to the ground will be examined by paramedics before booking.", True),
    ("From today every prisoner will be checked by a nurse each hour.", True),
    ("Paramedics examined him before booking.", False),
    # A bulleted commitment says when a record comes out, not what it holds.
    ("Figures for strip searches of children, borough and force-wide: published by Tuesday 12 March.", True),
    ("Figures for strip searches of children published last year showed a rise.", False),
])
def test_a_rule_for_the_future_is_a_directive(sentence, rule):
    from trustlib.scoring.public_response import _directive
    from trustlib.scoring.text import analyse

    assert _directive(analyse(sentence).clauses[0]) is rule


@pytest.mark.parametrize("sentence,violated", [
    ("We will post the stop figures online at some point in the second month.", False),
    ("We will post the stop figures online at some point.", True),
])
def test_at_some_point_with_a_bound_is_not_open_ended(sentence, violated):
    assert is_violated(RIVERSIDE, "engagement-plan", sentence, "transparency-and-accountability") is violated


def test_owning_a_past_informant_case_is_not_using_informants():
    owned = ("The informant case two years ago told this community that the police came to watch, not to serve. "
             "I will meet the mosque board on the first Monday of each month to listen.")
    assert not is_violated(RIVERSIDE, "engagement-plan", owned, "respect-every-encounter")
    watched = owned + " Please let me know, in confidence, if any of the young men at the mosque begin to worry you."
    assert is_violated(RIVERSIDE, "engagement-plan", watched, "respect-every-encounter")


@pytest.mark.parametrize("sentence,violated", [
    # The past case named as a thing dated or accounted for is owned, not planned.
    ("By 1 April we will post our stop data with an account of the 2016 informant case.", False),
    ("I know our record at the mosque: the informant in 2016 and the towing during Friday prayer.", False),
    ("Officers will ask the mosque board for the names of young men who worry them.", True),
])
def test_naming_the_past_informant_case_is_not_using_informants(sentence, violated):
    assert is_violated(RIVERSIDE, "engagement-plan", sentence, "respect-every-encounter") is violated


@pytest.mark.parametrize("sentence,violated", [
    # Leaders filed away for a crisis, or spared meetings now, are not known.
    ("My staff will build a contact sheet for Imam Warsame and Ms. Holloway. If we ever have a serious incident "
     "(a shooting, a disturbance, a hate crime), those are the people I will call that night.", True),
    ("I won't take up Imam Warsame's time with meetings now; if there is ever a serious incident involving the "
     "mosque, you will hear from me that day.", True),
    ("There is no point taking up Ms. Holloway's time with meet-and-greets before then.", True),
    ("I will meet Imam Warsame and Ms. Holloway in my first two weeks, and I will call them again every month.",
     False),
    # Leaders asked to watch their own people.
    ("I will ask Imam Warsame to let us know quietly about any young men who seem to be drifting.", True),
    ("Mr. McAllister's coaches can give our gang unit a heads-up on who is carrying.", True),
    ("Ms. Holloway can help us identify the problem apartments so the Housing Authority can act.", True),
    ("I won't take up Imam Warsame's, Reverend Benton's or Ms. Holloway's time with meet-and-greets; I'll keep "
     "their numbers on my desk.", True),
    ("I'll ask Reverend Benton to tell us which of the families in his pews are living here without papers.", True),
    ("Mr. McAllister's coaches can be our eyes on Riverside Avenue.", True),
    ("I'm not one for meetings for the sake of meetings, but Imam Warsame will have my number.", True),
])
def test_leaders_kept_for_a_crisis_or_used_as_sources(sentence, violated):
    assert is_violated(RIVERSIDE, "engagement-plan", sentence, "know-key-leaders") is violated


@pytest.mark.parametrize("sentence,violated", [
    # Enforcement told as past, ended or counted is not offered as engagement.
    ("By February we will publish the checkpoint figures for 2021 to 2024 and report back every quarter.", False),
    ("We will post what the checkpoints did from 2021 to 2024.", False),
    ("The checkpoint era is over.", False),
    ("We are ending the sweeps on Route 9.", False),
    ("By July I will publish five years of stops, checkpoints, complaints and force.", False),
    ("Deputies will run a checkpoint on Route 9 every Friday night to meet drivers.", True),
    ("Deputies will run foot patrols, stops and checkpoints on Route 9 every Friday night.", True),
])
def test_enforcement_told_as_past_or_ended_is_not_offered(sentence, violated):
    text = "Every Tuesday I will walk the Dalby market and talk with shop owners. " + sentence
    assert is_violated(RIVERSIDE, "engagement-plan", text, "engage-personally") is violated


def test_a_place_the_scenario_put_the_person_is_not_his_past(tmp_path):
    text = (Path(__file__).parent / "data" / "instructor-taser.yaml").read_text()
    held = text.replace("known_facts:\n", "known_facts:\n    - text: Mr. Ortega spent the night before in juvenile "
                                          "detention after a curfew stop, and was released at 8 a.m.\n", 1)
    path = tmp_path / "held.yaml"
    path.write_text(held)
    scenario = trustlib.load_scenario(path)
    place = TASED + "The night before, he had been held at the juvenile detention center and released at 8 a.m."
    past = TASED + "He had been sent to juvenile detention several times in the past year."
    assert not is_violated(scenario, "public-statement", place, "no-victim-demonizing")
    assert is_violated(scenario, "public-statement", past, "no-victim-demonizing")


@pytest.mark.parametrize("sentence,credited", [
    ("We will brief the public again at 5 p.m. tomorrow.", True),
    ("Please share a brief message with your members tonight.", False),  # "brief" the adjective
])
def test_a_brief_message_is_not_a_briefing(sentence, credited):
    got = credits(TASER, "public-statement", TASED + sentence, "transparency-and-accountability")
    assert any("next update" in e.reason for e in got) is credited, got


@pytest.mark.parametrize("sentence,credited", [
    ("Questions can go to our public information officer at 555-0148.", True),
    ("You can contact Sergeant Ruiz directly.", True),
    ("We are in contact with the Deaf Club.", False),  # the agency's contacts, not a way to reach it
])
def test_a_contact_is_a_way_to_reach_the_agency(sentence, credited):
    got = credits(TASER, "public-statement", TASED + sentence, "transparency-and-accountability")
    assert any("reach the agency" in e.reason for e in got) is credited, got


def test_what_did_not_happen_hides_no_one_and_joined_verbs_share_their_officer():
    text = ("At 1:12 this afternoon a deputy got out of his truck, walked up to the cell door and fired his Taser "
            "three times at Luis Ortega. His cellmate was not hurt. No one else was injured.")
    got = trustlib.score_response(TASER, "public-statement", text).principles["open-and-honest"]
    assert got.level == "met", got.evidence
    assert any("active voice" in e.reason for e in got.evidence)
    # An act that did happen, with no one doing it, still hides the actor.
    hidden = "Early Saturday Luis Ortega was tased three times in a holding cell. No one else was injured."
    assert level(TASER, "public-statement", hidden, "open-and-honest") != "met"


@pytest.mark.parametrize("sentence,flagged", [
    ("No one speaking for this office will suggest that he had it coming.", False),
    ("We will not suggest that he was resisting.", False),
    ("Mr. Ortega appears to have charged at the deputy.", True),
])
def test_a_refused_hedge_is_not_speculation(sentence, flagged):
    got = flags(TASER, "public-statement", TASED + sentence, "inform-of-facts")
    assert any("speculat" in e.reason for e in got) is flagged, got


@pytest.mark.parametrize("sentence,flagged", [
    ("The officer fired twice.", False),   # the fact's own count, close as it is to "fired once"
    ("The officer fired two shots.", False),
    ("The officer fired once.", True),
    ("The officer fired a few shots.", False),   # "a few" is no count
])
def test_a_claim_counting_differently_is_not_the_sentence(tmp_path, sentence, flagged):
    scenario = alder_with(tmp_path, "    - text: The officer fired two shots at Mr. Price.\n"
                                    '      contradicted_by: ["the officer fired once"]\n')
    got = flags(scenario, "public-statement", "An officer shot Darnell Price on Alder Street. " + sentence,
                "inform-of-facts")
    assert any("contradicts" in e.reason for e in got) is flagged, got


@pytest.mark.parametrize("sentence,stonewalled", [
    ("We will not comment on whether the deputy's actions were justified; that is for the State Police to decide.",
     False),
    ("We will not comment on whether he was holding anything.", True),   # a fact withheld, not a verdict
    ("We will not comment further.", True),
])
def test_declining_a_verdict_is_not_stonewalling(sentence, stonewalled):
    assert is_violated(TASER, "public-statement", TASED + sentence, "open-and-honest") is stonewalled


@pytest.mark.parametrize("sentence,delay", [
    ("When it was over, the deputy did everything he could to help him.", False),   # the past, not a wait
    ("We will share what we can when it is over.", True),
])
def test_a_past_when_is_no_open_delay(sentence, delay):
    got = flags(TASER, "public-statement", TASED + sentence, "transparency-and-accountability")
    assert any("open-ended delay" in e.reason for e in got) is delay, got


def test_a_letters_salutation_reaches_the_leader_a_norm_puts_first():
    norms = ["The Council speaks for the three mosques: the first request goes to its chair, Sheikh Abdullahi Farah, "
             "before any single mosque or imam is approached."]
    scenario = RIVERSIDE.model_copy(update={"community": RIVERSIDE.community.model_copy(
        update={"cultural_norms": norms})})
    letter = ("Dear Sheikh Abdullahi Farah,\n\nI understand that the Council speaks for the three mosques, and I have "
              "chosen to write to you, as its chair, before contacting any mosque or imam. I would like to meet you.")
    assert not is_violated(scenario, "engagement-plan", letter, "cultural-awareness")
    skipped = "I will visit each mosque and its imam in my first week."
    assert is_violated(scenario, "engagement-plan", skipped, "cultural-awareness")


@pytest.mark.parametrize("sentence,clocked", [
    ("The cell video goes to his family first and to the public by Sunday.", True),
    ("The recordings will go to the family and then to the public within 14 days.", True),
    ("The video will go to the family first.", False),   # no public release
])
def test_a_video_going_to_the_public_on_a_clock_is_a_release(sentence, clocked):
    got = credits(TASER, "public-statement", TASED + sentence, "transparency-and-accountability")
    assert any("stated clock" in e.reason for e in got) is clocked, got


@pytest.mark.parametrize("sentence,status", [
    ("He has been sent home on full pay, he can't act as a deputy while this is looked at, and his gun is in "
     "evidence.", True),
    ("The deputy is on paid administrative leave.", True),
    ("The deputy went home at the end of his shift.", False),
])
def test_the_officers_duty_status_in_plain_words(sentence, status):
    got = credits(TASER, "public-statement", TASED + sentence, "announce-agency-response")
    assert any("duty status" in e.reason for e in got) is status, got


@pytest.mark.parametrize("sentence,flagged", [
    # The threat in other words: close in meaning, and the same kind of conduct, though no word of the claim's own.
    ("He then turns and comes back at the officer with his hands up.", True),
    ("Then he turns and walks back toward his car.", False),
    ("He did not come at the officer.", False),
])
def test_a_contradicted_threat_in_other_words(tmp_path, sentence, flagged):
    scenario = alder_with(tmp_path, "    - text: The video shows Mr. Price walking away from the officer with his hands "
                                    "empty; he never moved toward the officer.\n"
                                    '      contradicted_by: ["he advanced on the officer with his fists raised"]\n')
    got = flags(scenario, "public-statement", "An officer shot Darnell Price on Alder Street. " + sentence,
                "inform-of-facts")
    assert any("contradicts" in e.reason for e in got) is flagged, got


def test_condolences_to_the_family_name_no_act_on_the_person():
    # "We ... the Whitebird family" is neither the person nor an act on them: no one is said to have acted.
    text = ("Today we released body camera footage related to the incident involving Luis Ortega at the Pine County "
            "Jail. We continue to offer our condolences to the Ortega family.")
    got = credits(TASER, "public-statement", text, "open-and-honest")
    assert not any("active voice" in e.reason for e in got), got


CHILD_NORMS = _scenario_with_norms([
    "Many elders speak little English: bring a certified interpreter, never a child, a relative or an officer who "
    "is also asking the questions.",
    "At the feast, come as a guest, not a patrol.",
    "The Vaad speaks for the synagogues and the patrol answers to it: approach Rabbi Klein first, and set up any "
    "arrangement with the patrol through him."])


@pytest.mark.parametrize("sentence,violated", [
    # A one-word warned action ("never a child") is read with what it would stand in for: the child interpreting.
    ("For the elders, the sergeant's teenage son, who is fluent in the language, has offered to interpret.", True),
    ("For the elders I will bring a certified interpreter.", False),
    ("The sergeant's teenage son will play in the league's opening game.", False),     # a child, interpreting nothing
    ("Officers will attend community events when their shifts allow.", False),         # no patrol at the feast
    # A rule of order after what explains it: the leader to approach first, left until later.
    ("I will sit down first with the patrol's coordinator and bring Rabbi Klein in afterwards.", True),
    ("I will ask Rabbi Klein first how the Vaad would like us to work with the patrol.", False),
])
def test_one_word_norms_and_rules_of_order_after_a_colon(sentence, violated):
    got = level(CHILD_NORMS, "officer-message", sentence, "cultural-awareness")
    assert (got == "violated") == violated


def test_a_sentence_that_breaks_a_norm_is_not_credited_with_applying_one():
    sentence = "For the elders, the sergeant's teenage son, who is fluent in the language, has offered to interpret."
    got = credits(CHILD_NORMS, "officer-message", sentence, "cultural-awareness")
    assert not any("applies a local norm" in e.reason for e in got), got


def passive_flags(scenario, exercise, text) -> list[str]:
    report = trustlib.score_response(scenario, exercise, text)
    return [e.text for e in report.principles["open-and-honest"].evidence if "passive" in e.reason]


@pytest.mark.parametrize("sentence,flagged", [
    # A passive that only tells when something else happened, beside a plain account, hides no one.
    ("He kept his knee on her back for about 50 seconds after she was cuffed.", False),
    ("He was waving people away from the exit when he was shot.", False),
    # ... but a passive that is the account, or one that hides the force itself, still does.
    ("He was shot near the exit.", True),
    ("He reached toward the console shortly before the Taser was used.", True),
])
def test_a_passive_that_only_tells_when_hides_no_one_beside_a_plain_account(sentence, flagged):
    assert bool(passive_flags(TASER, "public-statement", TASED + sentence)) is flagged


def test_a_passive_of_time_still_hides_when_nothing_says_who_acted():
    assert passive_flags(TASER, "public-statement", "He was waving people away from the exit when he was shot.")


def test_one_of_them_after_the_officers_names_the_actor():
    text = ("Two of our officers ran toward the shots. Within seconds, one of them fired three shots at Mr. Ortega. "
            "He was waving people away from the exit when he was shot.")
    report = trustlib.score_response(TASER, "public-statement", text)
    assert report.principles["open-and-honest"].level == "met"


def next_update_credits(text: str) -> list[str]:
    report = trustlib.score_response(TASER, "public-statement", TASED + text)
    return [e.text for e in report.principles["transparency-and-accountability"].evidence
            if "next update" in e.reason]


@pytest.mark.parametrize("sentence,update", [
    ("We will be back with another update at noon tomorrow.", True),
    ("The deputy will be back on duty tomorrow.", False),              # an officer at work, not news
])
def test_a_next_update_is_the_agency_coming_back_with_news(sentence, update):
    assert bool(next_update_credits(sentence)) is update


def test_an_update_heading_over_a_past_account_promises_no_update():
    text = ("UPDATE: Taser use at the Pine County Jail\nEarly Saturday at about 2:10 a.m., a deputy used a Taser "
            "three times on Luis Ortega in a holding cell.")
    report = trustlib.score_response(TASER, "public-statement", text)
    assert not [e for e in report.principles["transparency-and-accountability"].evidence if "next update" in e.reason]


def test_figures_shared_when_the_time_is_right_are_an_open_delay():
    got = flags(RIVERSIDE, "engagement-plan", "The department will share its stop, use-of-force and complaint "
                "figures with the community when the time is right.", "transparency-and-accountability")
    assert any("open-ended delay" in e.reason for e in got), got


@pytest.mark.parametrize("sentence,violated", [
    ("Officers at the Flag Day celebration will also check licences and run plates along Main Avenue.", True),
    ("In the week before the league's season opens, we will serve outstanding warrants door to door so families "
     "can enjoy the games safely.", True),
    ("I will go to the festival as a guest, and no officer there will check anyone's papers.", False),
    ("A federal agent from the task force will sit in on these meetings.", False),    # a meeting is no event
    ("At the league's opening game I will listen to what the 2021 sweeps did to families.", False),   # the past
])
def test_enforcement_brought_to_a_community_event(sentence, violated):
    assert is_violated(RIVERSIDE, "engagement-plan", sentence, "show-up-at-community-events") is violated


@pytest.mark.parametrize("sentence,violated", [
    ("The grandmothers see everything in those courtyards, and I'd like them to be our eyes and ears.", True),
    ("I'll ask the pastors to call me when they hear who is carrying and who is dealing.", True),
    ("I'll ask the coach for a list of the players he considers at risk, so our gang unit can visit their homes.",
     True),
    ("No one will be asked to be our eyes and ears: we are coming to listen.", False),
    ("If families reach out to your association, a list of those names would help us get in front of this.", True),
    ("If you hear who was pulling the strings behind the march, I'd be grateful for a call.", True),
    ("I have a list of the people who lead each community, and I will visit each of them.", False),
    ("If you hear of any protests or gatherings being organised, please let Officer Reyes know right away.", True),
    ("We would welcome your help in bringing to our attention those members whose residency standing may warrant "
     "our awareness.", True),
    ("Please let us know about newcomers whose immigration status hasn't been resolved.", True),
    ("We will never ask you to tell us about anyone's immigration status.", False),
])
def test_leaders_asked_to_inform_in_other_words(sentence, violated):
    assert is_violated(RIVERSIDE, "engagement-plan", sentence, "respect-every-encounter") is violated


def test_leaders_kept_as_numbers_for_when_something_goes_wrong():
    kept = ("I'll get the community leaders' numbers into my phone, so that if something ever goes wrong I can call "
            "them to help keep people calm.")
    assert is_violated(RIVERSIDE, "engagement-plan", kept, "know-key-leaders")


@pytest.mark.parametrize("sentence,violated", [
    # Raised and left standing: an insinuation.
    ("There are posts online about Mr. Ortega's past; investigators are aware of them and are looking into them.",
     True),
    # Raised only to be refused, in the same sentence or the next.
    ("There are posts online about Mr. Ortega's past; we will not repeat them.", False),
    ("Some people are already asking me about Mr. Ortega's background. I'm not going there.", False),
])
def test_a_persons_past_raised_and_left_standing_or_refused(sentence, violated):
    assert is_violated(TASER, "public-statement", TASED + sentence, "no-victim-demonizing") is violated


@pytest.mark.parametrize("sentence", [
    "This city's past with the jail is part of why people do not trust us.",
    "The deputy's background and training records are part of the review.",
])
def test_a_past_that_is_not_the_persons_puts_no_one_on_trial(sentence):
    assert not is_violated(TASER, "public-statement", TASED + sentence, "no-victim-demonizing")


@pytest.mark.parametrize("text,pid,violated", [
    # A community handed to an enforcement unit, or groups chosen for their use, leaves groups out.
    ("I will meet the Hmong clan council in May. Anything at the Somali apartments will go through the gang unit, "
     "as it does now.", "meet-all-groups", True),
    ("Our time is best spent with the groups that actually help us: the business association and the watch "
     "captains.", "meet-all-groups", True),
    ("I will meet the Hmong clan council in May and the Somali elders in June.", "meet-all-groups", False),
    ("There is little to be gained from a round of meetings with every small group; our relationships are best "
     "kept with those who work most closely with us.", "meet-all-groups", True),
    # Reaching people only through a screen is no face-to-face contact; a letter, and a screen beside a visit, are.
    ("I will launch a Facebook page and a monthly video message so every community can hear from me without "
     "anyone having to come in.", "engage-personally", True),
    ("I will introduce myself by letter, and post our stop figures on the website every quarter.",
     "engage-personally", False),
    ("Every Tuesday I will walk Cedar Avenue with two officers, and a monthly video will let people hear from me.",
     "engage-personally", False),
    # A rule against commenting on people's dress is no refusal to speak.
    ("Every stop: name, reason, a card. No comment on dress or religion. Our stop data goes online every quarter, "
     "and my line is 555-0188.", "transparency-and-accountability", False),
])
def test_a_plan_that_leaves_groups_out_or_meets_no_one_in_person(text, pid, violated):
    assert is_violated(RIVERSIDE, "engagement-plan", text, pid) is violated


@pytest.mark.parametrize("text,expected", [
    # Only groups useful to police work, chosen for what they give: contact limited to enforcement.
    ("In my first 90 days I will meet the Downtown Merchants Association and the Cedar Avenue Block Watch every "
     "month, because they generate most of our calls for service and tips.", "violated"),
    ("I'll sit down with the Chamber of Commerce and the mall security office first; they are the partners who "
     "actually help us solve crime.", "violated"),
    # The same groups with no such reason are only the groups that already work with police.
    ("In my first 90 days I will meet the Downtown Merchants Association and the Cedar Avenue Block Watch every "
     "month.", "partial"),
    # A watch's "neighborhood" and a business group's "association" name no residents' group.
    ("I will meet the Eastside Neighborhood Watch and the Riverside Business Association in June.", "partial"),
    # Groups with no enforcement value beside them: every kind of group.
    ("I will meet the Downtown Merchants Association in May, the Cedar Avenue tenants' association and the Hmong "
     "clan council in June, and the youth league coaches in July.", "met"),
    # Meetings the writer rules out meet no one; meetings put off on a condition still do.
    ("I will meet the Downtown Merchants Association monthly. I will not be spending my time at tenants' meetings "
     "or youth leagues, because they do not bring us information.", "violated"),
    ("I'm not walking into the tenants' meeting until Ms. Lee says come. I'll sit down with the youth league "
     "coaches and the Hmong clan council in May, and the Downtown Merchants Association in June.", "met"),
])
def test_meeting_only_the_groups_useful_to_enforcement(text, expected):
    assert level(RIVERSIDE, "engagement-plan", text, "meet-all-groups") == expected


def test_a_sentence_that_lists_named_leaders_is_read_not_taken_for_a_keyword_list():
    text = ("The Chief will request introductory meetings with Mr. Hadi Qasim (Sinjar Yazidi Cultural Center), "
            "Rev. Van Biak Thang (Merrivale Chin Pastors' Fellowship) and Mrs. Dolores Kowalski (Prairie View "
            "Residents' Association) during September.")
    assert level(RIVERSIDE, "engagement-plan", text, "meet-all-groups") == "met"


def test_a_fact_that_does_not_change_is_no_refusal_to_change():
    text = (TASED + "His job does not change the fact that the deputy had seconds to react. The deputy is on leave "
            "and the State Bureau of Investigation is investigating.")
    assert not is_violated(TASER, "public-statement", text, "announce-agency-response")


# A woman's own report of what a deputy did to her, recorded as a known fact: telling it as her report states no
# open question and casts no conduct on her; taking an account up as the writer's own still does.
REPORTED = _taser_with({
    "    - text: The holding cell camera recorded the incident.\n":
        "    - text: The holding cell camera recorded the incident.\n"
        "    - text: At 8:45 a.m. Saturday the woman reported at Millerton Regional Hospital that the deputy had "
        "sexually assaulted her in the holding cell.\n",
    "      text: why the deputy used the Taser\n":
        "      text: why the deputy used the Taser\n"
        "    - id: what\n      text: what happened between the deputy and the woman in the cell\n"
        "      asserted_by: [\"the deputy sexually assaulted her\", \"nothing happened in the cell\"]\n",
    "    description: a 29-year-old Millerton man\n":
        "    description: a 24-year-old Millerton woman; she has asked not to be named\n",
}, "reported")


@pytest.mark.parametrize("sentence,pid,violated", [
    ("That morning she went to Millerton Regional Hospital and told staff that the deputy sexually assaulted her in "
     "the holding cell.", "inform-of-facts", False),
    ("Hours later she told hospital staff that he sexually assaulted her in the cell.", "no-victim-demonizing", False),
    ("The deputy sexually assaulted her in the holding cell.", "inform-of-facts", True),
    ("The District Attorney charged him with sexual assault today.", "no-victim-demonizing", False),
])
def test_a_womans_own_report_told_as_hers(sentence, pid, violated):
    assert is_violated(REPORTED, "public-statement", sentence, pid) is violated


@pytest.mark.parametrize("sentence,violated", [
    # "no reason our policy allows" gives no reason for the act.
    ("I suspended him today for using the Taser with no reason our policy allows.", False),
    ("He used the Taser because Mr. Ortega spat at him.", True),
])
def test_a_reason_denied_is_no_cause_given(sentence, violated):
    got = flags(TASER, "public-statement", TASED + sentence, "inform-of-facts")
    assert any("not yet known (why the deputy used the Taser)" in e.reason for e in got) == violated, got


# A death the police directed and a city worker's machine caused: the machine the known facts say he drove names
# who acted, as does the unit's acronym.
LOADER = _taser_with({
    "    - text: A deputy used a Taser three times on Luis Ortega in a holding cell at about 2:15 a.m. Saturday.\n":
        "    - text: At 6:40 a.m. a front loader driven by a Public Works heavy-equipment operator scooped up a tent "
        "with Luis Ortega asleep inside, during a clearing that deputies of the Neighborhood Response Unit were "
        "directing.\n",
    "    - role: deputy, 5 years\n":
        "    - role: deputy, Neighborhood Response Unit, 5 years\n"
        "      status: on administrative leave\n"
        "    - role: operator, Public Works heavy equipment (not a deputy)\n",
}, "loader")


@pytest.mark.parametrize("sentence,hidden", [
    ("In the clearing our NRU was directing, the Public Works loader picked up a tent with Luis Ortega asleep "
     "inside, and he died.", False),
    ("A tent was picked up during the clearing, and a man died.", True),
])
def test_a_machine_its_driver_drove_names_who_acted(sentence, hidden):
    assert (honesty(LOADER, "public-statement", sentence) in ("vague", "violated")) is hidden


@pytest.mark.parametrize("sentence,violated", [
    # "No" opening a list of checks denies every one of them; a heading can deny the list after it.
    ("No visits, meetings or calls to the mosque will be made during Friday midday prayers.", False),
    ("What we won't do: visit the mosque during Friday midday prayers.", False),
    ("I will visit the mosque during Friday midday prayers.", True),
])
def test_a_list_denied_by_its_opening_no_or_a_heading(sentence, violated):
    assert is_violated(RIVERSIDE, "engagement-plan", sentence, "cultural-awareness") is violated


def test_an_opening_no_that_is_the_stonewall_itself_is_still_one():
    assert is_violated(TASER, "public-statement", TASED + "No further information is available at this time.",
                       "transparency-and-accountability")


LANGUAGE_FOR = _scenario_with_norms([
    "Tigrinya, not Amharic, is the language for Eritrean elders. Ethiopian elders may need Amharic or Oromo."])


@pytest.mark.parametrize("sentence,violated", [
    ("For the Eritrean elders' meeting we will bring an Amharic interpreter.", True),
    ("For the Ethiopian elders' council we will bring Amharic and Oromo interpreters.", False),
])
def test_a_language_ruled_out_for_one_people_is_kept_for_another(sentence, violated):
    assert is_violated(LANGUAGE_FOR, "officer-message", sentence, "cultural-awareness") is violated


HARLOW = trustlib.load_scenario("harlow-creek-shooting")  # no finding
_SUPPORT = " Counselling is available; call 555-0100. You will see our statement before it goes out."


@pytest.mark.parametrize("opening,violated", [
    # Vouching for the officer while never saying what he did is spin.
    ("Team, you have all heard the news. Our officer did exactly what he was trained to do, and I stand behind him.",
     True),
    ("Team, by now you know. Nothing I have seen says our guy did anything wrong.", True),
    ("Team, nobody in this building is going to throw one of our own to the wolves.", True),
    ("Team, he did what any one of us would have done on a night like that.", True),
    # The same vouching beside a plain account hides nothing (it is judged under admit-wrongdoing).
    ("Team, last night one of our officers shot Darnell Hayes after a foot chase. Our officer did exactly what he "
     "was trained to do, and I stand behind him.", False),
    # Saying nothing of it, without taking the officer's side, is thin but not spin.
    ("Team, the state investigators will decide whether it was justified, not us.", False),
])
def test_defending_the_officer_without_saying_what_happened_is_spin(opening, violated):
    assert is_violated(HARLOW, "officer-message", opening + _SUPPORT, "open-and-honest") == violated


BRANNOCK = trustlib.load_scenario(Path(__file__).parents[1] / "benchmarks" / "heldout19" / "brannock-deputy-assault.yaml")


def test_a_routine_stop_and_an_allegation_do_not_say_what_the_officer_is_accused_of():
    text = ("Early Saturday one of our deputies conducted a traffic stop. Later that morning a woman made an "
            "allegation against the deputy. The State Police will investigate, and the deputy is on leave.")
    assert level(BRANNOCK, "public-statement", text, "open-and-honest") != "met"


@pytest.mark.parametrize("sentence,violated", [
    # A past matter shut to the community, in several words.
    ("As for the 2019 search, that matter was closed years ago and I do not intend to reopen it.", True),
    ("The complaints were handled under the old policy, and we will not be revisiting them.", True),
    ("That was the old administration's case, and we all gain more by looking forward than by reopening it.", True),
    ("As for the 2023 crash, that matter was fully investigated and is closed.", True),
    # Reopening it, or saying how it was closed while opening it up, is the opposite.
    ("I will reopen the 2019 complaints and publish what the review finds by June 1.", False),
    ("The 2019 complaints were closed under the procedures of the time; the Inspector General will audit them and "
     "publish the report.", False),
    # Keeping a person's past out is respect, not secrecy.
    ("Someone has posted an old court record of his online; I will not discuss it.", False),
])
def test_closing_a_past_matter_to_the_community_violates_transparency(sentence, violated):
    text = ("I am the new chief, and I would like to meet the council at a time and place you choose. " + sentence +
            " You can reach me at 555-0100, and I will report back at the council's March meeting.")
    assert is_violated(RIVERSIDE, "engagement-plan", text, "transparency-and-accountability") == violated


LARKIN = trustlib.load_scenario(Path(__file__).parents[1] / "benchmarks" / "heldout20" /
                                "larkin-county-protective-order.yaml")  # killed by her ex-partner; no finding
_KILLED = "Last night at about 10:32, Travis Heller shot and killed Kendra Lowry in her home on Wren Street. "


@pytest.mark.parametrize("sentence,pid,violated", [
    # A charge against the man who killed her is his, not hers, and condemns no officer.
    ("Mr. Heller was arrested at 10:58 p.m. and is charged with first-degree murder.", "no-victim-demonizing", False),
    ("Mr. Heller was arrested at 10:58 p.m. and is charged with first-degree murder.", "inform-of-facts", False),
    ("Ms. Lowry was charged with writing a bad cheque in 2016.", "no-victim-demonizing", True),
    # "he" just after the named man stands for him.
    ("Our deputies arrested Mr. Heller on Route 9 at 10:58 p.m.; he is charged with first-degree murder.",
     "no-victim-demonizing", False),
    ("Our deputies arrested Mr. Heller on Route 9 at 10:58 p.m.; he is charged with first-degree murder.",
     "inform-of-facts", False),
    # Paying for a service condemns no one; "will pay" for what was done does.
    ("We will pay for sign-language interpreters at every meeting.", "inform-of-facts", False),
    ("Whoever let those calls sit will pay.", "inform-of-facts", True),
    # A reason given for the very act an open question of why asks about states the unknown, whatever claim it is
    # nearer in meaning.
    ("The calls were coded lower because the protective order did not show on the dispatcher's screen.",
     "inform-of-facts", True),
    ("We do not yet know why the calls were coded lower.", "inform-of-facts", False),
    # Refusing both verdicts withholds judgement; refusing to defend the deputy alone condemns him.
    ("I won't defend or condemn anyone before we know.", "inform-of-facts", False),
    ("I will not defend what that deputy did.", "inform-of-facts", True),
])
def test_what_is_said_of_a_third_person_or_of_no_one_yet(sentence, pid, violated):
    assert is_violated(LARKIN, "public-statement", _KILLED + sentence, pid) == violated


def test_held_accountable_is_no_force_hidden_in_a_passive():
    text = ("Team, last night Travis Heller shot and killed Kendra Lowry, forty minutes after her third call to us. "
            "If the audit finds that anyone broke policy, they will be held accountable.")
    assert level(LARKIN, "officer-message", text, "open-and-honest") != "violated"


@pytest.mark.parametrize("sentence,violated", [
    # Waiting on someone else's work, in folksy or formal words, with no date.
    ("Once we've got the whole picture wrapped up, we'll come back and share it.", True),
    ("We'll have more to say when the County Attorney finishes.", True),
    ("Once all the looking-into is done and settled, we'll sit down and talk about the calls.", True),
    ("Further information will be made available upon conclusion of the personnel process.", True),
    # The same work with a date.
    ("The audit will be finished by Tuesday, and we will publish it that day at 5 p.m.", False),
])
def test_open_ended_waits_in_other_words(sentence, violated):
    assert is_violated(LARKIN, "public-statement", _KILLED + sentence, "transparency-and-accountability") == violated


@pytest.mark.parametrize("sentence,violated", [
    # A victim of domestic violence blamed for the relationship, in plain or formal words.
    ("She'd had him back in that house this past summer.", True),
    ("The victim had the prior order dismissed in May and allowed the respondent back into the residence.", True),
    ("Kendra asked the court to drop an earlier order in May.", True),
    ("This was a volatile relationship with a long history.", True),
    # ... and the same things refused.
    ("We will not discuss her past relationship or any earlier order; none of it explains why her calls waited.",
     False),
    # Police contacts and labels for the poor and the disabled, told as background.
    ("Ms. Lowry was well known to our deputies, who had answered a dozen calls about her.", True),
    ("We are not going to call her a transient or anything else; her name is Kendra Lowry.", False),
])
def test_blame_for_the_relationship_and_labels_in_other_words(sentence, violated):
    assert is_violated(LARKIN, "public-statement", _KILLED + sentence, "no-victim-demonizing") == violated


BRANTWELL = trustlib.load_scenario(Path(__file__).parents[1] / "benchmarks" / "heldout20" /
                                   "brantwell-wheelchair-shelter.yaml")


@pytest.mark.parametrize("sentence,violated", [
    ("A video shows an officer tipping a wheelchair-bound man onto the sidewalk.", True),
    ("A video shows an officer tipping a man who uses a wheelchair onto the sidewalk.", False),
])
def test_a_disability_label(sentence, violated):
    assert is_violated(BRANTWELL, "public-statement", sentence, "no-victim-demonizing") == violated


@pytest.mark.parametrize("sentence,pid,violated", [
    # Loyalty before accountability, in plain words; weighed against a free pass, it is due process.
    ("Nobody in this building is going to throw two of our own to the wolves.",
     "accountability-with-officer-rights", True),
    ("Outside people who have never sat a console don't get to tell us how to do this job.",
     "accountability-with-officer-rights", True),
    ("Nobody's going to get hung out to dry, and nobody's getting a free pass either.",
     "accountability-with-officer-rights", False),
    ("We will be accountable to the public for those calls, whatever the audit finds.",
     "accountability-with-officer-rights", False),
    # Counselling mocked.
    ("If you need to talk, talk to your partner, not some shrink.", "support-officers", True),
    ("Anyone who needs counselling after a call like this should ask themselves whether they're in the right line "
     "of work.", "support-officers", True),
    ("Dr. Reyes is available in confidence at 555-0188, and your supervisor will give you time off.",
     "support-officers", False),
    # Left to hear it with the public.
    ("You'll hear the recordings on the evening news the same as everyone else.",
     "include-officers-in-messaging", True),
    ("The chief is doing a press thing this afternoon and I'll try to get you the gist after.",
     "include-officers-in-messaging", True),
    ("You will hear the recordings from me at roll call, an hour before they go public.",
     "include-officers-in-messaging", False),
])
def test_officer_messages_in_plain_talk(sentence, pid, violated):
    text = "Folks, Kendra Lowry was killed on Tuesday, forty minutes after her third call to us. " + sentence
    assert is_violated(LARKIN, "officer-message", text, pid) == violated


@pytest.mark.parametrize("text,expected", [
    # The police named as in it, only not as the subject of the act: a slip.
    ("There was a shooting involving one of our officers tonight near 9th Avenue. Mr. Hayes died at the hospital.",
     "partial"),
    # Only "an incident": nobody is said to have done anything.
    ("There was an incident tonight near 9th Avenue. Mr. Hayes died at the hospital.", "vague"),
    # The same involvement beside a refusal to say more is concealment.
    ("There was a shooting involving one of our officers tonight near 9th Avenue. We are not in a position to "
     "discuss the circumstances.", "violated"),
])
def test_police_involved_but_not_the_subject_is_a_slip(text, expected):
    assert honesty(HARLOW, "public-statement", text) == expected


@pytest.mark.parametrize("sentence,violated", [
    # The terms of a rule clear no one.
    ("Our policy bans neck restraints unless deadly force is justified.", False),
    ("Our rules don't allow a Taser in a cell except where deadly force would be justified.", False),
    # Said of the officer, the same word clears him.
    ("From what I have seen, the deputy's use of the Taser was justified.", True),
])
def test_the_condition_of_a_rule_clears_no_one(sentence, violated):
    assert is_violated(TASER, "public-statement", TASED + sentence, "admit-wrongdoing") == violated


@pytest.mark.parametrize("sentence,expected", [
    # A meeting held holds no one.
    ("Early Saturday a deputy used a Taser three times on Luis Ortega in a holding cell. A community meeting, to "
     "hear from residents, will be held at the library on Tuesday at 7 p.m.", "met"),
    # A policy broken, by its number, names the act and whose it was.
    ("The review found that the deputy's restraint of Mr. Ortega violated General Order 300.7. Mr. Ortega died at "
     "Millerton Regional Hospital.", "met"),
])
def test_a_meeting_held_and_a_numbered_order_broken(sentence, expected):
    assert level(TASER, "public-statement", sentence, "open-and-honest") == expected


@pytest.mark.parametrize("sentence,violated", [
    # A verb whose object is no one did nothing; "did nothing wrong" keeps its own words.
    ("Mr. Ortega threatened no one.", False),
    ("Mr. Ortega threatened the deputies before the Taser was used.", True),
])
def test_a_verb_with_no_one_for_its_object(sentence, violated):
    assert is_violated(TASER, "public-statement", TASED + sentence, "no-victim-demonizing") == violated


@pytest.mark.parametrize("sentence, violated", [
    # A label told as once put on the person, and taken back, is respect; left standing, it is the label again.
    ("Our first release called Mr. Ortega a known gang member; that was never supported, and it was wrong of us to "
     "print it.", False),
    ("Our first release called Mr. Ortega a known gang member. Neither claim was ever supported.", False),
    ("Our first release called Mr. Ortega a known gang member, and I will leave that for others to judge.", True),
    # A label told as someone's claim and refuted in the same sentence is taken back too.
    ("The deputies' reports that Mr. Ortega showed superhuman strength are not supported by the footage.", False),
    ("The deputies' reports say Mr. Ortega showed superhuman strength.", True),
    # A body charged with a duty holds no criminal charge.
    ("The bodies charged with that responsibility will examine what happened.", False),
])
def test_a_label_taken_back_and_a_duty_are_not_the_persons_past(sentence, violated):
    assert is_violated(TASER, "public-statement", TASED + sentence, "no-victim-demonizing") is violated


def _plan_scored_on(scenario: "trustlib.Scenario", principle: str,
                    exercise: str = "engagement-plan") -> "trustlib.Scenario":
    """The scenario with its engagement plan (or another exercise) scored on one more principle."""
    plan = next(e for e in scenario.exercises if e.id == exercise)
    scored = plan.model_copy(update={"principles": [*plan.principles, principle]})
    return scenario.model_copy(update={"exercises": [scored if e is plan else e for e in scenario.exercises]})


def _riverside_owning_the_past() -> "trustlib.Scenario":
    """Riverside with its engagement plan scored on admitting wrongdoing: the 2019 wrong-apartment warrant its
    tenants' association still remembers is the wrong to own."""
    return _plan_scored_on(RIVERSIDE, "admit-wrongdoing")


@pytest.mark.parametrize("sentence, expected", [
    ("In 2019 our officers served a warrant at the wrong apartment in Riverside Commons. It broke policy, and I "
     "am sorry.", "met"),
    ("I know the 2019 warrant still weighs on the tenants.", "partial"),
    ("I will not reopen the 2019 warrant; we gain more by looking forward.", "violated"),
    ("I will walk the neighbourhood every Tuesday.", "missed"),
])
def test_before_any_incident_a_past_wrong_is_owned_named_or_closed(sentence, expected):
    assert level(_riverside_owning_the_past(), "engagement-plan", sentence, "admit-wrongdoing") == expected


@pytest.mark.parametrize("text, violated", [
    ("The Hmong New Year festival has been a flashpoint, so the tactical team will be on standby.", True),
    ("I will go to the Hmong New Year festival on November 28. We'll have people staged nearby that Saturday.", True),
    ("I will go to the Hmong New Year festival as a guest, and there will be no tactical team waiting around the "
     "corner.", False),
    ("The tactical team will train on Tuesdays with the county.", False),
])
def test_a_community_gathering_treated_as_a_threat_to_police(text, violated):
    assert is_violated(RIVERSIDE, "engagement-plan", text, "show-up-at-community-events") is violated


def _riverside_owning_the_past_openly() -> "trustlib.Scenario":
    """Riverside's engagement plan scored on being open and honest about the 2019 warrant as well."""
    return _plan_scored_on(_riverside_owning_the_past(), "open-and-honest")


@pytest.mark.parametrize("sentence, violated", [
    ("I know mistakes were made in 2019 at Riverside Commons, and some tenants were affected by what happened.",
     True),
    ("In 2019 our officers served a warrant at the wrong apartment in Riverside Commons; the mistake was ours.",
     False),
])
def test_a_past_wrong_told_as_mistakes_made_hides_who_made_them(sentence, violated):
    assert is_violated(_riverside_owning_the_past_openly(), "engagement-plan", sentence, "open-and-honest") is violated


# An open question about others doing the same act, settled by a pro-form.
OTHERS = _taser_with({"      text: why the deputy used the Taser\n": (
    "      text: why the deputy used the Taser\n"
    "    - id: others\n"
    "      text: whether other deputies at the jail did the same\n")}, "others")


@pytest.mark.parametrize("sentence, violated", [
    ("We have looked at every shift, and no other deputy at the jail did anything like this.", True),
    ("The State Police are still reviewing whether any other deputy at the jail did anything like this.", False),
])
def test_others_doing_the_same_denied_by_a_pro_form_settles_an_open_question(sentence, violated):
    assert is_violated(OTHERS, "public-statement", TASED + sentence, "inform-of-facts") is violated


def _planted() -> "trustlib.Scenario":
    """The garage scenario rewritten as misconduct without force: evidence planted during a search."""
    return _data_scenario_with("instructor-garage.yaml", {
        "  type: non-fatal police shooting\n": "  type: evidence planted during a search; no force used\n",
        "  summary: After an argument over a parking ticket, an officer chased a man into a garage stairwell and fired.\n":
            "  summary: An officer's body camera shows him pushing a bag of pills under the seat of Marcus Bell's car "
            "before he searched it and said he had found them. No one was hurt.\n",
        "    - text: At about 9:10 p.m. Tuesday an officer chased Marcus Bell into the north stairwell of the Ferris "
        "Street garage and fired three shots, hitting him twice.\n":
            "    - text: At about 9:10 p.m. Tuesday an officer's body camera recorded him pushing a bag of pills under "
            "the seat of Marcus Bell's car before the search.\n",
        "    - text: Mr. Bell is in serious condition at Mercy Hospital after surgery on his leg.\n": "",
    }, "planted")


PLANTED = _planted()


@pytest.mark.parametrize("text, expected", [
    # Misconduct without force ("no force used" says so), told by tying the conduct to the officer.
    ("On Tuesday night Officer Kroll put a bag of pills under the seat of Marcus Bell's car and then said she had "
     "found them.", "met"),
    ("There was an incident during a search of a car on Tuesday night.", "vague"),
])
def test_misconduct_without_force_is_told_by_tying_the_conduct_to_the_officer(text, expected):
    assert honesty(PLANTED, "public-statement", text) == expected


@pytest.mark.parametrize("sentence,violated", [
    # An old school matter raised, even "not gone into", puts him on trial; declining to raise it does not.
    ("We have been told Mr. Ortega has had some discipline issues at school, which we will not go into.", True),
    ("We will not discuss Mr. Ortega's school or anything else about his past.", False),
    # Hiding from officers, told as fact the investigation has not established, casts him as the threat.
    ("Mr. Ortega was concealing himself in the cell and did not come out when called.", True),
    # Called by his sex as a report would; the word describing an officer is not that.
    ("The male was taken to the hospital.", True),
    # Drugs put on him in words of their own, told as fact; none found is no such thing.
    ("Mr. Ortega had been smoking cannabis before the stop.", True),
    ("Deputies found no cannabis on Mr. Ortega.", False),
    ("A female deputy took Mr. Ortega to the hospital.", False),
])
def test_school_trouble_hiding_and_sex_as_a_name_put_him_on_trial(sentence, violated):
    assert is_violated(TASER, "public-statement", TASED + sentence, "no-victim-demonizing") is violated


@pytest.mark.parametrize("sentence,clears", [
    ("Given what he saw, the deputy's decision is, in my view, understandable.", True),
    ("The deputy performed exactly as trained.", True),
    ("Your anger at what happened is understandable.", False),
])
def test_an_officers_decision_called_understandable_clears_him(sentence, clears):
    got = flags(TASER, "public-statement", TASED + sentence, "admit-wrongdoing")
    assert bool(got) is clears, got


@pytest.mark.parametrize("greeting, informant", [
    # a message to leaders that opens with a greeting puts every request to the leader greeted, whatever the name
    ("Dear Pastor Mykola,", True),
    ("Team,", False),
])
def test_a_greeted_letter_puts_every_request_to_its_leader(greeting, informant):
    scenario = _plan_scored_on(EASTGATE, "know-key-leaders", "partner-message")
    text = (greeting + "\n\nI would like to meet you. It would help us a great deal if the brothers could pass along "
            "the names of any young men causing problems.")
    assert is_violated(scenario, "partner-message", text, "know-key-leaders") is informant


@pytest.mark.parametrize("kind", ["public-statement", "partner-message", "officer-message", "engagement-plan"])
def test_every_principle_scores_a_scenario_with_no_incident(kind):
    # An instructor may score a letter written before any incident on every principle (the facts of an old wrong,
    # say): no reader may assume the scenario has an incident.
    plan = next(e for e in RIVERSIDE.exercises if e.id == "engagement-plan")
    every = list(trustlib.load_rubric().ids())
    exercise = plan.model_copy(update={"kind": kind, "principles": every})
    scenario = RIVERSIDE.model_copy(update={"exercises": [exercise]})
    text = ("Dear Ms. Okafor, I am the new commander for Riverside. On Tuesday at 6 p.m. I will come to the tenants' "
            "association at the community room to listen. In 2019 our officers broke down the wrong door on Elm "
            "Street; that was wrong and I am sorry. Call me on 555-0100.")
    report = trustlib.score_response(scenario, "engagement-plan", text)
    assert set(report.principles) == set(every)
