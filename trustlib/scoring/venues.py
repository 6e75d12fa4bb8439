"""Where a meeting is held: a norm that keeps meetings off police premises, and an answer that sets one there.

Instructors write the norm in many words ("not at police headquarters", "never in a police station", "on community
ground, not at the precinct") and answers break it in others ("I'll meet the families on weekday mornings at
headquarters", "a listening session in the community room at the Southside precinct", "invite them to HQ"). The
police's buildings are one kind of place, whatever the norm calls them; the encoder keeps their names apart.
"""

from __future__ import annotations

import re

from .text import Sentence, negative_subject

#: The police's own buildings.
POLICE_PLACES = frozenset("station headquarters hq precinct stationhouse".split())
#: Buildings named for the police ("the Sheriff's Office", "the Public Safety Building", "the police building").
_BUILDINGS = frozenset("office building complex center centre".split())
_OF_THE_POLICE = re.compile(r"(?i)\b(?:sheriff['’]s|police|public safety|law enforcement)\s+$")
#: A norm that rules them out as a venue.
_RULED_OUT = re.compile(r"(?i)\b(?:not|never|instead of|rather than|avoid\w*|away from|no)\b[^.;:]{0,30}?\b(?:police\s+"
                        r"(?:station|headquarters|building|precinct)|headquarters|precinct|station\s?house|HQ|"
                        r"sheriff['’]s\s+office)\b")
#: What is held at a place: a meeting, in a verb or a noun.
GATHERING = frozenset("meet meeting hold host convene gather gathering forum session hall listen invite welcome "
                      "sit talk conversation discussion dialogue circle".split())
#: Prepositions that put something at a place; "to" only after a verb of bringing people there.
_AT = frozenset({"at", "in", "inside"})
_BRINGING = frozenset("invite welcome bring come host ask".split())
#: Words that keep the place at a distance ("never at headquarters", "instead of at the station").
_KEPT_OFF = re.compile(r"(?i)\b(?:not|never|instead of|rather than|away from|no longer|outside|other than)\b")


def police_venue_norms(norms: list[str]) -> list[str]:
    """The norms that keep meetings off police premises."""
    return [n for n in norms if _RULED_OUT.search(n)]


def meeting_at_police_place(s: Sentence) -> bool:
    """Whether the sentence holds a meeting at a police building ("I'll meet them at headquarters"), not one kept
    away from it ("at the Workers' Center, never at headquarters") nor someone who only comes from it ("Sergeant
    Ruiz from headquarters will join me")."""
    for tok in s.span:
        # ("the Sheriff's Office", "the Public Safety Building": a building of the police's own)
        named = tok.lower_ in _BUILDINGS and _OF_THE_POLICE.search(s.text[:tok.idx - s.span.start_char])
        if tok.lemma_.lower() not in POLICE_PLACES and not named:
            continue
        # Another kind of station ("the bus station", "a polling precinct") is not the police's.
        if not named and any(c.dep_ in ("compound", "amod") and c.pos_ != "PROPN" and c.lemma_.lower() != "police"
               for c in tok.children):
            continue
        # A room of the building is the building ("in the HQ community room", "at the precinct's meeting room").
        place = tok
        while place.dep_ in ("compound", "poss") and place.head.pos_ in ("NOUN", "PROPN") and place.head.i != place.i:
            place = place.head
        prep = place.head if place.dep_ == "pobj" else None
        if prep is None or prep.lower_ not in _AT | {"to"}:
            continue
        if prep.lower_ == "to" and prep.head.lemma_.lower() not in _BRINGING:
            continue
        # The meeting the place is for: a word above the preposition, up to the first verb ("the meeting with
        # the workers in the community room at the precinct"; "meet the families ... on weekday mornings at
        # headquarters", where the parser hangs the place from the mornings).
        held = []
        for t in [prep.head, *prep.head.ancestors]:
            held.append(t)
            if t.pos_ in ("VERB", "AUX"):
                break
        # ("Our first listening session will be at police headquarters": what is there is the verb's subject.)
        if held[-1].lemma_.lower() == "be":
            held += [c for c in held[-1].children if c.dep_ == "nsubj"]
        # (Bringing others there is meeting them there: "I would like you to come to police headquarters".)
        # (Not where it is denied: "I am not asking the elders to come to headquarters", "no one will have to come".)
        brought = prep.lower_ == "to" and not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we")
                                                  for c in prep.head.children) and not any(
            c.dep_ == "neg" or negative_subject(c) for v in (prep.head, *prep.head.ancestors) for c in v.children)
        if not brought and not any(t.lemma_.lower() in GATHERING for t in held):
            continue
        before = s.text[max(0, prep.idx - s.span.start_char - 25):prep.idx - s.span.start_char]
        if _KEPT_OFF.search(before) or any(c.dep_ == "neg" for c in held[-1].children):
            continue
        return True
    return False

