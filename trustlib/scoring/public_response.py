"""Detectors for the public response after an incident: open and honest, facts, the person harmed,
wrongdoing, the agency's response, partners, transparency."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import nlp
from ..report import Evidence, PrincipleResult
from ..scenario import Unknown, Wrongdoing
from . import cues as C
from .changes import announces_change
from .claims import (NAME_TITLES, PERSON_WORDS, REPORT_NOUNS, UNMET_RESULT, about_person, all_names, asks_quantity,
                     asserts_claim, attributed, attributed_and_disowned, charge_told, claim_said_with_name,
                     claim_subjects, clearing_hits, condemns_the_cleared, cue_verb, denied_predicates,
                     discredits_evidence, endorsed, fact_in_claims_place, in_indirect_question, known_terms, left_open,
                     lemma_line, negated_or_unknown, of_the_agency_itself, others_missing, overlap, owned_wrongs,
                     person_nouns, polarity_differs, process_told_beside, pronoun_for_police, quantity_answer,
                     reported_or_felt, said_of_person, said_of_someone_named, same_subject, says_predicate,
                     speech_verb_over, terms, union_of_terms, uses_distinctive, verdict_before_trial,
                     what_a_call_reported)
from .causes import asks_cause_of_harm, tells_cause_of_harm
from .context import ANIMALS, OUT_OF_IT, OWN_NEGATION, Context, Hit, evidence, phrase_evidence
from .findings import ABOUT, FACT, NEAR_COPY, SAME_CLAIM, Finding, dedupe, flagged, grade
from .privacy import private_told
from .text import Sentence, negative_noun, negative_subject, verb_with_subject, writer_is_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Force as the thing acted with: "a knee was placed on her back", "a Taser was deployed", "force was used".
_FORCE_MEANS = frozenset("knee taser force baton round spray chokehold strike blow".split())
#: Weapons as the thing used: "after the device was used" (of a Taser), "a weapon was used".
_WEAPONS = frozenset("device cew weapon firearm gun".split())
_CONDUCT = frozenset("conduct perform execute carry".split())
_POLICE_ACTIONS = frozenset("stop search arrest raid takedown entry detention checkpoint sweep crackdown".split())
_APPLY = frozenset("use place put apply deploy employ press administer".split())
#: Where a takedown puts someone: "she was taken to the ground".
_GROUND = frozenset("ground floor pavement sidewalk street".split())


def _agentless_force(s: Sentence, actors: frozenset[str], background: bool = True) -> bool:
    """A passive force verb on someone other than police, with no agent anywhere in the sentence:
    "he was shot", "force was used", "a knee was placed on her back", "she was taken to the ground", "a stop was
    conducted and the occupants were detained" (not "he was shot and killed by an officer", not "the officer was
    fired"). With ``background`` false, a passive that only tells when something else happened ("he kept his knee
    on her back after she was cuffed", "he was waving people away when he was shot") does not count."""
    we = [t for t in s.span if _we_doing_something_else(t)]
    if any(t.lemma_.lower() in actors and t.dep_ not in ("nsubjpass",) and t not in we for t in s.span):
        return False  # the sentence names the police as actors ("backing away from the officer when he was shot")
    # What "we" know, say or ask of it ("we don't know yet why the Taser was used", "what we do not know is ...
    # whether a Taser was used") is not told as done.
    ours = [t.head for t in we]
    if any(v.lemma_.lower() in _KNOWING for v in ours):
        return False
    for tok in s.span:
        if not any(c.dep_ == "auxpass" for c in tok.children) or any(tok in v.subtree for v in ours):
            continue
        if not background and _only_when(tok):
            continue
        patients = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if any(w.lemma_.lower() in actors for p in patients for w in p.subtree):
            continue
        # "His wife and children were not hit", "no one else was hurt", "nothing is being held back": what did not
        # happen hides no one.
        if any(c.dep_ == "neg" for c in tok.children) or any(
                p.lower_ in ("nobody", "none", "nothing") or any(c.lower_ == "no" for c in p.children)
                for p in patients):
            continue
        # "Both of them will be held accountable": held to account, not held down; "a meeting will be held" holds
        # no one.
        # (Nor is anyone "held to" a rule.)
        if tok.lemma_.lower() == "hold" and (
                any(c.dep_ in ("acomp", "oprd", "xcomp") and c.pos_ == "ADJ" or c.dep_ == "prep" and c.lower_ == "to"
                    for c in tok.children)
                or not any(p.pos_ in ("PRON", "PROPN") or p.lemma_.lower() in PERSON_WORDS for p in patients)):
            continue
        # Blame "pinned on you" pins no one down; nor is "this" swept under the rug, or a plan tripped up.
        if tok.lemma_.lower() in ("pin", "sweep", "trip") and not any(
                p.lower_ in ("he", "she", "they", "him", "her", "them") or p.pos_ == "PROPN"
                or p.lemma_.lower() in PERSON_WORDS for p in patients):
            continue
        # Convictions "thrown out" or a charge "dropped": a court's act on a paper, no force on anyone.
        if patients and all(p.lemma_.lower() in _COURT_PAPERS for p in patients):
            continue
        # Anyone, in a rule ("the air conditioning runs whenever someone is held in a car"), is no one of the
        # incident.
        if patients and all(p.lower_ in _ANYONE for p in patients):
            continue
        # A person "fired" with nothing fired at them is dismissed ("he will be fired"), not shot ("he was fired on").
        # ("There are rumours that people will be fired": people, too.)
        if tok.lemma_.lower() == "fire" and patients and all(p.pos_ in ("PRON", "PROPN") or p.lemma_.lower() in
                                                             PERSON_WORDS | {"people"} for p in patients) and \
                not any(c.dep_ == "prt" or c.dep_ == "prep" and (c.lower_ in ("at", "upon") or not any(
                    g.dep_ == "pobj" for g in c.children)) for c in tok.children):
            continue  # (a date does not make it shooting: "he was fired on March 27")
        takedown = _takedown(tok)
        # (A weapon only in the past: "these devices are used thousands of times a day" is no act of the incident.)
        means = _FORCE_MEANS | _WEAPONS if any(c.dep_ == "auxpass" and c.tag_ in ("VBD", "VBN") for c in tok.children) \
            else _FORCE_MEANS
        applied = tok.lemma_.lower() in _APPLY and any(p.lemma_.lower() in means for p in patients)
        # "a high-risk stop was conducted and the occupants were detained": the action done, the doer left out.
        conducted = tok.lemma_.lower() in _CONDUCT and any(p.lemma_.lower() in _POLICE_ACTIONS for p in patients)
        detained = tok.lemma_.lower() == "detain" and bool(patients)
        if tok.lemma_.lower() in C.FORCE_VERBS or takedown or applied or conducted or detained:
            return True
    return False


#: What a court throws out or a prosecutor drops.
_COURT_PAPERS = frozenset("conviction case charge complaint lawsuit suit claim verdict sentence appeal ruling "
                          "indictment count".split())

#: Verbs of knowing and telling: what "we" know or say of a passive is no account of it.
_KNOWING = frozenset("know say tell discuss ask learn understand confirm speculate guess repeat answer determine "
                     "find establish release share".split())


def _we_doing_something_else(t) -> bool:
    """"We" or "I" as the subject of a verb that is no force ("he was hit, and we're all praying for him"): no actor
    of the force beside it, as "we fired" would be."""
    return t.lower_ in ("we", "i") and t.dep_ == "nsubj" and t.head.lemma_.lower() not in C.PHYSICAL_VERBS | \
        C.FORCE_VERBS


def _takedown(tok) -> bool:
    """A verb that takes someone to the ground ("she was taken to the ground", "forced to the pavement")."""
    return tok.lemma_.lower() in ("take", "force", "bring", "put") and any(
        c.dep_ == "prep" and any(g.lemma_.lower() in _GROUND for g in c.children) for c in tok.children)


_WHEN = frozenset("when while after before as until once".split())


def _only_when(verb) -> bool:
    """A passive done to a person, in a clause of time hung on an active verb with a subject of its own ("after
    she was cuffed" in "he kept his knee on her back after she was cuffed")."""
    if verb.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod") and c.lower_ in _WHEN for c in verb.children):
        return False
    # Done to a person ("after she was cuffed"); "before the Taser was used" hides the force itself.
    if not all((c.pos_ in ("PRON", "PROPN") or c.lemma_.lower() in PERSON_WORDS) and c.lemma_.lower() not in
               _FORCE_MEANS for c in verb.children if c.dep_ == "nsubjpass"):
        return False
    # The verb it hangs on, past a noun the parser put between ("kept his knee on her back after ...") and up a
    # chain of joined verbs to their subject ("took her down ... and punched her ... while she was cuffed").
    main = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
    main = verb_with_subject(main) if main is not None else None
    return main is not None and not any(c.dep_ == "auxpass" for c in main.children) and \
        any(c.dep_ == "nsubj" for c in main.children)


_FORCE_NOUNS = frozenset("fist punch knee kick strike blow shot bullet round taser chokehold baton".split())


def _actor_by_phrase(s: Sentence, actors: frozenset[str]) -> bool:
    """Force named with its police source in other words: "took two fists ... from one of my officers"."""
    lemmas = {t.lemma_.lower() for t in s.span}
    police = [t for t in s.span if t.lemma_.lower() in actors and t.lower_ not in ("we", "i")]
    return bool(police) and bool(lemmas & _FORCE_NOUNS) and any(
        a.dep_ == "pobj" and a.head.lower_ in ("from", "by") for t in police for a in [t, *t.ancestors][:3])


#: What an officer did, named as a noun: "the deputy's use of deadly force", "the officer's decision to fire".
_ACT_NOUNS = _FORCE_NOUNS | frozenset("use action conduct decision shooting firing deployment takedown force".split())


def _owned_in_first_person(h: Hit) -> bool:
    """An admission the speaker makes their own: "I own that", "that is on us", "we were wrong", "the office owns
    that"."""
    return bool(re.search(r"(?i)\b(I|we|us|our|my|mine)\b", h.phrase)) or h.verb is not None and (
        writer_is_subject(h.verb) or any(c.dep_ == "nsubj" and c.lemma_.lower() in _AGENCY_NOUNS
                                         for c in h.verb.children))


def _officer_did(s: Sentence, ctx: Context) -> bool:
    """An officer, or the agency in the first person, as the subject of a verb told as done, not denied ("his
    sergeant closed it as unfounded", "my office closed her complaint in two days")."""
    def doer(t) -> bool:
        return t.lemma_.lower() in ctx.officer_words or t.lemma_.lower() in _AGENCY_NOUNS and any(
            c.dep_ == "poss" and c.lower_ in ("my", "our") for c in t.children)
    return any(t.dep_ == "nsubj" and doer(t) and t.head.tag_ == "VBD" and not any(
        c.dep_ == "neg" for c in t.head.children) for t in s.span)


#: The agency speaking of itself in the third person: "the office owns that".
_AGENCY_NOUNS = frozenset("office department agency force service division".split())


def _act_possessed(s: Sentence, actors: frozenset[str]) -> bool:
    """The officer's act named as the officer's noun ("the review found that the officer's use of force violated
    policy"): it says who acted, though not plainly what was done."""
    return any(t.dep_ == "poss" and _an_officer(t, actors) and t.lower_ not in ("we", "i", "our", "my")
               and t.head.lemma_.lower() in _ACT_NOUNS for t in s.span)


def _an_officer(t, actors: frozenset[str]) -> bool:
    """An officer's word or an officer's name with its title ("Officer Kyle Brandt"), not the police as an agency's
    name ("the Cedar Point Police Department")."""
    return t.lemma_.lower() in actors or t.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lemma_.lower() in actors - {"police"} for c in t.children)


def _is_police(subject, actors: frozenset[str]) -> bool:
    words = {w.lemma_.lower() for w in subject.subtree}
    # "our task force broke down the door": a task force is police, where "force" alone is not.
    task_force = subject.lemma_.lower() == "force" and any(c.lower_ == "task" for c in subject.children)
    # "one of our horses", "our dog": the agency's animal, wherever the scenario leaves police animals out.
    ours = any(w.lemma_.lower() in ANIMALS and any(c.lower_ == "our" for c in w.children) for w in subject.subtree)
    # "one of our SUVs", "the patrol SUV that ran over him": the agency's vehicle, driven by one of its own.
    vehicle = any(w.lemma_.lower() in _VEHICLES and any(c.lower_ in _OF_THE_POLICE for c in w.children)
                  for w in subject.subtree)
    return bool(words & actors) or task_force or ours or vehicle or subject.lower_ in ("they", "we", "i")


#: Words that make a vehicle the police's own.
_OF_THE_POLICE = frozenset({"our", "patrol", "police", "squad", "cruiser"})


def _acts_on_a_person(verb, ctx: Context) -> bool:
    """A verb of what officers physically do, done to someone the answer names or a person ("held a man")."""
    lemma = verb.lemma_.lower()
    return lemma in C.PHYSICAL_VERBS and not _not_physical(verb, lemma, ctx) and any(
        c.dep_ == "dobj" and (_is_person(c, ctx) or c.lemma_.lower() in PERSON_WORDS - _PRONOUN_WORDS)
        for c in verb.children)


def _the_agency(subject) -> bool:
    """"The department", "our department": the agency itself acting ("the department posted her photo")."""
    return subject.lemma_.lower() in ("department", "agency") and any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "our", "my", "this") for c in subject.children)


#: Those close to the person, who are not the person: "condolences to the Whitebird family".
_KIN = frozenset("family relative mother father wife husband sister brother son daughter child parent loved "
                 "widow grandmother grandfather".split())


def _is_person(token, ctx: Context) -> bool:
    names = {n.lower() for n in all_names(ctx)}
    if token.lemma_.lower() in _KIN:
        return False
    # The person, or something of theirs ("Mr. Price's car"), not anything that merely mentions them ("footage
    # related to the incident involving Luis Ortega").
    owners = [w for c in token.children if c.dep_ in ("poss", "compound") for w in c.subtree]
    # ("the driver, a 31-year-old male", "a student": the words the scenario and the public use for the person)
    return token.lower_ in ("him", "her", "them") or token.lemma_.lower() in person_nouns(ctx) - ctx.actor_words or \
        token.lower_ in names or any(w.lower_ in names for w in owners)


#: Prepositions through which a verb acts on someone ("fired at him", "knelt on her"), unlike "near him".
_AT_PERSON = frozenset({"at", "on", "onto", "into", "against", "upon", "over"})


def _plain_force_beside(h: Hit, ctx: Context) -> bool:
    """Whether the sentence holding a euphemism also has police using force in a plain active verb of its own."""
    inside = {t.i for t in h.sentence.tokens_at(h.start, h.end)}
    return any(t.pos_ == "VERB" and t.lemma_.lower() in C.FORCE_VERBS and t.i not in inside and
               any(_is_police(c, ctx.actor_words) for c in _subjects(t, h.sentence, ctx)) for t in h.sentence.span)


def _subjects(verb, s: Sentence, ctx: Context) -> list:
    """A verb's subjects: its own, its head's for a joined or complement verb, or an officer named just before a
    verb the parser left without one ("after one of our officers fired at the car")."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    head = verb
    # "a lieutenant walked down the line and sprayed pepper spray in their faces": the parser hangs "sprayed" on the
    # "spray" joined to "walked"; its subject is the walker's.
    if verb.dep_ == "amod" and verb.head.dep_ == "conj" and verb.i < verb.head.i:
        head = verb.head
    # "Darius Kemp opened the front door, and one of our officers, positioned across the street, shot him": the
    # parser joins the new subject and its verb to the first verb side by side; the subject is the nominal between.
    if not subj and verb.dep_ == "conj":
        subj = [c for c in verb.head.children if c.dep_ == "conj" and verb.head.i < c.i < verb.i
                and c.pos_ in ("NUM", "NOUN", "PROPN", "PRON")][-1:]
    # "an officer got out of his truck, walked up to a minivan and fired three shots": up the chain of joined verbs.
    while not subj and head.dep_ in ("conj", "xcomp") and head.head.i != head.i:
        head = head.head
        subj = [c for c in head.children if c.dep_ == "nsubj"]
    if not subj and head.dep_ == "ROOT":
        # "on Founders Quad, Lieutenant Dale Hurst of this department walked ...": the parser may hang the subject
        # on the place before it, as an apposition that ends where the verb begins.
        subj = [p for p in s.span if p.dep_ == "appos" and p.i < head.i and
                max(t.i for t in p.subtree) == head.i - 1]
    if not subj and not any(c.dep_ == "auxpass" for c in verb.children):
        # (Before the verb the chain ends at: "on Founders Quad, a campus police lieutenant walked down the line
        # and sprayed ...", where the parser makes the lieutenant part of the place.)
        subj = [p for p in s.span if (0 < verb.i - p.i <= 3 or 0 < head.i - p.i <= 3)
                and p.lemma_.lower() in ctx.actor_words and p.lower_ not in ("we", "i") and not _in_a_body_name(p)] or \
            _stranded_subject(verb, s, ctx)
    return subj


_PARTITIVE = frozenset("one two three both several some each".split())


def _counted_from(tok) -> list:
    """What a partitive word counts from: "them" in "one of them", "officers" in "two of our officers"."""
    if tok.lower_ not in _PARTITIVE:
        return []
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]


def _pronoun_after_officer(subject, s: Sentence, ctx: Context) -> bool:
    """"He" acting on "her" (or "she" on "him") just after an officer was named ("Detective Keller was not doing
    what our policy allows; ... She read him the agreement, and he handcuffed her"): the one acted on is the other
    pronoun, so the one acting is the officer."""
    other = {"he": "her", "she": "him"}.get(subject.lower_)
    if other is None or not any(c.dep_ == "dobj" and c.lower_ == other for c in subject.head.children):
        return False
    before = [c for c in ctx.analysis.clauses if c.end <= s.start][-2:]
    earlier = [t for c in before for t in c.span] + [t for t in s.span if t.i < subject.i]
    return any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in ctx.officer_words for t in earlier)


def _one_of_them(subject, s: Sentence, ctx: Context) -> bool:
    """"One of them" just after a clause whose subject is the police ("Two of our officers ran toward the shots.
    Within seconds, one of them fired three shots at Mr. Coleman"), or "the other" after one of them ("One officer
    told him twice to drop it, and ... the other fired a Taser")."""
    the_other = subject.lower_ in ("other", "second") and any(c.lower_ == "the" for c in subject.children)
    if not the_other and not any(g.lower_ == "them" for g in _counted_from(subject)):
        return False
    before = [c for c in ctx.analysis.clauses if c.end <= s.start][-1:]
    # (Or earlier in its own sentence: "Two of our officers went to the wrong house, and one of them shot ...".)
    earlier = [t for c in before for t in c.span] + [t for t in s.span if t.i < subject.i]
    return any(t.dep_ == "nsubj" and _is_police(t, ctx.actor_words) and t.lower_ not in ("we", "i", "they")
               for t in earlier)


#: The last word of a body's name: "the Police Conduct Commission", "the Police District".
_BODIES = frozenset("commission department district service authority board office union association federation "
                    "council academy station bureau agency college foundation trust league".split())


def _in_a_body_name(word) -> bool:
    """An officer's word inside the name of a body ("the report of the Police Conduct Commission released today"),
    not a title before a person's name ("Officer Kyle Brandt")."""
    while word.dep_ == "compound" and word.head.i != word.i:
        word = word.head
    return word.lemma_.lower() in _BODIES


def _stranded_subject(verb, s: Sentence, ctx: Context) -> list:
    """An officer the parser cut off from the main verb of the sentence when an aside follows the subject
    ("one of our officers, working a security job at the mall, grabbed the boy's arm" is read as an apposition
    or as the subject of "working"). Only for a main verb, or one joined to it, that has no subject at all."""
    main = verb
    while main.dep_ == "conj":
        main = main.head
    if main.dep_ == "dep" and main.head.tag_ == "VBG":
        # "two of our deputies, working the booking desk, pinned him": the aside was made the main verb.
        return [c for c in main.head.children if c.dep_ == "nsubj"]
    # A participle read as a clausal subject ("working a security job") is the aside, not a subject.
    # (A first clause the parser hung on the one after a semicolon is a main verb too: "on Saturday one of our
    # officers, whom we had sent to the wrong address, opened a side gate ...; the dog died".)
    hung_on_next = main.dep_ == "ccomp" and main.head.i > main.i
    if (main.dep_ != "ROOT" and not hung_on_next) or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") or (c.dep_ == "csubj" and c.tag_ != "VBG") for c in main.children):
        return []
    for p in s.span:
        if p.i >= main.i:
            break
        partitive = any(g.lemma_.lower() in ctx.actor_words for g in _counted_from(p))
        officer = p.lemma_.lower() in ctx.actor_words and p.lower_ not in ("we", "i") and p.dep_ != "pobj"
        if (partitive or officer) and p.dep_ not in ("dobj", "poss", "compound"):
            return [p]
    return []


def _force_by_police(tok, ctx: Context) -> bool:
    """A participle of force whose "by" names officers, where the parser has not made it an agent ("a 13-year-old
    girl, handcuffed, hooded and pinned face down ... by two of our officers"): the "by" of the last of a list of
    participles is every one's."""
    if tok.tag_ != "VBN" or tok.lemma_.lower() not in C.FORCE_VERBS:
        return False
    bys = [c for v in (tok, *tok.conjuncts) for c in v.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"]
    return any(_names_police(b, ctx) for b in bys)


#: Harms a passive may tell with the police, or something of theirs, as the agent ("hurt" says too little of what
#: was done).
_HARM_VERBS = frozenset("burn blind scald maim".split())


def _names_police(by, ctx: Context) -> bool:
    """A "by" phrase whose nouns or pronouns name the police ("by two of our officers"; not "by gunfire"), or what
    is ours ("burned in his crib by our device")."""
    return any(_is_police(w, ctx.actor_words) or w.dep_ == "poss" and w.lower_ == "our"
               for w in by.subtree if w.pos_ in ("NOUN", "PROPN", "PRON"))


#: Verbs of working a police machine or animal: "an officer flew a drone over the crowd", "the handler sent the dog".
_OPERATING_VERBS = frozenset("fly pilot operate drive steer ride handle release send deploy launch".split())


def _police_instruments(ctx: Context) -> frozenset[str]:
    """The police's machine or animal that did the harm, as the incident's type names it ("a police drone fell into a
    festival crowd", "a patrol car used to strike ...")."""
    def read() -> frozenset[str]:
        return frozenset(t.lemma_.lower() for t in nlp.phrase(ctx.scenario.incident.type) if t.pos_ == "NOUN" and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in ("police", "patrol") for c in t.children))

    return ctx.remember("police instruments", read) if ctx.scenario.incident is not None else frozenset()


def _instrument_tied(s: Sentence, ctx: Context) -> bool:
    """The police's machine or animal told with the officer working it: "An officer of this department flew a drone
    over a crowd", "a department drone operated by one of our officers fell": it says who did it."""
    instruments = _police_instruments(ctx)
    for tok in s.span:
        if tok.lemma_.lower() not in instruments:
            continue
        verb = tok.head
        if tok.dep_ == "dobj" and verb.lemma_.lower() in _OPERATING_VERBS and not any(
                c.dep_ == "neg" for c in verb.children) and any(
                c.dep_ == "nsubj" and (_is_police(c, ctx.actor_words) or c.lower_ == "we") and not negative_subject(c)
                for c in verb.children):
            return True
        if any(c.dep_ == "acl" and c.lemma_.lower() in _OPERATING_VERBS and any(
                a.dep_ == "agent" and _names_police(a, ctx) for a in c.children) for c in tok.children):
            return True
    return False


def _actor_before_an_aside(s: Sentence, ctx: Context) -> bool:
    """Officers, an aside between commas, then their act: "four of our officers, rifles drawn on a 911 burglary call,
    handcuffed listing agent Marcus Odell ...", which the parser, reading "rifles" as the sentence's head, loses."""
    for m in re.finditer(r"\b(\w+),[^,]{3,80},\s+(\w+)ed\b", s.text):
        # (A regular past: "handcuffed", "shoved", "grabbed".)
        stem = m.group(2).lower()
        if m.group(1).lower() in ctx.actor_words and {stem, stem + "e", stem[:-1]} & C.PHYSICAL_VERBS:
            return True
    return False


def _misread_force(tok) -> bool:
    """A verb of force the parser took for something else: a past verb for an auxiliary ("a flash-bang one of our
    team threw went off"), a present verb for a plural noun after its officer ("when the deputy fires twice")."""
    if tok.pos_ == "AUX" and tok.tag_ == "VBD":
        return nlp.verb_lemma(tok.text) in C.FORCE_VERBS
    return tok.tag_ == "NNS" and tok.dep_ in ("ROOT", "advcl", "conj", "ccomp") and \
        tok.lemma_.lower() in C.FORCE_VERBS and \
        any(c.dep_ == "compound" and c.lemma_.lower() in C.ACTOR_WORDS for c in tok.children)


def _act_told_before_unknown(s: Sentence, ctx: Context) -> bool:
    """The act told in a clause of its own before the one that says what is not known ("One SWAT officer fired one
    rifle shot, both died, and the cause of her wound is not yet known"): the not-knowing does not govern it, as it
    does in "we don't know what was said before the officer took her down"."""
    a, b = s.find(C.UNKNOWN_ACK)[0]
    toks = s.tokens_at(a, b)
    inside = {t.i for t in toks}
    clause = next((t for t in toks if t.head.i not in inside or t.head.i == t.i), None)
    while clause is not None and clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    start = clause.left_edge.i if clause is not None else s.span.start
    return start > s.span.start + 2 and _active_actor(s.before(start), ctx)


def _active_actor(s: Sentence, ctx: Context) -> bool:
    """An officer (or "we") acting in the active voice: on someone with a verb of force, or on the person
    harmed with any verb ("a member of this department fired ... at Darnell Hayes", "they held her face-down")."""
    for tok in s.span:
        if tok.pos_ != "VERB" and not _misread_force(tok):
            continue
        if _force_by_police(tok, ctx):
            return True
        # A passive, or a participle with its agent ("a flash-bang thrown by one of our team").
        agents = [c for c in tok.children if c.dep_ == "agent"]
        passive = any(c.dep_ == "auxpass" for c in tok.children)
        if passive or tok.dep_ == "acl" and agents:
            # "he was shot by an officer" names the actor ("by gunfire" does not); so does "a flash-bang used by our
            # task force".
            means = tok.dep_ == "acl" and tok.lemma_.lower() == "use"
            # "the turban search on 99 was done by our deputies": a police act, done by them, whatever the verb.
            act = any(w.lemma_.lower() in _POLICE_ACT_NOUNS for c in tok.children if c.dep_ == "nsubjpass"
                      for w in (c, *c.conjuncts))
            # (A harm done by something of ours is told with its doer: "Bao was burned by our flash-bang".)
            if (tok.lemma_.lower() in C.FORCE_VERBS | _HARM_VERBS or means or act or _takedown(tok)) and any(
                    _names_police(a, ctx) for a in agents):
                return True
            if passive:
                continue
        subj = _subjects(tok, s, ctx)
        if tok.dep_ == "relcl" and (not subj or subj[0].lower_ in ("who", "that")):
            subj = [tok.head]  # "the officer who hit him"
        if not _told_as_done(tok, subj):
            continue
        if not any(_is_police(c, ctx.actor_words) or pronoun_for_police(c, s, ctx) or _one_of_them(c, s, ctx)
                   or _the_other_pronoun(c, s, ctx) or _pronoun_after_officer(c, s, ctx) for c in subj):
            # The agency acting on something of a person's, told as done (see below), or on the person, told as
            # officers' acts are ("our department held a man from your community for ICE").
            if any(_the_agency(c) for c in subj) and (_done_with_theirs(tok, False, ctx) or _acts_on_a_person(
                    tok, ctx) and not any(c.dep_ == "neg" for c in tok.children)):
                return True
            continue
        named = subj[0].lower_ not in ("we", "i")
        verbs = C.PHYSICAL_VERBS if named else C.FORCE_VERBS
        lemma = nlp.verb_lemma(tok.text) if tok.pos_ == "AUX" else tok.lemma_.lower()
        if lemma in verbs and not (not named and lemma == "hold") and not _not_physical(tok, lemma, ctx):
            if any(c.dep_ == "neg" for c in tok.children):
                continue
            return True
        if _force_used(tok, lemma, ctx):
            return True
        targets = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
        targets += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in _AT_PERSON
                    for g in c.children if g.dep_ == "pobj"]
        # ("A woman we locked up last night": the one a clause of ours tells of is its object.)
        if tok.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in tok.children) and any(
                c.dep_ == "nsubj" and c.lower_ not in ("who", "that", "which") for c in tok.children):
            targets.append(tok.head)
        # Before any incident the wrong owned is a past one, done to someone the scenario names only in its
        # history ("one of our deputies called immigration agents on a man who came to report ...").
        past = ctx.scenario.incident is None and named
        if past:
            targets += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "about"
                        for g in c.children if g.dep_ == "pobj"]
        if any(_is_person(t, ctx) or past and t.lemma_.lower() in PERSON_WORDS - _PRONOUN_WORDS
               for t in targets) and not any(c.dep_ == "neg" for c in tok.children) and \
                lemma not in _NOT_AN_ACT | (_SAID_OR_DEALT - _QUESTIONED if past else _SAID_OR_DEALT):
            return True
        # What was done with something of theirs, told as done: "we put a 14-year-old girl's school photo and her
        # full name on our accounts" (not "we released his name", the agency's response).
        if _done_with_theirs(tok, not named, ctx):
            return True
    return False


#: Person words that are pronouns, which may be anyone's.
_PRONOUN_WORDS = frozenset("he she him her".split())
#: Asking a man his status is something done to him, when it is the past wrong being owned.
_QUESTIONED = frozenset("ask question interview".split())


#: Verbs that tell an act of force done through its noun: "our deputy used a PIT maneuver", "performed a takedown".
_DOING_VERBS = frozenset("use perform carry execute apply do".split())


def _force_used(verb, lemma: str, ctx: Context) -> bool:
    """A verb of doing told as done, not denied, on a noun of force or of the incident's own police act ("a
    deputy's PIT maneuver" in its type gives "maneuver" and "PIT")."""
    return lemma in _DOING_VERBS and _past_or_perfect(verb) and not any(c.dep_ == "neg" for c in verb.children) \
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _FORCE_ACTS | _incident_acts(ctx) for c in verb.children)


def _incident_acts(ctx: Context) -> frozenset[str]:
    """The nouns the incident's type gives as an officer's act, with the words naming them: "vehicle rollover after
    a deputy's PIT maneuver" gives "maneuver" and "pit"."""
    def read() -> frozenset[str]:
        acts = [t for t in nlp.phrase(ctx.scenario.incident.type) if t.pos_ == "NOUN" and any(
            c.dep_ == "poss" and c.lemma_.lower() in ctx.officer_words for c in t.children)]
        return frozenset(w.lemma_.lower() for t in acts for w in (t, *t.children) if w is t or w.dep_ == "compound")

    return ctx.remember("incident acts", read) if ctx.scenario.incident is not None else frozenset()


def _told_as_done(verb, subjects) -> bool:
    """Whether a verb tells something done, not something refused or done as a rule: not a verb denied from above
    ("I'm not going to run a good man out of town"), and not the present of a bare plural ("School resource
    officers keep our students safe every day")."""
    if verb.dep_ == "xcomp" and any(c.dep_ == "neg" for c in verb.head.children):
        return False
    return not (verb.tag_ in ("VBP", "VBZ") and subjects and all(
        c.tag_ == "NNS" and not any(d.dep_ in ("det", "poss", "nummod") for d in c.children) for c in subjects))


def _the_other_pronoun(subject, s: Sentence, ctx: Context) -> bool:
    """"he" where the person harmed is a woman or girl (or "she" where a man), with an officer named in this clause or
    the one before: the pronoun can only be the officer ("she was in meltdown when our SRO got there ... he took her
    to the ground")."""
    other = {"f": "he", "m": "she"}.get(_person_sex(ctx) or "")
    if other is None or subject.lower_ != other:
        return False
    i = ctx.clause_index(s)
    near = [s] + ([ctx.analysis.clauses[i - 1]] if i else [])
    officers = ctx.officer_words
    return any(t.lemma_.lower() in officers for c in near for t in c.span)


#: What a verb of action is said of when it is no act on anyone: "followed their training", "takes every incident
#: seriously".
_RULES = frozenset("training policy procedure protocol order rule instruction guideline law standard practice".split())


def _not_physical(tok, lemma: str, ctx: Context) -> bool:
    """A physical verb used of no physical act: following a rule ("the officers followed their training"), taking
    something seriously or in hand ("the department takes every incident seriously")."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "attr")]
    if lemma in ("follow", "obey") and any(o.lemma_.lower() in _RULES for o in objects):
        return True
    # "took her by the arm", "took hold of her arm", "took him to the ground" are acts.
    return lemma == "take" and not any(_is_person(o, ctx) or o.lemma_.lower() == "hold" for o in objects) and not any(
        c.dep_ == "prt" or c.dep_ == "prep" and c.lower_ in ("to", "into", "from", "down", "by", "off", "onto")
        for c in tok.children)


def _done_with_theirs(tok, we_act: bool, ctx: Context) -> bool:
    """A verb told as done (past, not denied) to something of a person's, other than the agency's response."""
    targets = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    # (Or done on it: "our deputy used a PIT maneuver on Ms. Monroe's car".)
    targets += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in _AT_PERSON
                for g in c.children if g.dep_ == "pobj"]
    # ("Our deputy used his patrol car to spin her car": done through what was used.)
    done = tok.tag_ == "VBD" or tok.dep_ == "xcomp" and tok.head.tag_ == "VBD" and tok.head.lemma_.lower() in \
        _DOING_VERBS and not any(c.dep_ == "neg" for c in tok.head.children)
    if not done or not targets or tok.lemma_.lower() in _NOT_AN_ACT | _RESPONSE_VERBS or any(
            c.dep_ == "neg" for c in tok.children):
        return False
    # An officer's "her" is the person's where the officer's own things are "his" in the same sentence ("our deputy
    # spun her car with his patrol car"), and the other way round.
    theirs = {"f": "her", "m": "his"}.get(_person_sex(ctx, told=True) or "")
    pronouns = ("his", "her", "their") if we_act else (theirs,) if theirs and any(
        t.lower_ == {"her": "his", "his": "her"}[theirs] for t in tok.sent) else ()
    return any(_theirs(t, pronouns, ctx.actor_words) for t in targets)


#: Verbs that name no act: "how the department has handled immigration matters", "adopted a new order".
_VAGUE_VERBS = frozenset("handle manage address deal adopt approach treat".split())
#: Verbs of having or being, which tell no act.
_STATES = frozenset("be have get know want need".split())
#: What the agency does to look into an incident, which tells nothing of what was done in it.
_REVIEW_VERBS = frozenset("review investigate examine audit check study hear listen find learn".split())

#: What the agency does after an incident: done with a person's name, it is no act of the incident.
_RESPONSE_VERBS = frozenset("release notify inform contact call visit meet tell ask share withhold confirm "
                            "identify".split())


def _theirs(target, pronouns: tuple[str, ...], actors: frozenset[str]) -> bool:
    """Whether a thing acted on, or one joined to it, belongs to someone other than the police ("a girl's photo",
    "a ninth-grader's yearbook photo", "the photo and name of a 14-year-old girl", "her full name"). A "his" or "her"
    is someone else's only among ``pronouns`` ("the officer exited his vehicle" is the officer's)."""
    for t in [target, *target.conjuncts]:
        owners = [c for c in t.children if c.dep_ == "poss"]
        # One person's ("the photo of a 14-year-old girl"), not a crowd ("an assembly of several hundred individuals").
        owners += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj" and g.tag_ in ("NN", "NNP")]
        if any(o.lower_ in pronouns or o.lemma_.lower() in _SOMEONE or o.pos_ == "PROPN" and o.dep_ == "poss"
               and o.lemma_.lower() not in actors for o in owners):
            return True
    return False


#: Words for a person whose things the police may act on ("a ninth-grader's yearbook photo").
#: ("old" is the head of "a 14-year-old's face").
_SOMEONE = (PERSON_WORDS | frozenset("student grader pupil kid youth minor teen old".split())) - frozenset(
    "he she him her his they them their".split())


#: Verbs of wishing and sympathy reach the person without telling what was done to them: "we wish him a full and
#: speedy recovery".
_NOT_AN_ACT = frozenset("wish hope pray thank mourn remember owe apologise apologize offer extend send".split())
#: Verbs of speaking, knowing, judging and dealing with someone: "I trust him", "we will give them everything",
#: "officers found her on the floor", "I have moved to dismiss him" reach a person without telling what was done
#: to the person harmed.
_SAID_OR_DEALT = frozenset("ask tell give find judge prejudge hear show update trust respect know answer defend "
                           "share read meet feel contact believe want visit understand help support let "
                           "invite encourage urge remind assure promise inform notify dismiss suspend discipline "
                           "interview question see watch love back protect serve save reach wait encounter locate "
                           "escort observe spot greet".split())


#: The police's own acts, named as nouns ("the shooting", "the takedown", "the chase"), and a commander's order that
#: sent officers in ("the order broke our own mounted policy").
_POLICE_ACT_NOUNS = _FORCE_MEANS | _POLICE_ACTIONS | frozenset(
    "shooting shot chase pursuit restraint tackle order".split())


#: Verbs of force that restraint, custody and arrest also use ("held her in his car", "a photo of him in handcuffs"):
#: not by themselves a use of force.
_CUSTODY_VERBS = frozenset("hold handcuff cuff take force".split())
_FORCE_ACTS = (C.FORCE_VERBS - _CUSTODY_VERBS) | _FORCE_NOUNS | frozenset(
    "shooting takedown restraint tackle gunpoint point aim".split())


def _force_in_incident(ctx: Context) -> bool:
    """Whether the incident, as the scenario tells it, is a use of force: a word of force in its type, summary or
    facts. Misconduct without force (a chat of racist messages, a wrong arrest) is not."""
    incident = ctx.scenario.incident
    if incident is None:
        return False

    def read() -> bool:
        told = ". ".join([incident.type, incident.summary, *(f.text for f in incident.known_facts)])
        # "Evidence planted ...; no force used", "no one was hurt", "pushing the bag under the seat": no force on
        # anyone.
        # (A false story told as one, "that a police car hit Mr. Arriaga", is no force the scenario tells.)
        if _FALSE_STORY.search(told):
            told = " ".join(part for part in re.split(r"(?<=[.;])\s+", told) if not _FALSE_STORY.search(part))
        return _tells_force(_NO_FORCE.sub(" ", told), ctx.actor_words)

    # Read once per answer: open-and-honest asks for it once per euphemism.
    return ctx.remember("force in incident", read)


@lru_cache(maxsize=64)
def _tells_force(told: str, actors: frozenset[str]) -> bool:
    """Whether a word of force in the scenario's text is force: not a name ("Sandoval Fire District") nor something
    striking a thing ("her car ... left the road and struck a tree"; "fired three shots" is force)."""
    for tok in nlp.parse(told):
        if tok.lemma_.lower() in _PURSUIT:
            return True
        if tok.lemma_.lower() not in _FORCE_ACTS or tok.pos_ == "PROPN" and tok.lemma_.lower() != "taser" or \
                _HIT_AND_RUN.match(told[tok.idx:]):
            continue
        # Struck by what is not the police: "he had been struck by a vehicle that did not stop".
        agents = [w for c in tok.children if c.dep_ == "agent" for w in c.children if w.dep_ == "pobj"]
        if agents and not any(w.lemma_.lower() in actors for a in agents for w in a.subtree):
            continue
        objects = [c for c in tok.children if c.dep_ == "dobj"] if tok.pos_ == "VERB" else []
        verb = verb_with_subject(tok)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        by_police = any(w.lemma_.lower() in actors for c in subjects for w in c.subtree)
        things = [o.pos_ == "NOUN" and o.lemma_.lower() not in actors | PERSON_WORDS | _FORCE_ACTS | _FIRED
                  for o in objects]
        # (Officers breaking down a door is force, whatever they strike; "his car struck the back of a car" is not,
        # however it is parsed.)
        if not by_police and (objects and all(things) or all(things) and any(
                c.lemma_.lower() in _VEHICLES for c in subjects)):
            continue
        return True
    return False


#: A crash whose driver drove on: no one hit anyone with force.
_HIT_AND_RUN = re.compile(r"(?i)hit[- ]and[- ]run\b")
#: A sentence of the scenario that tells a false story as one ("Two false stories now circulate: that a police car hit
#: Mr. Arriaga ...").
_FALSE_STORY = re.compile(r"(?i)\b(false|untrue|baseless|unfounded)\s+"
                          r"(stor(y|ies)|rumou?rs?|claims?|reports?|posts?)\b")
#: Vehicles, which strike things in crashes.
_VEHICLES = frozenset("car vehicle truck van bus suv hatchback sedan pickup motorcycle motorbike bike ute".split())
#: A police chase: its crash is the police's act, whatever struck what.
_PURSUIT = frozenset("pursuit pursue chase".split())
#: What is fired: "fired three shots", "fired two rounds".
_FIRED = frozenset("shot round bullet weapon gun firearm pistol rifle taser".split())


_NO_FORCE = re.compile(r"(?i)\b(?:(?:no|without|never|not)\s+(?:\w+\s+){0,2}?(?:force|violence|weapon)\w*|"
                       r"(?:no one|nobody|none)\s+(?:\w+\s+){0,2}?(?:injur|hurt|harm)\w*|"
                       r"(?:push|shov|throw|threw|thrown|kick)\w*\s+(?:it|them|(?:a|an|the|his|her|their)\s+"
                       r"(?:\w+\s+){0,3}?\w+)\s+(?:under|into|behind|in|onto|out of|away)\b)")


def _conduct_owned(ctx: Context, hidden: set[int]) -> list[Sentence]:
    """Clauses that name the conduct the incident is about (a noun of its summary: "messages", "jokes", "photo")
    and whose it was: officers named in the clause, or "their"/"they" just after a clause that names them."""
    conduct = _conduct_nouns(ctx.scenario.incident.summary) - ctx.actor_words
    clauses = ctx.analysis.clauses
    officers = ctx.officer_words
    # An officer ("Detective Brandt"), not an agency's name ("the Port Halden Police Department").
    named = [[t for t in s.span if t.lemma_.lower() in officers and t.ent_type_ not in ("ORG", "FAC", "GPE")
              and not (t.pos_ == "PROPN" and t.lower_ == "police")] for s in clauses]

    def tied(officer) -> bool:
        # The conduct is in what the officer's own verb says ("a custody officer found him in one of our cells"),
        # not in another part of the sentence ("the officers involved are on leave" beside "every death in custody").
        verb = next((a for a in officer.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("acl", "amod")),
                    None)
        # (Being somewhere is no conduct: "the call-taker is off the phones".)
        if verb is not None and verb.lemma_.lower() == "be" and not any(
                c.dep_ == "csubj" for c in verb.children):
            return False
        while verb is not None and verb.dep_ in ("csubj", "csubjpass"):
            verb = verb.head  # "What my deputies did at that scene, ... taking her picture ..., is shameful"
        # (The conduct may be the verb: "strip-searched by two of our officers".)
        return verb is not None and any(w.pos_ in ("NOUN", "VERB") and w.lemma_.lower().split("-")[-1] in conduct
                                        for w in verb.subtree)

    def ours(t) -> bool:
        # The agency's own thing as the doer of what was done: the conduct ("our 2016 release printed her birth
        # name", "the department's release stated ..."), or whatever the agency calls it, doing the conduct ("our
        # write-up for the newspapers printed the name ...").
        verb = t.head if t.dep_ == "nsubj" and _past_or_perfect(t.head) else next(
            (c for c in t.children if c.dep_ == "acl" and c.tag_ == "VBD"), None)
        if verb is None:
            return False
        acted_on = {w.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "dative") for w in c.subtree
                    if w.pos_ == "NOUN"}
        return (t.lemma_.lower() in conduct or acted_on & conduct) and any(
            d.dep_ == "poss" and (d.lower_ == "our" or d.lemma_.lower() in _AGENCY_NOUNS) for d in t.children)

    def we_did(subject) -> bool:
        # The agency owning it ("my department put out a press release", "we printed her birth name"), told as done
        # and not as its response ("we are reviewing the call").
        # (The conduct is what the verb acts on, not when or where: "last year we logged 2 reports"; and a vague
        # verb tells nothing of it: "how the department has handled immigration matters".)
        verb = subject.head
        if subject.dep_ != "nsubj" or not (subject.lower_ == "we" or _the_agency(subject)) or \
                not _past_or_perfect(verb) or verb.lemma_.lower() in _RESPONSE_VERBS | _REVIEW_VERBS | _STATES | \
                _VAGUE_VERBS:
            return False
        acted_on = [w for c in verb.children if c.dep_ in ("dobj", "dative") for w in (c, *c.children)
                    if w is c or w.dep_ == "compound"]
        return any(w.pos_ == "NOUN" and w.lemma_.lower() in conduct for w in acted_on)

    return [s for i, s in enumerate(clauses)
            if s.start not in hidden and conduct & {t.lemma_.lower() for t in s.span if t.pos_ == "NOUN"}
            and (any(tied(t) for t in named[i]) or any(ours(t) or we_did(t) for t in s.span) or i > 0 and named[i - 1]
                 and re.search(r"(?i)\b(their|they|them)\b", s.text))]


def _past_told_plainly(ctx: Context, hidden: set[int]) -> list[Sentence]:
    """Before any incident, clauses that tell a part of the scenario's story with the police as the ones who did it:
    an officer or the agency the subject of a verb told as done in the past, on something the story names ("deputies
    from this office ran the 2021 checkpoints outside La Esperanza"), where "a checkpoint took place" hides them."""
    story = _content_words(" ".join([ctx.scenario.summary, ctx.scenario.community.description,
                                     *(f.text for f in ctx.facts)])) - ctx.actor_words - _AGENCY_NOUNS
    police = ctx.officer_words - {"they", "i"}
    told = []
    for s in ctx.analysis.clauses:
        if s.start in hidden:
            continue
        for verb in s.span:
            if verb.pos_ != "VERB" or not _past_or_perfect(verb) or any(c.dep_ == "neg" for c in verb.children):
                continue
            subjects = [w for c in verb.children if c.dep_ == "nsubj" for w in (c, *c.conjuncts)]
            if not any(w.lemma_.lower() in police or w.lemma_.lower() in _AGENCY_NOUNS and any(
                    d.dep_ in ("det", "poss") and d.lower_ in ("the", "our", "this") for d in w.children)
                       for w in subjects):
                continue
            named = {w.i for c in subjects for w in c.subtree}
            said = {w.lemma_.lower() for w in verb.subtree if w.pos_ in ("NOUN", "VERB", "PROPN") and w.i not in named}
            if said & story:
                told.append(s)
                break
    return told


@lru_cache(maxsize=64)
def _content_words(text: str) -> frozenset[str]:
    """The lemmas of a text's nouns, verbs and names (a scenario's story, parsed once)."""
    return frozenset(t.lemma_.lower() for t in nlp.parse(text) if t.pos_ in ("NOUN", "VERB", "PROPN") and not t.is_stop)


#: Nouns of what the agency does about an incident, not of the incident: "the officers are on leave pending review".
_RESPONSE_NOUNS = frozenset("leave duty review investigation inquiry audit case charge statement department unit "
                            "office prosecutor process hearing pay suspension".split())


#: Nouns of routine police work and of the accusation itself: "one of our deputies conducted a traffic stop" and
#: "a woman made an allegation against the deputy" tie an officer to something without saying what was done
#: (so does a person: "the woman", "her sister").
_ROUTINE_NOUNS = frozenset("stop patrol call shift citation ticket warning booking report allegation "
                           "accusation complaint claim story".split())


#: Nouns of how the conduct was seen, not of the conduct: "the video", "his body camera's buffer".
_SEEN_BY = frozenset("video footage camera clip buffer recording body".split())


@lru_cache(maxsize=256)
def _conduct_nouns(summary: str) -> frozenset[str]:
    # Nor the police themselves, or a word that says which unit they are ("narcotics detectives").
    police = C.ACTOR_WORDS | _UNITS
    return frozenset(t.lemma_.lower() for t in nlp.phrase(summary) if t.pos_ == "NOUN" and t.is_alpha
                     and not C.TIME_WORDS.search(t.text) and not C.PLACE_WORDS.search(t.text)
                     and t.lemma_.lower() not in _RESPONSE_NOUNS | _ROUTINE_NOUNS | PERSON_WORDS | _KIN | _SEEN_BY
                     | police and not (t.dep_ == "compound" and t.head.lemma_.lower() in police))


def _acts_owned(ctx: Context) -> set[int]:
    """Starts of the clauses that name the police's act and own it as a breach of the agency's own rules ("the
    takedown of Mrs. Marsh violated our use-of-force policy", "the shooting broke our deadly-force policy"): a finding
    told plainly hides no one, though it names the act rather than the officer."""
    owned = set()
    clauses = ctx.analysis.clauses
    for h in ctx.affirmed(C.ADMISSION):
        if not re.search(r"(?i)\b(violat|break|broke)", h.phrase):
            continue
        verb = h.verb
        subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
        i = ctx.clause_index(h.sentence)
        if any(t.lemma_.lower() in _POLICE_ACT_NOUNS for sub in subjects for t in sub.subtree if t.pos_ == "NOUN"):
            owned.add(h.sentence.start)
        # "... told our highway patrol officers to end the pursuit, and they kept going. That broke our pursuit
        # policy.": the breach of what the clause before told the officers doing.
        elif i and any(sub.lower_ in ("that", "this") for sub in subjects) and any(
                t.lemma_.lower() in ctx.officer_words for t in clauses[i - 1].span):
            owned.add(clauses[i - 1].start)
        # "The review found that the officer violated department policy on use of force": the officer's breach of a
        # rule on what officers do to people.
        elif any(_an_officer(sub, ctx.officer_words) for sub in subjects) and any(
                t.lemma_.lower() in _POLICE_ACT_NOUNS for t in verb.subtree if t.i >= h.sentence.span.start
                and t.i > verb.i):
            owned.add(h.sentence.start)
    return owned


def _policy_named(h: Hit) -> bool:
    """The words name what a policy covers ("whether our policy on distraction devices was followed"): the
    policy's own name hides no one."""
    tokens = h.sentence.tokens_at(h.start, h.end)
    head = tokens[-1].head if tokens else None
    if head is not None and head.dep_ == "prep" and head.lower_ in ("on", "for", "about", "governing") and \
            head.head.lemma_.lower() in ("policy", "rule", "rules", "guideline", "directive", "order"):
        return True
    # A practice ended or suspended ("I have suspended all K9 apprehension searches of yards") is named, not told.
    noun = tokens[-1] if tokens else None
    while noun is not None and noun.dep_ in ("compound", "amod") and noun.head.i != noun.i:
        noun = noun.head
    return noun is not None and noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in _HALTING


#: Verbs that end or limit a practice.
_HALTING = frozenset("suspend ban prohibit end halt restrict bar stop pause forbid outlaw".split())


#: The words of an incident reference that tell only its outcome, plainly ("a tragedy" or "a loss" softens it).
_OUTCOME_REFERENCE = re.compile(r"\b(death|die)\b")


#: Custody told in a passive ("who died after being held at Central Station") is where it happened, not the act.
_CUSTODY = frozenset("hold detain arrest take stop search".split())


def _agentless_passive(verb) -> bool:
    """A verb in the passive with no one doing it ("was picked up", not "was picked up by the loader")."""
    return any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)


def _act_left_agentless(s: Sentence) -> bool:
    """A physical act told in a passive with no one doing it ("a tent was picked up")."""
    return any(t.lemma_.lower() in C.PHYSICAL_VERBS - _CUSTODY and _agentless_passive(t) for t in s.span)


#: What a shot or a blow did, told of the one it hit ("Duke was killed", "she was wounded").
_OUTCOMES = frozenset("kill wound injure hurt hit strike".split())


def _outcome_of_act_before(s: Sentence, ctx: Context) -> bool:
    """A passive that tells only what the act in the clause just before did, where that clause names the officer
    who did it with a verb of force ("the officer fired two shots. Duke was killed"): the act's doer is already
    told. ("One of our officers used force on a student. The student was injured" tells neither act.)"""
    i = ctx.clause_index(s)
    passives = [t for t in s.span if _agentless_passive(t)]
    if not i or not passives:
        return False
    if all(t.lemma_.lower() in _OUTCOMES for t in passives):
        before = ctx.analysis.clauses[i - 1]
        return any(t.pos_ == "VERB" and t.lemma_.lower() in C.FORCE_VERBS for t in before.span) and \
            _active_actor(before, ctx)
    # Custody carried on, told of those the officers had just acted on ("four of our officers ... handcuffed Marcus
    # Odell, his client and the client's son ... They were held 22 minutes and released"): the doer is told.
    return all(t.lemma_.lower() in _CUSTODY | {"release", "keep"} and any(
        c.dep_ == "nsubjpass" and c.lower_ in ("they", "he", "she", "you") for c in t.children) for t in passives) and \
        any(_active_actor(b, ctx) or _actor_before_an_aside(b, ctx) for b in ctx.analysis.clauses[max(0, i - 2):i])


def _by_a_weapon_used(s: Sentence, ctx: Context) -> bool:
    """A passive whose agent is the weapon ("Mr. Whitfield died by a fall after being struck by the Taser") that
    another clause has an officer use by name ("The officer fired a Taser at Marcus Whitfield"): its doer is told."""
    weapons = {g.lemma_.lower() for t in s.span if t.dep_ == "agent" for g in t.children
               if g.lemma_.lower() in _FORCE_MEANS | _WEAPONS | _GUNS}
    return bool(weapons) and any(c is not s and _active_actor(c, ctx) and weapons & {t.lemma_.lower() for t in c.span}
                                 for c in ctx.analysis.clauses)


#: Words for a gun, which may be the subject of its own firing ("the pistol fired", "the round went off").
_GUNS = frozenset("gun pistol weapon firearm rifle shotgun round revolver handgun".split())


def _gun_fires(tok) -> bool:
    """A gun firing as the subject of its own firing, in plain words: "the pistol fired", "one of our officers' own
    loaded pistol went off" (not "his weapon discharged", the report's word for it)."""
    return (tok.lemma_.lower() == "fire" or tok.lemma_.lower() == "go" and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in tok.children)) and any(
        c.dep_ == "nsubj" and {w.lemma_.lower() for w in c.subtree} & _GUNS for c in tok.children)


def _facts_tell_a_gun_fired(ctx: Context) -> bool:
    """Whether a known fact has a gun fire of itself ("The pistol fired at 9:42 a.m. ... as the officer was putting it
    back into its holster"): an unintended discharge, which told as it happened hides no one who chose to shoot."""
    return ctx.remember("a gun fired", lambda: any(_gun_fires(t) for f in ctx.facts for t in nlp.phrase(f.text)))


def _gun_fired_as_the_facts_tell(ctx: Context, h: Hit) -> bool:
    """A gun said to have gone off where the known facts tell it so."""
    return bool(re.search(r"\bgo off\b", h.sentence.lemmas[h.start:h.end])) and _facts_tell_a_gun_fired(ctx)


def _officers_gun_fired(ctx: Context, s: Sentence) -> bool:
    """An officer's gun firing told as the known facts tell it, with the officer: where no one chose to shoot, whose
    gun it was is who acted ("one of our officers' own loaded pistol went off"; "an officer was returning his pistol
    to its holster when the pistol fired")."""
    return any(_gun_fires(t) for t in s.span) and any(t.lemma_.lower() in ctx.actor_words for t in s.span) and \
        _facts_tell_a_gun_fired(ctx)


def _harm_done_by_another(ctx: Context, s: Sentence) -> bool:
    """A harm told in the passive where the police used no force ("a man was killed in a hit-and-run crash", of a
    death the police only misreported): whoever did it, it was not the officers, so the passive hides none of them."""
    passives = [t for t in s.span if any(c.dep_ == "auxpass" for c in t.children)]
    return bool(passives) and all(t.lemma_.lower() in _FORCE_ACTS for t in passives) and \
        ctx.scenario.incident is not None and not _force_in_incident(ctx)


#: Verbs of holding back, which tell the wrong itself where officers failed to act ("they waited in the lobby").
_HOLDING_BACK = frozenset("wait stand stay remain hold linger".split())


#: Prepositions of standing with someone rather than holding back.
_BESIDE = frozenset("with beside behind by alongside".split())


def _holding_back_told(s: Sentence, ctx: Context) -> bool:
    """Officers holding back, told as done in the active voice, where the known facts tell the same ("They went
    upstairs, heard the shots, turned around and stood in the lobby for 43 minutes", of officers who waited for
    SWAT): where the wrong was not acting, this says who did what."""
    # (Any verb of holding back tells it: "stood in the lobby" where the facts say "waited". Read once per answer.)
    if not ctx.remember("facts tell holding back", lambda: any(
            w in _HOLDING_BACK for f in ctx.facts for w in lemma_line(f.text).split())):
        return False
    for tok in s.span:
        # (Not what they should have done, "they should have stayed in", nor standing with someone, "we've stood
        # with you at the Safety Forum".)
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _HOLDING_BACK or tok.tag_ not in ("VBD", "VBN") or any(
                c.dep_ in ("neg", "auxpass") or c.tag_ == "MD" or c.dep_ == "prt" or
                c.dep_ == "prep" and c.lower_ in _BESIDE for c in tok.children) or in_indirect_question(tok):
            continue
        if any(_is_police(c, ctx.actor_words) or pronoun_for_police(c, s, ctx) for c in _subjects(tok, s, ctx)):
            return True
    return False


def _own_earlier_words(h: Hit) -> bool:
    """A cue in what the writer reports having said before ("Yesterday I told you our officers engaged the shooter
    immediately"): the earlier statement quoted, which the answer is there to correct, not its own wording."""
    verb = h.verb or next(iter(h.sentence.tokens_at(h.start, h.end)), None)
    return verb is not None and any(
        a.lemma_.lower() in _LABELLING and a.tag_ == "VBD" and writer_is_subject(a) for a in verb.ancestors)


#: A charge of harm brought against someone: "is charged with first-degree murder", "accused in court of her murder".
_CHARGED_WITH_HARM = re.compile(r"(?i)\b(?:charged|indicted)\s+(?:\S+\s+){0,3}?(?:with|in|for)\b|\baccused\b(?:\s+\S+)"
                                r"{0,4}\s+of\b")
_HARM_CHARGES = re.compile(r"(?i)\b(?:murder|manslaughter|homicide|killing|assault|battery)\b")


def _charged_with_it(ctx: Context, s: Sentence) -> bool:
    """A clause that names an officer charged with the harm ("Sergeant Dunleavy, her estranged husband, is charged
    with first-degree murder"): who did it, said as the law allows before a trial."""
    return s.start in _officer_charge_clauses(ctx)


def _officer_charge_clauses(ctx: Context) -> frozenset[int]:
    """Where the answer's clauses that name an officer charged with the harm start (read once per answer: each
    clause, and each passive, asks)."""
    def read() -> frozenset[int]:
        surnames = {o.name.split()[-1] for o in ctx.state.officers if o.name}
        # ("... and he now stands charged with her murder", where the answer has named the officer.)
        named = any(re.search(rf"\b{re.escape(n)}\b", ctx.analysis.text) for n in surnames)
        return frozenset(s.start for s in ctx.analysis.clauses if _CHARGED_WITH_HARM.search(s.text) and
                         _HARM_CHARGES.search(s.text) and any(
                             t.lemma_.lower() in ctx.officer_words or t.text in surnames or
                             named and t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass") for t in s.span))

    return ctx.remember("officer charge clauses", read)


def _harm_of_one_charged(ctx: Context, s: Sentence) -> bool:
    """A harm told in the passive ("Leah Dunleavy was shot and killed on Saturday") where the answer names the one
    charged with it: the passive is the careful form while a court has still to decide, and hides no one."""
    passives = [t for t in s.span if any(c.dep_ == "auxpass" for c in t.children)]
    return bool(passives) and all(t.lemma_.lower() in _FORCE_ACTS for t in passives) and bool(
        _officer_charge_clauses(ctx))


def open_and_honest(ctx: Context) -> Finding:
    credits = []
    stonewall = [h for h in ctx.hits(C.STONEWALL) if _stonewalls(h, ctx)]
    stonewalls = [phrase_evidence(h, "stonewalling: the public hears that the agency is hiding something")
                  for h in stonewall]
    # An earlier account quoted to be disowned ("Sunday's post said he had a medical emergency. We didn't know
    # that then") is not the answer's own wording.
    euphemisms = [h for h in ctx.hits(C.EUPHEMISM) if not h.negated and not _policy_named(h)
                  and not attributed_and_disowned(ctx, h.sentence) and not _gun_fired_as_the_facts_tell(ctx, h)
                  and not _own_earlier_words(h)]
    recast = [bool(h.sentence.find(C.MEDICAL_RECAST)) for h in euphemisms]
    worded = [phrase_evidence(h, "recasts the harm as the person's own medical event" if r else
                              "euphemism or agentless wording hides who did what") for h, r in zip(euphemisms, recast)]
    # A passive that only tells when something else happened hides no one beside a plain account (below).
    passive_in = [s for s in ctx.analysis.clauses if not any(h.sentence is s for h in euphemisms)
                  and not _harm_done_by_another(ctx, s) and not _harm_of_one_charged(ctx, s)]
    hides = [(s, _agentless_force(s, ctx.actor_words, background=False) and not _outcome_of_act_before(s, ctx)
              and not _by_a_weapon_used(s, ctx)) for s in passive_in]
    passive = "passive voice with no agent: say who acted"
    passives = [evidence(s, passive, "flag") for s, h in hides if h]
    background = [evidence(s, passive, "flag") for s, h in hides if not h and _agentless_force(s, ctx.actor_words)]
    jargon = [phrase_evidence(h, "police jargon: use plain words the public uses") for h in ctx.affirmed(C.JARGON)]
    explained = [phrase_evidence(h, "explains the evidence away instead of facing it")
                 for h in ctx.affirmed(C.DISCREDIT) if discredits_evidence(ctx, h) and not _limit_known(ctx, h)]
    private = [phrase_evidence(h, "treats it as a private matter: the public is owed an account")
               for h in ctx.affirmed(C.CONCEAL)]
    # (Not what others are said to think: "I know some of you think this is politics".)
    private += [phrase_evidence(h, "calls the agency's own word politics: one thing to the public, another inside")
                for h in ctx.affirmed(C.CALLED_POLITICS) if not reported_or_felt(h)
                and not h.sentence.text.rstrip().endswith("?") and not re.match(r"(?i)\W*if\b", h.sentence.text)]
    softened = [phrase_evidence(h, "calls what was said something milder than it was")
                for h in ctx.hits(C.WORDS_SOFTENED) if not h.negated and not attributed_and_disowned(ctx, h.sentence)]
    flags = stonewalls + worded + softened + passives + jargon + explained + private
    # Jargon is only unclear; the rest hides. Spin (a cause-shifting euphemism, the evidence explained away,
    # a private matter) hides whatever else is said.
    # A euphemism for the outcome beside a plain verb of force ("a young man lost his life after one of our
    # officers fired at his car") softens the account but hides no one: a slip, not concealment. A euphemism for
    # the force itself ("discharged his weapon", "guided her to the floor") hides it.
    beside = [_plain_force_beside(h, ctx) for h in euphemisms]
    worded_hiding = [e for e, b in zip(worded, beside) if not b]
    hiding = stonewalls + worded_hiding + softened + passives + explained + private
    spin = [e for e, r in zip(worded, recast) if r] + softened + explained + private
    hidden_in = {f.start for f in hiding}
    # "We don't know what was said before the officer took her down" names the actor only in passing.
    owned = _acts_owned(ctx)
    actors = [s for s in ctx.analysis.clauses if (_active_actor(s, ctx) or _actor_by_phrase(s, ctx.actor_words)
                                                  or _actor_before_an_aside(s, ctx)
                                                  or s.start in owned or _instrument_tied(s, ctx)
                                                  or _officers_gun_fired(ctx, s) or _charged_with_it(ctx, s)
                                                  or _holding_back_told(s, ctx))
              and s.start not in hidden_in and (not s.find(C.UNKNOWN_ACK) or _act_told_before_unknown(s, ctx))]
    if not actors and ctx.scenario.incident is None:
        actors = _past_told_plainly(ctx, hidden_in)
    if not actors and ctx.scenario.incident is not None and not _force_in_incident(ctx):
        # Misconduct without force (officers' messages, a record falsified) is told plainly by tying what was done
        # to the officers ("Screenshots show what appear to be their messages: racist jokes about ...").
        actors = _conduct_owned(ctx, hidden_in)
    if not actors and ctx.wrongdoing == Wrongdoing.established and not _force_in_incident(ctx) and any(
            _owned_in_first_person(h) for h in owned_wrongs(ctx)):
        # An established wrong owned in the first person ("This office failed her") beside what an officer did, told
        # as done ("On March 13 his sergeant closed it as unfounded"): who did what is said.
        actors = [s for s in ctx.analysis.clauses if s.start not in hidden_in and _officer_did(s, ctx)][:1]
    credits += [evidence(s, "says who did what, in the active voice") for s in actors[:2]]
    plain = bool(actors)
    if not plain:
        flags += background
        hiding += background
    if stonewall:
        return grade(0, credits, flags, violated=True, missing="",
                     partial="", violation="Replace refusals to comment with what you can say now and when you will say more.")
    # A euphemism for the force itself ("guided her to the floor") is not made plain by a lesser act told plainly
    # ("he handcuffed her").
    # (Only where the incident was force: "mistakes were made" in a death in a cell hides no force.)
    force_worded = [h for h, b in zip(euphemisms, beside) if not b and not _OUTCOME_WORDS.search(h.phrase)
                    and (ctx.scenario.incident is None or _force_in_incident(ctx))]
    force_hidden = bool(force_worded) and not any(_FORCE_ACTS & {t.lemma_.lower() for t in s.span} or s.start in owned
                                                  for s in actors)
    if hiding and (spin or not plain or force_hidden):
        # Euphemism or an agentless passive hides who acted when nothing in the answer says it plainly;
        # beside a plain account it is a slip, marked below. Spin hides whatever else is said.
        return grade(0, credits, flags, violated=True, missing="", partial="",
                     violation="Say plainly who did what in the active voice (\"an officer shot ...\"), drop "
                                "euphemisms such as \"shots were fired\", and face the evidence instead of "
                                "explaining it away.")
    fraction = (1.0 if plain else 0.0) - 0.35 * len(flags)
    owned_as_noun = not plain and any(_act_possessed(s, ctx.actor_words) for s in ctx.analysis.clauses)
    if not plain and not owned_as_noun and ctx.scenario.incident is not None:
        # ("Force" in "the Carrington Police Force" names the agency, not what happened.)
        # Where the police used no force, the person's death told plainly is no act of theirs left without its
        # actor ("Major Crimes is investigating her death", of a woman the police failed to search for), unless
        # the act that led to it is told beside it without one ("a tent was picked up, and a man died").
        outcome_only = not _force_in_incident(ctx)
        vague = [s for s in ctx.sentences_with(C.INCIDENT_REFERENCE, negated=None)
                 if any(not all(t.pos_ == "PROPN" for t in s.tokens_at(a, b)) and not (
                        outcome_only and _OUTCOME_REFERENCE.search(s.lemmas[a:b]) and not _act_left_agentless(s))
                        for a, b in s.find(C.INCIDENT_REFERENCE))]
        if vague and _police_involved(ctx) and not flags and not _withholds(ctx):
            # "There was a shooting involving one of our officers": the police are in it, only not as the subject of
            # the act. A slip, marked below.
            flags.append(evidence(vague[0], "says the police were involved, but not who did what", "flag"))
            return grade(0.4, credits, flags, violated=False, missing="",
                         partial="Say plainly who did what in the active voice (\"an officer shot ...\").")
        # Where the police used no force, the agency owning it in the first person ("41 days in our jail ... I own
        # that") says whose it was, and what: no vagueness is left, and no account is missing.
        owned_first = outcome_only and any(_owned_in_first_person(h) for h in owned_wrongs(ctx))
        if vague and not owned_first:
            # Speaking of "the incident" or "a life lost" and never saying who acted hides the actor.
            # Beside a refusal or a put-off it is concealment, whatever else the answer does.
            flags.append(evidence(vague[0], VAGUE_ACCOUNT + (", and holds back the rest" if _withholds(ctx) else ""),
                                  "flag"))
            return grade(0, credits, flags, violated=True, missing="", partial="",
                         violation="Say plainly who did what in the active voice (\"an officer shot ...\").")
        defended = [] if owned_first else _officer_defended(ctx)
        if defended:
            # Vouching for the officer while never saying what was done asks the reader to trust an account
            # that was never given: spin, whatever else the answer says.
            flags.append(phrase_evidence(defended[0], "defends the officer without ever saying what happened"))
            return grade(0, credits, flags, violated=True, missing="", partial="",
                         violation="Say plainly what happened and who did it before anything else; leave the "
                                   "judgement of the officer to the investigation.")
    if not plain and ctx.analysis.clauses:
        fraction = 0.4 if len(ctx.analysis.clauses) >= 3 else 0.0
    return grade(fraction, credits, flags, violated=False,
                 missing="Say plainly what happened and who did it: \"An officer shot ...\".",
                 partial="Rewrite the flagged sentences in the active voice, naming who acted.")


VAGUE_ACCOUNT = "speaks of what happened without ever saying who did it"


def vague_account_alone_is_a_slip(results: dict[str, PrincipleResult]) -> None:
    """Mark open-and-honest ``partial``, not ``violated``, where its only flag is the vague account ("the events of
    Tuesday night", "the incident is under investigation") and no other principle of the exercise is violated.

    Never saying who acted hides the actor when the answer also spins (clears or defends the officer, blames the
    person, minimises, puts the public off); alone it is an incomplete account. Over the 45 labelled sets, answers
    flagged only by it with nothing else violated were labelled partial or met 49 times and violated 23.
    """
    honest = results.get("open-and-honest")
    if honest is None or honest.level != "violated":
        return
    flags = [e for e in honest.evidence if e.effect == "flag"]
    if not flags or any(e.reason != VAGUE_ACCOUNT for e in flags):
        return
    if any(r.level == "violated" for pid, r in results.items() if pid != "open-and-honest"):
        return
    honest.level, honest.score = "partial", 0.4
    honest.suggestion = "Say plainly who did what in the active voice (\"an officer shot ...\")."


#: Euphemisms for the outcome ("lost his life", "passed away"), not for the force.
_OUTCOME_WORDS = re.compile(
    r"(?i)\b(life|lives|pass|passed|passing|die|died|death|succumb\w*|fatal\w*|tragic\w*|loss)\b")


#: Verbs of breaking a rule, and the rules broken.
_BREACHING = frozenset("violate break breach contravene".split())
_RULES_BROKEN = _RULES - {"training", "practice"} | {"directive", "regulation"}


def _breach_asserted(ctx: Context, s: Sentence) -> bool:
    """A breach told as done by an officer or an act of theirs ("our policy forbids shooting at a moving vehicle,
    and this officer broke it"; "the shooting violated our policy"), not asked ("whether he broke policy"),
    denied or foreseen."""
    if re.search(r"(?i)\b(whether|if|may|might|could|would)\b", s.text) or s.find(C.UNKNOWN_ACK):
        return False
    rules = {t.lemma_.lower() for t in s.span} & _RULES_BROKEN
    for tok in s.span:
        if tok.lemma_.lower() not in _BREACHING or tok.pos_ != "VERB" or not _past_or_perfect(tok) or \
                any(c.dep_ == "neg" for c in tok.children) or _held_by_a_denial(tok):
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        by_police = any(_an_officer(c, ctx.officer_words) or c.lemma_.lower() in _POLICE_ACT_NOUNS for c in subjects)
        of_rules = any(o.lemma_.lower() in _RULES_BROKEN or o.lower_ in ("it", "them") and rules for o in objects)
        if by_police and of_rules:
            return True
    return False


def _held_by_a_denial(verb) -> bool:
    """The verb is what a denied verb takes ("No one has decided that the two officers broke policy", "we have not
    found that he broke it"): named, not told."""
    return verb.dep_ == "ccomp" and any(c.dep_ == "neg" or negative_subject(c) for c in verb.head.children)


def _past_or_perfect(verb) -> bool:
    """A verb told as done: past, or with "has"/"have"."""
    return verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _judgement_withheld(h: Hit) -> bool:
    """"I won't defend or condemn anyone before we know", "I won't defend them and I won't pre-judge them": refusing
    both verdicts withholds judgement."""
    after = h.sentence.text[h.sentence.text.find(h.phrase) + len(h.phrase):]
    return bool(_AND_THE_OTHER_VERDICT.match(after))


#: The other verdict refused after "won't defend": "or condemn", "them and I won't pre-judge".
_AND_THE_OTHER_VERDICT = re.compile(
    r"(?i)\s+(?:(?:him|her|them|anyone|anybody|it)\s+)?(?:or|nor|and)\s+"
    r"(?:(?:i|we)\s+(?:won['’]t|will\s+not|can['’]t|cannot|(?:am|are)\s+not\s+going\s+to)\s+)?"
    r"(condemn|judge|pre-?judge|blame|clear|excuse|attack)")


_REFUSING = re.compile(r" not (?:be )?(?:in a position|able) to (?:discuss|comment|say|share|talk)| not (?:be )?take "
                       r"(?:any )?question")


def _limit_known(ctx: Context, h: Hit) -> bool:
    """The evidence's limit told as the scenario's own fact ("the video is about 20 seconds long and does not show
    what happened before", where a known fact says so): a fact told, not the evidence explained away."""
    # What it does not show, in the words after the cue up to the clause's end, must be the fact's own ("they do not
    # show the whole story: our officer believed ..." borrows nothing from "the videos do not show him advancing").
    at = h.sentence.text.find(h.phrase)
    if at < 0:
        return False
    rest = re.split(r"[,;:.!?]", h.sentence.text[at + len(h.phrase):])[0]
    said = set(re.findall(r"[a-z]+", rest.lower())) - {"the", "a", "an", "of", "to", "and", "it", "that", "this"}
    limits = [f.text for f in ctx.facts if re.search(r"(?i)\b(not|only|none|no)\b", f.text)
              and said & set(re.findall(r"[a-z]+", f.text.lower()))]
    return bool(limits) and float(ctx.similarity_of([h.sentence], limits).max()) >= FACT


def _deflections(ctx: Context) -> list[Hit]:
    """Words that decline to say or own the wrong; not a past failure told ("the department did not publish that
    review and did not apologise" owns what was not done)."""
    return [h for h in ctx.hits(C.DEFLECT) if not re.match(r"(?i)did\s*n[o']t\b", h.phrase)]


def _withholds(ctx: Context) -> bool:
    """Whether the answer refuses or puts off what it could tell ("not in a position to discuss the circumstances",
    "nothing further to add", "will update you when I can"): beside such words vagueness is concealment."""
    return bool(ctx.hits(C.STONEWALL) or _deflections(ctx) or ctx.affirmed(C.OPEN_DELAY)
                or any(_REFUSING.search(s.lemmas) for s in ctx.analysis.clauses))


def _police_involved(ctx: Context) -> bool:
    """A clause that ties the police to what happened without making them the subject of the act ("a shooting
    involving one of our officers", "during an encounter with one of our officers", "an officer used force")."""
    # ("one of our patrol vehicles" is the car, not who drove it.)
    officers = "|".join(sorted(w for w in ctx.actor_words
                               if w.isalpha() and w not in ("we", "ours", "member", "patrol")))
    tied = re.compile(rf" (?:involve|encounter with|contact with|interaction with|confrontation with) (?:one of )?"
                      rf"(?:our |the |a |an |two |three |several )?(?:\S+ )?(?:{officers}) |"
                      rf" (?:{officers}) use (?:\S+ )?force ")
    return any(tied.search(s.lemmas) for s in ctx.analysis.clauses)


def _officer_defended(ctx: Context) -> list[Hit]:
    """Words that take the officer's side on the question the incident raises: clearing before a finding
    ("acted within policy", "did nothing wrong"), or an established finding played down or refused."""
    hits = [h for h in clearing_hits(ctx) if not h.negated]
    # Loyalty before any finding: "nobody is going to throw two of our own to the wolves".
    hits += [h for h in ctx.asserted(C.REJECT_ACCOUNTABILITY) if not process_told_beside(ctx, h)]
    if ctx.wrongdoing == Wrongdoing.established:
        hits += _played_down(ctx) + _deflections(ctx)
    return hits


#: Words that make a minimising phrase the smaller measure of something: "it's worse than one bad moment".
_MORE_THAN = re.compile(r"(?i)\b(?:worse|more|bigger|larger|deeper|graver|far more) than\s+(?:\w+\s+){0,2}$|"
                        r"\bnot (?:just|merely|simply|only)\s+(?:\w+\s+){0,2}$|\bfar from\s+$")


def _played_down(ctx: Context) -> list[Hit]:
    """Words that play an established finding down ("one bad moment", "an isolated incident"), unless the answer
    says it was more than that ("it's worse than one bad moment")."""
    return [h for h in ctx.asserted(C.MINIMISE) if not _MORE_THAN.search(h.text_before)]


def _stonewalls(h: Hit, ctx: Context) -> bool:
    """Whether refusal words stop the flow of information: not a commitment ("we will not hide behind 'no
    comment'"), nor a verdict left to the investigators ("we will not comment on whether the deputy's actions were
    justified; that is for the bureau to decide" withholds a judgement, not the facts), nor an earlier refusal
    told and disowned ("my office said we don't comment on pending litigation. That was the wrong answer.")."""
    if re.search(r"\bhide behind\b|\bnot (be )?(a|the) (case of )?no comment\b", h.sentence.text, re.I):
        return False
    if _refusal_disowned(h, ctx):
        return False
    # "Please don't comment on this online", "you should not comment on social media": an instruction to the
    # reader, not the agency refusing to say. ("The department is unable to comment" has its subject higher up.)
    verb = h.verb
    if verb is not None and (any(c.dep_ == "nsubj" and c.lower_ == "you" for c in verb.children) or (
            verb.tag_ == "VB" and verb.dep_ in ("ROOT", "conj")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children))):
        return False
    after = h.sentence.text[h.sentence.text.find(h.phrase) + len(h.phrase):]
    # "We will not comment on his pending case", "on Reverend Greer's driving record" keeps the person's own matter
    # out of it: respect, not secrecy.
    if re.match(r"(?i)\s+(?:on|about)\s+(?:his|her|their|(?:\w+\s+)?\w+['’]s)\s+(?:\w+\s+){0,2}"
                r"(?:case|charges?|record|past|history|arrest|immigration|status|health|medical)\b", after):
        return False
    # "The family has asked us to say nothing more about her, and we won't"; "Aaliyah, about whom, at her family's
    # request, I will say nothing more": a person kept private at the family's request, not the incident kept from
    # the public.
    said = h.sentence.text
    if (re.search(r"(?i)\babout whom\b", said[:said.find(h.phrase)]) or re.match(
            r"(?i)\s+(?:about|of|on)\s+(?:him|her|them|(?:his|her|their)\s+(?:daughter|son|baby|child|children|"
            r"family|wife|husband|mother|father|health|condition|injur\w*))\b", after)) and \
            re.search(r"(?i)\b(?:ask|asks|asked|request|requests|requested|wish|wishes)\b", said):
        return False
    # "I will not comment on his conduct before the review is finished", "on the merits of the criminal case" keeps
    # a verdict out of the officer's process, as due process asks; "he is presumed innocent, the matter is before the
    # court, and we will not comment on the evidence" keeps it out of an accused man's trial.
    # ("SIRO has charged Constable Dufresne, who ... is entitled to a fair trial; I will not comment on the
    # evidence", "on SIRO's evidence")
    if re.match(r"(?i)\s+on\s+(?:the\s+|his\s+|her\s+|their\s+|[\w.]+['’]s\s+)?(?:him|her|them|outcome|merits|"
                r"conduct|guilt|innocence|evidence)\b", after) and (
            _OFFICERS_PROCESS.search(said) and _STILL_AHEAD.search(said) or
            re.search(r"(?i)\bpresumed innocent\b|\bcriminal case\b|\bfair trial\b",
                      _with_the_one_before(ctx, h.sentence))):
        return False
    # "The court has not yet ruled on the charge, and we will not comment on it": a criminal charge before a court.
    if re.match(r"(?i)\s+on\s+(?:it|that|the\s+charges?|the\s+case)\b", after) and \
            re.search(r"(?i)\b(?:court|judge|jury|trial)\b", said) and re.search(r"(?i)\bcharge", said):
        return False
    return not (re.match(r"(?i)\s+on whether\b", after) and h.sentence.find(C.JUDGEMENT)
                and h.sentence.find(C.WITHHOLD))


#: The officer's process, and that it is still ahead: what a verdict on the officer waits for.
_OFFICERS_PROCESS = re.compile(r"(?i)\b(?:review|hearing|process|trial|court|finding|facts|board|commission)\b")
_STILL_AHEAD = re.compile(r"(?i)\b(?:before|until|beyond|ahead of|pending)\b")


#: Verbs that report what someone said.
_SAYING = frozenset("say tell answer reply respond state write".split())
#: Words that call something said wrong.
_DISOWNING = re.compile(r"(?i)\b(?:wrong|mistake|mistaken|regret|should(?: not|n['’]t) have|apologi[sz]e|sorry)\b")


def _refusal_disowned(h: Hit, ctx: Context) -> bool:
    """A refusal reported as said before ("my office said we don't comment", "telling KQVT that we 'do not
    comment' ...") and called wrong in its sentence or the next: an admission, not a refusal."""
    verb = h.verb
    if verb is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _SAYING or \
            verb.head.tag_ not in ("VBD", "VBN", "VBG"):
        return False
    return any(_DISOWNING.search(s.text) for s in _this_and_next(ctx, h.sentence) or [h.sentence])


def _fact_mentions(ctx: Context) -> tuple[list[Evidence], list[Evidence], int]:
    """Credits for known facts stated, flags for contradicted ones; count of distinct facts."""
    credits, flags, covered = [], [], 0
    facts = ctx.facts
    if not facts or not ctx.analysis.clauses:
        return credits, flags, 0
    sim = ctx.similarity([f.text for f in facts])
    for j, fact in enumerate(facts):
        best = int(sim[:, j].argmax())
        if sim[best, j] >= FACT:
            covered += 1
            sentence = ctx.analysis.clauses[best]
            if len(credits) < 3 and all(c.start != sentence.start for c in credits):
                credits.append(evidence(sentence, "states a known fact"))
    claims = [(f, c) for f in facts for c in f.contradicted_by]
    claims = _not_since_told(ctx, claims)
    if claims:
        csim = ctx.similarity([c for _, c in claims])
        for i, s in enumerate(ctx.analysis.clauses):
            # A rule for the future ("anyone taken to the ground will be examined by paramedics") tells nothing of
            # what happened.
            # Someone else's account, reported and disowned ("Our first release said the officer took down the
            # gunman. He did not."), is the correction, not the claim.
            if _directive(s) or attributed_and_disowned(ctx, s) or _bare_indirect_question(s) or \
                    told_and_taken_back(ctx, s):
                continue
            # The closest claim, and any said in its own words however far its meaning puts it ("Aaliyah Morris, 12,
            # was caught in the crossfire and is stable after surgery" is closest to a claim about her condition).
            top = int(csim[i].argmax())
            # (Or with the person's name for its pronoun: "Jerome's gun was fired" says "his gun was fired".)
            with_name = {k for k, (_, claim) in enumerate(claims) if claim_said_with_name(claim, s, ctx)}
            for j in [top, *(k for k in range(len(claims)) if k != top and (
                    _claim_in_its_words(claims[k][1], s) or k in with_name))]:
                # A sentence that tells another known fact more nearly than it says the claim is that fact ("He died
                # at Brayton Regional at 10:21 p.m." tells of the man shot, not the wounded man the claim "he died"
                # is about).
                other = max((float(sim[i, k]) for k, f in enumerate(facts) if f is not claims[j][0]), default=0.0)
                # Nor is one that tells the claim's own fact far more nearly than the claim ("... received a 911
                # call ... reporting that the caller had shot his father", of the call the fact says was false); a
                # detail changed in the fact's own words ("guided her to the floor", where he slammed her) stays near
                # both.
                own = max((float(sim[i, k]) for k, f in enumerate(facts) if f is claims[j][0]), default=0.0)
                # (Not the claim word for word with the person's name for its pronoun: "Officer Addo-Baptiste's gun
                # was fired", of "his gun was fired", reads nearest its fact for every word but the "not".)
                if (own >= FACT and own - csim[i, j] >= _FAR_NEARER or _in_its_facts_words(s, claims[j][0].text) or
                        _in_a_part_of_its_fact(s, claims[j][0].text, claims[j][1])) and j not in with_name:
                    continue
                # (Not when the claim is there in its own words, beside another fact: "Aaliyah Morris, 12, was caught
                # in the crossfire and is stable after surgery".)
                if not _claim_in_its_words(claims[j][1], s) and j not in with_name and (
                        other >= FACT and other > csim[i, j] or
                        _figures_of_another(s, claims[j][0].text, claims[j][1], facts)) \
                        or _figures_of_its_fact(s, claims[j][0].text, claims[j][1], facts) \
                        or fact_in_claims_place(s, claims[j][0].text, claims[j][1]):
                    continue
                if _already_claimed_of_what_is_to_come(claims[j][1], s) or _claim_only_supposed(claims[j][1], s):
                    continue
                if asserts_claim(float(csim[i, j]), claims[j][1], s, ctx) and not negated_or_unknown(s, claims[j][1]):
                    flags.append(evidence(s, f"contradicts a known fact: {claims[j][0].text}", "flag"))
                    break
    return credits, flags, covered


def _already_claimed_of_what_is_to_come(claim: str, s: Sentence) -> bool:
    """A claim that something is so already ("officers are already trained on names and pronouns") is not made by a
    sentence telling it as still to come ("officers get trained before anyone's held to it", "a draft policy is
    posted today")."""
    if not re.search(r"(?i)\balready\b", claim) or re.search(r"(?i)\balready\b", s.text):
        return False
    return any(t.lower_ in ("will", "shall", "'ll") and t.dep_ == "aux" or t.dep_ == "mark" and t.lower_ in (
        "before", "until", "once") or t.lemma_.lower() in ("draft", "new", "proposed") for t in s.span)


#: How much nearer its own fact than the contradicting claim a sentence must be to tell the fact.
_FAR_NEARER = 0.15


def _in_its_facts_words(s: Sentence, fact: str) -> bool:
    """The sentence is a piece of its fact, word for word ("The tail light was broken." of "The reason given for the
    stop was a broken left tail light, and the tail light was broken."): it tells the fact, however near the claim
    that contradicts it ("the tail light was working") reads."""
    said = _word_line(s.span)
    return len(said.split()) >= 3 and said in _fact_words(fact)


def _in_a_part_of_its_fact(s: Sentence, fact: str, claim: str) -> bool:
    """Every word of the sentence (articles and the like aside) is in a part of its fact, and a noun of them is no
    word of the claim ("Mr. Park is the victim of this robbery" of "Mr. Park ... was the victim of the robbery",
    against "Mr. Park was the robber"); not in a part that denies ("officers did not find a gun", against "officers
    recovered a gun")."""
    # (What follows a colon is what is told: "Let me be clear: Mr. Park is the victim".)
    colons = [t.i for t in s.span if t.text == ":"]
    told = [t for t in s.span if not colons or t.i > colons[-1]]
    nouns = {t.lemma_.lower() for t in told if t.pos_ in ("NOUN", "PROPN") and t.is_alpha}
    # (Counts and quantifiers are words too: "both deputies used their Tasers", of "a deputy used a Taser".)
    words = {t.lemma_.lower() for t in told if (t.is_alpha or t.like_num) and t.lemma_.lower() not in _FRAME_WORDS}
    # (Read part by part: "... was the victim of the robbery; he is not suspected of any crime".)
    parts = [p for p in re.split(r";|, and |\. ", fact) if not re.search(r"(?i)\b(not|no|never|none)\b|n't\b", p)]
    return len(nouns) >= 2 and bool(nouns - set(_fact_words(claim).split())) and any(
        words <= set(_fact_words(p).split()) for p in parts)


#: Words that carry no detail of their own: articles, pointers, "of", the verb "be".
_FRAME_WORDS = frozenset("the a an this that these those of be to in on at for by with his her their its".split())


@lru_cache(maxsize=1024)
def _fact_words(fact: str) -> str:
    return _word_line(nlp.phrase(fact))


def _word_line(tokens) -> str:
    """The lemmas of the words and numbers among some tokens, spaced at both ends so that a line inside another is
    whole words of it."""
    return f" {' '.join(t.lemma_.lower() for t in tokens if t.is_alpha or t.like_num)} "


def _not_since_told(ctx: Context, claims: list) -> list:
    """The claims that still contradict: one a later fact or an officer's present status now tells ("the officer has
    been suspended without pay", written against the first night's leave, is the status at 21 days) no longer
    does."""
    import numpy as np

    if not claims:
        return claims
    officers = ctx.state.officers or []
    told = [o.status for o in officers if o.status]
    own = {id(f): i for i, f in enumerate(ctx.facts)}
    texts = [f.text for f in ctx.facts]
    if not told and len(texts) < 2:
        return claims
    vectors = nlp.embed([c for _, c in claims], scenario=True)  # the scenario's own words: kept
    against = nlp.embed(texts + told, scenario=True)
    sim = vectors @ against.T
    out = []
    # A status named in the same word ("the officers have been suspended without pay" where one officer's status is
    # now "10-day unpaid suspension") is told, however far the rest of the wording.
    statuses = {m.group(1).lower() for t in told for m in _STATUS_WORD.finditer(t)}
    for k, (fact, claim) in enumerate(claims):
        others = [j for j in range(len(texts) + len(told)) if j != own.get(id(fact))]
        now = any(m.group(1).lower() in statuses for m in _STATUS_WORD.finditer(claim))
        if not now and (not others or float(np.max(sim[k, others])) < _SINCE_TOLD):
            out.append((fact, claim))
    return out


#: The stem of a word for an officer's status: suspended, fired, dismissed, on desk duty, resigned.
_STATUS_WORD = re.compile(r"(?i)\b(suspen|fire|dismiss|terminat|desk|resign|retire|reassign)")


#: Verbs of knowing, seeing and believing: a claim about what someone knew or saw ("the officer knew Mr. Park was the
#: owner") is made only by a sentence that says what they knew or saw, not by one that tells who the man was.
#: ("notic-" as a verb: "Noticias 22" is a station's name.)
_MIND = re.compile(r"(?i)\b(kn[eo]w\w*|saw|see[ns]?|seeing|understo+d|understand\w*|believ\w*|thought|think\w*|"
                   r"reali[sz]\w*|recogni[sz]\w*|heard|hear\w*|mistook|mistak\w*|perceiv\w*|notic(?:e|ed|es|ing)|"
                   r"assum\w*|ignor\w*)\b")


#: How close a later fact must be to a claim to tell it (a claim is short; a fact that tells it says more).
_SINCE_TOLD = 0.7


#: Counts written in words, as figures ("seven years" is "7 years"); "one" is too often no count at all.
_COUNT_WORDS = {w: str(n) for n, w in enumerate("two three four five six seven eight nine ten eleven twelve thirteen "
                                                "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split(),
                                                start=2)}
_COUNT_WORD = re.compile(r"(?i)\b(" + "|".join(_COUNT_WORDS) + r")\s+(?:years?|months?|weeks?|days?|hours?|minutes?|"
                         r"seconds?|times)\b")


def _figures(text: str) -> set[str]:
    """The times, dates, ages and counts written in figures ("10:21", "26", "3") or, before a unit, in words ("seven
    years")."""
    return set(re.findall(r"\d+(?:[:.]\d+)?", text)) | {_COUNT_WORDS[w.lower()] for w in _COUNT_WORD.findall(text)}


def _figures_of_another(s: Sentence, fact: str, claim: str, facts) -> bool:
    """The sentence's figures are another known fact's and none of this one's ("He died at 10:21 that night" tells
    of the man who died at 10:21 p.m., not of the wounded man a claim "he died" is about): a time or an age
    pins a sentence to the fact it comes from more surely than its meaning does."""
    own = _figures(s.text)
    if not own or own & (_figures(fact) | _figures(claim)):
        return False
    return any(own & _figures(f.text) for f in facts if f.text != fact)


def _figures_of_its_fact(s: Sentence, fact: str, claim: str, facts) -> bool:
    """The sentence gives the fact's own times or counts, and no figure the known facts do not hold, where the
    claim has none ("the officers radioed for an ambulance at 2:51" against "they called for an ambulance as soon
    as they arrived"): it tells the fact."""
    own = _figures(s.text)
    known = set().union(*(_figures(f.text) for f in facts))
    # The claim word for word is the claim, at whatever time ("At 11:15 p.m. a caller reported a man with a gun").
    return bool(own & _figures(fact)) and own <= known and not _figures(claim) and lemma_line(claim) not in s.lemmas


def _unknown_claim(ctx: Context, s: Sentence, items: list[tuple[Unknown, str]], row, fact_best: float,
                   ranked=None) -> str | None:
    """Why a sentence states or speculates about an open unknown, or None. ``row``: its similarity to each
    item (an unknown's question or one of its claims); ``fact_best``: its best similarity to a known fact;
    ``ranked``: the similarities that decide which item is closest, if not ``row`` (claims read with the
    person's name are closer, but must not push the question they belong to out of first place).
    A sentence may hold more than one claim ("he ran out of fear, and he was holding nothing but a phone"):
    after the closest item, the next closest of the scenario's own claims are read in turn (a question is
    answered only by the sentence's closest match, or every sentence on its topic would answer it)."""
    order = sorted(range(len(items)), key=lambda k: -(row if ranked is None else ranked)[k])
    claims = sorted((k for k in order[1:] if items[k][1] in items[k][0].asserted_by), key=lambda k: -row[k])
    # ... and any other claim close enough to be stated, or said word for word, however far down the list its
    # meaning puts it ("my deputy tells me Darius fought him hard, and that's why the Taser had to be used" is
    # closest to the Taser claims, but states that he fought).
    claims = claims[:2] + [k for k in claims[2:] if row[k] >= SAME_CLAIM or row[k] >= ABOUT and says_predicate(
        items[k][1], s)]
    # A number answers the question of its own kind ("100 miles an hour" answers "how fast", not "how far").
    quantities = [k for k in order[:4] if quantity_answer(items[k][1], s, ctx)]
    # A reason given for the very act a question of why asks about answers it, whichever claim is closer in
    # meaning ("the calls were coded lower because the order did not show on the screen" answers "why each call
    # was coded below Priority 1", though it is closest to a claim about the order).
    causes = [k for k in order if row[k] >= ABOUT and _asks_cause(*items[k])
              and _gives_cause_of_act(items[k][1], s)]
    # A cause put to the person's death or injury answers the question of what caused it, however far its
    # names put it in meaning ("Mr. Dempsey is responsible for Mrs. Villasenor's death").
    harms = [k for k in order if _settles_cause_of_harm(ctx, *items[k], s)]
    for j in [*quantities[:1], order[0], *causes[:1], *harms[:1], *claims]:
        found = _unknown_item_claim(ctx, s, items, row, fact_best, j)
        if found:
            return found
    return None


#: What an agency does with its records and recordings.
_HANDLING = frozenset("release publish post share show give hand send provide play upload review".split())


def _directive(s: Sentence) -> bool:
    """A rule or commitment for the future ("As of tonight every officer must read the full registration
    return"; "we will publish ..."), which tells what will be done, not what happened. "I will say this much:
    ..." only introduces what follows the colon. A bulleted commitment ("Figures for strip searches of children:
    published by Tuesday 12 March") says when a record will come out, not what it holds."""
    if any(t.tag_ == "VBN" and t.dep_ == "acl" and t.lemma_.lower() in _HANDLING and t.i > s.span.start and
           t.doc[t.i - 1].text == ":" for t in s.span):
        return True
    for verb in s.span:
        if not any(c.dep_ == "aux" and c.lower_ in ("must", "will", "shall", "'ll") for c in verb.children):
            continue
        if verb.lemma_.lower() in ("say", "tell", "add", "admit", "repeat") and \
                ":" in s.text[verb.idx - s.span.start_char:]:
            continue
        # The parser may hang the sentence from a later word, so any verb with a modal counts.
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "Those two officers will be sacked" foretells how a process ends; it is no rule or commitment.
        if verb.lemma_.lower() in _ENDING_VERBS and any(t.dep_ == "nsubjpass" for t in subjects):
            continue
        # "The video will be shown to his mother and released by Friday" is what will be done with it.
        if verb.lemma_.lower() in _HANDLING and any(t.dep_ == "nsubjpass" and t.pos_ == "NOUN" for t in subjects):
            return True
        if any(t.lower_ in ("we", "i") or t.lemma_.lower() in ("officer", "deputy", "trooper") and (
                t.tag_ == "NNS" or any(c.lower_ in ("every", "each", "all", "any") for c in t.children))
               for t in subjects):
            return True
        # A rule for everyone it covers: "any person taken to the ground will be examined by paramedics".
        if any(c.lower_ in ("every", "each", "any") and c.dep_ == "det" for t in subjects for c in t.children):
            return True
    return False


def _speculates(ctx: Context, s: Sentence) -> bool:
    """The sentence hedges a claim of its own ("he appears to have reached for something"), not a hedge that is
    part of an open question it lists ("whether the caller's words about it probably being fake reached the
    deputy") nor one a known fact itself records ("the caller added that it was probably fake")."""
    for a, b in s.find(C.HEDGE):
        toks = s.tokens_at(a, b)
        if toks and in_indirect_question(toks[0]):
            continue
        # "No one speaking for this department will suggest that he had it coming" refuses the speculation.
        if s.negated(a, b) or any(negative_subject(c) for t in toks if t.pos_ in ("VERB", "AUX") for c in t.children):
            continue
        if _hedge_of_fact(ctx, s, b) or any(_found_by_an_examiner(t) for t in toks[:1]):
            continue
        # "to hear what Friday night looked like from where they stood" asks for an account: "like" has lost its
        # object to "what", and nothing is likened.
        if toks and toks[-1].lower_ == "like" and not any(c.dep_ == "pobj" for c in toks[-1].children) and any(
                t.lower_ == "what" and t.i < toks[0].i for t in s.span):
            continue
        # "The medical examiner will decide that, probably within six weeks": a guess at when, not at what.
        if toks and all(t.head.dep_ == "prep" and t.head.lower_ in _WHEN_PREPS and t.dep_ == "advmod" for t in toks):
            continue
        return True
    return False


#: Those whose findings may be hedged in their own words ("the coroner says he likely would have survived").
_EXAMINERS = frozenset("coroner examiner pathologist autopsy review reviewer report investigation investigator inquiry "
                       "inquest audit auditor panel".split())
#: Verbs with which they give a finding.
_GIVING_FINDINGS = frozenset("say tell find conclude determine state report rule show".split())


def _found_by_an_examiner(token: Token) -> bool:
    """Whether a hedge stands in what a coroner, a review or an inquest found or said ("The coroner has told us that
    Tomás would most likely be alive"): their finding, in its own degree of certainty, not the writer's guess."""
    return any(a.lemma_.lower() in _GIVING_FINDINGS and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _EXAMINERS for c in a.children) for a in token.ancestors)


#: Prepositions of when something will be known ("within six weeks", "by Friday").
_WHEN_PREPS = frozenset("within by before in after until around".split())


#: Subjects that name no one ("someone had removed the tip").
_INDEFINITE = frozenset("someone somebody anyone anybody something".split())


def _leaves_who_open(unknown: Unknown, text: str, s: Sentence) -> bool:
    """For an open question of who did something ("who removed the safety tip"), the sentence tells of the act
    without its actor ("a replica whose orange tip had been removed", "someone had removed it"): every use of
    the question's verb is an agentless passive or has an indefinite subject. A listed claim that itself names
    no actor ("the tip was removed to make it look real") is about something else, and is read as usual."""
    if not unknown.text.lower().startswith("who "):
        return False
    verbs = {t.lemma_.lower() for t in nlp.phrase(unknown.text) if t.pos_ == "VERB"}
    if text != unknown.text and any(_actorless(t) for t in nlp.phrase(text) if t.lemma_.lower() in verbs):
        return False
    uses = [t for t in s.span if t.pos_ == "VERB" and t.lemma_.lower() in verbs]
    return bool(uses) and all(_actorless(t) for t in uses)


def _someone_else_did_it(unknown: Unknown, text: str, s: Sentence) -> bool:
    """For an open question of who did something ("who approved the drill plan"), a sentence that has someone other
    than the one a listed answer names do its act ("a drill that this department planned and ran with the school",
    for "the school district planned the drill") does not give that answer."""
    if not unknown.text.lower().startswith("who ") or text == unknown.text:
        return False
    root = next((t for t in nlp.phrase(text) if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB":
        return False
    who = {w.lemma_.lower() for c in root.children if c.dep_ == "nsubj" for w in c.subtree
           if w.pos_ in ("NOUN", "PROPN")}
    done = [t for t in s.span if t.lemma_.lower() == root.lemma_.lower() and t.pos_ == "VERB"]
    return bool(who) and bool(done) and not any(
        w.lemma_.lower() in who for t in done for v in (t, *t.conjuncts) for c in v.children
        if c.dep_ in ("nsubj", "agent") for w in c.subtree)


def _actorless(verb) -> bool:
    """A verb said without who did it: an agentless passive, or an indefinite subject ("someone")."""
    # ("four cell checks written in the watch log": a participle after its noun is a passive too.)
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or verb.dep_ == "acl" and verb.tag_ == "VBN":
        return not any(c.dep_ == "agent" for c in verb.children)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(c.lower_ in _INDEFINITE for c in subjects)


def _wished(s: Sentence) -> bool:
    """A wish or a prayer of the writer's ("We wish her a speedy recovery", "we hope he recovers fully"): it
    states nothing of what will happen."""
    return any(t.dep_ in ("ROOT", "conj") and t.lemma_.lower() in ("wish", "hope", "pray") and writer_is_subject(t)
               for t in s.span)


#: Words that look ahead without a modal: "he is expected to recover", "his prognosis is good".
_AHEAD = frozenset("expect likely prognosis outlook going".split())


def _tells_only_what_was(text: str, s: Sentence) -> bool:
    """An open question of what will be ("how fully he will recover") is not answered by a sentence that tells
    only what has happened or what is ("he fell and fractured his skull"): it has no modal and nothing that looks
    ahead."""
    if not re.search(r"(?i)\b(will|shall)\b", text):
        return False
    return not any(t.tag_ == "MD" or t.lemma_.lower() in _AHEAD for t in s.span)


_WH_HEADS = frozenset("who what when where which why how".split())


def _bare_indirect_question(s: Sentence) -> bool:
    """A question named on its own line ("- Whether the replica was pointed at the deputy."), as in a list under
    a heading of what is not known: it asks, it states nothing."""
    first = next((t for t in s.span if t.is_alpha), None)
    # "Why the ambulance needed eleven minutes." heads a question it goes on to take up.
    if first is not None and first.lower_ in ("why", "how") and first.dep_ == "advmod" and first.head.dep_ == "ROOT":
        return True
    # A heading put as a question, without its mark ("Who is investigating", over the paragraph that says who).
    words = [t for t in s.span if t.is_alpha]
    if first is not None and first.lower_ in _WH_HEADS and len(words) <= 8 and s.text.rstrip()[-1:].isalnum():
        return True
    return any(t.dep_ == "ROOT" and any(c.dep_ == "mark" and c.lower_ == "whether" and c.i < t.i for c in t.children)
               for t in s.span)


def _tells_fact_instead(ctx: Context, s: Sentence, question: str, closeness: float, fact_best: float) -> bool:
    """A sentence closer to a known fact than to an open question, using none of the question's own words, tells
    that fact ("Mrs. Marsh had surgery Thursday and is in rehab" beside "whether she will regain full use of her
    arm"): the person's story is not an answer to every question about them. (A question in the facts' own words,
    "why the deputy used the Taser", has no words of its own: it is answered by what a sentence adds.)"""
    own = terms(question) - known_terms(ctx)
    return fact_best > closeness and bool(own) and not own & set(_after_label(s).split())


def _after_label(s: Sentence) -> str:
    """A sentence's lemmas after a short label that opens it ("What we know: on Tuesday ..."): the label's words
    ("know") are not the sentence's own."""
    head, colon, rest = s.lemmas.partition(" : ")
    return rest if colon and len(head.split()) <= 4 else s.lemmas


#: A question of someone's reasons ("why he ran", "what led the gunman to open fire"); not of a physical cause
#: ("what caused his death" is answered by "he died of ...").
_CAUSE_QUESTION = re.compile(r"(?i)^\s*(why|what (led|prompted|made|drove|provoked))\b")
#: Words that give a reason: "because", "due to", "the argument led him to ...".
_CAUSE_WORDS = frozenset("because cause due lead prompt trigger reason motive provoke since".split())


def _asks_cause(unknown: Unknown, text: str) -> bool:
    """An open question of why something was done, and nothing else ("what led the gunman to open fire"; "why the
    officer shoved her and arrested her", one question of two acts)."""
    return text == unknown.text and bool(_CAUSE_QUESTION.match(text)) and not re.search(
        r"\band (?:whether|what|who|whom|how|when|where|if|which)\b", text)


def _gives_cause(s: Sentence) -> bool:
    """A reason given: a word of cause ("because", "led", "due to") or a clause of purpose ("he picked them up to
    defend himself")."""
    # "with no reason our policy allows" gives none.
    # "since" gives a reason only as a clause's mark ("since he was afraid"), not before a date ("since Monday").
    return any(t.lemma_.lower() in _CAUSE_WORDS and not negative_noun(t, dets=("no",)) and (
        t.lower_ != "since" or t.dep_ == "mark") or t.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in t.children) for t in s.span)


def _gives_cause_of_act(text: str, s: Sentence) -> bool:
    """The sentence tells the act an open question of why asks about, with a reason for it: "he took out the box
    cutter because he was frightened" answers "what led him to take out the box cutter"."""
    acts = {t.lemma_.lower() for t in nlp.phrase(_CAUSE_QUESTION.sub("", text)) if t.pos_ == "VERB"}
    return _gives_cause(s) and any(t.pos_ == "VERB" and t.lemma_.lower() in acts for t in s.span)


def _questions_for(s: Sentence) -> bool:
    """The sentence names questions and whose they are ("What the officers were told, and whether our policy was
    followed, are questions for the investigation"): what it names it does not answer."""
    root = s.span.root
    asked = [c for c in root.children if c.dep_ == "csubj" or c.i < root.i and any(
        g.dep_ == "mark" and g.lower_ == "whether" for g in c.children)]
    return root.lemma_ == "be" and bool(asked) and any(
        c.dep_ == "attr" and c.lemma_.lower() in ("question", "matter") and
        any(p.dep_ == "prep" and p.lower_ == "for" for p in c.children) for c in root.children)


def _only_asked(claim: str, s: Sentence) -> bool:
    """The sentence holds the claim's words only in a question it names ("we won't be talking about whether he'd
    paid his fare"): it asks, it does not answer."""
    words = terms(claim)
    found = [t for t in s.span if t.lemma_.lower() in words]
    return bool(found) and all(in_indirect_question(t) for t in found)


def _claim_in_its_words(claim: str, s: Sentence) -> bool:
    """The claim's predicate, of three words or more, said word for word ("caught in the crossfire") and told, not
    reported as what someone claimed ("the claim this department made, that agitators threw bricks")."""
    words = lemma_line(claim).split()
    if len(words) < 3 or f" {' '.join(words)} " not in f" {s.lemmas} ":
        return False
    return not any(t.lemma_.lower() in REPORT_NOUNS | {"post", "statement", "say", "claim", "report"} for t in s.span)


def _claim_only_supposed(claim: str, s: Sentence) -> bool:
    """The claim's verbs come in the sentence only in a question it names or a condition it sets ("asked the family
    whether they would let me apologise in person"; "no shooting at a person in a crowd unless that person is
    shooting at people"): what is asked or supposed is not told as having happened."""
    verbs = {t.lemma_.lower() for t in nlp.phrase(claim) if t.pos_ == "VERB"}
    uses = [t for t in s.span if t.pos_ == "VERB" and t.lemma_.lower() in verbs]
    return bool(uses) and all(in_indirect_question(t) or any(
        c.dep_ == "mark" and c.lower_ == "unless" for n in (t, *t.ancestors) for c in n.children) for t in uses)


def _hedge_of_fact(ctx: Context, s: Sentence, end: int) -> bool:
    """The hedge and the word it qualifies come from a known fact ("probably fake" in "the caller said the
    pistol was probably fake"): the sentence reports the fact, it does not speculate."""
    following = s.lemmas[end:].split()[:1]
    if not following:
        return False
    hedge = s.lemmas[:end].split()[-1]
    return any(f" {hedge} {following[0]} " in lemma_line(f.text) for f in ctx.facts)


def _unknown_item_claim(ctx: Context, s: Sentence, items: list[tuple[Unknown, str]], row, fact_best: float,
                        j: int) -> str | None:
    unknown, text = items[j]
    if _directive(s) or s.is_question or _bare_indirect_question(s) or _wished(s) or _questions_for(s) or \
            others_missing(text, s):
        return None
    hedged = _speculates(ctx, s)
    if text in unknown.asserted_by:
        # Topic similarity is not assertion ("she died at the hospital" is close to "she died of a heart
        # condition"): the sentence must also use a term that sets the claim apart.
        asserts = asserts_claim(float(row[j]), text, s, ctx)
    elif asks_quantity(text):
        # "How long he knelt on her" is answered by a length of time, not by "he knelt on her back".
        asserts = row[j] >= ABOUT and quantity_answer(text, s, ctx)
    else:
        # An unknown is a question ("what caused her death"): a sentence on the same topic ("she died at the
        # hospital") answers it only if it uses the question's own terms and names something new.
        asserts = row[j] >= SAME_CLAIM and overlap(text, s, ctx) >= 0.5 and not _tells_fact_instead(ctx, s, text,
                                                                                                  row[j], fact_best)
        asserts = asserts or row[j] >= ABOUT and _asks_cause(unknown, text) and _gives_cause_of_act(text, s) or \
            _settles_cause_of_harm(ctx, unknown, text, s) or row[j] >= ABOUT and _end_of_process_told(text, s)
    if attributed_and_disowned(ctx, s) or told_and_taken_back(ctx, s) or \
            _tells_a_known_report(ctx, s, fact_best) or left_open(s) or \
            _leaves_who_open(unknown, text, s) or _no_outcome_told(text, s) or \
            _someone_else_did_it(unknown, text, s) or \
            _only_asked(text, s) or (_asks_cause(unknown, text) and not _gives_cause(s)) or \
            _contents_not_told(text, s) or _doer_not_the_subject(text, s) or _answered_by_an_indefinite(text, s) or \
            _HOW_LONG_TO_KNOW.search(s.text) or \
            (text == unknown.text and _tells_only_what_was(text, s)) or (hedged and _open_said_next(ctx, s)) or \
            text in unknown.asserted_by and _MIND.search(text) and not _MIND.search(s.text):
        return None
    if polarity_differs(s, text) and not hedged:
        # "Nothing suggests he had a weapon" does not assert that he had one; but "she did not have drugs in
        # her system" answers the open question as surely as "she had taken drugs" would.
        denied = _denies_unknown(ctx, s, items, row, fact_best)
        return None if denied is None else (
            f"states as fact something not yet known ({denied.text}): saying it did not happen is a claim too")
    # What the evidence indicates, when it is the known facts ("preliminary information indicates that ... he
    # picked up the shears"), speculates only if it also says what sets the claim apart; a hedge of the writer's
    # own ("the round appears to have skipped off the pavement", "he was probably told") speculates.
    reported = fact_best >= FACT and _evidence_indicates(s)
    if asserts or (hedged and row[j] >= ABOUT and (not reported or _on_the_point(ctx, s, unknown, text))):
        return (f"speculates about something not yet known ({unknown.text})" if hedged
                else f"states as fact something not yet known ({unknown.text})")
    return None


#: An open question of how a process ends ("the outcome of the dismissal hearing and appeal").
_OUTCOME_QUESTION = re.compile(r"(?i)^\s*(?:the\s+)?(?:outcome|result|results|verdict)\s+of\b|"
                               # "what discipline, if any, the Disciplinary Review Board will impose"
                               r"^\s*what\s+(?:discipline|sanctions?|penalty|penalties|punishment)\b")
#: Verbs that tell how a process ended ("the board upheld the dismissal", "he was acquitted").
_ENDING_VERBS = frozenset("uphold overturn fire sack dismiss terminate clear convict acquit sustain rule decide "
                          "reinstate find sentence exonerate".split())


#: An open question of what a record holds ("what the 2020 command log and radio recordings show").
_CONTENTS_QUESTION = re.compile(r"(?i)^\s*what\s+(?:\S+\s+){1,10}?(?:show|shows|say|says|said|reveal|reveals|"
                                r"record|records|recorded|contain|contains|capture|captures|captured)\b")
#: Verbs that tell what a record holds.
_TELLING_CONTENTS = frozenset("show say reveal record contain capture indicate confirm prove establish".split())


#: An open question of what someone will do ("what federal immigration agencies will do in Pellham").
_WHAT_THEY_WILL_DO = re.compile(r"(?i)^\s*what\s+((?:\S+\s+){1,6}?)(?:will|would|did|does|do|might|may|could|can|"
                                r"(?:is|are) going to)\s+do\b")


def _doer_not_the_subject(question: str, s: Sentence) -> bool:
    """A question of what someone will do is answered only by a sentence with them as a subject: "Pellham police do
    not enforce immigration law" tells what the police do, not what federal agencies will."""
    m = _WHAT_THEY_WILL_DO.match(question)
    if not m:
        return False
    doers = {t.lemma_.lower() for t in nlp.phrase(m.group(1)) if t.pos_ in ("NOUN", "PROPN")}
    return bool(doers) and not any(t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in doers for t in s.span)


def _contents_not_told(question: str, s: Sentence) -> bool:
    """A question of what a record holds is not answered by a sentence that names the record without telling what
    it holds ("I have ordered a review of the command log and the radio recordings, and I do not know yet what they
    say"): no verb of showing, outside an open question, and no "according to"."""
    return bool(_CONTENTS_QUESTION.match(question)) and not re.search(r"(?i)\baccording to\b", s.text) and not any(
        t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _TELLING_CONTENTS and not in_indirect_question(t)
        for t in s.span)


def _settles_cause_of_harm(ctx: Context, unknown: Unknown, text: str, s: Sentence) -> bool:
    """The unknown's own question asks what caused a death or an injury, and the sentence puts a cause to it."""
    return text == unknown.text and asks_cause_of_harm(text) and tells_cause_of_harm(ctx, text, s)


#: How long until an answer comes, which answers nothing: "the autopsy and toxicology results will take four to six
#: weeks".
_HOW_LONG_TO_KNOW = re.compile(r"(?i)^[^;:]*\b(?:results?|reports?|tests?|findings?|answers?)\s+(?:will|should|could|"
                               r"may|might|can)\s+(?:take|come back|be back|arrive|be ready)\b[^.;:]*\b(?:days?|weeks?|"
                               r"months?|hours?)\b[^;:]*$")
#: Words that stand for a thing without saying what it is ("he said he had taken something").
_INDEFINITES = frozenset("something anything somethin".split())


def _answered_by_an_indefinite(question: str, s: Sentence) -> bool:
    """A question of what ("what, if anything, he had taken") is not answered by a sentence whose verb of the
    question takes only "something" ("He told them he had taken something"): it names nothing."""
    if not re.match(r"(?i)\s*what\b", question):
        return False
    verbs = {t.lemma_.lower() for t in nlp.phrase(question) if t.pos_ in ("VERB", "AUX")}
    uses = [t for t in s.span if t.pos_ == "VERB" and t.lemma_.lower() in verbs]
    return bool(uses) and all(any(c.dep_ == "dobj" and c.lower_ in _INDEFINITES for c in t.children) for t in uses)


def _no_outcome_told(question: str, s: Sentence) -> bool:
    """A question of how a process ends is not answered by a sentence that tells only that it has begun or lies
    ahead ("the Department has begun dismissal proceedings, and he is entitled to a hearing and an appeal"): no verb
    of it tells an end."""
    return bool(_OUTCOME_QUESTION.match(question)) and not any(
        t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _ENDING_VERBS | _SETTLING and not _end_still_ahead(t)
        for t in s.span)


def _end_of_process_told(question: str, s: Sentence) -> bool:
    """A question of how a process ends ("the outcome of the settlement talks") answered by a sentence that tells
    an end of that process ("the county has agreed to a settlement", "the county has settled"): the process named,
    in its noun or its verb, and a verb of ending told as done."""
    m = _OUTCOME_QUESTION.match(question)
    if not m or not question[m.end():].strip():
        return False
    process = {t.lemma_.lower() for t in nlp.phrase(question[m.end():]) if t.pos_ == "NOUN"}
    said = {t.lemma_.lower() for t in s.span if t.is_alpha and len(t) >= 4}
    if not any(noun == w or noun.startswith(w) for noun in process for w in said):
        return False
    # (Only an end of talks or a claim: "Officer Sokol has been fired; the union is appealing" tells the firing the
    # appeal is about, not how the appeal ends.)
    return any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _SETTLING and not _end_still_ahead(t)
               and t.dep_ != "xcomp" and not any(c.dep_ == "neg" or c.tag_ == "MD" for c in t.children)
               for t in s.span)


#: Verbs that tell how talks or a claim ended ("the county has agreed to a settlement", "the talks have failed").
_SETTLING = frozenset("settle agree award fail collapse reject accept conclude resolve".split())


def _end_still_ahead(verb) -> bool:
    """An ending verb that tells no end: a decision still to come ("the Board will hear him and decide on
    discipline"), or one a clause waits for ("they'll get a fair hearing before anything is decided")."""
    if any(a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("before", "until", "till", "once", "unless")
                                     for c in a.children) for a in (verb, *verb.ancestors)):
        return True
    # "decide" and "rule" name no outcome of their own; told in the future they tell none yet.
    # ("the Board will hear him and decide": the auxiliary may be the first verb's)
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for v in verbs for c in v.children)
    return verb.lemma_.lower() in ("decide", "rule") and future


#: A known fact that is itself an account: "the woman reported at the hospital that the deputy had assaulted her".
_A_REPORT = re.compile(r"(?i)\b(reported|told|said|says|alleged|complained|stated)\b")


def _tells_a_known_report(ctx: Context, s: Sentence, fact_best: float) -> bool:
    """The sentence tells, as someone's account and no more, an account the known facts record ("she told staff at
    the hospital that he sexually assaulted her in his patrol car"): that the account was given is the fact. Taken
    up as the writer's own ("my deputy tells me he fought him hard, and that's why ...") it is a claim again."""
    reports = [f.text for f in ctx.facts if _A_REPORT.search(f.text)]
    return fact_best >= FACT and bool(reports) and attributed(s) and not endorsed(s) and \
        float(ctx.similarity_of([s], reports).max()) >= FACT


def _open_said_next(ctx: Context, s: Sentence) -> bool:
    """A record hedged and then called unconfirmed ("Screenshots show what appear to be their messages. We have
    not confirmed the screenshots or who wrote what."): caution about the record, not a guess of the writer's."""
    after = ctx.clause_beside(s, 1)
    return after is not None and bool(after.find(C.UNKNOWN_ACK)) and \
        bool({t.lemma_.lower() for t in s.span} & (_EVIDENCE | _RECORDS))


#: Records a statement may describe before it can vouch for them.
_RECORDS = frozenset("screenshot image photo photograph post document message clip".split())


#: What a record or a review can indicate: its hedge reports the evidence, not the writer's guess.
_EVIDENCE = frozenset("information evidence video footage recording record review report finding camera "
                      "account statement data".split())


def _evidence_indicates(s: Sentence) -> bool:
    """Every hedge in the sentence is evidence indicating or suggesting ("preliminary information indicates that
    ..."), none the writer's own ("probably", "appears to")."""
    hedges = s.find(C.HEDGE)
    if not hedges:
        return False
    for a, b in hedges:
        verb = next((t for t in s.tokens_at(a, b) if t.lemma_.lower() in ("indicate", "suggest", "show")), None)
        if verb is None or not any(c.dep_ == "nsubj" and c.lemma_.lower() in _EVIDENCE for c in verb.children):
            return False
    return True


def _on_the_point(ctx: Context, s: Sentence, unknown: Unknown, text: str) -> bool:
    """Whether the sentence uses what sets an unknown's claim (or its question) apart from the known facts."""
    if text in unknown.asserted_by:
        return uses_distinctive(text, s, ctx) or says_predicate(text, s)
    return overlap(text, s, ctx) >= 0.5


def _denies_unknown(ctx: Context, s: Sentence, items: list[tuple[Unknown, str]], sims,
                    fact_best: float) -> Unknown | None:
    """The open question a sentence settles by denial ("he was not holding a knife"): it denies something
    of the person (not that it was found or can be said), and uses the claim's or the question's own terms.
    Embeddings blur negation, so the test is lexical; a near copy of a known fact is that fact."""
    # Denied of the person ("he was not armed") or of the police ("the handler gave no warning").
    if not any(_is_person(sub, ctx) or sub.lower_ in ("he", "she", "they") or
               (_is_police(sub, ctx.actor_words) and sub.lower_ not in ("we", "i", "they"))
               for head in denied_predicates(s) for sub in _subjects_of(head)):
        return None
    if fact_best >= NEAR_COPY:
        return None
    lemmas = set(s.lemmas.split())
    # What is denied must be what the question asks: "relieved of duty without pay, and I have begun the dismissal
    # process" denies nothing of the dismissal's outcome.
    denied = {t.lemma_.lower() for head in denied_predicates(s) for t in _predicate(head)}
    for (unknown, text), sim in zip(items, sims):
        if sim >= ABOUT and text == unknown.text and _SAME_ACT.search(text) and _SAME_ACT.search(s.text) and \
                {t.lemma_.lower() for sub in claim_subjects(text) for t in sub.subtree if t.pos_ == "NOUN"} & lemmas:
            return unknown  # "no other detective did anything like this", for "whether other detectives did the same"
        if sim < ABOUT or not terms(text) & denied or others_missing(text, s):
            continue
        # A question of why, or a claim of what someone thought, is not settled by denying a fact ("she was not a
        # protester" tells no one why the officer shoved her, nor what he believed).
        if _asks_cause(unknown, text) or text in unknown.asserted_by and _MIND.search(text) and \
                not _MIND.search(s.text):
            continue
        if text in unknown.asserted_by:
            if uses_distinctive(text, s, ctx) and same_subject(text, s):
                return unknown
        else:
            wanted = terms(text) - known_terms(ctx)
            if wanted and (len(wanted & lemmas) * 2 >= len(wanted) or uses_distinctive(text, s, ctx)):
                return unknown
    return None


#: An act referred back to ("did the same", "did anything like this", "did it too").
_SAME_ACT = re.compile(r"(?i)\b(?:did|do|does|done|doing)\s+(?:the same|likewise|so too|it too|this too|"
                       r"(?:anything|something|the same thing) (?:like (?:this|that|it)|similar))\b")


def _predicate(head) -> list:
    """The words of a predicate: its subtree without its subject and without the clauses joined to it ("Officer
    Brandt is relieved of duty without pay, and I have begun ..." gives "relieved of duty without pay")."""
    words = [head]
    for child in head.children:
        if child.dep_ not in ("conj", "cc", "nsubj", "nsubjpass"):
            words += list(child.subtree)
    return words


def _name_used(ctx: Context) -> str | None:
    """How the answer names the person harmed, title included ("Mr. Ortega", "Darius"): its first mention."""
    found = [m for n in ctx.people for m in re.finditer(
        r"\b(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+)?" + re.escape(n) + r"\b", ctx.analysis.text)]
    return min(found, key=lambda m: (m.start(), -len(m.group()))).group() if found else None


def _read_with_name(ctx: Context, texts: list[str], sim, of_officer: list[bool]):
    """Similarity to the scenario's claims, each claim written of "he"/"she" read as well with the name the
    answer uses: a name weighs on the encoder as much as the act, so "Mr. Ortega lunged at my deputy" sits far
    from "he charged at the deputy" (0.46) and close to "Mr. Ortega charged at the deputy". A claim that answers
    a question about an officer ("why the officer switched off his camera": "he switched it off by accident") is
    of the officer, and is not read with the person's name."""
    import numpy as np

    name = _name_used(ctx)
    cols = [k for k, t in enumerate(texts) if re.match(r"(?i)(he|she)\b", t) and not of_officer[k]]
    if not name or not cols:
        return sim
    named = ctx.similarity([re.sub(r"(?i)^(he|she)\b", name, texts[k]) for k in cols])
    out = np.array(sim)
    out[:, cols] = np.maximum(out[:, cols], named)
    return out


@lru_cache(maxsize=256)
def _officer_claimed(question: str, claim: str, officers: frozenset[str]) -> bool:
    acts = {t.head.lemma_.lower() for t in nlp.phrase(question)
            if t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in officers}
    said = nlp.phrase(claim)
    root = next((t for t in said if t.dep_ == "ROOT"), None)
    return bool(acts) and root is not None and root.lemma_.lower() in acts and \
        not any(t.lemma_.lower() in officers for t in said)


def _of_the_officer(question: str, claim: str, ctx: Context) -> bool:
    """A claim that tells an officer's own act an open question asks about: the question's subject is an officer
    and the claim's verb is the question's, with no officer named ("why the officer switched off his camera": "he
    switched it off by accident"). "He charged at the deputy", under "why the deputy used the Taser", is of the
    person."""
    return _officer_claimed(question, claim, ctx.officer_words)


def _subjects_of(head) -> list:
    """A predicate's subjects: its own, or those of the verb it is joined to ("he ran and was not armed")."""
    for node in (head, head.head if head.dep_ == "conj" else head):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects
    return []


_INDIRECT_QUESTION = frozenset("whether how why".split())


def _unlisted(parts: list[Sentence]) -> list[Sentence]:
    """The parts of a sentence that say something of their own: not an item of a list an acknowledgement opens
    ("NOT YET KNOWN: the speeds; whether a supervisor approved the chase"), and not a bare indirect question
    ("whether a supervisor approved it"), which asks and states nothing."""
    out = []
    for p in parts:
        opened = p.find(C.UNKNOWN_ACK) and ":" in p.text
        first = next((t.lower_ for t in p.span if t.is_alpha), "")
        if first not in _INDIRECT_QUESTION:
            out.append(p)
        if opened:
            break  # what follows the colon is the list of what is not known
    return out


#: What opens a list item's line: "- ", "• ", "2. ".
_BULLET = re.compile(r"[ \t]*(?:[-•*–]|\d+[.)])[ \t]*")


def _under_unknown_heading(ctx: Context) -> set[int]:
    """Starts of the sentences on the bulleted lines under a heading of what is not yet known ("What is not yet
    known" on a line of its own, then "- The patrol car's speed, and which direction had the green signal."):
    the items name the questions, they answer none."""
    text = ctx.analysis.text
    listed: set[int] = set()
    under, end = False, 0
    for s in ctx.analysis.sentences:
        before = text[end:s.start]
        # The bullet may open the sentence's own text ("- Whom the officer was aiming at") or stand before it.
        bulleted = _BULLET.fullmatch(before.rsplit("\n", 1)[-1]) or _BULLET.match(s.text)
        if "\n" in before and not bulleted:
            # A line that is not a bullet: a heading of what is not known opens a list, any other line ends one.
            words = sum(t.is_alpha for t in s.span)
            under = bool(s.find(C.UNKNOWN_ACK)) and words <= 8 and not s.text.rstrip().endswith((".", "!", "?"))
        elif under:
            listed.add(s.start)
        end = s.start + len(s.text)
    return listed


def inform_of_facts(ctx: Context) -> Finding:
    credits, flags, covered = _fact_mentions(ctx)
    flags = _played_down_harm(ctx) + flags
    unknown_acks = [s for s in ctx.analysis.clauses if s.find(C.UNKNOWN_ACK)]
    # Unknowns stated as fact, or speculated about.
    unknowns = ctx.unknowns
    # Each clause's closeness to its nearest known fact, asked by both readings below.
    fsim = ctx.similarity([f.text for f in ctx.facts]).max(axis=1) if ctx.facts and ctx.analysis.clauses else None
    if unknowns and ctx.analysis.clauses:
        items = [(u, u.text) for u in unknowns] + [(u, c) for u in unknowns for c in u.asserted_by]
        texts = [t for _, t in items]
        plain = ctx.similarity(texts)
        usim = _read_with_name(ctx, texts, plain, of_officer=[_of_the_officer(u.text, c, ctx) for u, c in items])
        listed = _under_unknown_heading(ctx)
        for i, s in enumerate(ctx.analysis.clauses):
            if s.start in listed:
                continue  # an item under a heading of what is not yet known states nothing
            if s in unknown_acks or s.find(C.WITHHOLD):
                # "He gave a clear warning; what we do not know is how long ...": read each part on its own.
                parts = [p for p in _unlisted(s.segments) if not p.find(C.UNKNOWN_ACK) and not p.find(C.WITHHOLD)]
                if parts:
                    psim = ctx.similarity_of(parts, texts)
                    pfact = ctx.similarity_of(parts, [f.text for f in ctx.facts]).max(axis=1) \
                        if ctx.facts else [0.0] * len(parts)
                    for part, row, best in zip(parts, psim, pfact):
                        found = _unknown_claim(ctx, part, items, row, float(best))
                        if found:
                            flags.append(evidence(s, found, "flag"))
                            break
                continue
            found = _unknown_claim(ctx, s, items, usim[i], float(fsim[i]) if fsim is not None else 0.0, plain[i])
            if found:
                flags.append(evidence(s, found, "flag"))
    # What the evidence indicates, when it is what is known ("preliminary information indicates that ... he picked
    # up a pair of trauma shears"), is caution, not speculation.
    # ("She could have defused the situation by calling her supervisor" guesses at nothing: it blames her, which
    # no-victim-demonizing reads.)
    blamed = _could_have_done_otherwise(ctx)
    for i, s in enumerate(ctx.analysis.clauses):
        if fsim is not None and fsim[i] >= FACT and _evidence_indicates(s) or s in blamed:
            continue
        if _speculates(ctx, s) and not any(f.start == s.start for f in flags) and about_person(ctx, s):
            flags.append(evidence(s, "hedged speculation about the person: say only what is established", "flag"))
    if ctx.wrongdoing != Wrongdoing.established:
        for h in ctx.affirmed(C.CONDEMN):
            if not re.search(r"(?i)\b(if|whether|should (he|she|they|the))\b", h.sentence.text) and \
                    not flagged(h.sentence, flags) and not said_of_someone_named(ctx, h) and \
                    not _judgement_withheld(h) and not _of_another_wrongdoer(ctx, h) and not charge_told(h) and \
                    not of_the_agency_itself(h):
                flags.append(phrase_evidence(h, "condemns the officer before the investigation has found anything"))
        flags += [evidence(s, "states as fact a breach of the rules the investigation has not found", "flag")
                  for s in ctx.analysis.clauses if _breach_asserted(ctx, s) and not flagged(s, flags)]
        for h in clearing_hits(ctx):
            # Claims of fact ("acted within policy"), not declarations of loyalty ("we stand behind him").
            if re.search(r"(?i)stand|support|back|hero|rush|context|isolated", h.phrase):
                continue
            if not h.negated and not flagged(h.sentence, flags):
                flags.append(phrase_evidence(h, "states as fact a judgement the investigation has not made"))
    else:
        # The finding is itself a known fact: clearing the officer contradicts it (declining to own it is
        # for admit-wrongdoing).
        for h in clearing_hits(ctx, denials=False):
            # Loyalty and excuses ("a split second to decide", "I believe him") are for admit-wrongdoing.
            if not h.negated and not re.search(r"(?i)stand|support|back|rush|context|split|believe|i know|kind of",
                                               h.phrase):
                flags.append(phrase_evidence(h, "contradicts the established finding against the officer"))
        flags += [phrase_evidence(h, "contradicts the finding that cleared this act")
                  for h in condemns_the_cleared(ctx) if not flagged(h.sentence, flags)]
        flags += _sanction_told(ctx, flags)
        # A finding of the department's is no verdict of the court still to try the officer.
        flags += [phrase_evidence(h, "states as fact the verdict of a trial still ahead")
                  for h in ctx.affirmed(C.CONDEMN) if verdict_before_trial(ctx, h) and not flagged(h.sentence, flags)]
    flags += _stale_unknowns(ctx, unknown_acks + [s for s in ctx.sentences_with(C.STILL_OPEN)
                                                  if s not in unknown_acks])
    if unknown_acks:
        credits.append(evidence(unknown_acks[0], "says what is not yet known"))
    text = " ".join(s.text for s in ctx.analysis.clauses)
    # (An instructor may score a letter written before any incident on this principle: there is then no incident's
    # time or place to look for.)
    incident = ctx.scenario.incident
    when = bool(C.TIME_WORDS.search(text)) or incident is not None and _mentions_scenario_words(ctx, incident.when)
    where = bool(C.PLACE_WORDS.search(text)) or incident is not None and _mentions_scenario_words(ctx, incident.where)
    parts = [covered >= 1, covered >= 2 or (covered >= 1 and (when or where)), when and where, bool(unknown_acks)]
    fraction = sum(parts) / len(parts)
    return grade(fraction, credits, dedupe(flags), violated=bool(flags),
                 missing="State the known facts: what happened, when, where and to whom; then say what is not yet known.",
                 partial=_facts_gap(covered, when, where, bool(unknown_acks)),
                 violation="Remove anything the investigation has not established; say instead that it is not yet known and how it will be found out.")


#: An open question of what becomes of the officer: "whether the officer will be disciplined, and how", "what will
#: happen to Constable Keane's employment".
_SANCTION_QUESTION = re.compile(r"(?i)\b(disciplin\w*|employment|dismiss\w*|fired|sack\w*|terminat\w*|sanction\w*|"
                                r"his job|her job|career)\b")

#: (Not "fired": "after the Taser was fired".)
#: (Nor "terminat...": "the supervisor ordered the pursuit terminated".)
_SANCTION_BEGUN = re.compile(r"(?i)\b(dismissal|dismissed|sacked|fired from|(?:was|were|been|be|being) terminated|"
                             r"termination (?:proceedings|hearing|of (?:his|her|their) employment))\b")


def _sanction_told(ctx: Context, flags: list[Evidence]) -> list[Evidence]:
    """A finding of wrongdoing does not decide the sanction: "he will be dismissed once Professional Standards
    completes its review", "Constable Keane will not be wearing this uniform again" state as fact what the scenario
    leaves open (not "he will be fired if the hearing upholds the finding")."""
    officers = ctx.officer_words
    open_ = [u for u in ctx.unknowns if _SANCTION_QUESTION.search(u.text)
             and any(w in officers for w in re.findall(r"[a-z]+", u.text.lower()))]
    # (Not where the facts already tell a dismissal begun: "the Chief has begun the dismissal process".)
    if not open_ or any(_SANCTION_BEGUN.search(f.text) for f in ctx.facts):
        return []
    # Done, in a past form ("were fired", "has been dismissed"), not asked ("I have recommended that he be terminated").
    done = [h for h in ctx.affirmed(C.SANCTION_DONE) if any(
        t.lemma_.lower() == "be" and t.tag_ in ("VBD", "VBN") for t in h.sentence.tokens_at(h.start, h.end))]
    # (So is the very sanction the question asks about: "whether either officer will be disciplined" is not answered
    # by "both officers will be disciplined once the review finishes".)
    asked = {m.group().lower()[:7] for u in open_ for m in _SANCTION_QUESTION.finditer(u.text)}
    told = [h for h in ctx.affirmed(C.CONDEMN) if C.DECIDED_SANCTION.search(h.phrase) or any(
        m.group().lower()[:7] in asked for m in _SANCTION_QUESTION.finditer(h.phrase))] + done
    return [phrase_evidence(h, f"states as fact something not yet known ({open_[0].text})")
            for h in told
            if not re.search(r"(?i)\b(if|whether|unless|could|may|might|should|would)\b|\bin my view\b|"
                              r"\bi (believe|think)\b", h.sentence.text)
            and not flagged(h.sentence, flags)]


#: Someone else the incident has as a wrongdoer: "the FBI is hunting the caller, and he will answer for that call".
_OTHER_WRONGDOER = re.compile(r"(?i)\b(caller|hoaxer|prankster|gunman|robber|attacker|assailant|shooter|carjacker|"
                              r"kidnapper|hostage-taker)\b")


def _of_another_wrongdoer(ctx: Context, h: Hit) -> bool:
    """A condemnation in a sentence about another wrongdoer, with no officer in it."""
    officers = ctx.officer_words
    return bool(_OTHER_WRONGDOER.search(h.sentence.text)) and not any(
        t.lemma_.lower() in officers for t in h.sentence.span)


_LIGHT_VERBS = frozenset("be have do go come get make take tell say give put".split())


def _tells_what_was_found(s: Sentence) -> bool:
    """A sentence whose main verb tells what a review found ("It found that there was no written approval, that the
    lieutenant ordered the flight after an unconfirmed rumour of a fight ..."): whatever it calls unconfirmed was so
    then, and it calls nothing unknown now."""
    root = s.span.root
    return root.lemma_.lower() in _FOUND and root.tag_ == "VBD" and any(c.dep_ == "ccomp" for c in root.children)


#: Verbs with which a review tells what it found.
_FOUND = frozenset("find conclude determine establish confirm".split())


#: A day of the calendar: "July 31", "31 July".
_CALENDAR_DAY = re.compile(r"(?i)\b(?:(?:january|february|march|april|may|june|july|august|september|october|november|"
                           r"december) \d{1,2}|\d{1,2} (?:january|february|march|april|may|june|july|august|"
                           r"september|october|november|december))\b")


def _stale_unknowns(ctx: Context, unknown_acks: list[Sentence]) -> list[Evidence]:
    """Calling unknown what has since been found out ("the object has not been identified" a day after it was),
    unless the answer also gives what was found."""
    if not ctx.state.resolved or not unknown_acks:
        return []
    # The question itself, not a note after it ("...; the device's download is pending with the State Police"),
    # and, after a colon, its own words apart from the gloss before it ("what she was doing in the seconds before
    # the shots: whether she was moving toward the officer or away from him").
    questions = [re.split(r";|\s[-–—]\s", u.text)[0] for u, _ in ctx.state.resolved]
    pieces = [(j, piece) for j, q in enumerate(questions)
              for piece in [q] + ([p.strip() for p in q.split(":") if p.strip()] if ":" in q else [])]
    sim = ctx.similarity([piece for _, piece in pieces])
    flags = []
    # "Three weeks ago I told you we did not yet know whether the screenshots were real" recalls what was said.
    for s in [a for a in unknown_acks if not _told_before(a) and not _tells_what_was_found(a)]:
        i = ctx.analysis.clauses.index(s)
        best = int(sim[i].argmax())
        j, piece = pieces[best]
        # Read the part that says what is not known, not a part that tells what was found ("Mrs. Marsh had
        # surgery Thursday; we do not yet know whether she will regain full use of her arm").
        said_open = [p for p in s.segments if p.find(C.UNKNOWN_ACK) or p.find(C.STILL_OPEN)] or [s]
        lemmas = {w for p in said_open for w in p.lemmas.split()}
        # The person's name and the incident's own words are in most questions: the question's other words tie a
        # sentence to it ("we do not know whether she will regain full use of her arm" is not "whether she will
        # need surgery on her arm").
        # Light verbs tie nothing ("what the team knew, or had been told, ... before it went in" is about what the
        # team knew, not about going or telling).
        own = terms(piece) - _LIGHT_VERBS
        asked = own - _incident_terms(ctx) or own
        if sim[i, best] < SAME_CLAIM or not asked or len(asked & lemmas) * 2 < len(asked):
            continue
        # The answer tells what was found, too (a fact the resolving inject brought, on the same question).
        answers = [f.text for f in ctx.state.resolved[j][1] if terms(f.text) & asked - _incident_terms(ctx)]
        # (A date found, given in the same sentence, answers it: "...; it reports by July 31".)
        if {d.lower() for d in _CALENDAR_DAY.findall(s.text)} & {d.lower() for a in answers
                                                                  for d in _CALENDAR_DAY.findall(a)}:
            continue
        if answers:
            # A sentence tells it when it is closer to what was found than to the old question (the stale
            # sentence itself is close to both).
            found = ctx.similarity(answers).max(axis=1)
            if any(found[k] >= FACT and (c not in unknown_acks or found[k] > sim[k, best])
                   for k, c in enumerate(ctx.analysis.clauses)):
                continue
        flags.append(evidence(s, f"calls unknown what is now known ({questions[j]}): give what was found", "flag"))
    return flags


def _told_before(s: Sentence) -> bool:
    """The writer recalls what they said before ("I told you", "we said at the time")."""
    return any(t.tag_ == "VBD" and t.lemma_.lower() in ("tell", "say", "announce", "report", "write") and
               writer_is_subject(t) for t in s.span)


def _incident_terms(ctx: Context) -> frozenset[str]:
    """Content lemmas of the incident's summary (its people, place, what happened): shared by most questions and
    facts, they do not tie a fact to one question."""
    incident = ctx.scenario.incident
    return terms(incident.summary) if incident else frozenset()


def _played_down_harm(ctx: Context) -> list[Evidence]:
    """"Minor injuries" where the known facts tell of a fracture, a shooting or a death."""
    facts = " ".join(f.text for f in ctx.facts)
    if not C.SEVERE_HARM.search(facts):
        return []
    out = []
    # "not serious", "not believed to be life-threatening" carry their own negation.
    # Not life-threatening is true of a wound the facts say she will recover from ("a bullet fragment struck her
    # thigh; after surgery she is stable and expected to recover"); said of a life in danger it plays it down.
    in_danger = bool(_LIFE_IN_DANGER.search(facts))
    for h in ctx.asserted(C.MINIMISED_HARM):
        if "life" in h.phrase.lower() and not in_danger:
            continue
        if h.phrase.lower() not in facts.lower() and not _said_of_a_thing(h, ctx) and not _told_or_asked(h):
            out.append(phrase_evidence(h, "plays down harm the known facts show to be serious"))
    return out


#: Verbs over words someone said or asked to have made sure of: "he was told he was fine", "asked us to make sure
#: she was okay".
_TOLD_OR_ASKED = frozenset("tell say answer reply assure insist shout yell claim ask make check ensure see".split())


def _told_or_asked(h: Hit) -> bool:
    """Whether "fine" or "okay" lies in what someone was told or asked to make sure of, not in the writer's
    account."""
    return speech_verb_over(h, ("ccomp", "xcomp"), _TOLD_OR_ASKED) is not None


_LIFE_IN_DANGER = re.compile(r"(?i)\b(died|dead|death|dying|critical\w*|intensive care|coma|fatal\w*|life support|"
                             r"(?<!not )(?<!non-)life[- ]threatening|not expected to (survive|live))\b")


def _said_of_a_thing(h: Hit, ctx: Context) -> bool:
    """"Fine" or "OK" said of a thing, not of a person ("typed input is fine", "a text message is OK")."""
    verb = cue_verb(h)
    if verb is None or verb.lemma_.lower() not in ("be", "get", "appear"):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(c.pos_ == "NOUN" and c.lemma_.lower() not in person_nouns(ctx) for c in subjects)


def _facts_gap(covered: int, when: bool, where: bool, unknown: bool) -> str:
    missing = []
    if covered < 2:
        missing.append("more of the known facts")
    if not when:
        missing.append("when it happened")
    if not where:
        missing.append("where it happened")
    if not unknown:
        missing.append("what is not yet known")
    return "Add " + ", ".join(missing) + "." if missing else "Keep to the established facts."


def _mentions_scenario_words(ctx: Context, phrase: str) -> bool:
    words = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", phrase)} - {"about", "after", "before", "near", "with"}
    capitals = {w.lower() for w in re.findall(r"\b[A-Z][a-z]{2,}", phrase)}
    text = " ".join(s.text for s in ctx.analysis.clauses).lower()
    hits = {w for w in words if re.search(r"\b" + re.escape(w) + r"\b", text)}
    return bool(hits & capitals) or len(hits) >= 2


#: Words the scenario uses for someone suspected of a crime, unless it denies them ("he was never a suspect").
_SUSPECT_IN_SCENARIO = re.compile(r"(?i)(?<!\bnot )(?<!\bnever )(?<!\bno )(?<!\bnot a )(?<!\bnever a )"
                                  r"\b(?:(?:robbery |murder |shooting |homicide )?suspects?|suspected of|robber|"
                                  r"gunman|shooter|"
                                  r"assailant|attacker|carjacker|perpetrator|thief|thieves|burglar|offenders?|"
                                  r"stolen|hostage[- ]takers?|kidnappers?|abductors?|robbed (?:a|an|the)|"
                                  r"(?:took|held|holding|seized) (?:\w+ ){0,3}hostage)\b")


def _scenario_has_suspect(ctx: Context) -> bool:
    """Whether the incident, as the scenario tells it, has someone suspected of a crime besides the person harmed:
    its own words name a suspect (a robber, a gunman) and the person harmed was never suspected (a man held for a
    robbery he did not commit is still who "the former suspect" means)."""
    incident = ctx.scenario.incident
    if incident is None or incident.person_harmed.suspected_of_crime or any(
            i.person_harmed is not None and i.person_harmed.suspected_of_crime for i in ctx.scenario.injects):
        return False
    texts = [incident.type, incident.summary, *(f.text for f in ctx.facts)]
    return any(_SUSPECT_IN_SCENARIO.search(t) for t in texts)


#: Words that offer what follows as an excuse for the officers.
_EXCUSING = re.compile(r"(?i)\b(?:in (?:all )?fairness to (?:the|our) (?:officers?|deputies|deputy|team|detectives?)|"
                       r"to be fair to (?:the|our) (?:officers?|deputies|deputy|team|detectives?)|"
                       r"in (?:the|our) (?:officers?'|officer's|deputies'|deputy's) defen[cs]e)\b")

#: People the police act on, as a sentence that blames them names them.
_HARMED_PEOPLE = frozenset("he she they student kid child people resident family guest fan passenger patient adult "
                           "parent occupant tenant neighbor neighbour crowd man woman boy girl driver".split())


def _counterfactual_doers(s: Sentence) -> list[Token]:
    """The subjects of a sentence's unmet condition, where its main clause says what would have been ("Had Mr. Odell
    notified the association" and "if our officers had checked the lockbox" in "..., none of this would have
    happened"); a condition passive ("had the family been told sooner") has none."""
    # (or "might be": "had Mr. Whitfield reached out for help earlier that day, he might be alive today")
    if not UNMET_RESULT.search(s.text):
        return []
    doers = []
    for t in s.span:
        had = [c for c in t.children if c.dep_ == "aux" and c.lower_ == "had"]
        # "If she had ..." or, inverted, "Had she ..." (at the end too: "staff would have been better prepared had
        # Ms. Dunmore told the booking officer", where "had" comes right before its subject)
        subjects = [c for c in t.children if c.dep_ == "nsubj"]
        if had and t.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in t.children) and (
                any(c.dep_ == "mark" and c.lower_ == "if" for c in t.children) or
                had[0].i < t.i and had[0].i == t.left_edge.i or
                any(had[0].i + 1 == c.left_edge.i for c in subjects)):
            doers += [c for c in t.children if c.dep_ == "nsubj"]
    return doers


def _undone_had_they(ctx: Context) -> list[Sentence]:
    """Sentences that undo the harm had the people harmed acted otherwise ("Had Mr. Odell notified the homeowners
    association, the call would likely never have been made", "had the organisers kept a copy of the permit, all of
    this could have been avoided"). "Had our officers checked the lockbox" owns the wrong, and "had the family been
    told sooner" is something done to them; where the incident has a suspect of its own, "had the man not opened
    fire" may be him, so only a name says who is blamed."""
    return [s for s in ctx.analysis.sentences if any(_blamed_doer(ctx, t) and not _they_beside_the_named(ctx, s, t)
                                                     for t in _counterfactual_doers(s))]


def _they_beside_the_named(ctx: Context, s: Sentence, doer: Token) -> bool:
    """A "they" of the condition where the sentence names the one person harmed ("If they had called for help,
    Marcus Greene would be alive today"): they are others, the officers the answer has just told of."""
    names = {n.lower() for n in ctx.people}
    return doer.lower_ == "they" and any(w.pos_ == "PROPN" and w.lower_ in names for w in s.span)


#: Who, doing otherwise, would have spared the harm, as a sentence that blames the people harmed names them.
_BLAMED_DOERS = _HARMED_PEOPLE | frozenset("organiser organizer subject individual person victim mother father son "
                                           "daughter husband wife".split())
#: Titles before a surname: "Mr. Pruitt" is a member of the public, as an officer would be "Officer Ruiz" (a doctor
#: may be anyone's).
_CIVIL_TITLES = frozenset(t + dot for t in NAME_TITLES - {"dr"} for dot in ("", ".")) | {"señor", "señora", "sra.",
                                                                                           "sr."}


def _blamed_doer(ctx: Context, doer: Token) -> bool:
    """Whether the subject of an unmet condition is one of the people harmed: named as the scenario names them, a
    member of the public by title ("Mr. Pruitt") or, where the incident has no suspect of its own, a person by what
    they are ("the blind man", "the organisers", "he")."""
    words = list(doer.subtree)
    if any(w.lemma_.lower() in ctx.actor_words for w in words):
        return False
    names = {n.lower() for n in ctx.people}
    if any(w.pos_ == "PROPN" and w.lower_ in names for w in words):
        return True
    if any(w.lower_ in _CIVIL_TITLES and w.head.pos_ == "PROPN" for w in words):
        return True
    return doer.lemma_.lower() in _BLAMED_DOERS and not _scenario_has_suspect(ctx)


#: What befalls a person, which no one is blamed for having "could have" done: "she could have died".
_BEFALLING = frozenset("be have get die lose suffer receive fall drown bleed".split())


def _could_have_done_otherwise(ctx: Context) -> list[Sentence]:
    """Clauses that say what the person harmed, by name, could or should have done ("Ms. Ruiz could have defused the
    situation by calling her own supervisor sooner"): the harm put down to them. "She could have died" befalls her;
    "the detective could have called a supervisor" is said of an officer. Read once per answer: inform-of-facts and
    no-victim-demonizing both ask for it."""
    return ctx.remember("could have done otherwise", lambda: _read_could_have_done(ctx))


def _read_could_have_done(ctx: Context) -> list[Sentence]:
    """The clauses :func:`_could_have_done_otherwise` returns, read from the answer."""
    names = {n.lower() for n in ctx.people}
    return [s for s in ctx.analysis.clauses if any(
        t.pos_ == "VERB" and t.lemma_.lower() not in _BEFALLING and not C.HARM_OUTCOME.search(t.text)
        and any(c.dep_ == "aux" and c.lower_ in ("could", "should") for c in t.children)
        and any(c.dep_ == "aux" and c.lower_ == "have" for c in t.children)
        and not any(c.dep_ in ("neg", "auxpass") for c in t.children)
        and any(c.dep_ == "nsubj" and any(w.pos_ == "PROPN" and w.lower_ in names for w in c.subtree)
                for c in t.children)
        for t in s.span)]


def _owned_had_we(ctx: Context, s: Sentence) -> bool:
    """Whether the sentence's unmet condition is the police's own ("Had our officers checked the lockbox, none of
    this would have happened"): the wrong owned, not put on the person harmed."""
    return any(t.lemma_.lower() in ctx.actor_words for t in _counterfactual_doers(s))


def no_victim_demonizing(ctx: Context) -> Finding:
    person = ctx.state.person_harmed
    flags, credits = [], []
    for h in ctx.hits(C.DEMONIZING):
        # ("not a stranger to our records", "whose paperwork wasn't in order" carry their own negation)
        if h.negated and not OWN_NEGATION.search(h.phrase) or _raised_to_refuse(ctx, h.sentence):
            credits.append(phrase_evidence(h, "declines to raise the person's past: respectful", "credit"))
        elif _an_open_question_named(ctx, h) or _a_test_to_come(ctx, h):
            continue  # "we don't know ... whether he had been drinking (his blood test is pending)"
        elif _asked_about(h) or _writer_asks_it(h):
            continue  # "I've been asked about her past": the question put to us, not an answer to it
        elif _owned_had_we(ctx, h.sentence):
            continue  # "had our officers checked the lockbox, none of this would have happened"
        elif _EXCUSING.search(h.sentence.text):
            # "In fairness to the officers, the address did have prior narcotics associations": raised as an excuse,
            # even a fact of the incident puts the people harmed on trial.
            flags.append(phrase_evidence(h, "puts the person harmed on trial: raised to excuse what officers did"))
        elif _label_taken_back(ctx, h):
            credits.append(phrase_evidence(h, "takes back a label once put on the person", "credit"))
        elif _reported_and_called_false(ctx, h.sentence):
            credits.append(phrase_evidence(h, "answers a claim about the person: calls it false", "credit"))
        elif _labels_a_crowd(h):
            continue  # "the march turned violent" labels a crowd, not the person harmed
        elif _in_a_name(h) or _names_a_police_unit(h):
            continue  # "a Violent Crimes Unit lieutenant", "our narcotics detectives" name a unit
        elif _charged_someone_else(ctx, h) or said_of_someone_named(ctx, h):
            continue  # "whether anyone is charged with a crime is for the DA": the officer's case, not his past
        elif _said_of_police(ctx, h):
            continue  # "the deputy's use of deadly force did not comply with policy" is a finding against him
        elif _said_of_anyone(h):
            continue  # "a Taser on someone who is only passively non-compliant" is whom a rule covers
        elif _not_a_persons(ctx, h):
            continue  # "the city's past" or "the officer's background" is not the person's
        elif _place_of_the_incident(ctx, h) or _custody(h):
            continue  # "he spent the night in juvenile detention" tells where officers held him, not his past
        elif _charge_of_the_incident(ctx, h) or _substance_of_the_incident(ctx, h):
            continue  # "he was charged with possession and spent 154 days in jail": the harm, as the facts tell it
        elif _officers_own_words(ctx, h):
            continue  # "arrested on suspicion of operating while intoxicated": what officers did, not a label
        elif person is not None and person.history_relevant and re.search(r"record|histor|arrest|convict|parole|probation", h.phrase, re.I):
            continue
        else:
            flags.append(phrase_evidence(h, "puts the person harmed on trial: irrelevant past, labels or blame"))
    # Said of the person ("he was off his meds"), not of people in general ("officers trained to help people
    # living with mental illness").
    for h in ctx.affirmed(C.MEDICAL_HISTORY):
        if _a_known_fact(ctx, h):
            continue  # "his mother called 911 because he has schizophrenia": the call is a fact of the incident
        if said_of_person(ctx, h) or re.search(r"(?i)\b(his|her|their)\b", h.phrase):
            flags.append(phrase_evidence(h, "discloses the person's medical history: it is private, and the "
                                            "family's to speak of"))
    for h in ctx.affirmed(C.PERSON_CHOICE):
        if said_of_person(ctx, h):
            flags.append(phrase_evidence(h, "puts the blame on the person harmed"))
    for h in ctx.affirmed(C.BLAME_ON_THE_HARMED):
        # Said of people the police acted on: "had our officer followed the policy, no one would have been hurt" owns
        # the wrong, and "if the school had followed ..." blames no one harmed.
        words = {t.lemma_.lower() for t in h.sentence.tokens_at(h.start, h.end)}
        if words & (_HARMED_PEOPLE | {n.lower() for n in ctx.people}) and not words & ctx.actor_words:
            flags.append(phrase_evidence(h, "puts the harm down to what the people harmed did"))
    for h in ctx.hits(C.CHARACTER_DOUBTED):
        if not _said_of_police(ctx, h):
            flags.append(phrase_evidence(h, "puts the person harmed on trial: their character is not a fact of "
                                            "this incident"))
    for s in _undone_had_they(ctx):
        flags.append(evidence(s, "puts the harm down to what the person harmed did not do", "flag"))
    for s in _could_have_done_otherwise(ctx):
        if not flagged(s, flags):
            flags.append(evidence(s, "puts the harm down to what the person harmed could have done", "flag"))
    for h in ctx.affirmed(C.SHARED_BLAME):
        flags.append(phrase_evidence(h, "shares the blame out between the person harmed and the officer: say what "
                                        "the officer did"))
    for h in ctx.affirmed(C.CAUSE_FRAME):
        # (The whole sentence: "she's got some challenges with learning, ... and I expect that's part of why".)
        whole = next(iter(_this_and_next(ctx, h.sentence)), h.sentence).text
        if C.CONDITION.search(whole) and (_KIN_PRONOUN.search(whole) or about_person(ctx, h.sentence) or
                                           any(n in whole for n in ctx.people)):
            flags.append(phrase_evidence(h, "makes the person's disability or condition a cause of what officers "
                                            "did"))
    for h in ctx.affirmed(C.FRAILTY_AS_CAUSE):
        if C.HARM_OUTCOME.search(h.sentence.text):
            flags.append(phrase_evidence(h, "puts the harm down to the person's age or frailty, not to what was "
                                            "done"))
    for h in ctx.affirmed(C.PERSON_DISCIPLINE):
        # ("The other two deputies at Lucía's scene were disciplined for ..." is said of officers.)
        if said_of_person(ctx, h) and not _said_of_police(ctx, h) and not _pronoun_of_the_other_sex(ctx, h):
            flags.append(phrase_evidence(h, "puts the person harmed on trial: an old punishment is not a fact of "
                                            "this incident"))
    for h in ctx.affirmed(C.PERSON_INFRACTION):
        if _before_the_incident(ctx, h.sentence) and (said_of_person(ctx, h) or about_person(ctx, h.sentence)):
            flags.append(phrase_evidence(h, "puts the person harmed on trial: an old infraction has nothing to do "
                                            "with what officers did"))
    facts = [f.text for f in ctx.facts]
    for h in ctx.affirmed(C.DRUGS):
        about = said_of_person(ctx, h) or _KIN_PRONOUN.search(h.sentence.text)
        # A known fact that tells it in the same words ("a teacher reported a smell of cannabis"); a fact that is
        # only close ("staff called because she was throwing furniture") does not tell that she had taken something.
        # (Tense and quotation marks aside: "he had taken something" is told by 'he said he "took something"'.)
        said = h.sentence.lemmas[h.start:h.end].strip()
        told = [f for f in facts if any(f" {x} " in re.sub(r' ["“”] ', " ", lemma_line(f))
                                        for x in (said, re.sub(r"^have ", "", said)))]
        if about and not attributed_and_disowned(ctx, h.sentence) and (
                not told or float(ctx.similarity_of([h.sentence], told).max()) < FACT and not _reported_saying(h)):
            flags.append(phrase_evidence(h, "puts drugs on the person, which no known fact does"))
    for h in ctx.affirmed(C.SEX_AS_NOUN):
        word = h.sentence.tokens_at(h.start, h.end)[-1:]
        # ("the dispatcher's radio call told the officers only of "a male with a machete"": his words, quoted)
        if word and word[0].pos_ == "NOUN" and word[0].dep_ != "amod" and not _said_of_police(ctx, h) and \
                not h.quoted:
            flags.append(phrase_evidence(h, "calls the person by their sex, as an incident report would, not as a "
                                            "person"))
    # (Where the incident has a suspect of its own, "the subject was apprehended" may well be him.)
    other_suspect = _scenario_has_suspect(ctx)
    for h in ctx.affirmed(C.SUBJECT_LABEL):
        if not _said_of_police(ctx, h) and not h.quoted and not _label_taken_back(ctx, h) and (
                not other_suspect or said_of_person(ctx, h)):
            flags.append(phrase_evidence(h, f"calls the person \"{h.phrase.lower()}\", as an incident report would, "
                                            "not as a person"))
    for h in _unestablished_hostility(ctx):
        flags.append(phrase_evidence(h, "casts the person as the threat with conduct the investigation has not "
                                        "established"))
    if person is not None and not person.suspected_of_crime:
        # A suspect still at large is someone else ("we still have a domestic-battery suspect at large"); where the
        # scenario has a suspect of its own (the robber officers fired at), "the suspect" is the person harmed only
        # when said of them.
        someone_else = _scenario_has_suspect(ctx)
        for h in ctx.affirmed(C.SUSPECT):
            # "The burglary suspect's family has our sympathy" can mean only the person harmed.
            if not re.search(r"(?i)\bat large\b|\bon the run\b", h.sentence.text) and not _treated_as(h) and \
                    not _label_taken_back(ctx, h) and (
                    not someone_else or said_of_person(ctx, h) or _mourned(h)):
                flags.append(phrase_evidence(h, "calls someone a suspect who was not suspected of a crime"))
    if person is not None and not person.family_notified:
        # The family hears it from the agency before the public hears the name.
        for s in ctx.analysis.clauses:
            if any(re.search(r"\b" + re.escape(n) + r"\b", s.text) for n in all_names(ctx)):
                flags.append(evidence(s, "names the person before the family has been told", "flag"))
                break
    flags += [f for f in private_told(ctx) if not any(g.start == f.start for g in flags)]
    condolence = [s for s in ctx.sentences_with(C.CONDOLENCE, negated=None) if not flagged(s, flags)]
    # (A line with no verb offers them too: "Our deepest sympathy to Ms. Redsky's children and family.")
    condolence += [s for s in ctx.analysis.sentences if s not in ctx.analysis.clauses and _SYMPATHY_LINE.search(s.text)
                   and not flagged(s, flags)]
    named = [s for s in ctx.analysis.clauses if any(re.search(r"\b" + re.escape(n) + r"\b", s.text) for n in ctx.people)]
    credits += [evidence(s, "acknowledges the person and those who grieve") for s in condolence[:2]]
    credits += [evidence(s, "refers to the person by name") for s in named[:1] if s not in condolence]
    # Met asks for the person and the family to be acknowledged; a name alone is respectful but impersonal. To the
    # agency's own officers the person named with respect is enough: the condolences are the public's to hear.
    # (Over 48 labelled sets, officer messages naming the person without them: met 10 times, partial 3.)
    fraction = 1.0 if condolence or named and ctx.exercise.kind == "officer-message" else (
        0.5 if ctx.analysis.clauses else 0.0)
    return grade(fraction, dedupe(credits), dedupe(flags), violated=bool(flags),
                 missing="Speak of the person harmed as a person, and offer condolences to the family.",
                 partial="Acknowledge the person by name (once the family is told) and the family's loss.",
                 violation="Delete the flagged words: the person's past, labels and blame are not facts of this incident.")


_SYMPATHY_LINE = re.compile(r"(?i)\b(condolences?|sympath(?:y|ies)|our thoughts|hearts? go out)\b")
#: Whom a rule covers: "a Taser on someone who is only passively non-compliant", "people who ...".
_WHOM_A_RULE_COVERS = frozenset("someone somebody anyone anybody whoever people".split())
_KIN_PRONOUN = re.compile(r"(?i)\b(he|she|his|her|him)\b")


def _said_of_anyone(h: Hit) -> bool:
    """A cue in a rule about anyone ("our policy forbids a Taser on someone who is only passively non-compliant"):
    it describes whom the rule covers, not the person harmed; nor is anyone's past hers ("a written rule: nothing
    about a person's past")."""
    for tok in h.sentence.tokens_at(h.start, h.end)[:1]:
        if tok.lower_ in ("'s", "’s") and (tok.head.lower_ in _ANYONE or tok.head.lower_ == "person" and any(
                c.dep_ == "det" and c.lower_ in ("a", "any", "every") for c in tok.head.children)):
            return True
        for node in [tok, *tok.ancestors][:5]:
            if node.dep_ == "relcl" and (node.head.lower_ in _WHOM_A_RULE_COVERS or node.head.lower_ == "person"
                                         and any(c.dep_ == "det" and c.lower_ in ("a", "any", "every")
                                                 for c in node.head.children)):
                return True
    return False


def _not_a_persons(ctx: Context, h: Hit) -> bool:
    """A possessive cue ("'s past", "'s background") whose owner is no person, or is the police; or a record that
    is ours ("remind them of our long record of service")."""
    tokens = h.sentence.tokens_at(h.start, h.end)
    # (Our record, not our officers: "whose name our officers would recognise" is hers.)
    if any(t.pos_ == "NOUN" and t.lemma_.lower() not in ctx.actor_words and
           any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in t.children) for t in tokens):
        return True
    if not tokens or tokens[0].lower_ not in ("'s", "’s"):
        return False
    owner = tokens[0].head
    return owner.lemma_.lower() in ctx.actor_words or not (
        owner.pos_ == "PROPN" or owner.lemma_.lower() in PERSON_WORDS or _is_person(owner, ctx))


def _first_names(ctx: Context) -> set[str]:
    """The first word of each of the person's names: "Desmond" of "Desmond Paul", which an answer may use alone."""
    return {n.split()[0] for n in all_names(ctx)}


def _said_of_police(ctx: Context, h: Hit) -> bool:
    """Whether a cue's verb has the police, or something of theirs, as its subject ("the deputy's use of force did
    not comply with policy", "two officers failed to comply"), and no word for the person harmed."""
    tokens = h.sentence.tokens_at(h.start, h.end)
    # Only a cue that is the verb's own predicate ("did not comply"), not a label inside it ("trained for a
    # combative person") nor a verb done to the person ("troopers had stopped Pheng twice").
    verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "acomp")]
    # The main verb, not an auxiliary before it ("should have listened").
    verb = next((t for t in verbs if t.dep_ not in ("aux", "auxpass")), verbs[0] if verbs else None)
    if verb is None:
        return False
    subject = [w for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for w in c.subtree]
    rest = [w for w in verb.subtree if w.i != verb.i and w not in subject]
    first_names = _first_names(ctx)
    # ("whose name our officers would recognise": the name is of the one the clause is about)
    if any(_is_person(w, ctx) or w.lemma_.lower() in PERSON_WORDS or w.text in first_names or w.lower_ == "whose"
           for w in rest):
        return False
    # "We" is the police only owning a failure ("We should have listened then"): "we know ..." may go on to say
    # anything of him.
    owning = any(c.dep_ == "aux" and c.lower_ in ("should", "could", "must") for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)
    return any(_is_police(w, ctx.actor_words) and (owning or w.lower_ not in ("we", "i")) for w in subject) and \
        not any(_is_person(w, ctx) for w in subject)



#: Words that make a sentence tell of repeated or earlier occasions, not of this incident.
_HABITUAL = re.compile(r"(?i)\b(\w+ times|repeatedly|often|frequently|regularly|previously|again|habitually|"
                       r"constantly|in the past|history)\b")


def _place_of_the_incident(ctx: Context, h: Hit) -> bool:
    """A cue word naming a place the scenario itself puts the person in ("took him to juvenile detention", "he
    slept at the juvenile detention center"): the object of a preposition of place, or part of one, in words the
    scenario's own account of the incident uses."""
    incident = ctx.scenario.incident
    account = " ".join([f.text for f in ctx.facts] + ([incident.summary, incident.type] if incident else []))
    # "She had been sent to the office several times this year" is her history, whatever the place; "known to this
    # department" names who knows her, not where she was.
    if _HABITUAL.search(h.sentence.text) or h.sentence.lemmas[h.start:h.end].split()[:1] == ["know"]:
        return False
    for tok in h.sentence.tokens_at(h.start, h.end):
        # (the word itself or its plural: "order" is not in "ordered by the previous administration")
        if tok.pos_ not in ("NOUN", "PROPN") or not re.search(r"(?i)\b" + re.escape(tok.lemma_) + r"(?:s|es)?\b",
                                                               account):
            continue
        place = tok
        while place.dep_ in ("compound", "amod") and place.head.i != place.i:
            place = place.head
        if place.dep_ == "pobj" and place.head.lower_ in ("in", "at", "to", "into", "from", "inside"):
            return True
    return False


def _a_known_fact(ctx: Context, h: Hit) -> bool:
    """Whether the nouns of a cue ("schizophrenia", "medication") are in one of the scenario's known facts: what
    the scenario establishes as part of the incident is no private history dragged in."""
    nouns = [t.lemma_.lower() for t in h.sentence.tokens_at(h.start, h.end) if t.pos_ in ("NOUN", "PROPN")]
    return bool(nouns) and any(all(re.search(r"(?i)\b" + re.escape(n), f.text) for n in nouns) for f in ctx.facts)


_REFUSE_IT = re.compile(r"(?i)\b(won't|will not|not going to|do not|don't|refuse to|decline to)\s+(discuss|talk about|"
                        r"comment on|go into|get into|repeat|dignify|take part in)\s+(it|that|this|them|any of (it|that)|"
                        # "We will not discuss either", "we will not discuss anyone's immigration status"
                        r"either|both|anyone's \w+|(his|her|their|the family's) \w+)\b"
                        r"|\b(not going|won't go|will not go) there\b")


#: Verbs that put a label on someone, told as done ("our 2009 press release called him a known gang associate").
_LABELLING = frozenset("call label brand describe name paint portray print tell say announce claim state".split())
#: Words that take it back: it was wrong, false, never supported.
_TAKEN_BACK = re.compile(r"(?i)\b(wrong|false|untrue|unsupported|never supported|baseless|unfounded|not true|"
                         r"retract\w*|withdr[ae]w\w*|correct(?:ed|ing|ion)?|should never have|smear\w*)\b|"
                         # "The recordings ... say otherwise", "a story that did not happen"
                         r"\b(?:say|says|said|show|shows|showed|tell|tells|told) otherwise\b|"
                         r"\bdid(?: not|n['’]t) happen\b|"
                         r"\b(?:never|not|neither|nor)\b[^.;]{0,30}\b(?:supported|true|proven|substantiated)\b|"
                         # a sentence that only denies it: "He was neither."
                         r"^\W*(?:he|she|they) (?:was|were) (?:neither|not|never)(?: one| either)?\W*$|"
                         # or denies the deed by its auxiliary: "They didn't, and ..."
                         r"^\W*(?:he|she|they|we|it) (?:did|do|does|had|has|have)(?: not|n['’]t| never)"
                         r"\W*(?:$|[,;]| and\b| but\b)")


def _label_taken_back(ctx: Context, h: Hit) -> bool:
    """Whether a label is told as one put on the person before, and taken back in its sentence or the next ("Our
    2009 press release called him a known gang associate; that was never supported, and it was wrong of us to
    print it"), or told as someone's claim and refuted in the same sentence ("the officers' reports that he showed
    'superhuman strength' are not supported by the footage")."""
    if _tells_what_was_said(h.sentence):
        return told_and_taken_back(ctx, h.sentence)
    return any(t.lemma_.lower() in _CLAIMING for t in h.sentence.span) and bool(_TAKEN_BACK.search(h.sentence.text))


def _tells_what_was_said(s: Sentence) -> bool:
    """Whether a clause tells a label put or a thing said, as done ("our press release called him ...", "we told
    you he was armed")."""
    return any(t.lemma_.lower() in _LABELLING and t.tag_ in ("VBD", "VBN", "VBG") for t in s.span)


def told_and_taken_back(ctx: Context, s: Sentence) -> bool:
    """Whether a clause tells what was once said ("Then we told you he was armed", "we put out a statement calling
    him armed") and it, or the sentence after it, takes that back ("He was not.", "That was false"): the
    correction, not the claim."""
    if not _tells_what_was_said(s):
        return False
    # (Or, the writer's own words, called false just before: "This department put out a story that did not happen.
    # We said ...")
    i = _sentence_index(ctx, s)
    before = ctx.analysis.sentences[i - 1:i] if i and any(
        t.lemma_.lower() in _LABELLING and t.tag_ in ("VBD", "VBN") and writer_is_subject(t) for t in s.span) else []
    return any(_TAKEN_BACK.search(x.text) for x in [*before, *_this_and_next(ctx, s)])


#: Words that tell something as someone's claim, which a sentence may then refute.
_CLAIMING = REPORT_NOUNS | {"allege"}


#: Verbs with which a source shows something ("intelligence indicates that ...").
_SHOWING = frozenset("indicate suggest show reveal say tell confirm point".split())


def _cited_as_source(h: Hit) -> bool:
    """Whether a cue is the subject of a verb of showing ("intelligence indicates that gang members were there"):
    a source the writer cites, not something asked of anyone."""
    tokens = h.sentence.tokens_at(h.start, h.end)
    return any(t.dep_ == "nsubj" and t.head.lemma_.lower() in _SHOWING for t in tokens)


def _an_open_question_named(ctx: Context, h: Hit) -> bool:
    """The cue lies in a question named, not answered ("whether he had been drinking"), and the question is one the
    scenario itself leaves open: listing what is not known puts no one on trial."""
    tokens = h.sentence.tokens_at(h.start, h.end)
    words = {t.lemma_.lower() for t in tokens if t.pos_ in ("VERB", "NOUN", "ADJ")}
    return bool(tokens) and in_indirect_question(tokens[0]) and bool(words) and any(
        words <= terms(u.text) for u in ctx.unknowns)


def _reported_saying(h: Hit) -> bool:
    """The cue is what the person is told as having said of themselves ("He told them he had taken something"):
    with a known fact in the same words, the report of it (not "staff told my officers she had drugs on her")."""
    verb = h.verb or next(iter(h.sentence.tokens_at(h.start, h.end)), None)
    return verb is not None and any(
        a.lemma_.lower() in ("say", "tell") and a.dep_ != "xcomp" and any(
            c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in a.children) for a in verb.ancestors)


def _writer_asks_it(h: Hit) -> bool:
    """The cue is the writer's own asking ("I have no right to your time, so I am asking for it"), not said of the
    person harmed."""
    tokens = h.sentence.tokens_at(h.start, h.end)
    return bool(tokens) and tokens[0].lemma_.lower() == "ask" and writer_is_subject(tokens[0])


#: A test named as still to come: "the autopsy and toxicology results will take four to six weeks".
_TEST_TO_COME = re.compile(r"(?i)\b(?:will|pending|await\w*|not (?:yet )?(?:back|known|in|complete)|until|weeks?)\b")
#: What a test may be said to find, which raising puts on the person: "whether drugs played a part".
_SUBSTANCES = re.compile(r"(?i)\b(?:drugs?|alcohol|drink\w*|drunk|narcotics?|meth\w*|opioids?|fentanyl|cocaine|"
                         r"cannabis|marijuana|overdose\w*|substances?|really happened|confirm\w*)\b")


def _a_test_to_come(ctx: Context, h: Hit) -> bool:
    """The cue is only the name of a test ("toxicology") that the scenario itself leaves pending, and its sentence
    tells the test as still ahead, raising nothing it may find ("the autopsy and toxicology results will take four
    to six weeks"): the process of finding out, not a label put on the person."""
    return h.phrase.lower() == "toxicology" and bool(_TEST_TO_COME.search(h.sentence.text)) and \
        not _SUBSTANCES.search(h.sentence.text) and any("toxicolog" in u.text.lower() for u in ctx.unknowns)


def _reported_and_called_false(ctx: Context, s: Sentence) -> bool:
    """A claim others make, reported and called false there or in the next clause ("Some of you have seen the claim on
    Facebook that she had a crush on him. That claim is false and cruel."): the answer to it, not the claim."""
    if not attributed(s):
        return False
    i = ctx.clause_index(s)
    following = ctx.analysis.clauses[i + 1:i + 2] if i is not None else []
    return any(c.find(C.DISPUTED) for c in [s, *following])


def _raised_to_refuse(ctx: Context, s: Sentence) -> bool:
    """Whether the sentence, or the next, declines to go into what it raised ("Some people online have been digging
    into his past. I won't discuss it."; "There are posts about his past; we will not repeat them"; "... his
    background. I'm not going there."): raised only to be refused."""
    return any(_REFUSE_IT.search(x.text) for x in _this_and_next(ctx, s))


def _with_the_one_before(ctx: Context, s: Sentence) -> str:
    """The text of the sentence that holds a clause, after the sentence before it ("He is presumed innocent. I will
    make no comment on the evidence.")."""
    sentences = ctx.analysis.sentences
    i = _sentence_index(ctx, s)
    return s.text if i is None else " ".join(x.text for x in sentences[max(0, i - 1):i + 1])


def _this_and_next(ctx: Context, s: Sentence) -> list[Sentence]:
    """The answer's sentence that holds a clause, and the sentence after it (none if it holds no clause)."""
    i = _sentence_index(ctx, s)
    return [] if i is None else ctx.analysis.sentences[i:i + 2]


def _sentence_index(ctx: Context, s: Sentence) -> int | None:
    """Where the answer's sentence that holds a clause stands among its sentences (None if none holds it)."""
    return next((k for k, x in enumerate(ctx.analysis.sentences) if x.start <= s.start < x.end), None)


_CROWD_NOUNS = frozenset("march crowd protest protester demonstration demonstrator group scene situation night "
                         "evening area assembly riot rioter mob gathering people individual disorder street".split())
#: Kinds of crime a policy names ("pursuits only for a violent felony"): a label of them labels no one.
_CRIME_NOUNS = frozenset("felony felonies crime offense offence misdemeanor misdemeanour".split())


#: Anyone at all, who may be said to be charged ("whether anyone is charged is for the prosecutor").
_ANYONE = frozenset("anyone anybody someone somebody whoever one".split())


_ASKING = frozenset("ask question query wonder".split())


def _asked_about(h: Hit) -> bool:
    """Whether the words are what someone asked about ("I've been asked about her past", "reporters asked about his
    record", "I have been asked whether Mr. Sandhu ignored orders"): the question told, not answered."""
    tokens = h.sentence.tokens_at(h.start, h.end)
    for tok in tokens[:1]:
        for node in (tok, *tok.ancestors):
            if node.dep_ == "prep" and node.lower_ in ("about", "regarding"):
                return node.head.lemma_.lower() in _ASKING
            if node.dep_ == "ccomp" and node.head.lemma_.lower() in _ASKING and any(
                    c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in node.children):
                return True
    return False


def _charged_someone_else(ctx: Context, h: Hit) -> bool:
    """Whether a charge ("charged with", "convicted of") is said of an officer, of anyone at all ("whether
    anyone is charged with a crime is for the prosecutor") or of someone the answer has not met before ("a man was
    charged with second-degree murder", of a woman's death), not of the person harmed."""
    tokens = h.sentence.tokens_at(h.start, h.end)
    if not tokens or tokens[0].lemma_.lower() not in ("charge", "convict", "cite", "citation", "plead"):
        return False
    # A body "charged with that responsibility" holds a duty, not a criminal charge.
    if _CHARGED_WITH_A_DUTY.search(h.sentence.text[h.sentence.text.lower().find(tokens[0].lower_):]):
        return True
    verb = tokens[0] if tokens[0].pos_ in ("VERB", "AUX") else tokens[0].head
    heads = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects = [w for c in heads for w in c.subtree]
    if any(w.lemma_.lower() in C.ACTOR_WORDS - {"we"} or w.lower_ in _ANYONE for w in subjects):
        return True
    # A pronoun after an officer was the subject ("Officer Brandt will be fired ..., and I expect him to be charged").
    if any(w.lower_ in ("he", "him", "she", "her") and _officer_subject_before(w) for w in heads):
        return True
    # A stranger ("a man", "a 34-year-old"), or someone of the other sex, is not the person the answer is about.
    other = {"f": _MALE, "m": _FEMALE}.get(_person_sex(ctx) or "")
    return any(any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in w.children) or
               other is not None and other.fullmatch(w.text) for w in heads)


def _officer_subject_before(pronoun) -> bool:
    """Whether the first subject of the pronoun's sentence, before it, names an officer ("Officer Kyle Brandt will be
    fired")."""
    first = next((t for t in pronoun.sent if t.dep_ in ("nsubj", "nsubjpass") and t.i < pronoun.i), None)
    return first is not None and first.lower_ not in ("we", "i") and any(
        w.lemma_.lower() in C.ACTOR_WORDS for w in first.subtree)


_CHARGED_WITH_A_DUTY = re.compile(r"(?i)^charged with (?:the |that |this |its |their |a )?(?:\w+ )?"
                                  r"(?:responsibility|responsibilities|duty|duties|task|oversight|job|mandate|"
                                  r"overseeing|investigating|reviewing|examining)\b")


#: Police units and officers that a word of crime may name ("the narcotics unit", "a gang squad", "narcotics
#: detectives"; not "a gang member", which is a label).
_UNITS = frozenset("unit squad team division bureau section detail task force command detective officer agent "
                   "investigator deputy trooper operation sweep".split())


def _names_a_police_unit(h: Hit) -> bool:
    """A cue word that only says which police unit or officer ("our narcotics detectives", "the narcotics unit's
    plain-clothes squad"): it modifies the police, not the person."""
    tokens = h.sentence.tokens_at(h.start, h.end)
    if len(tokens) != 1 or tokens[0].dep_ not in ("compound", "amod", "nmod"):
        return False
    head = tokens[0].head.lemma_.lower()
    # The police's own records by name ("the gang list", "the gang database"), where no one is put on them in the
    # sentence ("he was on our gang list" is).
    return head in _UNITS or head in _POLICE_RECORDS and not any(t.lower_ in ("he", "she", "him", "her", "his")
                                                          for t in h.sentence.span)


#: Records the police keep, which a label may name ("the gang list").
_POLICE_RECORDS = frozenset("list database index file register roster intelligence case".split())


def _custody(h: Hit) -> bool:
    """"His detention at the watch-house": someone's detention is the custody of the incident, not school
    detention served."""
    return any(t.lemma_.lower() == "detention" and (any(c.dep_ == "poss" for c in t.children) or _HELD_FOR.search(
        h.sentence.text)) for t in h.sentence.tokens_at(h.start, h.end))


#: A stretch of time spent held ("he spent seven weeks in detention"), which school detention never is.
_HELD_FOR = re.compile(r"(?i)\b(?:spen[dt]|held|kept|locked up)\b[^.;]{0,30}\b(?:days?|nights?|weeks?|months?)\b"
                       r"[^.;]{0,20}\bin (?:\w+ )?detention\b|\b(?:immigration|ICE|federal) detention\b")


#: Cues that tell a charge or an arrest.
_CHARGING = re.compile(r"(?i)\b(charg|cit|arrest|convict)")


def _charge_of_the_incident(ctx: Context, h: Hit) -> bool:
    """A charge or arrest told as one of the scenario's known facts ("Mr. Granger was charged with possession of
    heroin with intent to deliver" where the charge itself is the wrong done to him): the incident, not his past."""
    if not _CHARGING.search(h.phrase) or not ctx.facts:
        return False
    i = ctx.clause_index(h.sentence)
    if i is None:
        return False
    row = ctx.similarity([f.text for f in ctx.facts])[i]
    best = int(row.argmax())
    return float(row[best]) >= FACT and bool(_CHARGING.search(ctx.facts[best].text))


def _substance_of_the_incident(ctx: Context, h: Hit) -> bool:
    """A drug named as a known fact names it ("his roadside kit changed colour; he called it meth", where the
    facts say the deputy read the test as positive for methamphetamine): the cue's word begins a word of a fact
    the sentence tells, sharing two more of its words. A drug the facts never name stays a label."""
    word = h.phrase.lower().split()[0]
    if len(word) < 4:
        return False
    said = {t.lemma_.lower() for t in h.sentence.span if t.is_alpha and not t.is_stop} - {word}
    for fact in ctx.facts:
        tokens = nlp.phrase(fact.text)
        if any(t.lower_.startswith(word) for t in tokens) and \
                len(said & {t.lemma_.lower() for t in tokens if t.is_alpha and not t.is_stop}) >= 2:
            return True
    return False


#: Verbs of what officers did on a suspicion, or wrote down.
_HELD_ON = frozenset("arrest detain stop hold book cite charge".split())
#: Verbs of what officers asked a person for ("a deputy asked a man his immigration status").
_ASKED_OF = frozenset("ask question demand request query".split())
_WROTE = frozenset("record log write note describe call list label book enter mark".split())


def _officers_own_words(ctx: Context, h: Hit) -> bool:
    """A label that is the grounds officers acted on ("officers arrested Mr. Boykin on suspicion of operating while
    intoxicated") or the words an officer wrote, quoted ("the booking officer recorded him as 'intoxicated,
    uncooperative'"): an account of what officers did, not a label the answer puts on the person."""
    tokens = h.sentence.tokens_at(h.start, h.end)
    if not tokens:
        return False
    before = h.text_before
    # (Read in the words, not the parse, which hangs "while intoxicated" on "arrested".)
    if re.search(r"(?i)\b(?:on|under) suspicion of\b[^.;:]*$", before) and any(
            t.lemma_.lower() in _HELD_ON and t.pos_ == "VERB" for t in h.sentence.span):
        return True
    officers = ctx.officer_words
    # What an officer asked the person ("a deputy asked a man his immigration status"): the asking is the wrong;
    # asking his school for his record is still digging into it.
    if any(t.lemma_.lower() in _ASKED_OF and t.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and (c.lemma_.lower() in officers or _is_police(c, ctx.actor_words))
            for c in t.children) and any(w.i == t.i for w in tokens[0].ancestors) and any(
            c.dep_ in ("dobj", "dative") and c.i not in {w.i for w in tokens} and (
                _is_person(c, ctx) or c.lemma_.lower() in PERSON_WORDS or c.lower_ in ("him", "her"))
            for c in t.children) for t in h.sentence.span):
        return True
    return h.quoted and any(t.lemma_.lower() in _WROTE and t.pos_ == "VERB" and any(
        w.lemma_.lower() in officers for c in t.children if c.dep_ == "nsubj" for w in c.subtree)
        for t in h.sentence.span)


def _in_a_name(h: Hit) -> bool:
    """Whether a cue's words are capitalised words inside a name, past the sentence's first word ("a Violent
    Crimes Unit lieutenant")."""
    tokens = h.sentence.tokens_at(h.start, h.end)
    return bool(tokens) and all(t.text[:1].isupper() and t.i > t.sent.start for t in tokens) and any(
        t.pos_ == "PROPN" or t.head.pos_ == "PROPN" for t in tokens)


#: "treated her as a suspect", "handled like a suspect": the words name how officers wrongly treated the person.
_TREATED_AS = re.compile(r"(?i)\b(?:treat|handl|regard|view|deal)\w*(?: \w+){0,3} (?:as|like)(?: if)?"
                         r"(?: (?:he|she|they) (?:was|were))?(?: an?| the)? $")


_MOURNERS = frozenset("family families mother father parent parents relative relatives wife husband loved".split())


def _mourned(h: Hit) -> bool:
    """Whether the cue owns the family a sentence offers sympathy to ("The burglary suspect's family has our
    sympathy"): it can mean only the person harmed."""
    return bool(h.sentence.find(C.CONDOLENCE)) and any(
        t.dep_ == "poss" and t.head.lemma_.lower() in _MOURNERS for t in h.sentence.tokens_at(h.start, h.end))


def _treated_as(h: Hit) -> bool:
    """Whether the cue names how the person was treated ("Keziah was treated as a suspect when she should have been
    treated as a child at risk"), a wrong the answer tells, not a label it puts on them."""
    tokens = h.sentence.tokens_at(h.start, h.end)
    before = h.sentence.span.doc.text[h.sentence.span.start_char: tokens[0].idx] if tokens else ""
    return bool(_TREATED_AS.search(before[-60:]))


def _labels_a_crowd(h: Hit) -> bool:
    """Whether a label ("violent", "hostile") is said of a crowd or a scene ("the march turned violent", "a
    hostile crowd") rather than of a person."""
    tokens = h.sentence.tokens_at(h.start, h.end)
    if len(tokens) != 1 or not h.sentence.find(C.CROWD_LABEL):
        return False
    label = tokens[0]
    if label.dep_ == "amod":
        noun = label.head
    else:  # "the march turned violent": the subject of the verb the label completes
        noun = next((c for c in label.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return noun is not None and noun.lemma_.lower() in _CROWD_NOUNS | _CRIME_NOUNS


#: Words in quotation marks.
_QUOTED_WORDS = re.compile(r"[\"“]([^\"”]+)[\"”]")


def _unestablished_hostility(ctx: Context) -> list[Hit]:
    """The person's threatening or provoking conduct, told as fact, in words the known facts do not use
    ("he raised his arm as if holding a weapon", "he had been cursing at the officers")."""
    # Words a fact only quotes ("officers have written that Ms. Ruiz \"obstructed an investigation\"") are someone's
    # claim, not what is known.
    known = known_terms(ctx) - union_of_terms(tuple(q for f in ctx.facts for q in _QUOTED_WORDS.findall(f.text)))
    # What the scenario lists as still open is not known, though a fact reports someone saying it ("The officer
    # reported that she bit his hand").
    claimed = frozenset().union(*(terms(c) for u in ctx.unknowns for c in u.asserted_by))
    out = []
    for h in ctx.affirmed(C.HOSTILE_CONDUCT):
        s = h.sentence
        # About the person in the part that holds the conduct: "a small group refused to disperse two blocks away;
        # Mr. Ortega was not part of it" says it of the group.
        if not (about_person(ctx, s.part(h.start, h.end)) or said_of_person(ctx, h)) or s.find(C.UNKNOWN_ACK) or \
                s.find(C.WITHHOLD) or attributed_and_disowned(ctx, s) or _bare_indirect_question(s) or \
                _asked_about(h) or _done_by_another(ctx, h) or _done_by_one_named_otherwise(ctx, h):
            continue
        if _hypothetical(s.tokens_at(h.start, h.end)):
            continue  # "never on a man in cuffs unless he is attacking someone" states a rule, not his conduct
        if what_a_call_reported(ctx, s, h.start, h.end):
            continue
        words = {t.lemma_.lower() for t in s.tokens_at(h.start, h.end) if t.is_alpha and not t.is_stop}
        # Put among others whose conduct is known ("she had been with the group that threw objects"): what is
        # known is what the others did; her being one of them is not.
        among = re.match(r"(?i)(with|among)\b", h.phrase)
        if words and (among or len(words & known) * 2 < len(words) or len(words & claimed) * 2 >= len(words)):
            out.append(h)
    return out


#: Nouns that may name the person harmed whatever the scenario calls them.
_MAY_BE_THE_PERSON = frozenset("suspect subject victim driver people someone somebody one".split())


def _done_by_one_named_otherwise(ctx: Context, h: Hit) -> bool:
    """The conduct's doer is named by a role the person harmed does not have ("The clerk who raised her hand in
    2022 was telling the truth", where the people harmed are defendants and crime victims): someone else."""
    verb = cue_verb(h)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subject = verb.head
    # (A capitalised word may be a name the tagger took for a noun: "Desmond committed an assault".)
    if subject is None or subject.pos_ != "NOUN" or subject.text[:1].isupper() or _is_person(subject, ctx):
        return False
    lemma = subject.lemma_.lower()
    return lemma not in person_nouns(ctx) | _MAY_BE_THE_PERSON | ctx.actor_words and \
        lemma not in terms(ctx.state.person_harmed.description if ctx.state.person_harmed else "")


def _done_by_another(ctx: Context, h: Hit) -> bool:
    """The conduct is someone else's, done to the person: "her partner had assaulted her", "she had been assaulted
    by her partner", "her partner's assault" (a sentence about the person may tell what was done to her)."""
    tokens = h.sentence.tokens_at(h.start, h.end)
    if not tokens:
        return False
    first = tokens[0]
    other = _other_sex_pronouns(ctx)
    if any(t.pos_ == "NOUN" and _suffered(t, ctx) for t in tokens):
        return True  # "he came to us as the victim of an assault", "the victim of wage theft and an assault"
    if first.pos_ == "NOUN":  # "her partner's assault": owned by someone who is not the person
        owners = [c for c in first.children if c.dep_ == "poss"]
        if owners:
            return not any(_is_person(o, ctx) or o.lower_ in ("his", "her", "their") for o in owners)
        # "charged him with sexual assault", "arrested Deputy Kellam for assault": the charge is someone else's.
        verb = first.head.head if first.dep_ == "pobj" and first.head.dep_ == "prep" else None
        charged = [c for c in verb.children if c.dep_ == "dobj"] if verb is not None and verb.pos_ == "VERB" else []
        return any(c.lower_ in other or c.lemma_.lower() in ctx.actor_words or
                   c.pos_ == "PROPN" and not _is_person(c, ctx) for c in charged)
    verb = cue_verb(h)
    if verb is None:
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return True  # a passive with its doer named: the subject is the one it was done to
    if any(c.dep_ == "auxpass" for c in verb.children) and not any(
            c.dep_ == "nsubjpass" and _is_police(c, ctx.actor_words) for c in verb.children):
        return True  # "he came to report being assaulted": done to him; "an officer was assaulted" is not
    # The person named as its object ("he assaulted Desmond", of the constable): a pronoun could be anyone.
    first_names = _first_names(ctx)
    if any(c.dep_ == "dobj" and c.pos_ != "PRON" and (_is_person(c, ctx) or c.text in first_names)
           for c in verb.children):
        return True
    # The subject's own words, not its owner's ("her partner" is not her); a name may be the person's first name.
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    words = [w for c in subjects for w in (c, *(k for k in c.children if k.dep_ == "compound"))]
    # A pronoun of the other sex is someone else: "she told staff that he assaulted her" of a woman harmed.
    return bool(subjects) and not any(
        w.lower_ not in other and (_is_person(w, ctx) or w.pos_ == "PROPN" or w.lower_ in ("he", "she", "they", "who")
                                   or w.lemma_.lower() in PERSON_WORDS) for w in words)


#: Verbs of what someone undergoes or complains of ("came to us to report an assault").
_UNDERGONE = frozenset("report suffer survive endure file".split())


def _suffered(noun, ctx: Context) -> bool:
    """Whether a noun is what someone was the victim of, suffered or reported ("the victim of wage theft and an
    assault", "came to report an assault and stolen wages"); an officer's report of it is not that."""
    node = noun
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "dobj" and node.head.lemma_.lower() in _UNDERGONE:
        return not any(c.dep_ == "nsubj" and _is_police(c, ctx.actor_words) for c in node.head.children)
    return node.lemma_.lower() == "victim" or node.dep_ == "pobj" and node.head.lower_ == "of" and \
        node.head.head.lemma_.lower() == "victim"


_FEMALE = re.compile(r"(?i)\b(woman|women|girls?|she|her|hers|herself)\b")
_MALE = re.compile(r"(?i)\b(man|men|boys?|he|his|him|himself)\b")


def _person_sex(ctx: Context, told: bool = False) -> str | None:
    """"f" or "m" when the scenario's description of the person harmed says which, by the words for the person
    and the pronouns it uses most ("a 24-year-old woman ...; she has asked ..."); a relative named in it ("whose
    mother called 911") says nothing of the person."""
    person = ctx.state.person_harmed
    if person is None:
        return None

    def read() -> str | None:
        # (With ``told``, where the description says neither, "a 27-year-old home health aide", the outcome told of
        # them may: "her car rolled over". Only where the person is told of: a "he" of the outcome may be another man.)
        for text in (person.description, (person.outcome or "") if told else ""):
            f, m = len(_FEMALE.findall(text)), len(_MALE.findall(text))
            if f != m:
                return "f" if f > m else "m"
        return None

    # (Asked for each verb of each clause: read once per answer.)
    return ctx.remember(f"person sex {told}", read)


def _other_sex_pronouns(ctx: Context, told: bool = False) -> tuple[str, ...]:
    """The pronouns that cannot stand for the person harmed, where the scenario says which sex they are (see
    :func:`_person_sex`)."""
    return {"f": ("he", "him"), "m": ("she", "her")}.get(_person_sex(ctx, told) or "", ())


def _pronoun_of_the_other_sex(ctx: Context, h: Hit) -> bool:
    """Whether a cue's verb has as its subject a pronoun that cannot be the person harmed ("He is in custody, suspended
    from duty", of the man charged with killing a woman)."""
    other = _other_sex_pronouns(ctx, told=True)
    verb = cue_verb(h)
    while verb is not None and verb.dep_ in ("conj", "advcl", "xcomp") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return verb is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in other for c in verb.children)


def _hypothetical(tokens: list) -> bool:
    """Whether words lie in a clause of condition ("unless he is attacking someone", "if he reaches for a gun")."""
    return any(a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in a.children)
               for t in tokens[:1] for a in (t, *t.ancestors))


#: What to do about a wrong the facts establish: an officer's, found by a review; or, before any incident, a past one.
_OWN_THE_FINDING = dict(
    missing="The facts show the officer did wrong: say so plainly, and apologise.",
    partial="Say plainly what was wrong (e.g. it violated policy) and apologise for it.",
    violation="Do not defend conduct your own review found wrong; acknowledge it and apologise.")
_OWN_THE_PAST = dict(
    missing="Name the past wrong the community remembers, say plainly it was wrong, and apologise.",
    partial="Say plainly what officers did then and that it was wrong, and apologise for it.",
    violation="Do not close or explain away a past wrong the record establishes; own it and apologise.")


def _regrets_what_befell(h: Hit) -> bool:
    """Regret for a harm told in a passive with no one doing it ("we regret that Darius was injured during this
    deployment"): sorrow that it happened, with no one owning it."""
    for tok in h.sentence.tokens_at(h.start, h.end):
        if tok.lemma_.lower() in ("regret", "sorry"):
            told = [c for c in tok.children if c.dep_ == "ccomp"]
            return bool(told) and all(_agentless_passive(v) for v in told)
    return False


#: Nouns of a wrong that may be told as no one's: "mistakes were made", "errors occurred".
_WRONG_NOUNS = frozenset("mistake error failure failing lapse misstep".split())
#: Verbs of something happening on its own: "errors occurred".
_HAPPENING = frozenset("occur happen arise".split())


def _wrong_of_no_one(h: Hit) -> bool:
    """An admission whose wrong is no one's: its noun the subject of a passive with no agent ("mistakes were made")
    or of a verb of happening ("errors occurred")."""
    for tok in h.sentence.tokens_at(h.start, h.end):
        if tok.lemma_.lower() in _WRONG_NOUNS and tok.dep_ in ("nsubjpass", "nsubj"):
            verb = tok.head
            return _agentless_passive(verb) if tok.dep_ == "nsubjpass" else verb.lemma_.lower() in _HAPPENING
    return False


#: An apology that names who makes it: "Chief Salcedo apologises", "we are sorry".
_SUBJECT_OF_APOLOGY = re.compile(r"(?i)(?:chief|sheriff|commissioner|department|agency|office|force|we|i)\b")


#: The wrong owned by no one: "mistakes were made", "errors may have been made" (not "made by our officers").
_MISTAKES_MADE = re.compile(r"(?i)\b(?:mistakes?|errors?) (?:were|was|have been|has been|may have been|might have "
                            r"been) made\b(?! by\b)")


def admit_wrongdoing(ctx: Context) -> Finding:
    clearing = clearing_hits(ctx)
    flags = [phrase_evidence(h, "asks the public to hold back judgement, on the officer's behalf"
                             if re.search(r"(?i)rush|jump", h.phrase) else
                             "declares the officer justified before the facts are in")
             for h in clearing if not h.negated]
    negated_clear = [h for h in clearing if h.negated]
    # Before any incident the wrong to own is a past one the scenario records (an exercise scores this principle
    # only when there is one): owned and apologised for like an established finding, and not closed again.
    past = ctx.scenario.incident is None
    if ctx.wrongdoing == Wrongdoing.established or past:
        admissions = owned_wrongs(ctx)
        # (An apology with its own subject counts in a line the tagger reads without a verb: "Chief Salcedo
        # apologises to her and to Noticias 22.")
        apologies = [h for h in ctx.affirmed(C.APOLOGY) if not _regrets_what_befell(h)] + [
            h for h in ctx.hits(C.APOLOGY, clauses_only=False) if h.sentence not in ctx.analysis.clauses
            and not h.negated and _SUBJECT_OF_APOLOGY.match(h.phrase)]
        credits = [phrase_evidence(h, "owns the wrongdoing plainly", "credit") for h in admissions[:2]]
        credits += [phrase_evidence(h, "apologises", "credit") for h in apologies[:1]]
        flags = [phrase_evidence(h, "denies or minimises wrongdoing the facts establish")
                 for h in clearing if not h.negated]
        # "It did not affect the outcome" carries its own negation.
        flags += [phrase_evidence(h, "plays down established wrongdoing: an allegation, a concern, a slip or one "
                                     "bad moment") for h in _played_down(ctx)]
        flags += [phrase_evidence(h, "shrinks the finding to unnamed parts of the conduct")
                  for h in ctx.hits(C.PART_OF_FINDING)]
        flags += [phrase_evidence(h, "declines to own wrongdoing the facts establish") for h in _deflections(ctx)]
        flags += [phrase_evidence(h, "treats a settled finding as an open question")
                  for h in ctx.affirmed(C.PREMATURE)]
        flags += [phrase_evidence(h, "shifts the blame for established wrongdoing onto the person harmed")
                  for h in _unestablished_hostility(ctx)]
        flags += [phrase_evidence(h, "puts a wrong behind instead of owning it") for h in ctx.affirmed(C.PUT_BEHIND)]
        if past:
            flags += [phrase_evidence(h, "closes a past wrong instead of owning it") for h in _past_closed(ctx)]
        else:
            # "With these findings, the Sheriff's Office considers this matter closed."; "this is a personnel matter
            # and we will not comment further on the conduct of any officer", of words the whole city has heard.
            flags += [phrase_evidence(h, "declares the matter closed instead of owning it")
                      for h in _declared_closed(ctx)]
            flags += [phrase_evidence(h, "refuses to speak of wrongdoing the facts establish")
                      for h in ctx.hits(C.STONEWALL) if _stonewalls(h, ctx)]
        # "Mistakes were made" owns that something went wrong, not whose it was: half an admission.
        whose = [h for h in admissions if not _wrong_of_no_one(h)]
        fraction = (0.6 if whose else 0.3 if admissions else 0) + (0.4 if apologies else 0)
        if whose and ctx.exercise.kind in _OWN_RANKS:
            # To the agency's own people, or in a reflection, owning it is the admission; the apology is owed to
            # the person and the public. (Over 48 labelled sets, owned without one: met 14 times, partial 4.)
            fraction = 1.0
        if apologies and not admissions:
            fraction = 0.4
        if past and not fraction and _past_named(ctx):
            fraction = 0.3  # the past named ("I know the crash still weighs on you"), not owned
        # "Mistakes were made" beside a plain admission still leaves the mistakes no one's: the admission is half
        # taken back. (Over 51 labelled sets, the two such answers were labelled partial.)
        if any(_MISTAKES_MADE.search(h.sentence.text) for h in admissions):
            fraction = min(fraction, 0.6)
        return grade(fraction, dedupe(credits), dedupe(flags), violated=bool(flags),
                     **(_OWN_THE_PAST if past else _OWN_THE_FINDING))
    # "I'm not going to tell you our officers did everything right, or that they did everything wrong" leaves
    # the judgement open as plainly as "it is for the review to decide".
    withhold = [s for s in ctx.analysis.clauses if s.find(C.WITHHOLD) or (
        left_open(s) and (s.find(C.JUDGEMENT) and {t.lemma_.lower() for t in s.span} & C.ACTOR_WORDS - {"we"}
                          or s.find(C.CLEARING))) or _judgement_not_known(s)]
    credits = [evidence(s, "leaves the judgement to the facts and the investigation") for s in withhold[:1]]
    credits += [phrase_evidence(h, "explicitly declines to pre-judge", "credit") for h in negated_clear[:1]]
    if not credits:
        # Saying what is not yet known ("we don't know yet why they went to the wrong house") leaves the question
        # open as plainly as saying whose it is to decide.
        credits = [evidence(s, "says what is not yet known, leaving the judgement open")
                   for s in _incident_questions_left_open(ctx)[:1]]
    fraction = 1.0 if credits else (0.5 if ctx.analysis.clauses else 0.0)
    return grade(fraction, dedupe(credits), dedupe(flags), violated=bool(flags),
                 missing="Say that the investigation, not the agency, will determine whether the force was justified.",
                 partial="Say that whether the officer acted lawfully and within policy is for the investigation to determine.",
                 violation="Remove the words that clear the officer: the facts are not in yet.")


#: Exercises written to the agency's own people, or for the writer alone.
_OWN_RANKS = frozenset({"officer-message", "reflection"})


def _judgement_not_known(s: Sentence) -> bool:
    """The judgement of the officer named among what is not yet known ("we don't know yet ... whether his actions
    were within policy"): the question is left open, as plainly as "it is for the investigation to decide"."""
    return bool(s.find(C.UNKNOWN_ACK)) and any(
        toks and in_indirect_question(toks[0]) for a, b in s.find(C.JUDGEMENT) + s.find(C.CLEARING)
        for toks in [s.tokens_at(a, b)])


def _incident_questions_left_open(ctx: Context) -> list[Sentence]:
    """Clauses that say outright that something of the incident is not yet known. Not knowing only which officer
    fired leaves nothing about his conduct open; nor does "what is not known" with nothing of the incident in it, or
    "no comment" while it is under investigation. What is open may be in the clause beside it ("We don't know if
    that's true."; "What we do not know yet:" and the items after it)."""
    open_terms = union_of_terms(tuple(u.text for u in ctx.unknowns)) - _GENERIC_TERMS
    clauses = ctx.analysis.clauses

    def of_the_incident(i: int) -> bool:
        return bool(open_terms & {t.lemma_.lower() for c in clauses[max(0, i - 1):i + 2] for t in c.span})

    return [s for i, s in enumerate(clauses) if s.find(C.UNKNOWN_ACK) and _NOT_KNOWN.search(s.text)
            and not _only_who(s) and not s.find(C.STONEWALL) and of_the_incident(i)]


#: Not knowing said outright ("we don't know yet", "it is not clear"), not only a process under way ("the crash is
#: under investigation", "pending review").
_NOT_KNOWN = re.compile(r"(?i)\b(?:not (?:yet )?know|don'?t (?:yet )?know|do not (?:yet )?know|unknown|unclear|"
                        r"not (?:yet )?clear|not yet (?:determined|established|confirmed)|"
                        r"(?:can ?not|can't|can['’]t) (?:yet )?(?:say|tell|confirm)|no one knows|nobody knows|"
                        r"(?:remains?|yet) to be (?:determined|established|known)|"
                        # "we will not guess at why the call ended": refusing to guess leaves it open
                        r"(?:will|would) not (?:guess|speculate)|won['’]t (?:guess|speculate))")


#: Words of any open question, which say nothing of this incident's: "what is not known", "the matter".
_GENERIC_TERMS = frozenset("know known unknown yet matter fact facts investigation review question happen "
                           "whether officer department police".split())


def _only_who(s: Sentence) -> bool:
    """What is not known is only who ("we don't know yet which officer fired"), not why, how or whether."""
    return bool(re.search(r"(?i)\b(which|who)\b", s.text)) and \
        not re.search(r"(?i)\b(why|how|whether|what|if)\b", s.text)


def investigations_told(ctx: Context) -> tuple[list[Sentence], list[Sentence]]:
    """The sentences that tell of an investigation, and those of them that name who investigates, independently (a
    body the scenario names, or an independent one). Read once per answer: two principles ask for it."""
    return ctx.remember("investigations told", lambda: _read_investigations(ctx))


def _read_investigations(ctx: Context) -> tuple[list[Sentence], list[Sentence]]:
    """The investigations :func:`investigations_told` returns, read from the answer."""
    incident = ctx.scenario.incident
    # (A body named for its work, "the Special Investigations Office will determine that independently", whose
    # name the parser keeps as a name, investigates too.)
    said = ctx.sentences_with(C.INVESTIGATION)
    bodies = _bodies_named(incident.investigation, ctx.scenario.agency) if incident else None
    inv = [s for s in ctx.analysis.clauses if (s in said or _INVESTIGATING_BODY.search(s.text) or
                                               bodies and bodies.search(s.text)) and not s.find(C.OPEN_DELAY)]
    # (A line with no verb names them too: "- Investigation: the Coronado County Sheriff's Office, independently".)
    inv += [s for s in ctx.analysis.sentences if s not in ctx.analysis.clauses and s.find(C.INVESTIGATION)
            and (_INVESTIGATING_BODY.search(s.text) or bodies and bodies.search(s.text))]
    return inv, [s for s in inv if _names_the_investigator(ctx, s, bodies)]


def _names_the_investigator(ctx: Context, s: Sentence, bodies: re.Pattern[str] | None) -> bool:
    """Whether a sentence on an investigation says who conducts it: an independent one, a body the scenario names
    ("arrested by the BCA", "the GBI is investigating"), or words of the scenario's account of it."""
    incident = ctx.scenario.incident
    return bool(s.find(C.INDEPENDENT) or bodies and bodies.search(s.text) or incident and _mentions_scenario_words(
        ctx, incident.investigation) and _shares_words(s.text, incident.investigation))


def announce_agency_response(ctx: Context) -> Finding:
    incident = ctx.scenario.incident
    credits, flags = [], []
    inv, named = investigations_told(ctx)
    inv_score = 1.0 if named else (0.5 if inv else 0.0)
    if named:
        credits.append(evidence(named[0], "names who investigates, independently"))
    elif inv:
        credits.append(evidence(inv[0], "mentions an investigation (say who conducts it)"))
    # (In any line, with or without a verb: "- THE DEPUTY: off patrol, on administrative duty.")
    status = ctx.sentences_with(C.DUTY_STATUS, negated=None, clauses_only=False)
    status = [s for s in status if not s.find(re.compile(r"(?<= )(time off|day off)(?= )"))]
    status += [s for s in ctx.analysis.clauses if s not in status and _left_the_force(s, ctx)]
    if status:
        credits.append(evidence(status[0], "gives the officer's duty status"))
    change = [(s, why) for s in ctx.analysis.sentences if (why := announces_change(s))]
    if change:
        credits.append(evidence(*change[0]))
    for h in ctx.affirmed(C.NO_CHANGE):
        flags.append(phrase_evidence(h, "tells the community nothing will change"))
    # Declaring the matter closed tells the community nothing more will be done: once wrongdoing is found, and
    # before, while the officer's conduct is still an open question ("with the release of the internal review, the
    # department considers this matter closed", with the Attorney General's review of the shooting still open); not
    # once every finding is in and none is against him.
    if incident is not None and (ctx.wrongdoing == Wrongdoing.established or any(
            _CONDUCT_OPEN.search(u.text) for u in ctx.state.unknowns)):
        flags += [phrase_evidence(h, "declares the matter closed: nothing more will be done")
                  for h in _declared_closed(ctx)]
    fraction = (inv_score + (1.0 if status else 0.0) + (1.0 if change else 0.0)) / 3
    # No status is owed for officers out of it (see Context.officers_out_of_it), nor for officers on duty whom no
    # finding has ever named ("on duty; no finding has ever been made about any individual officer").
    # Nor for a wrong years past whose officers have long been back on duty: the review of what they did is the news.
    owed = incident is not None and not (ctx.state.officers and all(
        _ON_DUTY_UNNAMED.search(o.status) or OUT_OF_IT.search(o.status) or _years_past(incident.when) and
        _ON_DUTY.match(o.status) for o in ctx.state.officers))
    if not owed and incident is not None and _NEVER_INVESTIGATED.search(incident.investigation) and not inv:
        # A past wrong no one ever reviewed ("No investigation or review of the 2016 release was ever made"), whose
        # officers are gone: what the agency does now is the change.
        inv_score = 1.0
    if not owed:
        # Before any incident there is no officer whose status to give, nor after a past wrong whose officers have
        # left or were never at fault: the review and the changes are the response.
        fraction = (inv_score + (1.0 if change else 0.0)) / 2
        if incident is not None and ctx.wrongdoing != Wrongdoing.established and inv_score == 1.0:
            fraction = max(fraction, 0.8)  # a past wrong under review: changes can wait for its findings
    elif ctx.wrongdoing != Wrongdoing.established and inv_score == 1.0 and status:
        fraction = max(fraction, 0.8)  # before the facts are in, changes can wait for findings
    gaps = [g for g, ok in (("who is investigating (independently)", inv_score == 1.0),
                            ("the officer's duty status", bool(status) or not owed),
                            ("any change to policy, practice or training", bool(change))) if not ok]
    return grade(fraction, credits, flags, violated=bool(flags),
                 missing="Tell the community what the agency is doing now: the independent investigation, the officer's status, any change.",
                 partial="Add " + ", ".join(gaps) + "." if gaps else "",
                 violation="Do not rule out change before the review is done.")


#: An open question of the officer's conduct: "whether the officer who fired broke department policy or the law",
#: "whether any individual officer on the bridge broke a rule", "whether anyone was disciplined".
_CONDUCT_OPEN = re.compile(r"(?i)\b(?:polic(?:y|ies)|law(?:ful|fully)?|justified|criminal|charged?|wrongdoing|"
                           r"misconduct|rules?|requires?|disciplin\w*|broke|breach\w*|violat\w*|findings?)\b")

#: An officer's status that leaves no duty status to announce.
_ON_DUTY_UNNAMED = re.compile(r"(?i)\bon (?:\w+ )?duty\b[^.]*\bno finding\b")
#: An officer at work as usual ("on duty in the patrol division"), on no leave or restricted duty.
_ON_DUTY = re.compile(r"(?i)\s*(?:on (?:full |regular |normal |active )?duty|working)\b(?![^.;]*\b(?:leave|restrict|"
                      r"desk|administrative|modified|suspend))")


def _years_past(when: str) -> bool:
    """Whether an incident's time puts it years before the exercise ("March 12, 2022 ... the Chief opened the review
    on Monday, February 2, 2026"): two years or more apart, the earliest the incident's."""
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", when)]
    return len(years) >= 2 and max(years) - min(years) >= 2


def _before_the_incident(ctx: Context, s: Sentence) -> bool:
    """Whether a sentence dates what it tells to before the incident ("last year", "in 2016"); the incident's own
    year ("in 2019 our department handed a local father to immigration agents after he was arrested for driving
    without a licence", of a 2019 wrong) is the incident's time."""
    incident = ctx.scenario.incident
    own = set(re.findall(r"\b(?:19|20)\d\d\b", incident.when)) if incident else set()
    return any(not re.search(r"\d{4}", m.group()) or m.group()[-4:] not in own
               for m in C.BEFORE_INCIDENT.finditer(s.text))


def _left_the_force(s: Sentence, ctx: Context) -> bool:
    """An officer gone from the force, told as done ("the officer, Travis Lindqvist, quit on July 18"; "Lindqvist
    resigned before the review ended"; "the involved employee separated from the Department"): his status now."""
    return any(t.lemma_.lower() in ("resign", "quit", "retire", "separate") and t.pos_ == "VERB" and not any(
        c.dep_ == "neg" for c in t.children) and any(c.dep_ == "nsubj" and any(
            w.lemma_.lower() in ctx.actor_words - {"we", "i", "they"} for w in c.subtree) for c in t.children)
        for t in s.span)


#: A scenario's word that its incident was never investigated.
_NEVER_INVESTIGATED = re.compile(r"(?i)^\s*no (investigation|inquiry|review)\b|\bnever (been )?(investigated|reviewed)")

_INVESTIGATING_BODY = re.compile(r"\b(?:[A-Z][a-z]+ )*(?:Investigations?|Inquiry|Review) (?:[A-Z][a-z]+ ?)*"
                                 r"(?:Office|Unit|Bureau|Division|Commission|Board|Authority|Agency|Team|Branch)\b")


def _bodies_named(investigation: str, agency: str) -> re.Pattern[str] | None:
    """The names the scenario gives the investigating body ("the provincial Serious Incident Response Office
    (SIRO)"): an answer naming it names who investigates, whatever verb it uses ("SIRO ... will decide"). The agency
    itself ("the Verdell County Sheriff's Office") investigates nothing by being named."""
    # (A state's police is a body too: "the Oregon State Police Major Crimes Section" is named "the Oregon State
    # Police".)
    found = re.finditer(r"\b(?:[A-Z][\w'’-]+ ){1,5}(?:Office|Unit|Bureau|Division|Commission|Board|Authority|"
                        r"Agency|Team|Branch|Directorate|Ombudsman|Section)\b|\([A-Z]{3,6}\)|"
                        r"\b(?:[A-Z][\w'’-]+ ){1,3}(?:State|Provincial) Police\b|\b(?:[A-Z][\w'’-]+ ){1,3}"
                        r"(?:Highway|State) Patrol\b", investigation)
    # ("the Granite Bay Office of Police Accountability" is named "the Office of Police Accountability" too)
    found = [*found, *re.finditer(r"\b(?:Office|Bureau|Commission|Board|Division|Department) of (?:the )?"
                                  r"(?:[A-Z][\w'’-]+(?: (?=[A-Z])|\b)){1,4}", investigation)]
    # (Another kind of agency is another body: a county sheriff's office investigates a city police death.)
    own_kind = r"sheriff['’]?s office" if re.search(r"(?i)sheriff", agency) else \
        r"police (department|service|force)\b"
    names = {name for m in found if (name := re.sub(r"^(?:The|A|An) ", "", m.group()).strip("()"))
             and not re.search(rf"(?i){own_kind}", name) and name not in agency}
    # (and by its initials: "the Georgia Bureau of Investigation" is "the GBI")
    of_named = r"\b(?:[A-Z][\w'’-]+ )+of (?:the )?(?:[A-Z][\w'’-]+(?: (?=[A-Z])|\b))+"
    spans = [re.sub(r"^(?:The|A|An) ", "", m.group()) for m in re.finditer(of_named, investigation)]
    initials = {"".join(w[0] for w in name.split() if w[0].isupper()) for name in [*names, *spans]
                if not re.search(rf"(?i){own_kind}", name) and name not in agency}
    words = sorted(names | {i for i in initials if len(i) >= 3})
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b") if words else None


def _shares_words(a: str, b: str) -> bool:
    """Whether a sentence uses a word of the scenario's account of the investigation ("the State Police"), other than
    words that name no one ("we stand by our officers while the facts are reviewed")."""
    wa = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", a)}
    wb = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", b)} - _NOT_AN_INVESTIGATOR
    return len(wa & wb) >= 1


#: Words of the scenario's account of the investigation that name no one who investigates.
_NOT_AN_INVESTIGATOR = frozenset("investigation investigates with from officer officers deputy deputies their they "
                                 "them this that after before until will facts".split())


_LOCATIVE = re.compile(r"(?i)\b(at|in|inside|outside|near|into|from)\s+(the\s+)?$")


def _only_a_place(partner, s: Sentence) -> bool:
    """The partner is named only as where something happened ("a man shot at Carrow Bay General Hospital", where the
    hospital is a partner): that reaches no one. A meeting held there does ("to listen to families after the
    Spanish Mass at St. Anthony's")."""
    found = [m for n in (partner.name, *partner.aliases) if n
             for m in re.finditer(r"(?i)\b" + re.escape(n) + r"\b", s.text)]
    return bool(found) and all(_LOCATIVE.search(s.text[:m.start()]) for m in found) and \
        not s.find(C.PARTNER_ACTION) and not s.find(C.LISTEN)


#: Others who may be said to listen: "people listen to you more than to us" is no promise to listen.
_OTHERS_LISTENING = frozenset("people they folk folks resident community everyone everybody he she family member "
                              "congregation youth kid".split())


def _police_listen(h: Hit) -> bool:
    """Whether a cue of listening has the writer or the police listen, not the community listen to someone else
    (residents who "tell us what they need" are heard by the police)."""
    verb = cue_verb(h)
    return verb is None or verb.lemma_.lower() not in ("listen", "hear") or not any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _OTHERS_LISTENING for c in verb.children)


def engage_community_partners(ctx: Context) -> Finding:
    credits, flags = [], []
    named: list[Sentence] = []
    # Before any incident, the community's own groups and leaders are whom the agency builds its partnerships with
    # ("the council will choose a seven-member residents' advisory panel").
    community = ctx.scenario.community
    pool = ctx.scenario.partners + (community.groups + community.leaders if ctx.scenario.incident is None else [])
    for partner in pool:
        for s in ctx.mentions(partner, greeting=True):
            if s not in named and not _only_a_place(partner, s):
                named.append(s)
    acting = [s for s in named if s.find(C.PARTNER_ACTION)]
    if named:
        # A message addressed to the partners by name goes on in the second person ("could we meet?").
        acting += [s for s in ctx.analysis.clauses if s not in acting and s.find(C.PARTNER_ACTION)
                   and re.search(r"(?i)\b(you|your)\b", s.text)]
    generic = [s for s in ctx.sentences_with(C.GENERIC_PARTNERS) if s.find(C.PARTNER_ACTION) and s not in named]
    # Listening may be its own sentence ("I want to hear what people are saying").
    listened = {id(h.sentence) for h in ctx.hits(C.LISTEN) if _police_listen(h)}
    listening = [s for s in ctx.analysis.clauses if id(s) in listened] if (acting or named or generic) else []
    # Asking the public to stay calm in a statement is not using partners: the ask must be put to them.
    calm = [s for s in ctx.sentences_with(C.CALM_ONLY)
            if s in named or s.find(C.GENERIC_PARTNERS) or ctx.exercise.kind == "partner-message"]
    credits += [evidence(s, "reaches the scenario's established partners with a concrete step") for s in acting[:2]]
    credits += [evidence(s, "names a partner (add what you will do together)") for s in named[:1] if s not in acting]
    credits += [evidence(s, "mentions community partners in general") for s in generic[:1]]
    if listening:
        credits.append(evidence(listening[0], "commits to listen"))
    # Asking them to keep the evidence from being seen ("discourage the sharing of the bystander video") is
    # suppression, listening or not.
    flags += [evidence(s, "asks partners to keep people from seeing the evidence", "flag")
              for s in calm if s.find(C.SUPPRESS_EVIDENCE)][:1]
    if calm and not listening and not flagged(calm[0], flags):
        flags.append(evidence(calm[0], "uses partners to calm people, without listening", "flag"))
    # Asking them to head off the community's own gathering is suppression, listening or not.
    flags += [evidence(s, "asks partners to stop the community gathering", "flag")
              for s in calm if s.find(C.STOP_GATHERING) and not flagged(s, flags)][:1]
    # Vouching for the police is asked of them whatever else the message offers.
    # An ask, not thanks for what they did ("the partners who stood with us", "you vouched for our promise").
    spokespeople = [h.sentence for h in ctx.affirmed(C.SPEAK_FOR_POLICE)
                    if (verb := cue_verb(h)) is not None and verb.tag_ not in ("VBD", "VBN")
                    and (h.sentence in named or h.sentence.find(C.GENERIC_PARTNERS)
                         or ctx.exercise.kind == "partner-message")]
    spokespeople += [s for s in ctx.analysis.clauses if _partners_to_vouch(ctx, s)]
    flags += [evidence(s, "asks partners to speak for the police", "flag")
              for s in spokespeople[:1] if not flagged(s, flags)]
    # Asking partners for names of young people turns a relationship into intelligence gathering, listening or not.
    flags += [phrase_evidence(h, "asks partners for intelligence, not for a relationship")
              for h in informant_requests(ctx)]
    flags += [phrase_evidence(h, "blames a partner who called for help or cared for the person")
              for h in _partner_blamed(ctx, named)][:1]
    fraction = (0.6 if acting else 0.35 if named else 0.3 if generic else 0.0) + (0.4 if listening and (acting or named or generic) else 0.0)
    names = ", ".join(p.name for p in ctx.scenario.partners[:3]) or "your established partners"
    return grade(fraction, dedupe(credits), flags, violated=bool(flags),
                 missing=f"Reach out by name to {names}: propose a meeting and listen.",
                 partial=f"Name {names} and a concrete step (a meeting, a joint session) that includes listening.",
                 violation="Partners are community representatives, not spokespeople for the police: ask to meet and "
                            "listen to them, not to calm the crowd or vouch for the officer.")


#: Verbs with which someone passes word on to others.
_PASSING_WORD = frozenset("tell assure reassure confirm".split())
#: Verbs that ask someone to do something, or tell that they have agreed to.
_ASKING_OF = frozenset("ask agree invite urge encourage want need hope request".split())
#: Words of a judgement on the police (trusted, fixed, safe, handled properly), as opposed to a plain fact passed on.
_ASSURANCE = frozenset("trust fix safe safely good right properly seriously fair honest change confidence".split())


def _partners_to_vouch(ctx: Context, s: Sentence) -> bool:
    """Partners asked (or agreeing) to pass on the police's good character to their people ("I have asked Reverend
    Greer and Mr. Lee to tell their congregations that the division has fixed what went wrong"; "have agreed to tell
    their members that Pellham police can be trusted"; "a joint statement confirming that women can report safely to
    QPS"): their standing spent for the police. A fact passed on ("tell members the meeting is at 7") is no such
    judgement."""
    for tok in s.span:
        if tok.lemma_.lower() not in _PASSING_WORD or tok.pos_ != "VERB" or any(
                c.dep_ == "neg" for c in tok.children):
            continue
        # (The one who would tell it is not the writer: "I want to tell you that we have changed" is our own word.)
        teller = [c for c in tok.head.children if c.dep_ in ("dobj", "nsubj") and c.i < tok.i][-1:]
        asked = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _ASKING_OF and bool(teller) and \
            teller[0].lower_ not in ("i", "we") or tok.dep_ == "acl" and tok.head.lemma_.lower() == "statement"
        # Partners told as having given the police their verdict ("Ms. Vance and Ms. Castillo have reviewed our
        # response and assured us it has been the right one"): the same standing spent, already.
        verdict = _partner_assured_us(tok)
        if not (asked or verdict):
            continue
        for said in (c for c in tok.children if c.dep_ == "ccomp"):
            words = list(said.subtree)
            if any(w.lemma_.lower() in _ASSURANCE for w in words) and (verdict or any(
                    w.lemma_.lower() in ctx.actor_words | _AGENCY_NOUNS or w.lower_ in ("we", "us") or
                    w.pos_ == "PROPN" and w.text.isupper() for w in words)):
                return True
    return False


def _partner_assured_us(verb: Token) -> bool:
    """'(They) assured us/me ...' with someone other than the writer as the one assuring."""
    if verb.lemma_.lower() not in ("assure", "reassure") or not any(
            c.dep_ in ("dobj", "dative") and c.lower_ in ("us", "me") for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ not in ("i", "we", "you") for c in verb_with_subject(verb).children)


def informant_requests(ctx: Context) -> list[Hit]:
    """Requests for names, tips or intelligence. The incident's own words tell it ("the warrant rested on an
    informant's claim"); they ask no one for anything. Nor does intelligence cited as a source ("intelligence
    indicates that ..."), or a unit or a record by its name ("the gang intelligence list")."""
    # (Read once per answer: engage-community-partners and cultural-awareness both ask for it.)
    return ctx.remember("informant requests", lambda: [
        h for h in ctx.affirmed(C.INFORMANT) if not terms(h.phrase) <= _incident_terms(ctx)
        and not _the_storys_own(ctx, h) and not _cited_as_source(h) and not _names_a_police_unit(h)
        and not _told_not_asked(h) and not _describes_someone(h) and not _in_what_a_post_says(h)])


#: What carries a rumour ("a post saying we keep a list of trans residents"), then what it says, up to the cue.
_CARRIERS = REPORT_NOUNS | {"post", "message", "video", "tweet", "flyer", "email", "screenshot"}
_CARRIED_CLAIM = re.compile(rf"\b(?:{'|'.join(sorted(_CARRIERS))})\b(?: \S+){{0,6}} (?:say|claim|allege)\b"
                            r"(?: \S+){0,6} $")


def _in_what_a_post_says(h: Hit) -> bool:
    """The cue is what a post or a rumour says ("a post saying we keep a list of trans residents", "a post shared
    thousands of times says the bureau keeps a list"): its claim, told to answer it, asks no one for anything."""
    return bool(_CARRIED_CLAIM.search(h.sentence.lemmas[:h.start]))


#: Verbs that ask for something, or offer a way to give it.
_REQUEST_VERBS = frozenset("ask request urge encourage invite send give pass share provide tell call report need "
                           "want welcome seek".split())


def _told_not_asked(h: Hit) -> bool:
    """A bare word ("informant", "intelligence") in a sentence that asks for nothing, told of the past: "it found
    that the informant's tip and the surveillance notes pointed to unit 14D"."""
    if h.phrase.strip().lower() not in ("informant", "intelligence", "informants"):
        return False
    s = h.sentence
    return not s.is_question and any(t.tag_ == "VBD" for t in s.span) and not any(
        t.lemma_.lower() in _REQUEST_VERBS or t.tag_ == "MD" for t in s.span)


def _describes_someone(h: Hit) -> bool:
    """A cue inside a relative clause that says who some people are ("we won't only meet the groups that send us crime
    tips"), where nothing asks them for it ("we ask anyone who has a crime tip to call")."""
    found = h.sentence.tokens_at(h.start, h.end)
    clauses = [next((a for a in (t, *t.ancestors) if a.dep_ == "relcl"), None) for t in found]
    # (A relative clause of its own, with a relative word: "a lot to get those addresses quietly" is a request.)
    return bool(found) and all(c is not None and any(d.lower_ in _RELATIVE_WORDS for d in c.children) and not any(
        a.lemma_.lower() in _REQUEST_VERBS for a in (c.head, *c.head.ancestors)) for c in clauses)


#: The words that open a relative clause.
_RELATIVE_WORDS = frozenset("that who whom which whose where".split())


def _the_storys_own(ctx: Context, h: Hit) -> bool:
    """"The informant" of the scenario's own known facts or open questions, asked about ("whether the wrong number
    came from the informant", of a past raid's affidavit): that story's one, and no one is asked for another."""
    told = union_of_terms(tuple(f.text for f in ctx.facts) + tuple(u.text for u in ctx.unknowns))
    found = h.sentence.tokens_at(h.start, h.end)
    return terms(h.phrase) <= told and any(t.tag_ == "NN" and in_indirect_question(t) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in t.children) for t in found)


#: Those who called for help or cared for the person, when not named as a partner.
_CARERS = re.compile(r"(?i)\b(they|them|their|facility|staff|home|school|hospital|centre|center|shelter|church|library|"
                     r"nurses?|carers?|teachers?|lodge)\b")


def _partner_blamed(ctx: Context, named: list[Sentence]) -> list[Hit]:
    """Blame put on a partner of the answer's own naming, in that sentence or the next, or on whoever called or
    cared ("had the facility called an ambulance instead of police ..."); not the agency's own ("we should have
    called the family first")."""
    if not named:
        return []
    out = []
    for h in ctx.affirmed(C.PARTNER_BLAME):
        s = h.sentence
        # (Said of the police it owns a fault: "the officer should have called for medical help".)
        verbs = [t for t in s.tokens_at(h.start, h.end) if t.pos_ == "VERB"]
        if re.search(r"(?i)\b(we|i|our \w+)\s+(should|might|may|could|would)\b", s.text) or verbs and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in ctx.actor_words for c in verbs[0].children):
            continue
        # (Nor is it put on them as a question still open: "I do not yet know ... whether there were earlier
        # frictions that should have warned us".)
        if s.find(C.UNKNOWN_ACK) and " whether " in s.lemmas[:h.start]:
            continue
        near = s in named or ctx.clause_beside(s, -1) in named
        if near or _CARERS.search(s.text):
            out.append(h)
    return out


def _not_until(h: Hit) -> bool:
    """"I can't go into details until the Coroner's finished": nothing until then is a delay, though the parse
    negates it."""
    return h.phrase.lower().startswith("until")


#: "We will not wait until the review is finished": no delay at all.
_NOT_WAITING = re.compile(r"(?i)\b(?:not|n't|never)\s+(?:\w+\s+)?wait\w*\s+(?:until|for|on)\b")


def transparency_and_accountability(ctx: Context) -> Finding:
    credits, flags = [], []
    # Headline lines ("Next update: noon tomorrow.") count here, once the answer is made of sentences.
    lines = len(ctx.analysis.clauses) < 2
    clocked_release = [s for s in ctx.sentences_with(C.RELEASE, clauses_only=lines)
                       if s.find(C.RELEASE_OBJECT) and _release_has_clock(s) and not _only_a_call(s)]
    release_promise = [s for s in ctx.sentences_with(C.RELEASE) if s.find(C.RELEASE_OBJECT) and not _only_a_call(s)]
    next_update = [s for s in ctx.sentences_with(C.NEXT_UPDATE, clauses_only=lines) if _dated_update(s)]
    contact = [s for s in (ctx.analysis.clauses if lines else ctx.analysis.sentences) if C.CONTACT.search(s.text)]
    for s in clocked_release[:1]:
        credits.append(evidence(s, "commits to release on a stated clock"))
    for s in next_update[:1]:
        if s not in clocked_release:
            credits.append(evidence(s, "says when the next update comes"))
    for s in contact[:1]:
        credits.append(evidence(s, "gives a way to reach the agency or take part"))
    # "When it was over, the deputy gave first aid" tells the past; a delay waits on what has not happened.
    # "I look forward to taking part in community events in the future" puts off no information.
    delays = [h for h in ctx.hits(C.OPEN_DELAY) if (not h.negated or _not_until(h))
              and not _NOT_WAITING.search(h.sentence.text) and not C.CLOCK.search(_segment_of(h))
              and not _TIME_OF_DAY.search(h.phrase)
              and not (_MEETING.search(_segment_of(h)) and not _INFORMATION.search(_segment_of(h)))
              # ("complaints like this get a proper look in the future" is a change of practice; no news waits on it)
              and not (re.fullmatch(r"(?i)in the future|eventually", h.phrase) and not _INFORMATION.search(
                  _segment_of(h)) and not h.sentence.find(C.RELEASE))
              and not any(t.tag_ == "VBD" for t in h.sentence.tokens_at(h.start, h.end))
              and not (h.sentence.find(C.ATTEND) and h.sentence.find(C.EVENTS)
                       and not h.sentence.find(C.RELEASE_OBJECT))]
    # Withholding a name ("he is 13, and we will not release his name"; an officer's, pending a threat assessment)
    # protects a person; withholding the video or the report keeps the public from the facts.
    refusals = [h for h in ctx.hits(C.REFUSE_RELEASE)
                if any(h.sentence.lemmas[a:b].strip() != "name" for a, b in h.sentence.find(C.RELEASE_OBJECT))]
    for h in delays:
        flags.append(phrase_evidence(h, "an open-ended delay with no date"))
    for h in refusals:
        flags.append(phrase_evidence(h, "refuses to release information"))
    # "No further comment will be made" stops the flow of information with no date to resume it.
    for h in ctx.affirmed(C.STONEWALL):
        if _stonewalls(h, ctx) and not C.CLOCK.search(_segment_of(h)):
            flags.append(phrase_evidence(h, "stops giving information, with no date to resume"))
    closed = _past_closed(ctx)
    for h in closed:
        flags.append(phrase_evidence(h, "closes a past matter to the community instead of accounting for it"))
    promises = ctx.sentences_with(C.OPENNESS_PROMISE)
    if not clocked_release and not next_update and (promises or release_promise):
        credits.append(evidence((promises or release_promise)[0], "promises openness, but without a when or a how"))
    parts = [bool(clocked_release), bool(next_update), bool(contact)]
    fraction = sum(parts) / 3
    if fraction < 0.4 and (promises or release_promise):
        fraction = 0.4
    if sum(parts) >= 2:
        fraction = max(fraction, 0.8)
    # An open-ended delay of the video itself is a violation even when the next update has a time.
    video_delayed = any(h.sentence.find(C.RELEASE_OBJECT) or _released_thing_before(ctx, h.sentence)
                        for h in delays) or bool(refusals)
    violated = bool(closed) or bool(flags) and not clocked_release and (video_delayed or not next_update)
    if ctx.scenario.incident is None:
        missing = "Say how the community will hear back and when (e.g. a monthly open meeting), and how to reach you."
    else:
        missing = "Give a clock: when video or names will be released, when the next update comes, and how to reach you."
    return grade(fraction, credits, flags, violated=violated, missing=missing,
                 partial="Put a time on your promises (\"within 72 hours\", \"at 5 p.m. tomorrow\", \"every month\") "
                          "and give a contact.",
                 violation="Open the past matter to the community: say what happened then and what you will do "
                           "about it now." if closed else
                 "Replace \"when the investigation is complete\" with a date or a clock.")


def _released_thing_before(ctx: Context, s: Sentence) -> bool:
    """A release told of "it" or "them" whose thing the clause before names ("Officers' body cameras recorded the
    shooting. It will be released to the public when the BCI investigation is complete.")."""
    before = ctx.clause_beside(s, -1)
    return bool(s.find(C.RELEASE)) and re.match(r"(?i)\W*(it|they|these|those|them)\b", s.text) is not None and \
        before is not None and bool(before.find(C.RELEASE_OBJECT))


#: "Once the working day is done", "after Friday prayers are over": a time of day, not a wait on a process.
_TIME_OF_DAY = re.compile(r"(?i)\b(day|days|evening|morning|afternoon|shift|prayers?|service|meal|fast|iftar|school)\b")
#: A delay of a meeting or a visit ("I will meet the leaders as soon as possible") keeps no information back, unless
#: the information is in it too.
#: (The writer's own coming: "I will come when they are ready", not "the full picture will come out".)
_MEETING = re.compile(r"(?i)\b(meet|meeting|visit\w*|introduc\w*|sit down|(?:i|we)(?:\s+will|\s+would|'ll|\s+can)?"
                      r"\s+(?:come|attend))\b")
_INFORMATION = re.compile(r"(?i)\b(inform\w*|share|shared|sharing|releas\w*|publish\w*|report\w*|update\w*|say|"
                          r"said|tell|told|answer\w*|know|known|detail\w*|figures?|data|findings?|results?|"
                          r"video|footage|recording|names?|comment\w*|more|statement|account|disclos\w*|"
                          r"explain\w*|learn\w*|hear|talk\w*|discuss\w*)\b")


def _past_named(ctx: Context) -> bool:
    """Whether the answer speaks of a past wrong the community records: a year the scenario's community text
    names ("the 2022 crash", "what happened in 1992"), or words of a history ("history", "the past")."""
    community = ctx.scenario.community
    told = [community.description, community.trust_level, *(c.relationship for c in community.groups),
            *(c.relationship for c in community.leaders)]
    years = set(re.findall(r"\b(?:19|20)\d\d\b", " ".join(filter(None, told))))
    text = " ".join(s.text for s in ctx.analysis.clauses)
    return bool(years & set(re.findall(r"\b(?:19|20)\d\d\b", text))) or \
        bool(re.search(r"(?i)\b(history|the past|what happened (in|at|on|to))\b", text))


def _past_closed(ctx: Context) -> list[Hit]:
    """A past matter the answer will not open to the community: reopening refused ("I do not intend to reopen it",
    "we will not be discussing the matter") or cast as harm, or the matter declared closed. Accountability for what happened
    before is what trust is rebuilt on, so no clock elsewhere makes up for it."""
    refused = [h for h in ctx.hits(C.REOPEN) if h.negated and not _reopens_nothing(h)]
    return refused + ctx.affirmed(C.REOPEN_HARMFUL) + _declared_closed(ctx)


def _declared_closed(ctx: Context) -> list[Hit]:
    """A matter declared closed, now, not one that will be closed once something else happens ("we will wait until
    those cases are resolved")."""
    return [h for h in ctx.affirmed(C.MATTER_CLOSED) if not _CLOSED_LATER.search(h.text_before)]


#: Words before a matter's closing that put it off to later: "until those cases are resolved".
_CLOSED_LATER = re.compile(r"(?i)\b(?:until|till|once|when|after|before|if|unless|whether)\s+(?:\w+\s+){0,3}$")


def _reopens_nothing(h: Hit) -> bool:
    """A letter or a plan said to reopen nothing ("nothing in it reopens discipline"): it tells what a thing does,
    and no one refuses to open the past."""
    verb = cue_verb(h)
    return verb is not None and any(c.dep_ == "nsubj" and c.lower_ == "nothing" for c in verb.children)


#: Where a sentence's parts meet: semicolons, colons (not the one in "9:30"), dashes, and ", and"/", but" joining
#: two clauses ("we will release the video when the investigation is complete, and we'll update you at noon"
#: delays the video).
_SEGMENT = re.compile(r";|:(?!\d)|\s[–—-]\s|,\s(?:and|but)\s(?=(?:we|I|our|the|it|you|they)\b)")
_RELEASE_WORDS = re.compile(r"(?i)\b(releas|publish|public|post|show|shar|make available|online|website|site|report|"
                            r"comes? out|be out|tell (?:you|the public) what|read|"
                            # sent to a partner: "you will have every new case number ... each Friday by noon"
                            r"(?:will|'ll) (?:have|get|receive) (?:every|each|all|the|a|our|whatever|any))\w*")


_WEEKDAY = re.compile(r"(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")


def _dated_update(s: Sentence) -> bool:
    """A next update with a when ("Next update Tuesday", "we will speak again at noon"), not an update already
    given ("we updated his mother on Tuesday")."""
    # "A brief message to your members tonight" is not a briefing.
    found = [s.tokens_at(a, b) for a, b in s.find(C.NEXT_UPDATE)]
    found = [toks for toks in found if not all(t.pos_ == "ADJ" for t in toks) and not _officer_returns(toks)]
    past = any(t.tag_ == "VBD" for toks in found for t in toks)
    # Nor an update the agency was given ("The Force has received the Commission's interim update concerning the
    # events of 9 May").
    past = past or any(t.dep_ == "dobj" and t.head.lemma_.lower() in ("receive", "get", "obtain") and
                       t.head.tag_ in ("VBD", "VBN") for toks in found for t in toks)
    # "UPDATE: On Saturday at 9:38 p.m. officers responded ...": a heading over a past account, its time the
    # event's.
    heading = bool(found) and all(t.i < s.span.start + 2 for toks in found for t in toks) and \
        s.span.start + 1 < s.span.end and s.span.doc[s.span.start + 1].text == ":"
    told = heading and any(t.tag_ == "VBD" for t in s.span) and not any(t.tag_ == "MD" for t in s.span)
    return bool(found) and not past and not told and bool(C.CLOCK.search(s.text) or _WEEKDAY.search(s.text))


_RETURNING = frozenset("officer deputy trooper agent he she".split())


def _officer_returns(toks) -> bool:
    """An officer back at work ("he will be back on festival duty tomorrow"), not the agency back with news."""
    verbs = [t if t.pos_ in ("VERB", "AUX") else t.head for t in toks]
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _RETURNING for v in verbs for c in v.children)


def _segment_of(h: Hit) -> str:
    """The part of the sentence (between semicolons or dashes) that holds a cue."""
    text = h.sentence.text
    at = text.find(h.phrase)
    pieces = [(m.start(), m.end()) for m in _SEGMENT.finditer(text)]
    start = max([e for _, e in pieces if e <= at] or [0])
    end = min([b for b, _ in pieces if b > at] or [len(text)])
    return text[start:end]


#: The call officers answered ("members responded to the Central Library for a report of a trespasser").
_CALL_REPORT = re.compile(r"(?i)\b(?:to|for|about)\s+(?:a|an)\s+(?:\w+\s+)?(?:report|call)s?\s+of\b")


def _only_a_call(s: Sentence) -> bool:
    """The sentence's only word of release is the report of a call ("responded ... for a report of a trespasser"):
    what officers answered, not what the agency will publish."""
    return bool(_CALL_REPORT.search(s.text)) and all(
        re.fullmatch(r"(?:an? )?reports?(?: of)?", s.lemmas[a:b].strip()) for a, b in s.find(C.RELEASE))


#: A date that names the incident ("the October 10 officer-involved shooting"), not when anything will be released.
_INCIDENT_DATE = re.compile(r"(?i)\b(?:january|february|march|april|may|june|july|august|september|october|november|"
                            r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.? \d{1,2}(?:st|nd|rd|th)?"
                            r"(?:,? \d{4})?(?= (?:\w+-[\w-]+ |fatal |deadly |police |officer )?(?:shooting|incident|"
                            r"encounter|crash|stop|arrest|death|raid|pursuit|collision)s?\b)")


def _release_has_clock(s: Sentence) -> bool:
    """A release word and a clock in the same part of the sentence, with no open-ended delay there
    (a heading clock, "Day 30: we publish ...", covers the whole sentence)."""
    pieces = _SEGMENT.split(s.text)
    if len(pieces) > 1 and C.CLOCK.search(s.text[:len(pieces[0]) + 1]) and len(pieces[0].split()) <= 4:
        pieces = [s.text]
    for piece in pieces:
        # The date of the incident is no clock ("the findings released yesterday ... regarding the October 10
        # officer-involved shooting").
        piece = _INCIDENT_DATE.sub(" ", piece)
        # A bare day is a clock beside a release ("The full report goes on our website Friday").
        if _RELEASE_WORDS.search(piece) and (C.CLOCK.search(piece) or _WEEKDAY.search(piece)) and not re.search(
                r"(?i)\b(once|until|after|when)\b.*\b(review|investigation|inquiry|probe|process)\b", piece):
            return True
    return False
