"""What the family asked to keep private, read from the scenario, and an answer that tells it anyway.

An instructor writes the family's wish in plain words, in a fact, a community norm or the description of the person
("Her parents have asked that her name and her diagnosis not be made public", "Ms. Tran asked that her father's
health not be discussed publicly"). Telling what they asked to keep private puts the person before the public on
terms the family refused, however kindly it is meant ("Maya and her parents have shown great courage"; "she is
autistic"; "his memory was failing").
"""

from __future__ import annotations

import re

from .. import nlp
from ..report import Evidence
from .claims import all_names
from .context import Context, evidence
from .text import Sentence

#: A request that something of the person's not be told: "asked that her name and diagnosis not be made public".
_ASKED_NOT = re.compile(
    r"(?i)\b(?:ask|asks|asked|request|requests|requested)\b(?P<what>[^.;]*?)\b(?:not|never)\s+(?:to\s+)?(?:be\s+)?"
    r"(?:releas|made public|make public|us|discuss|publish|shar|disclos|mention|given out|nam)\w*")
#: "asked that nothing more about his health be released": what nothing is said about.
_ASKED_NOTHING = re.compile(
    r"(?i)\b(?:ask|asks|asked|request|requests|requested)\b[^.;]*?\bnothing\b(?P<what>[^.;]*?)\bbe\s+"
    r"(?:releas|made public|discuss|publish|shar|disclos|mention|given out)\w*")
#: A later fact that lifts a request for the name: "asked that the boy be called by his name", "asked that we
#: share her name".
_NAME_ALLOWED = re.compile(r"(?i)\b(?:asked|asks|agreed|consented|wants?)\b[^.;]*?\b(?:be called by (?:his|her|their) "
                           r"name|(?:share|release|use|publish) (?:his|her|their) (?:full )?name)")
_NAME_WORDS = re.compile(r"(?i)\bnames?\b")
_HEALTH_WORDS = re.compile(r"(?i)\b(health|diagnos\w*|medical|condition|memory|disabilit\w*|illness|mental)\b")
#: Words that tell someone's health or condition. A closed list: what a family keeps private is named by these
#: words whatever the scenario ("autistic", "on the autism spectrum", "his memory was failing", "dementia").
_HEALTH = re.compile(
    r"(?i)\b(autis\w*|asperger\w*|spectrum|dementia|alzheimer\w*|memory|diagnos\w*|disorder|illness|mentally|"
    r"mental health|psychiatric|schizophreni\w*|bipolar|psychosis|depress\w*|anxiety|adhd|seizures?|epilep\w*|"
    r"diabet\w*|cognitive|medication|meds|condition|disabilit\w*|disabled|an?aemi\w*|asthma\w*|hiv|cancer|"
    r"pregnan\w*|sickle[- ]cell|heart (?:condition|disease|problem)s?)\b")
#: "In serious condition" is the outcome the agency reports, not the person's health history.
#: ("Her condition is now stable" reports it too.)
_OUTCOME_CONDITION = re.compile(r"(?i)\b(serious|critical|stable|fair|good|grave|poor) condition\b|"
                                r"\bcondition (?:is|was|remains|has been) (?:now |still )?(?:serious|critical|stable|"
                                r"fair|good|grave|poor|improv\w*|unchanged)\b")
#: A clause that refuses to tell ("we will not discuss his health", "not naming him"), or keeps something private.
REFUSED = re.compile(r"(?i)(\bnot|n't|\bnever)\s+(be\s+|going to\s+)?(discuss|talk|shar|releas|go into|comment|nam|"
                     r"disclos|say|publish|us)\w*")
KEPT = re.compile(r"(?i)\b(private|privacy|confidential|made public|not be (released|discussed|shared|used))\b")
_KIN_OR_PERSON = re.compile(r"(?i)\b(he|she|his|her|him|they|their|them)\b")


def _requests(ctx: Context) -> list[str]:
    """The texts of the scenario, at the exercise's time, that carry a request."""
    return [m.group("what") for t in _family_texts(ctx) for pattern in (_ASKED_NOT, _ASKED_NOTHING)
            for m in pattern.finditer(t)]


def _family_texts(ctx: Context) -> list[str]:
    """The scenario's texts that may carry what the family asked or allowed: the known facts, the community's norms,
    the person's description and the incident as the scenario tells it ("they told the liaison privately that he
    was anaemic, and asked that nothing more about his health be released")."""
    person = ctx.state.person_harmed
    texts = [f.text for f in ctx.facts] + list(ctx.scenario.community.cultural_norms)
    if person is not None:
        texts.append(person.description)
    if ctx.scenario.incident is not None:
        texts.append(ctx.scenario.incident.summary)
    return texts


def _allowed_words(ctx: Context) -> set[str]:
    """Words the family allowed to be said ("they agreed that the department may say she is a student with a
    disability"): they are not private."""
    # "his family has made public that he was autistic"
    allowed = [s for t in _family_texts(ctx) for s in re.split(r"(?<=[.;])\s+|,\s+(?=and\b)", t)
               if re.search(r"(?i)\b(may say|agreed|made public|shared publicly|has shared)\b", s)]
    return {w.lower() for s in allowed for w in re.findall(r"[A-Za-z]+", s)}


def _in_a_partners_name(ctx: Context, word: str) -> bool:
    """Whether the word, as written, is part of the name of one of the scenario's partners or groups ("Spectrum
    Voices"), not a word about the person."""
    community = ctx.scenario.community
    names = [c.name for c in ctx.scenario.partners + community.groups + community.leaders]
    return word[:1].isupper() and any(re.search(r"\b" + re.escape(word) + r"\b", n) for n in names)


def _of_officers(ctx: Context, s: Sentence, at: int) -> bool:
    """Whether the words at a character offset are said of officers or of the reader ("officers trained in mental
    health", "our officers' mental health matters", "your own health"): the owners and subjects up the parse from
    them to their verb."""
    at += s.start
    word = next((t for t in s.span if t.idx <= at < t.idx + len(t.text)), None)
    officers = ctx.officer_words
    for node in ([word, *word.ancestors] if word is not None else []):
        near = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "poss", "compound")]
        near += [g for c in near for g in c.children if g.dep_ in ("poss", "compound")]
        if any(w.lemma_.lower() in officers or w.lower_ in ("you", "your") for w in near):
            return True
        if node.pos_ in ("VERB", "AUX"):
            break
    return False


def _others_words(ctx: Context) -> frozenset[str]:
    """Words of the names the scenario gives people other than the person harmed: its contacts, its officers, the
    people its facts and norms speak of (not the incident's summary or the person's description, which may name the
    person even where the name is withheld)."""
    sc = ctx.scenario
    contacts = sc.partners + sc.stakeholders + sc.community.groups + sc.community.leaders
    officers = [o.name for o in (sc.incident.officers if sc.incident else []) if o.name] + [
        o.name for i in sc.injects for o in (i.officers or []) if o.name]
    facts = [f.text for f in (sc.incident.known_facts if sc.incident else [])] + [
        f.text for i in sc.injects for f in i.facts]
    texts = [n for c in contacts for n in (c.name, *c.aliases)] + officers + facts + [
        sc.agency, sc.community.description, *sc.community.cultural_norms] + ([sc.incident.where] if sc.incident else [])
    # Letters of any alphabet: "Doña", "Ñuu Savi" are whole words.
    return frozenset(re.findall(r"[^\W\d_]+", " ".join(texts).lower()))


def _unknown_person_names(ctx: Context, s: Sentence) -> list[str]:
    """Proper names the scenario gives no one else: where the family withheld the person's name, the person's own
    name ("Kiara Dawson is innocent") or one the writer gives them ("Maya and her parents")."""
    known = ctx.remember("others_words", lambda: _others_words(ctx)) | ctx.remember(
        "titled_names", lambda: _titled_names(ctx))
    words = nlp.english_words()
    family = bool(_FAMILY.search(s.text))
    out = []
    for t in s.span:
        if not (t.pos_ == "PROPN" and t.tag_ == "NNP" and t.is_alpha and t.text.istitle()) or t.dep_ == "ROOT" or \
                t.lower_ in known or t.lower_ in _CALENDAR or t.lemma_.lower() in ctx.actor_words:
            continue
        # A capitalised common word opening a sentence ("Trust is earned", "Internal Affairs is looking") is no
        # name, unless the sentence speaks of the person's family ("Maya and her parents").
        opens = t.is_sent_start or t.i == s.span.start or t.i > 0 and "\n" in t.doc[t.i - 1].text
        if t.lower_ in words and opens and not family:
            continue
        # Common words capitalised together name a place or a body ("Conference Room B", "Justice Center").
        beside = [t.doc[k] for k in (t.i - 1, t.i + 1) if 0 <= k < len(t.doc)]
        if t.lower_ in words and any(b.pos_ == "PROPN" and b.text.istitle() and _common(b.lower_, words)
                                     for b in beside):
            continue
        out.append(t.text)
    return out


def _common(word: str, words: frozenset[str]) -> bool:
    """Whether a word, or its singular ("priorities", "centers"), is a common English word."""
    return any(w in words for w in (word, re.sub(r"ies$", "y", word), re.sub(r"e?s$", "", word)))


_FAMILY = re.compile(r"(?i)\b(parents?|family|mother|father|mom|dad|daughter|son|grand\w+)\b")


def _titled_names(ctx: Context) -> frozenset[str]:
    """Names the answer gives with a rank or title ("Lieutenant Curtis Hale", then "Lieutenant Hale"): someone other
    than the person harmed."""
    titles = (ctx.actor_words | _TITLES) - {"we", "ours"}
    out = set()
    for s in ctx.analysis.sentences:
        for t in s.span:
            if t.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lemma_.lower() in titles
                                         for c in [*t.children, *t.head.children]):
                out.add(t.lower_)
    return frozenset(out)


_TITLES = frozenset("chief sheriff commander director reverend pastor bishop father rabbi imam sheikh dr doctor "
                    "judge mayor councillor councilman councilwoman coach professor".split())


_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                      "july august september october november december".split())


def private_told(ctx: Context) -> list[Evidence]:
    """Clauses that tell what the family asked to keep private: the person's name, or their health."""
    asked = _requests(ctx)
    if not asked:
        return []
    facts = " ".join(f.text for f in ctx.facts)
    # A name the scenario gives the person now may be released (the format's own rule); a later fact may lift the
    # request too.
    person = ctx.state.person_harmed
    lifted = any(not re.search(r"(?i)\bnot\b|\bnever\b|n't\b", m.group(0)) for m in _NAME_ALLOWED.finditer(facts))
    name_private = any(_NAME_WORDS.search(a) for a in asked) and not lifted and not (
        person is not None and person.name)
    health_private = any(_HEALTH_WORDS.search(a) for a in asked)
    allowed = _allowed_words(ctx)
    names = all_names(ctx)
    flags = []
    for s in ctx.analysis.clauses:
        if REFUSED.search(s.text) or KEPT.search(s.text):
            continue  # "we will not discuss his health", "her parents asked that her diagnosis stay private"
        if name_private and (any(re.search(r"\b" + re.escape(n) + r"\b", s.text) for n in names)
                             or not names and _unknown_person_names(ctx, s)):
            flags.append(evidence(s, "names the person, which the family asked not to be done", "flag"))
            continue
        if health_private and not _OUTCOME_CONDITION.search(s.text) and _KIN_OR_PERSON.search(s.text):
            told = [m.group(0) for m in _HEALTH.finditer(s.text) if m.group(0).lower() not in allowed
                    and not _of_officers(ctx, s, m.start()) and not _in_a_partners_name(ctx, m.group(0))]
            if told:
                flags.append(evidence(s, f"“{told[0]}”: tells the person's health, which the family asked to keep "
                                         "private", "flag"))
    return flags
