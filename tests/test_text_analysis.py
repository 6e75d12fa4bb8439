"""How an answer is cut into sentences and fragments before any detector reads it."""

from __future__ import annotations

import pytest

from trustlib.scoring.text import analyse


@pytest.mark.parametrize("text, sentences", [
    # A blank line ends a sentence even after "p.m.", which the parser reads as mid-sentence.
    ("We will release it by Friday at 10 p.m.\n\nI have called Reverend Greene.",
     ["We will release it by Friday at 10 p.m.", "I have called Reverend Greene."]),
    # List items are sentences of their own; the number stays with its item.
    ("Our plan:\n- Call Rev. Greene\n- Meet the family\n1. Release the video\n2. Hold a meeting",
     ["Our plan:", "- Call Rev. Greene", "- Meet the family", "1. Release the video", "2. Hold a meeting"]),
    # A line wrapped in mid-sentence is still one sentence, read (and shown) as one line.
    ("We will\nrelease the video tomorrow and\nmeet the family.",
     ["We will release the video tomorrow and meet the family."]),
    # A capital after the newline may open a heading or an item: the line stays as written.
    ("Our plan\nRelease the video tomorrow.", ["Our plan\nRelease the video tomorrow."]),
    ("The officer fired at 9:41 p.m. Officers did not find a gun.",
     ["The officer fired at 9:41 p.m.", "Officers did not find a gun."]),
])
def test_sentence_boundaries(text, sentences):
    assert [s.text for s in analyse(text).sentences] == sentences


def test_fragments_isolate_each_predicate_but_not_a_near_copy_of_the_sentence():
    s = analyse("Mr. Hayes got out and ran, and the officer chased him on foot into the alley behind "
                "9th Avenue, where the officer fired four shots at about 9:41.").sentences[0]
    assert "Mr. Hayes ran" in s.fragments
    short = analyse("Tomorrow at 7 p.m. we will be at Greater Hope Baptist Church, in English and Spanish, "
                    "to listen.").sentences[0]
    # The sentence without its commas is not a second fragment worth embedding.
    assert short.fragments == [short.text]


def test_a_predicate_pooled_from_its_sentence_means_what_it_means_alone():
    import numpy as np

    from trustlib import nlp

    s = analyse("He ran out of fear, and he was holding nothing but a phone when the officer fired four shots "
                "into him.").sentences[0]
    states = nlp.token_states([s.text])[0]
    # The whole sentence pooled from its states is the sentence's own embedding.
    assert float(states.sentence() @ nlp.embed([s.text])[0]) > 0.999
    alone = nlp.embed(s.fragments[1:])
    pooled = np.stack([states.pooled(spans) for spans in s.fragment_spans])
    close = pooled @ alone.T
    # Each pooled predicate is closest to its own text read alone, not to the sentence's other predicates.
    assert list(close.argmax(axis=1)) == list(range(len(s.fragment_spans)))
    assert close.diagonal().min() > 0.75


def test_words_past_the_encoders_reach_are_not_pooled():
    from trustlib import nlp

    long = "We met the families, " * 60 + "and he was holding a phone."
    states = nlp.token_states([long])[0]
    assert states.pooled([(len(long) - 6, len(long) - 1)]) is None
    assert states.pooled([(0, 2)]) is not None


@pytest.mark.parametrize("text,cue,negated", [
    # The main clause's negation does not reach into a relative clause.
    ("We do not know the officer who fired the shots.", "fired", False),
    ("Nothing he said could justify those strikes.", "justify", True),   # parsed as relative to "Nothing"
    ("The officer did not justify the strikes.", "justify", True),
    # "X, not Y": the "not" after the comma denies Y only.
    ("This was a tragic accident, not a case of anyone setting out to harm him.", "accident", False),
    ("This was not a tragic accident.", "accident", True),
    # The verb's negation denies its predicate, not what its subject is doing.
    ("The people second-guessing you from their couches have never done this job.", "second", False),
    ("They have never second-guessed you.", "second", True),
    # A negative subject reaches its verb's open complement.
    ("Nobody here is going to call it justified.", "justified", True),
    # A semicolon ends the reach, however the parser joins the two clauses.
    ("I'll ask her for a meeting at her convenience; I won't go to Pastor Daniel on my own.", "meeting", False),
    # An infinitive hung from "no way" is denied; a relative clause of a named thing is not.
    ("There is no way to justify that, and I will not try.", "justify", True),
    ("There is no way to watch it and call this a justified shooting.", "justified", True),
    ("There is one way to justify that.", "justify", False),
    # A consequence keeps its own truth.
    ("The media cycle doesn't wait for roll call, so keep an eye on our page for anything official.", "eye", False),
    # Both complements of one denied verb are denied.
    ("We will not say she resisted or that she brought this on herself.", "brought", True),
    # Resisting declines only what it governs, not a second verb of the same subject.
    ("She resisted and became combative.", "combative", False),
    ("We will resist the urge to speculate about what he was doing.", "speculate", True),
])
def test_negation_scope(text, cue, negated):
    s = analyse(text).sentences[0]
    tok = next(t for t in s.span if t.text == cue)
    start = s.offsets[tok.i - s.span.start]
    assert s.negated(start, start + 1) == negated


# ---- English, and sentences rather than word lists ------------------------------------------------------------
SHORTHAND = ("30-day plan\n"
             "- Wk 1: call Rev. Okoye re mtg w/ church board. Interp from county.\n"
             "- Wk 2 on: walk Main St Tue + Fri 4-6 pm, 2 ofcrs, talk only.\n"
             "- Youth league games Sat if coach invites.\n"
             "- Stops: name, reason, card. Data online by 5/1.")


def test_a_commanders_shorthand_is_english_and_not_a_word_list():
    # Few function words ("the", "of") in note form, but the words are English and relate to each other.
    analysis = analyse(SHORTHAND)
    assert analysis.is_english()
    assert not analysis.is_word_list()


@pytest.mark.parametrize("text, listed", [
    # a plan's section titles that happen to be virtues head the sentences after them ...
    ("1. Leaders first. By January 16 I will meet the pastors, each on their own ground. 2. Respect. Deputies "
     "introduce themselves and explain every stop. 3. Openness. The audit goes in the paper within a week of it "
     "coming back, and I will report every month on the radio.", False),
    # ... where virtues one after another are a list
    ("1. Transparency. 2. Accountability. 3. Respect. 4. Fairness. 5. Openness. We will keep the whole community "
     "informed.", True),
])
def test_a_plans_section_titles_are_not_a_list_of_virtues(text, listed):
    assert analyse(text).is_word_list() is listed


@pytest.mark.parametrize("text", [
    "Hier soir, un policier a tiré sur un homme dans la rue Alder. Nous regrettons profondément sa mort et nous "
    "pensons à sa famille.",
    "Gestern Abend hat ein Polizist in der Alder Straße auf einen Mann geschossen. Wir bedauern seinen Tod.",
])
def test_other_languages_are_not_english_whatever_names_they_hold(text):
    assert not analyse(text).is_english()


@pytest.mark.parametrize("text", [
    # One long run of keywords, a verb slipped in ("known").
    "apology family liaison state investigators independent review administrative leave body camera footage "
    "release schedule community forum faith leaders listening not yet known next briefing noon hotline number",
    # One keyword per line, a few of them with a verb.
    "Sympathy.\nIndependent review.\nOfficer placed on leave.\nFootage.\nTown hall.\nNext briefing noon.\n"
    "Hotline.\nAccountability.\nTransparency.\nFaith leaders.",
])
def test_keyword_lists_are_word_lists(text):
    assert analyse(text).is_word_list()


def test_the_items_of_a_list_of_unknowns_and_bare_indirect_questions_say_nothing_of_their_own():
    from trustlib.scoring.public_response import _unlisted

    listed = analyse("NOT YET KNOWN: the speed of either car; whether a supervisor approved the chase; "
                     "who owned the car.").sentences[0]
    assert [p.text for p in _unlisted(listed.segments)] == ["NOT YET KNOWN: the speed of either car"]
    told = analyse("We do not know the speeds; a supervisor approved the chase; whether he ended it is open.")
    assert [p.text for p in _unlisted(told.sentences[0].segments)] == [
        "We do not know the speeds", "a supervisor approved the chase"]


TERSE_PLAN = """- Wk 1: UPIV, F. Cruz Ramirez. Evening. Her Mixteco/Triqui interpreters.
- Wk 1: letter to Dhillon, gurdwara cmte. Go when invited. Cover head, shoes off.
- Wk 2: T. Xiong + clan leaders before any Hmong farm.
- Wk 3-4: Campesina (Mendez), legal aid (Okamoto), truckers (Bains), school liaisons.
- Thurs evenings: me + resident deputies, UPIV hall / Hmong Ctr.
- Stop data published by 4/30, quarterly after. My line on all of it: 559-555-0188."""


@pytest.mark.parametrize("text,word_list", [
    # A commander's shorthand is a plan, few verbs or not.
    (TERSE_PLAN, False),
    # Terse facts with the rubric's virtues listed as items of their own are gaming it.
    ("Daniel Kowalczyk. Condolences to the family. Officer shot. Independent investigation (IID). Paid "
     "administrative leave. Body camera video released by April 24. We do not know what he was holding. Community "
     "meeting. Next update Friday 3 p.m. Transparency. Accountability. No speculation.", True),
    # One long run of items, most without a verb, is a list however the parser joins it.
    ("Statement: officer pursued car, Loretta Haines, condolences to the Haines family, Linden Avenue and Orchard "
     "Road, 4:45 p.m., minors not named, not yet known, speeds, supervisor, policy, county prosecutor "
     "investigating, paid administrative leave, next update tomorrow at noon, 555-0134, listening meeting, "
     "transparency, accountability, we will not speculate.", True),
    # Short verbless items, most of the answer, with two virtues among them: a list, though the parser takes the
    # items for the lines of notes.
    ("Open and honest. Facts: what, when, where, what is not yet known. Officer shot Dale Hughes. Condolences. "
     "Attorney General independent investigation. Paid administrative leave. Pastor Daniels, listening session. "
     "Video release within 72 hours. Next update tomorrow at noon. Transparency, accountability, no speculation.",
     True),
    # A virtue as a section heading of a written plan is no list.
    ("Accountability. I will publish our stop data every quarter, starting in April, and present it at the "
     "library. Openness. My deputies will give their name and the reason for every stop, and hand over a card "
     "with my direct line.", False),
])
def test_a_terse_plan_is_not_a_keyword_list_but_listed_virtues_are(text, word_list):
    assert analyse(text).is_word_list() is word_list


def test_a_sentence_turning_on_but_has_two_parts_and_each_piece_is_its_own():
    s = analyse("What I don't know yet is how fast anybody was going, but I do know he followed our policy.").sentences[0]
    assert [p.text for p in s.segments] == ["What I don't know yet is how fast anybody was going",
                                            "but I do know he followed our policy."]
    at = s.lemmas.index(" follow ")
    assert "know" in s.piece(at, at + 8) and "fast" not in s.piece(at, at + 8)
    # A "but" inside a phrase ("not only ... but") does not cut it.
    assert analyse("We will publish the video, and not only the stills but the audio.").sentences[0].segments == []


@pytest.mark.parametrize("text, echo", [
    # the rubric pasted back as promises about the answer
    ("This letter owns the wrong and apologises. It names the review and its date. It gives the next update and a "
     "phone number. It commits to a fair process for the officers.", True),
    ("The statement will say who did what. It will state the known facts and will not speculate. It will name the "
     "investigator and the officer's status.", True),
    # an answer that speaks of itself now and then is still speaking
    ("This letter is not an accusation against anyone on the entry team. Our officers went to the wrong house, and "
     "that is on the department. I have apologised to Mrs. Pruitt. Peer support is on 555-0188.", False),
    ("It happened at 9:42 this morning. It was wrong, and I am sorry. We will say more at 10 a.m. tomorrow.", False),
])
def test_an_answer_that_describes_itself_instead_of_speaking(text, echo):
    assert analyse(text).describes_itself() is echo


@pytest.mark.parametrize("text, instructs", [
    # the rubric pasted back as commands to the writer
    ("Support the officers involved: leave time, informal discussions, counselling. Keep officers informed before "
     "the media. Be open and honest: say who did what. Do not demonize the person harmed.", True),
    # a checklist names its people and its times; a message has a voice
    ("Call Father Ruiz tonight. Brief every shift at roll call before the 5 p.m. release. Send the letter in Spanish "
     "and English.", False),
    ("Keep your body cameras on. Give your name and the reason on every stop. We will back you when you do.", False),
])
def test_an_answer_that_instructs_the_writer_instead_of_speaking(text, instructs):
    assert analyse(text).instructs_the_writer() is instructs


@pytest.mark.parametrize("text, names_it", [
    # the rubric's own words strung into sentences
    ("We are open and honest and we inform the public of the facts, known and unknown. We do not demonize the man "
     "and we admit wrongdoing and we apologise. We announce our agency response: investigation, leave, policy. We "
     "engage our community partners. We are transparent and accountable with a clock, a next update and a contact.",
     True),
    # an account that uses a few of them is an account
    ("At 2:10 this morning one of our officers shot Mr. Hale on Dover Street. That was wrong, and I apologise to his "
     "family. The State Police are investigating independently; the officer is on leave. We will publish the video "
     "by Friday at 5 p.m. Our next update is at noon tomorrow; contact 555-0100.", False),
])
def test_an_answer_thick_with_the_rubrics_words(text, names_it):
    assert analyse(text).names_the_rubric() is names_it


@pytest.mark.parametrize("text, virtues_only", [
    # virtues, and nothing done, named or dated
    ("The department remains committed to transparency, accountability and respect. We believe in honesty and "
     "trust, and we hold ourselves to the highest standards of integrity. Together we will move forward.", True),
    # the same virtues beside what will be done, by whom and when
    ("The department remains committed to transparency, accountability and respect. We believe in honesty and "
     "trust. The video goes online on Friday at 5 p.m., and Chief Ruiz will meet Pastor Lee on Monday.", False),
    # a plain account with a virtue or two is an account
    ("Our officer shot Mr. Hale at 2:10 this morning. We are sorry, and we owe his family honesty about what "
     "happened.", False),
])
def test_an_answer_in_virtues_only(text, virtues_only):
    assert analyse(text).speaks_only_in_virtues(frozenset({"the", "department"})) is virtues_only


def test_a_warm_message_to_officers_is_not_virtues_only():
    text = ("Team, thank you for your professionalism, integrity and compassion this week. I know this week has been "
            "hard on all of you. Peer support is available day or night, and I respect every one of you.")
    assert not analyse(text).speaks_only_in_virtues()
