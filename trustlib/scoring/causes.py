"""What caused a death or an injury: an open question of it, and a sentence that answers it anyway.

An instructor writes the question in a few shapes ("what caused his death", "the cause and manner of death", "how
Kaylee died", "what caused her fatal wound: the officer's round, a fragment or the man's knife"). Answers settle it
in many more, none of them close in meaning to the question: "our officer's round killed her", "Mr. Dempsey is
responsible for her death", "this tragic outcome is the direct result of the suspect's actions", "she died of a
heart attack". What they share is their shape: a cause put to the person's death or injury.
"""

from __future__ import annotations

import re

from .claims import all_names, in_indirect_question, known_terms, terms
from .context import Context
from .text import Sentence

#: An open question of what physically caused a death or an injury, not of someone's reasons ("why he fired").
_QUESTION = re.compile(r"(?i)^\s*(?:what\s+(?:caused|killed)\b|(?:the\s+)?causes?\s+(?:and\s+\w+\s+)?of\b|"
                       r"how\s+\S+(?:\s+\S+)?\s+died\b)")
#: What a cause is put to: the harm itself, or the incident's outcome ("this tragic outcome", "her loss").
_HARM = frozenset("death wound injury outcome loss".split())
#: Words that ask who, what or which, and the relative pronouns: "what killed her" asks, "the man who killed her"
#: describes someone.
_ASKING = frozenset("what which who whom whose whatever that".split())
#: Nouns of consequence: "her death is the direct result of the suspect's actions".
_CONSEQUENCE = frozenset("result consequence product fault".split())


def asks_cause_of_harm(question: str) -> bool:
    """Whether an open question asks what caused a death or an injury."""
    return bool(_QUESTION.match(question))


def tells_cause_of_harm(ctx: Context, question: str, s: Sentence) -> bool:
    """Whether the sentence puts a cause to the death or injury the question asks about: a cause that kills or
    causes it ("our officer's round killed her"), someone responsible for it, it the result of something, or the
    person dying of something the known facts do not give ("she died of a heart attack"; not "of a wound to the
    chest"). Only the person the question is about counts: "the shot killed him", of the gunman, says nothing of
    "her fatal wound". A cause asked about ("whether the round killed her") is not told."""
    pronoun = _pronoun_of(question)
    names = {n.lower() for n in all_names(ctx)}
    for tok in s.span:
        if in_indirect_question(tok):
            continue
        lemma = tok.lemma_.lower()
        if lemma in ("kill", "cause") and tok.pos_ == "VERB":
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            objects = [c for c in tok.children if c.dep_ == "dobj"]
            if subjects and not any(c.lower_ in _ASKING for c in subjects) and \
                    any(_the_person(o, names, pronoun, object_case=True) or _harm_of(o, names, pronoun)
                        for o in objects):
                return True
            # "she was killed by his knife": the passive with its agent.
            if any(c.dep_ == "nsubjpass" and _the_person(c, names, pronoun, object_case=False)
                   for c in tok.children) and any(c.dep_ == "agent" for c in tok.children):
                return True
        elif lemma == "responsible" and not any(
                c.lower_ in ("we", "i") or c.lower_ in _ASKING for c in tok.head.children if c.dep_ == "nsubj"):
            if any(_harm_of(o, names, pronoun) for p in tok.children if p.dep_ == "prep" and p.lower_ == "for"
                   for o in p.children if o.dep_ == "pobj"):
                return True
        elif lemma in _CONSEQUENCE and tok.dep_ == "attr" and any(c.dep_ == "prep" and c.lower_ == "of"
                                                                   for c in tok.children):
            if any(c.dep_ == "nsubj" and _harm_of(c, names, pronoun, any_owner=True) for c in tok.head.children):
                return True
        elif lemma == "die" and tok.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and _the_person(c, names, pronoun, object_case=False) for c in tok.children):
            given = known_terms(ctx) | terms(question)
            if any(o.dep_ == "pobj" and o.lemma_.lower() not in given for p in tok.children
                   if p.dep_ == "prep" and p.lower_ in ("of", "from") for o in p.children):
                return True
    return False


def _pronoun_of(question: str) -> str | None:
    """Whose harm the question asks about, when it says so by a pronoun: "her" or "him"."""
    if re.search(r"(?i)\b(her|she)\b", question):
        return "her"
    if re.search(r"(?i)\b(his|him|he)\b", question):
        return "him"
    return None


def _the_person(tok, names: set[str], pronoun: str | None, object_case: bool) -> bool:
    """The person harmed, by name ("Mrs. Villasenor") or by the question's own pronoun."""
    if tok.lower_ in names or any(c.dep_ == "compound" and c.lower_ in names for c in tok.children):
        return True
    spoken = {"her": ("her",), "him": ("him",), None: ("her", "him", "them")}[pronoun] if object_case else \
        {"her": ("she",), "him": ("he",), None: ("she", "he", "they")}[pronoun]
    return tok.lower_ in spoken


def _harm_of(tok, names: set[str], pronoun: str | None, any_owner: bool = False) -> bool:
    """The death or injury of the person harmed ("her death", "Mrs. Villasenor's fatal wound"); with
    ``any_owner``, any outcome told without an owner too ("this tragic outcome")."""
    if tok.lemma_.lower() not in _HARM:
        return False
    owners = [c for c in tok.children if c.dep_ == "poss"]
    if not owners:
        return any_owner
    owner = {"her": ("her",), "him": ("his",), None: ("her", "his", "their")}[pronoun]
    return any(o.lower_ in owner or o.lower_ in names or any(c.lower_ in names for c in o.children)
               for o in owners)

