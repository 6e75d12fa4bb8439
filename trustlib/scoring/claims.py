"""Reading claims against the scenario's data: terms, subjects, polarity, and who the person harmed is.

Used by the detectors that check an answer against what is known and not yet known.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from . import cues as C
from .context import Context, Hit
from .findings import ABOUT, FACT, NEAR_COPY, SAME_CLAIM
from .text import (Sentence, negative_noun, negative_subject, opposite_words, own_clause, verb_with_subject,
                   writer_is_subject)

if TYPE_CHECKING:
    from spacy.tokens import Token

_NEGATIVE_WORDS = re.compile(r"(?i)\b(no|not|never|nothing|none|nobody|neither|nor|without|n't|unarmed)\b|n't\b")
#: "It wasn't turned on until after she was on the floor" says when it was turned on, not that it never was.
#: Emphasis that asserts, though it holds a negative word: "make no mistake: he is responsible".
_EMPHATIC = re.compile(r"(?i)\b(make no mistake|no doubt about it|without (a )?doubt|without question|"
                       r"there (is|can be) no (doubt|question) (that|about it))\b")
_NOT_UNTIL = re.compile(r"(?i)(\bnot\b|\bnever\b|n't\b)(?=(\s+[\w-]+){0,4}\s+until\b)")


def polarity_differs(s: Sentence, claim: str) -> bool:
    """A negated sentence does not state a positive claim ("No gun was found" vs "a gun was recovered"), unless
    the negation is elsewhere and the claim's own verb stands unnegated ("he struck her after she bit his hand and
    would not let go" states "she bit his hand")."""
    negative = bool(_NEGATIVE_WORDS.search(_NOT_UNTIL.sub(" ", _EMPHATIC.sub(" ", s.text))))
    denied = bool(_NEGATIVE_WORDS.search(claim))
    if negative and not denied and _verb_stands(claim, s):
        return False
    if negative and denied and _denied_subject_affirmed(claim, s):
        return True
    return negative != denied


def _denied_subject_affirmed(claim: str, s: Sentence) -> bool:
    """The claim denies its subject ("no crisis-trained deputy was on duty") and the sentence names that subject,
    unnegated, as the subject of an unnegated verb ("Our crisis-trained deputy was on duty twenty minutes away, and
    we didn't send that deputy"): its negative word denies something else."""
    from .. import nlp

    denied = {t.lemma_.lower() for t in nlp.phrase(claim)
              if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in ("one", "nobody", "nothing", "none")
              and negative_noun(t)}
    return bool(denied) and any(
        t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in denied and not negative_noun(t, dets=("no", "neither"))
        and not _negated_above(t.head) for t in s.span)


def _verb_stands(claim: str, s: Sentence) -> bool:
    """The claim's main verb is in the sentence, and no use of it is negated, on itself or on a verb above it
    ("nothing shows that she bit him" negates the showing, and the biting with it)."""
    from .. import nlp

    root = next((t for t in nlp.phrase(claim) if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB":
        return False
    uses = [t for t in s.span if t.lemma_.lower() == root.lemma_.lower() and t.pos_ == "VERB"]
    return bool(uses) and not any(_negated_above(t) for t in uses)


def _negated_above(tok) -> bool:
    """A word negated on itself or on a verb it hangs from ("never bit", "nothing shows that she bit him")."""
    for node in [tok, *tok.ancestors]:
        for c in node.children:
            if c.dep_ == "neg" or c.lower_ == "never" or c.lower_ == "without" or \
                    c.dep_ in ("nsubj", "nsubjpass", "dobj") and negative_noun(c, dets=("no", "neither")):
                return True
    return False


#: Heads whose negation denies finding, knowing or saying something, not the thing itself.
_NOT_ASSERTING = frozenset(
    "find recover locate see show suggest indicate know confirm establish identify determine say speculate "
    "claim repeat guess prove believe think appear seem evidence sign indication reason report".split())


def denied_predicates(s: Sentence) -> list["Token"]:
    """Predicates the sentence denies of the world ("he was not armed", "she had no drugs in her system",
    "he was unarmed"), not denials of finding, knowing or saying ("no gun was found", "we will not say he
    was armed", "nothing suggests ...") nor of what could or should be ("nothing could justify ...")."""
    heads = []
    for tok in s.span:
        if tok.lower_ == "unarmed":
            head = tok.head
        elif tok.dep_ == "neg" or tok.lower_ == "never":
            head = tok.head
        elif tok.lower_ == "without" and tok.dep_ == "prep":
            head = tok.head
        elif tok.dep_ == "det" and tok.lower_ in ("no", "neither"):
            if tok.head.lemma_.lower() in _NOT_ASSERTING:
                continue
            head = tok.head.head
        else:
            continue
        if head.lemma_.lower() in _NOT_ASSERTING or any(a.lemma_.lower() in _NOT_ASSERTING for a in head.ancestors):
            continue
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in head.children):
            continue
        heads.append(head)
    return heads


_MODALS = frozenset("could would should can may might must".split())


def negated_or_unknown(s: Sentence, claim: str) -> bool:
    return bool(s.find(C.UNKNOWN_ACK)) or polarity_differs(s, claim) or _subject_ruled_out(s, claim)


def _subject_ruled_out(s: Sentence, claim: str) -> bool:
    """The claim's subject comes in the sentence only after "not", set against another ("The State Police, not this
    bureau, are investigating" denies "the bureau is investigating itself")."""
    subjects = {t.lemma_.lower() for t in claim_subjects(claim)}
    found = [t for t in s.span if t.lemma_.lower() in subjects and t.pos_ in ("NOUN", "PROPN")]
    return bool(found) and all(t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].lower_ == "not" for t in found)


_STOP = frozenset("what whether when where why how who which any the a an of in on at to was were is be her his "
                  "their its he she they it before after during".split())


@lru_cache(maxsize=2048)
def terms(text: str) -> frozenset[str]:
    """Content lemmas of a scenario phrase or an answer's sentence (cached: scenario text repeats across answers).
    Parsed afresh, not kept: answer sentences would crowd the scenario phrases out of :func:`nlp.phrase`."""
    from .. import nlp

    # spaCy lists some nouns as stop words ("back", "side", "front"): as nouns they are content ("in the back").
    return frozenset({t.lemma_.lower() for t in nlp.parse(text) if t.is_alpha and t.lower_ not in _STOP
                      and (not t.is_stop or t.pos_ == "NOUN")})


_CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


@lru_cache(maxsize=2048)
def noun_terms(text: str) -> frozenset[str]:
    """Content lemmas that name things or qualities (nouns, adjectives, numbers): what a claim is about."""
    from .. import nlp

    return frozenset(t.lemma_.lower() for t in nlp.parse(text)
                     if t.pos_ in _CONTENT_POS and (t.is_alpha or t.like_num) and not t.is_stop)


def known_terms(ctx: Context) -> frozenset[str]:
    """Content lemmas of the known facts and of what the scenario says happened to the person ("shot by a transit
    officer on the station stairs"), asked once per sentence per claim: cached by the texts."""
    person = ctx.state.person_harmed
    outcome = (person.outcome,) if person is not None and person.outcome else ()
    return union_of_terms(tuple(f.text for f in ctx.facts) + outcome)


@lru_cache(maxsize=256)
def union_of_terms(texts: tuple[str, ...]) -> frozenset[str]:
    """Content lemmas of all the texts together, cached by the texts."""
    return frozenset().union(*(terms(t) for t in texts))


def uses_distinctive(claim: str, s: Sentence, ctx: Context) -> bool:
    """Whether the sentence uses at least half of the claim's terms that the known facts do not use."""
    distinctive = terms(claim) - known_terms(ctx)
    said = set(s.lemmas.split())
    if said & _KNOWING - {"know"} and any(_knowing_as_the_claim(t) for t in s.span):
        said.add("know")  # "the officers did not realise ..." says what "the officers did not know ..." says
    used = distinctive & said
    # A thing the claim's verb acts on counts only on that verb: "stepped into his doorway to point our officers
    # the way" does not point "the gun" of "a bullet from one of our officers' guns".
    for verb, things in _verb_objects(claim):
        if acting := [t for t in s.span if t.lemma_.lower() == verb]:
            used -= {w for w in things & used
                     if not any(g.lemma_.lower() == w for t in acting for g in t.subtree)}
    # The claim's verb done by the writer is not the claim's: "What we know: ..." says nothing of "he knew they
    # were deputies".
    used -= {w for w in used & _verbs_of_others(claim)
             if all(writer_is_subject(t, passive=True) for t in s.span if _said_as(t, w))}
    # A part someone plays is no one real: "the officer, playing the role of the intruder" tells of no intruder.
    used -= {w for w in used if all(_a_part_played(t) for t in s.span if _said_as(t, w))}
    # The officer's own weapon is not one the claim puts elsewhere: "he fired his gun four times" (of the officer)
    # says nothing of "there was a gun in the car".
    used -= {w for w in used if all(_police_weapon(t, ctx) for t in s.span if _said_as(t, w))}
    # A shared verb alone ("stopped breathing" / "stopped taking her medication") is not the claim:
    # the claim's own things or qualities must be there, or all of its distinctive terms. Its subject alone is
    # not the claim either: "the van is hers" says nothing of "the van was stolen".
    return bool(used - _topic_terms(claim)) and (bool(used & noun_terms(claim)) or used == distinctive)


#: Verbs of knowing, each as good as "know" in a claim of what someone knew.
_KNOWING = frozenset("know realise realize recognise recognize understand aware".split())


def _said_as(tok, lemma: str) -> bool:
    """Whether a word of the sentence is the claim's word (a verb of knowing, read as below, is "know")."""
    return tok.lemma_.lower() == lemma or lemma == "know" and _knowing_as_the_claim(tok)


def _knowing_as_the_claim(tok) -> bool:
    """A verb of knowing other than "know", of someone other than the writer or the reader and not of another
    officer ("a second officer arrived and realised he was Deaf", "so you understand what he faced")."""
    if tok.lemma_.lower() not in _KNOWING - {"know"}:
        return False
    subjects = [c for c in verb_with_subject(tok).children if c.dep_ == "nsubj"]
    return bool(subjects) and not any(c.lower_ in ("i", "we", "us", "you") or any(
        m.lower_ in ("second", "other", "another", "third", "next") for m in c.children) for c in subjects)


#: Verbs an officer does with a weapon of their own.
_FIRING = frozenset("fire discharge draw unholster holster".split())


def _police_weapon(tok, ctx: Context) -> bool:
    """A weapon the police fire or draw ("he fired his gun", of "one of our officers" named before it in the whole
    sentence, of which the clause read may be a part), or one an officer is said to own ("came out of our officer's
    gun")."""
    if any(c.dep_ == "poss" and c.lemma_.lower() in ctx.officer_words for c in tok.children):
        return True
    verb = tok.head
    return tok.dep_ == "dobj" and verb.lemma_.lower() in _FIRING and any(
        c.dep_ == "nsubj" and (c.lemma_.lower() in ctx.actor_words or c.lower_ in ("he", "she") and any(
            t.lemma_.lower() in ctx.officer_words for t in c.sent if t.i < c.i)) for c in verb.children)


def _a_part_played(tok) -> bool:
    """A word naming a part someone plays or poses as: "the role of the intruder", "played the gunman", "posing as
    a buyer"."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in ("role", "part"):
        return True
    if tok.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in ("pose", "act", "dress", "disguise"):
        return True
    return tok.dep_ == "dobj" and head.lemma_.lower() in ("play", "portray", "impersonate")


@lru_cache(maxsize=2048)
def _verbs_of_others(text: str) -> frozenset[str]:
    """A claim's verbs whose subject is someone other than the writer ("know" in "he knew they were deputies")."""
    from .. import nlp

    return frozenset(t.lemma_.lower() for t in nlp.phrase(text) if t.pos_ == "VERB" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("we", "i") for c in t.children))


@lru_cache(maxsize=2048)
def _verb_objects(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each verb of a claim with the nouns it acts on, its direct objects ("point" with "gun" in "he pointed the gun
    at the officers")."""
    from .. import nlp

    out = []
    for t in nlp.phrase(text):
        if t.pos_ == "VERB":
            things = {c.lemma_.lower() for c in t.children if c.dep_ == "dobj" and c.pos_ == "NOUN"}
            if things:
                out.append((t.lemma_.lower(), frozenset(things)))
    return tuple(out)


@lru_cache(maxsize=2048)
def _topic_terms(text: str) -> frozenset[str]:
    """The words of a claim's subject, passive or active ("the van" in "the van was stolen"). A subject that
    "no" denies ("no dispersal order was given") is what the claim says, not its topic: nothing is left."""
    from .. import nlp

    subjects = [s for s in nlp.phrase(text) if s.dep_ in ("nsubj", "nsubjpass")]
    # ("No one ordered him to stop" denies no thing: "one" is no topic, and is kept out as before.)
    if any(s.lower_ != "one" and c.dep_ == "det" and c.lower_ == "no" for s in subjects for c in s.children):
        return frozenset()
    return frozenset(t.lemma_.lower() for s in subjects for t in s.subtree if t.is_alpha)


#: Words with which a writer adopts the account they report as the reason for what was done.
_ENDORSED = re.compile(r"(?i)\b(that's|that is|this is|which is|which was|that was) why\b|\bhad to be\b|\bhad no choice\b")
_ATTRIBUTION = frozenset("tell say state report claim believe allege describe recount".split())


#: Verbs of saying or judging: refusing them leaves the claim they would carry open.
_SAYING = _NOT_ASSERTING | frozenset("tell call judge prejudge pretend declare announce label".split())


def left_open(s: Sentence) -> bool:
    """The sentence leaves a claim open rather than making it: it offers both answers ("the officer was right or
    wrong", "lawful or not") or refuses to say it ("I am not going to tell you the officer was right")."""
    for tok in s.span:
        if tok.dep_ == "cc" and tok.lower_ == "or" and tok.head.pos_ == "ADJ" and any(
                c.dep_ == "conj" or c.dep_ == "neg" for c in tok.head.children):
            return True
        # "Nor will I tell you that he resisted": a sentence-opening "nor" negates its verb as "not" would.
        if tok.dep_ == "neg" or tok.lower_ == "nor" and tok.dep_ == "cc" and tok.i == s.span.start:
            # "not going to tell you ...": the negation sits on "going", the verb of saying is its complement
            # ("not going to stand up here and tell you ...": or joined to it).
            verbs = [tok.head, *(c for c in tok.head.children if c.dep_ == "xcomp")]
            verbs += [c for v in verbs[1:] for c in v.children if c.dep_ == "conj"]
            # (What is said comes after the verb: "nobody told us to stand down, so don't repeat that rumour" says it
            # before refusing something else.)
            if any(v.lemma_.lower() in _SAYING and any(c.dep_ == "ccomp" and c.i > v.i for c in v.children)
                   for v in verbs):
                return True
    return False


def attributed_and_disowned(ctx: Context, s: Sentence) -> bool:
    """Someone else's account, reported as theirs and marked unverified ("he told a supervisor he believed
    ...; we will not repeat that as fact")."""
    if _report_called_false(s):
        return True
    # "My deputy tells me he fought him hard, and that's why the Taser had to be used" adopts the account.
    if not attributed(s) or endorsed(s):
        return False
    clauses = ctx.analysis.clauses
    # A part of a clause (one side of a semicolon) is read with the clause that holds it.
    i = next((k for k, c in enumerate(clauses) if c.start <= s.start < c.end), None)
    if i is None:
        return False
    # The other side's account may come between ("The officer has told us she came toward him. Her brother says
    # she was backing away. I do not know yet which is true.").
    end = i + 1
    while end < len(clauses) and attributed(clauses[end]) and not endorsed(clauses[end]):
        end += 1
    # Disowned in the clause or the next, or called false just before ("Our 12:40 a.m. post was wrong. It said an
    # officer took down the gunman.").
    return any(c.find(C.UNKNOWN_ACK) or c.find(C.WITHHOLD) or c.find(C.DISPUTED) for c in clauses[i:end + 1]) or \
        end < len(clauses) and (_bare_denial(clauses[end]) or _bare_answer_to_should(clauses[i], clauses[end])
                                or _denied_of_the_same(clauses[i], clauses[end])) or \
        i > 0 and bool(clauses[i - 1].find(C.DISPUTED))


def _denied_of_the_same(report: Sentence, s: Sentence) -> bool:
    """A clause that denies something of the one the report was about ("... she shoved the detective first. The
    body camera shows she never touched him."): a negated verb whose subject is the report's own, by name or as
    "he" or "she" ("There are reports that Mr. Okafor struck an officer. The body camera shows he did not.")."""
    # (What "reports that ..." holds hangs on the noun: an acl.)
    held = [t for t in report.span if t.dep_ in ("ccomp", "acl")]
    subjects = [c for t in held for c in t.children if c.dep_ == "nsubj"]
    reported = {c.lower_ for c in subjects}
    # A name is "he" or "she" only in a denial of the same act, or of an act left understood ("he did not").
    named = any(c.pos_ == "PROPN" for c in subjects)
    acts = {t.lemma_.lower() for t in held} | {"do"}
    return bool(reported) and any(t.dep_ == "neg" and any(
        c.dep_ == "nsubj" and (c.lower_ in reported or named and c.lower_ in ("he", "she") and t.head.lemma_.lower()
                               in acts) for c in t.head.children) for t in s.span)


def endorsed(s: Sentence) -> bool:
    """Whether a reported account is taken up as the writer's own ("... and that's why the Taser had to be
    used")."""
    return bool(_ENDORSED.search(s.text))


def attributed(s: Sentence) -> bool:
    """Whether a clause reports what someone other than the writer says ("the officer has told us ..."; "she went
    to the hospital and told staff ...", where the verb shares the subject of the one it is joined to)."""
    def subjects(t) -> list:
        own = [c for c in t.children if c.dep_ == "nsubj"]
        return own or (subjects(t.head) if t.dep_ == "conj" and t.head.i != t.i else [])
    # (An order given is no account: "before anyone told you to disperse".)
    return any(t.lemma_.lower() in _ATTRIBUTION and any(c.lower_ not in ("we", "i") for c in subjects(t))
               and not _an_order(t) for t in s.span) or _hearsay_there(s) or _heard_by_the_public(s)


def _heard_by_the_public(s: Sentence) -> bool:
    """Whether a clause tells what the people addressed have heard or read ("Some of you have heard she shoved the
    detective first", "some of you have read that he hit an officer first"): a report, not the writer's word (what an
    officer heard, "he heard a shot", is told as fact)."""
    # (Or the report itself, seen: "Some of you have seen the claim on Facebook that she had a crush on him".)
    return any(t.lemma_.lower() in ("hear", "read", "see") and any(
        c.dep_ == "ccomp" and t.lemma_.lower() != "see" or c.dep_ == "dobj" and c.lemma_.lower() in
        REPORT_NOUNS | _HEARSAY and any(g.lower_ == "that" for g in c.subtree) for c in t.children) and any(
        c.dep_ == "nsubj" and c.lower_ in ("you", "some", "many", "people", "others", "everyone", "everybody")
        for c in t.children) for t in s.span)


#: What goes around, said to be there: "there's talk online that he had a gun".
_HEARSAY = frozenset("talk post word gossip speculation chatter".split())


def _hearsay_there(s: Sentence) -> bool:
    """Whether a clause tells that a report goes around ("There is a rumour that he had a gun", "There's talk online
    that ..."): what it holds is the report's, not the writer's."""
    return any(t.dep_ == "attr" and t.lemma_.lower() in REPORT_NOUNS | _HEARSAY
               and any(c.dep_ == "expl" for c in t.head.children)
               and any(g.lower_ == "that" or g.lemma_.lower() in _ATTRIBUTION for g in t.doc[t.i + 1:s.span.end])
               for t in s.span)


def _an_order(verb) -> bool:
    """Whether a verb of telling gives an order ("told you to disperse"), not an account: an infinitive after it and
    no clause of what was said."""
    return any(c.dep_ == "xcomp" for c in verb.children) and not any(c.dep_ == "ccomp" for c in verb.children)


def _report_called_false(s: Sentence) -> bool:
    """A report's content called false in its own sentence ("The reports in Sunday's papers that fans forced the
    gate are untrue"); "after a report that she refused to pay her fare" takes it as given."""
    # The parser may hang the "that" clause from a word beside the noun ("Reports online that ..."): the noun as
    # the subject, with "that" after it, is enough.
    if s.find(C.DISPUTED) and any(
            t.pos_ == "NOUN" and t.lemma_.lower() in REPORT_NOUNS and t.dep_ in ("nsubj", "nsubjpass") and any(
                g.lower_ == "that" for g in t.doc[t.i + 1:s.span.end]) for t in s.span):
        return True
    # "a rumour of a fight that turned out to be nothing", "a false report of a gun": what it told never was.
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in REPORT_NOUNS and (
        any(c.dep_ == "amod" and c.lower_ in _UNFOUNDED for c in t.children) or any(
            c.dep_ == "relcl" and _CAME_TO_NOTHING.search(" ".join(w.lower_ for w in c.subtree))
            for w in (t, *(p for g in t.children if g.lower_ == "of" for p in g.children)) for c in w.children))
        for t in s.span)


#: Words that call a report's content false: "a false report", "a baseless rumour".
_UNFOUNDED = frozenset("false untrue unfounded baseless bogus fake groundless".split())
#: What a report came to, when it came to nothing: "turned out to be nothing", "was false".
_CAME_TO_NOTHING = re.compile(r"\b(?:turn(?:s|ed)? out|prove[sd]?|(?:was|were|is) (?:found|shown) to be|"
                              r"(?:was|were|is))\s+(?:to be\s+)?(?:nothing|false|untrue|unfounded|baseless|groundless|"
                              r"a hoax)\b")


#: Nouns for someone's account, whose "that" clause tells what they say.
REPORT_NOUNS = frozenset("report claim account allegation rumour rumor story suggestion assertion".split())


def _bare_denial(s: Sentence) -> bool:
    """A clause that only says no to what was just reported ("He did not.", "It wasn't.")."""
    return len(s.lemmas.split()) <= 4 and any(t.dep_ == "neg" for t in s.span)


def _bare_answer_to_should(report: Sentence, s: Sentence) -> bool:
    """A clause that only says it was done, after a report that it should have been ("Some of you are saying the
    family should have told us about the guns. They did.")."""
    return bool(re.search(r"(?i)\bshould have\b", report.text)) and len(s.lemmas.split()) <= 4 and \
        not any(t.dep_ == "neg" for t in s.span) and any(t.lemma_.lower() == "do" and t.dep_ == "ROOT" for t in s.span)


_PRONOUNS = frozenset("he she they i we you it who someone man woman person this that these those".split())


@lru_cache(maxsize=2048)
def _subject_terms(text: str) -> frozenset[str]:
    from .. import nlp

    doc = nlp.phrase(text)
    # Active subjects only: "a gun was recovered" and "officers recovered a gun" say the same.
    return frozenset(t.lemma_.lower() for s in doc if s.dep_ == "nsubj"
                     for t in s.subtree if t.is_alpha and not t.is_stop or t.lower_ in _PRONOUNS)


#: Words that count a subject ("both officers", "one of the two officers", "three deputies").
_COUNTS = {"one": "1", "single": "1", "two": "2", "both": "2", "three": "3", "four": "4", "five": "5", "six": "6",
           "several": "many", "multiple": "many", "all": "all", "every": "all"}
#: Subjects that are more than one ("they", "both"): not the "she" of a claim.
_PLURAL_PRONOUNS = frozenset("they we both".split())


def _subject_counts(subjects) -> set[str]:
    """How many the subjects say: the head's own count ("one" of "one of the two officers") or its determiner's
    or number's ("both officers"), not a count inside a phrase that hangs from it ("the two officers")."""
    counts = set()
    for sub in subjects:
        for w in [sub, *(c for c in sub.children if c.dep_ in ("det", "nummod", "quantmod", "predet"))]:
            if w.lower_ in _COUNTS:
                counts.add(_COUNTS[w.lower_])
            elif w.like_num and w.is_digit:
                counts.add(w.text)
    return counts


def _number_differs(claim_subs, sentence_subjects) -> bool:
    """The claim is about one person ("she") and the sentence's subjects are several ("the boys ... both"),
    or the two count their subjects differently ("both officers fired" / "one officer fired")."""
    want, have = _subject_counts(claim_subs), _subject_counts(sentence_subjects)
    if want and have and not want & have:
        return True
    singular = all(t.lower_ in ("he", "she") for t in claim_subs)
    plural = all(t.tag_ in ("NNS", "NNPS") or t.lower_ in _PLURAL_PRONOUNS for t in sentence_subjects)
    return bool(claim_subs) and bool(sentence_subjects) and singular and plural


@lru_cache(maxsize=2048)
def claim_subjects(claim: str) -> tuple["Token", ...]:
    from .. import nlp

    return tuple(t for t in nlp.phrase(claim) if t.dep_ in ("nsubj", "nsubjpass"))


def same_subject(claim: str, s: Sentence) -> bool:
    """Whether the sentence's subjects could be the claim's ("the officer shot him" is not "he shot the officer";
    "one officer fired" is not "both officers fired"; "the boys are in hospital" is not "she is in hospital")."""
    if _number_differs(claim_subjects(claim), [t for t in s.subjects if t.dep_ in ("nsubj", "nsubjpass")]):
        return False
    want = _subject_terms(claim)
    have = {t.lemma_.lower() for sub in s.subjects if sub.dep_ == "nsubj" for t in sub.subtree if t.is_alpha}
    if not want or not have or want & _PRONOUNS or have & _PRONOUNS:
        return True
    return bool(want & have)


def asserts_claim(similarity: float, claim: str, s: Sentence, ctx: Context) -> bool:
    """A sentence states a scenario claim: close in meaning, same subject, and (unless a near copy)
    using a term that sets the claim apart from the known facts. A claim's predicate word for word ("Mr. Brandt
    advanced on the officers with ..." for "he advanced on the officers") needs only a topic match."""
    if not s.is_question and (_said_as_attribute(claim, s) or _said_word_for_word(claim, s) or
                              claim_said_with_name(claim, s, ctx)):
        return True
    if similarity < ABOUT or s.is_question or not same_subject(claim, s) or _counts_differ(claim, s) or \
            _order_reversed(claim, s) or _done_not_to_come(claim, s) or _done_now(claim, s) or \
            _agent_left_out(claim, s) or \
            _state_opposed(claim, s) or _denied_thing_missing(claim, s) or others_missing(claim, s):
        return False
    if says_predicate(claim, s):
        return True
    if similarity < SAME_CLAIM and len(s.span) >= _LONG:
        similarity = max(similarity, _read_alone(claim, s))
    if similarity < SAME_CLAIM:
        return _same_account(claim, s) and uses_distinctive(claim, s, ctx)
    return similarity >= NEAR_COPY and _keeps_own_things(claim, s, ctx) or lemma_line(claim) in s.lemmas or \
        uses_distinctive(claim, s, ctx) or _same_threat(claim, s, ctx) or \
        similarity >= _VERY_CLOSE and _uses_own_word(claim, s, ctx)


def _said_word_for_word(claim: str, s: Sentence) -> bool:
    """A claim of four words or more said in its own words, whatever a final pronoun stands for ("race had nothing
    to do with how our officers handled this call" says "race had nothing to do with it")."""
    core = re.sub(r" (it|this|that|them)( \.)? $", " ", lemma_line(claim))
    if len(core.split()) < 4:
        return False
    # Its subject as the subject: "the Taser on Mr. Park did not comply with policy" does not say "Mr. Park did not
    # comply".
    return any(any(t.dep_ in ("nsubj", "nsubjpass") for t in s.tokens_at(m.start(), m.end()))
               for m in re.finditer(re.escape(core), s.lemmas))


def claim_said_with_name(claim: str, s: Sentence, ctx: Context) -> bool:
    """A claim about the person's own thing said word for word with the person's name for its pronoun ("Jerome's gun
    was fired" says "his gun was fired"); not with another's name ("Officer Brandt's gun was fired")."""
    words = lemma_line(claim).split()
    if len(words) < 4 or words[0] not in ("his", "her", "their"):
        return False
    names = {w.lower() for p in ctx.people for w in re.split(r"[\s-]+", p) if len(w) > 2}
    return any(m.group(1) in names for m in re.finditer(r" (\S+) 's " + re.escape(" ".join(words[1:])) + " ",
                                                         s.lemmas))


#: Words that put a claim on others than the one the facts tell of: "other callers have been hung up on too".
_OTHERS = re.compile(r"(?i)\b(other|others|another|too|also|again|else|more)\b")


def others_missing(claim: str, s: Sentence) -> bool:
    """A claim about others ("other callers have been hung up on too") is not stated by a sentence about the one
    harmed ("our call taker hung up on her after 41 seconds"), which has no word for others."""
    return bool(_OTHERS.search(claim)) and not _OTHERS.search(s.text)


def _same_account(claim: str, s: Sentence) -> bool:
    """A claim of what someone said, told with the same speaker and verb of speech ("the guard had told the
    constables the teenager was aggressive" for "the guard told officers he was aggressive"): what sets it apart
    is what was said, however far the other words put it in meaning."""
    subject, verb = _claim_speech(claim)
    return bool(verb) and any(
        t.lemma_.lower() == verb and any(c.dep_ == "nsubj" and c.lemma_.lower() in subject for c in t.children)
        and not any(c.dep_ == "neg" for c in t.children) for t in s.span)


@lru_cache(maxsize=2048)
def _claim_speech(claim: str) -> tuple[frozenset[str], str]:
    """A claim's speaker and its verb of speech ("guard", "tell"), if its main verb is one."""
    from .. import nlp

    root = next((t for t in nlp.phrase(claim) if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() not in _SPEECH | {"warn", "report"}:
        return frozenset(), ""
    subject = frozenset(c.lemma_.lower() for c in root.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN"))
    return (subject, root.lemma_.lower()) if subject else (frozenset(), "")


def _keeps_own_things(claim: str, s: Sentence, ctx: Context) -> bool:
    """Whether a sentence close to a claim keeps one of the things the claim has of its own, if it has any: a
    name weighs on the encoder as much as the act, so "Micah Reese died yesterday at 4:10 p.m." sits at 0.87 from
    "Micah Reese died of a heart condition" without a word of its cause."""
    things = (terms(claim) - known_terms(ctx) - _topic_terms(claim)) & noun_terms(claim)
    return not things or bool(things & set(s.lemmas.split()))


#: Close enough that one word of the claim's own, beside the same subject, says it: "the officers ignored his
#: bracelet" (0.84) is "the officers saw the bracelet and ignored it", though it never says they saw it.
_VERY_CLOSE = 0.8


def _uses_own_word(claim: str, s: Sentence, ctx: Context) -> bool:
    """Whether the sentence uses a term of the claim that the known facts do not, beyond the claim's subject; one
    of its things, if it has any of its own ("the tunnel was not closed" does not say "there was no time to close
    the tunnel", whose own thing is the time)."""
    own = terms(claim) - known_terms(ctx) - _topic_terms(claim)
    used = own & set(s.lemmas.split())
    # ("came out of our officer's gun" says nothing of where "he pointed the gun")
    used -= {w for w in used if all(_police_weapon(t, ctx) for t in s.span if t.lemma_.lower() == w)}
    things = own & noun_terms(claim)
    return bool(used) and (not things or bool(used & things))


@lru_cache(maxsize=2048)
def _predicate_adjective(claim: str) -> str | None:
    """The quality a claim of the shape "he was drunk" gives its person, or None."""
    from .. import nlp

    doc = nlp.phrase(claim)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ in ("he", "she", "they")
                                                      for c in root.children):
        return None
    if any(c.dep_ == "neg" for c in root.children):
        return None
    adjectives = [c for c in root.children if c.dep_ == "acomp" and c.pos_ in ("ADJ", "VERB")]
    return adjectives[0].lemma_.lower() if len(adjectives) == 1 else None


#: Who a quality may be put on as a label: "a drunk driver", "a violent man".
_LABELLED = frozenset("man woman person boy girl teen teenager individual driver officer deputy trooper suspect "
                      "motorist guy fellow".split())


def _said_as_attribute(claim: str, s: Sentence) -> bool:
    """The claim's quality put on someone as a label ("a drunk driver" for "he was drunk"): said, not argued."""
    quality = _predicate_adjective(claim)
    return quality is not None and any(
        t.dep_ == "amod" and t.lemma_.lower() == quality and t.head.lemma_.lower() in _LABELLED for t in s.span)


@lru_cache(maxsize=2048)
def _denied_things(claim: str) -> frozenset[str]:
    """What a claim says there was none of: the nouns "no" or "neither" goes with ("no signs of impairment")."""
    from .. import nlp

    return frozenset(t.head.lemma_.lower() for t in nlp.phrase(claim)
                     if t.dep_ == "det" and t.lower_ in ("no", "neither") and t.head.lower_ != "one")


def _denied_thing_missing(claim: str, s: Sentence) -> bool:
    """The claim says there was none of something the sentence never names ("he showed no signs of impairment"
    against "no officer tested him for impairment"): both deny, but not the same thing."""
    denied = _denied_things(claim)
    return bool(denied) and not denied & set(s.lemmas.split())


@lru_cache(maxsize=2048)
def _places(text: str) -> frozenset[tuple[str, str]]:
    """Each preposition of place with the noun it takes ("at", "hospital")."""
    from .. import nlp

    return frozenset((t.head.lower_, t.lemma_.lower()) for t in nlp.phrase(text)
                     if t.dep_ == "pobj" and t.pos_ in ("NOUN", "PROPN") and t.head.lower_ in _PLACE_PREPS)


#: Prepositions of place: "at the scene", not "with his fists raised" (a manner the fact may share a word with).
_PLACE_PREPS = frozenset("at in inside outside near".split())


def fact_in_claims_place(s: Sentence, fact: str, claim: str) -> bool:
    """The sentence puts the fact's word where the claim has its own ("she died at the scene", against "she died at
    the hospital" contradicting "pronounced dead at the scene"): it tells the fact in the claim's shape."""
    said = {(t.head.lower_, t.lemma_.lower()) for t in s.span if t.dep_ == "pobj" and t.head.dep_ == "prep"}
    words = set(s.lemmas.split())
    fact_words = terms(fact)
    return any(prep == p and noun != n and noun not in words and n in fact_words
               for prep, noun in _places(claim) for p, n in said)


def _agent_left_out(claim: str, s: Sentence) -> bool:
    """The claim is who did it ("the nurse was injured by the man") and the sentence tells that it was done with no
    one doing it ("a hospital employee was also injured"): it does not say by whom."""
    from .. import nlp

    agents = {g.lemma_.lower() for t in nlp.phrase(claim) if t.dep_ == "agent" for g in t.subtree if g.dep_ == "pobj"}
    if not agents:
        return False
    return not any(t.dep_ == "agent" for t in s.span) and not agents & set(s.lemmas.split())


def _done_not_to_come(claim: str, s: Sentence) -> bool:
    """The claim says what will be ("no charges will be filed") and the sentence what has been, with nothing of
    the future ("no charges have been filed against her"): a fact of today answers no question about tomorrow."""
    from .. import nlp

    if not any(t.lower_ in ("will", "shall") and t.tag_ == "MD" for t in nlp.phrase(claim)):
        return False
    root = s.span.root
    future = any(t.tag_ == "MD" or t.lower_ == "going" for t in s.span)
    return not future and root.tag_ in ("VBD", "VBN")


def _done_now(claim: str, s: Sentence) -> bool:
    """The claim says something was done before ("I have apologised to her personally") and the sentence does it
    now, in the first person ("I apologise to her, and to every trans person ..."): the act, not a report of one."""
    from .. import nlp

    done = {t.lemma_.lower() for t in nlp.phrase(claim) if t.pos_ == "VERB" and (
        t.tag_ == "VBD" or t.tag_ == "VBN" and any(c.lemma_ == "have" and c.dep_ == "aux" for c in t.children))}
    return bool(done) and any(
        t.lemma_.lower() in done and t.tag_ in ("VBP", "VB") and not any(c.lemma_ == "have" for c in t.children)
        and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in t.children) for t in s.span)


def _state_word(tok) -> "tuple[str, str] | None":
    """What a copula says its subject is ("was off", "was unresponsive", "was off duty"): the state word and, for
    a preposition, its object (compared only with the same object: "on duty" / "off duty"), or None."""
    if tok.lemma_ != "be":
        return None
    for c in tok.children:
        if c.dep_ in ("acomp", "advmod", "prt") and c.lower_ not in ("not", "n't", "never", "still", "also", "then",
                                                                     "now"):
            return c.lemma_.lower(), ""
        if c.dep_ == "prep" and (obj := next((o for o in c.children if o.dep_ == "pobj"), None)) is not None:
            return c.lower_, obj.lemma_.lower()
    return None


def _state_opposed(claim: str, s: Sentence) -> bool:
    """The claim says something was in one state and the sentence the opposite ("the body camera was off" /
    "the body camera was on"): encoders put such sentences side by side, so the words decide."""
    from .. import nlp

    wanted = [w for t in nlp.phrase(claim) if (w := _state_word(t))]
    said = [w for t in s.span if (w := _state_word(t))]
    return bool(wanted) and any(opposite_words(a, b) and of_a == of_b for a, of_a in wanted for b, of_b in said) and \
        not {a for a, _ in wanted} & set(s.lemmas.split())


_ORDER_WORDS = {"before": "after", "after": "before"}


def _order_reversed(claim: str, s: Sentence) -> bool:
    """The claim puts one thing before another and the sentence puts it after, never before ("all four punches came
    after she was handcuffed" is not "the first punch came before she was handcuffed")."""
    words = set(s.lemmas.split())
    return any(w in _ORDER_WORDS and w not in words and _ORDER_WORDS[w] in words for w in lemma_line(claim).split())


def _same_threat(claim: str, s: Sentence, ctx: Context) -> bool:
    """A threat the claim tells in other words: "he comes back at the deputy with the knife" is "he advanced on the
    deputy with the knife", though it shares none of the claim's own words (both are the person's threatening
    conduct, and close in meaning). Conduct a known fact itself tells, as what a call reported ("a guard called
    about a teenager refusing to leave"), is that fact, not a threat of the writer's own."""
    return bool(C.HOSTILE_CONDUCT.search(lemma_line(claim))) and any(
        not s.negated(a, b) and not what_a_call_reported(ctx, s, a, b) for a, b in s.find(C.HOSTILE_CONDUCT))


#: Verbs of calling the police about someone.
_CALLED = frozenset("call report phone ring".split())


def what_a_call_reported(ctx: Context, s: Sentence, start: int, end: int) -> bool:
    """Conduct told as what a caller reported, in the words a known fact gives the call ("a library guard called
    about a teenager refusing to leave", where the facts say the guard called "to report a teenager refusing to
    leave"): the call is the fact, not the conduct. Told flatly ("she swung at him", from the officer's report)
    it is the writer's own claim."""
    tokens = s.tokens_at(start, end)
    caller = next((a for a in (tokens[0].ancestors if tokens else []) if a.pos_ == "VERB"
                   and a.lemma_.lower() in _CALLED), None)
    if caller is None:
        return False  # (the usual case: asked for every threat word of every claim, so the names wait till here)
    names = {n.lower() for n in all_names(ctx)}
    return any(
        c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.lower_ not in names
        and c.lemma_.lower() not in person_nouns(ctx) for c in caller.children) and \
        s.lemmas[start:end].strip() in _fact_lines(tuple(f.text for f in ctx.facts))


@lru_cache(maxsize=64)
def _fact_lines(texts: tuple[str, ...]) -> str:
    """The known facts' lemma lines, joined: where a phrase the facts use can be looked up."""
    return " ".join(lemma_line(t) for t in texts)


_TIMES = {"once": "1", "twice": "2", "thrice": "3"}
_NUMBERS = {**{k: v for k, v in _COUNTS.items() if v.isdigit()}, "seven": "7", "eight": "8", "nine": "9", "ten": "10",
            "a": "1", "an": "1"}
#: A number before what is counted, with at most one word between ("three shots", "a warning shot").
_COUNTED = re.compile(r"(?= (\w+)(?: ([a-z-]+))? (time|shot|round|bullet|strike|blow|punch|kick|burst) )")
#: Words after "a" that make it many: "a few shots", "a volley of rounds".
_MANY = frozenset("few couple number lot dozen series volley barrage hail".split())


def _counts_of(lemmas: str) -> set[str]:
    """How many times an act is told ("once", "twice", "three shots", "5 times") in a lemma line."""
    found = {_TIMES[w] for w in lemmas.split() if w in _TIMES}
    for m in _COUNTED.finditer(lemmas):
        word = m.group(1)
        if word in ("a", "an") and (m.group(3) == "time" or m.group(2) in _MANY):
            continue  # "at a time when", "a few shots"
        if word.isdigit() or word in _NUMBERS:
            found.add(_NUMBERS.get(word, word))
    return found


def _counts_differ(claim: str, s: Sentence) -> bool:
    """The claim and the sentence count the act differently ("the deputy fired once" / "the deputy fired twice"):
    close in meaning, but not the same claim."""
    want, have = _counts_of(lemma_line(claim)), _counts_of(s.lemmas)
    if bool(want) and bool(have) and not want & have:
        return True
    # The same count told of another act: "he was hit three times" is not "one officer fired three times, and two
    # shots hit him".
    from .. import nlp

    by_verb = _counts_by_verb(s.span)
    return any(verb in by_verb and not counts & by_verb[verb]
               for verb, counts in _counts_by_verb(nlp.phrase(claim)).items())


#: Nouns an act is counted in: "three times", "two shots".
_COUNT_NOUNS = frozenset("time shot round bullet strike blow punch kick burst".split())


def _counts_by_verb(tokens) -> dict[str, set[str]]:
    """How many times each verb's act is told: "fired three times" (fire: 3), "two shots hit him" and "two of them
    hit him" (hit: 2), "hit him twice" (hit: 2)."""
    out: dict[str, set[str]] = {}
    for t in tokens:
        if t.pos_ != "VERB":
            continue
        counts = set()
        for c in t.children:
            word = c.lower_
            if word in _TIMES:
                counts.add(_TIMES[word])
            elif c.dep_ in ("npadvmod", "dobj", "nsubj", "nsubjpass") and c.lemma_.lower() in _COUNT_NOUNS:
                counts |= {_NUMBERS.get(n.lower_, n.lower_) for n in c.children
                           if n.dep_ == "nummod" and (n.lower_.isdigit() or n.lower_ in _NUMBERS)}
            elif c.dep_ == "nsubj" and c.pos_ == "NUM" and any(p.lower_ == "of" for p in c.children):
                counts.add(_NUMBERS.get(word, word))  # "two of them hit him"
        if counts:
            out.setdefault(t.lemma_.lower(), set()).update(counts)
    return out


#: Tokens from which a sentence is long enough for its parts to take colour from the rest when pooled.
_LONG = 30


def _read_alone(claim: str, s: Sentence) -> float:
    """The claim's closeness to the sentence's parts each read on its own. A part pooled from a long sentence
    takes colour from the rest ("the DA is reviewing it, but I have seen enough: that was excessive force"
    pools to 0.57 of "the force was excessive", read alone 0.73), so in a long sentence a claim close but not
    close enough is read again this way; only then, so that few parts are encoded twice. (Short sentences pool
    well, and reading their parts alone loses who does what: "he fired five times" alone is close to "he was
    hit five times".)"""
    from .. import nlp

    parts = s.fragments[1:] or [s.text]
    return float((nlp.embed(parts) @ nlp.embed([claim], scenario=True).T).max())


#: Words that may stand before a claim's subject in one another's place ("that firing" for "the firing").
_DETERMINERS = ("the", "this", "that", "his", "her", "their")


def says_predicate(claim: str, s: Sentence) -> bool:
    """Whether the sentence holds the claim word for word, its subject pronoun aside ("he advanced on the
    officers" in "Mr. Brandt advanced on the officers with an object in his hand")."""
    line = lemma_line(claim)
    words = line.split()
    if words and words[0] in ("he", "she", "they") and len(words) >= 4:
        line = " " + " ".join(words[1:]) + " "
    if line in s.lemmas:
        return True
    # ("that firing will stand" says "the firing will stand": a determiner for another)
    if words and words[0] in _DETERMINERS and len(words) >= 4 and re.search(
            r" (?:" + "|".join(_DETERMINERS) + ") " + re.escape(" ".join(words[1:])) + " ", s.lemmas):
        return True
    # "I expect Officer Pruitt will be charged" says "the officer will be charged": the predicate word for word,
    # of a subject that shares the claim's words, and not asked ("whether he will be charged").
    subject, predicate = _claim_parts(claim)
    if len(predicate.split()) < 3 or predicate not in s.lemmas or re.search(r"(?i)\b(whether|if)\b", s.text):
        return False
    # (or a pronoun that may stand for it: "he stopped an active shooter" for "the officer stopped an active
    # shooter")
    said = {t.lemma_.lower() for sub in s.subjects for t in sub.subtree}
    return bool(subject & said) or any(sub.dep_ == "nsubj" and sub.lower_ in ("he", "she") and _predicate_follows(
        sub, predicate, s) for sub in s.subjects)


def _predicate_follows(subject, predicate: str, s: Sentence) -> bool:
    """Whether the predicate's words come right after the subject ("he | stopped an active shooter")."""
    after = " " + " ".join(t.lemma_.lower() for t in s.span if t.i > subject.i and not t.is_punct) + " "
    return after.startswith(predicate)


@lru_cache(maxsize=2048)
def _claim_parts(claim: str) -> tuple[frozenset[str], str]:
    """A claim's subject words, and its predicate as a lemma line (" will be charge ")."""
    from .. import nlp

    doc = nlp.phrase(claim)
    subject = next((t for t in doc if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return frozenset(), ""
    end = max(t.i for t in subject.subtree) + 1
    words = frozenset(t.lemma_.lower() for t in subject.subtree if t.is_alpha and not t.is_stop)
    rest = [(t.lemma_ or t.text).lower() for t in doc[end:] if not t.is_punct]
    return words, " " + " ".join(rest) + " "


@lru_cache(maxsize=2048)
def lemma_line(text: str) -> str:
    """A phrase's lemmas as :attr:`Sentence.lemmas` writes them: the claim word for word, whatever surrounds it."""
    from .. import nlp

    return " " + " ".join((t.lemma_ or t.text).lower().strip() or t.text.lower() for t in nlp.phrase(text)) + " "


#: "How fast / how far / how long ..." questions and the units that answer each.
_QUANTITY = re.compile(r"(?i)^\s*how (?P<kind>fast|quickly|far|close|near|long|many|much|often)\b")
_UNITS = {
    "fast": r"mph|miles? (an|per) hour|km/h|kilomet(er|re)s? (an|per) hour|kph",
    "far": r"feet|foot|ft|yards?|miles?(?! (an|per) hour)|met(er|re)s?|car lengths?|blocks?|inches",
    "long": r"seconds?|minutes?|hours?|days?|weeks?",
    "many": r"\S+",
}
_UNITS.update(quickly=_UNITS["fast"], close=_UNITS["far"], near=_UNITS["far"], much=_UNITS["many"],
              often=_UNITS["many"])
#: Each kind's units, as the words right after a number must begin.
_UNIT_START = {kind: re.compile(r"(?i)^(" + units + r")\b") for kind, units in _UNITS.items()}


#: Verbs whose object may be a question named by "what" or "who" ("what killed him, state agents will say").
_TELLING_WHAT = frozenset("say tell know determine decide establish show find explain answer learn".split())


def in_indirect_question(tok) -> bool:
    """Whether a word lies in a clause that "whether" or "if" opens, or a "what" or "who" clause that a verb of
    telling or knowing takes ("What killed him, state agents will say"): a question named, not answered."""
    node = tok
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in node.children) or \
                node.lower_ == "whether":
            return True
        if node.pos_ == "VERB" and node.dep_ in ("advcl", "ccomp", "csubj") and \
                node.head.lemma_.lower() in _TELLING_WHAT and node.i < node.head.i and any(
                    c.dep_ in ("nsubj", "dobj") and c.lower_ in ("what", "who") and c.i < node.i
                    for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def asks_quantity(question: str) -> bool:
    """Whether an unknown is a "how fast / how far / how long / how many" question, which only a quantity answers."""
    return bool(_QUANTITY.match(question))


#: Words that make "eight minutes" a point in time ("eight minutes later"), not how long something lasted.
_POINT_IN_TIME = re.compile(r"(?i)^\s*(later|earlier|ago|into)\b")
#: Quantities in words: "a few seconds", "several minutes", "a minute".
_VAGUE_QUANTITY = frozenset("a an few several couple".split())


def quantity_answer(question: str, s: Sentence, ctx: Context) -> bool:
    """Whether a sentence answers a "how fast / how far / how many" question with a quantity the known facts do
    not give ("the car was going better than 100 miles an hour" for "how fast the cars were travelling"; "for a
    few seconds" for "how long"). "A sergeant arrived eight minutes later" tells when, not how long."""
    m = _QUANTITY.match(question)
    if not m:
        return False
    known = " ".join(f.text for f in ctx.facts).lower()
    kind = m.group("kind").lower()
    unit = _UNIT_START[kind]
    # "How many complaints" is answered by a number of complaints, not by "April 22" or "7 p.m.".
    counted = re.match(r"(?i)\s*([a-z]{3,})", question[m.end():])
    if kind == "many" and counted and counted.group(1).lower() not in ("of", "times", "people", "more", "other"):
        unit = re.compile(r"(?i)^(?:\S+\s+){0,2}?" + re.escape(counted.group(1)[:5].lower()))
    for tok in s.span:
        vague = tok.lower_ in _VAGUE_QUANTITY and kind != "many"
        if not (tok.like_num or vague):
            continue
        words = s.span.doc[tok.i + 1:min(tok.i + 5, s.span.end)]
        if vague and words and words[0].lower_ in _VAGUE_QUANTITY:
            words = words[1:]  # "a few minutes"
        after = words.text
        m_unit = unit.match(after)
        if not m_unit or kind in ("long", "quickly") and _POINT_IN_TIME.match(after[m_unit.end():]):
            continue
        # A number the facts already give ("three times") is no answer; "40" in "3:40 a.m." is not "40 minutes".
        given = r"(?<![\w:.])" + re.escape(tok.lower_) + (
            r"(?![\w:])" if kind in ("many", "much", "often") else r"\s+" + re.escape(m_unit.group(0).lower()))
        if vague or not re.search(given, known):
            return True
    return False


def overlap(question: str, s: Sentence, ctx: Context) -> float:
    """Share of a question's distinctive content lemmas (those the known facts do not use) that a sentence uses."""
    if quantity_answer(question, s, ctx):
        return 1.0
    known = known_terms(ctx)
    wanted = terms(question) - known
    # The person's own story answers a question about the person, or why an officer acted ("why the deputy used the
    # Taser": because he charged), not one about what an officer said or did ("what the officer said before
    # firing").
    officers = ctx.actor_words - {"we", "i", "they"}
    about_officer = not question.lower().startswith("why") and any(
        t.lemma_.lower() in officers for sub in claim_subjects(question) for t in sub.subtree)
    if not wanted:
        # The question uses only known words ("what Mr. Watkins said or did before the strikes"): a sentence
        # answers it when it tells of the person's own conduct in words the known facts do not use.
        new = terms(s.text) - terms(question) - known
        return 1.0 if not about_officer and about_person(ctx, s, acting=True) and new and \
            not s.find(C.UNKNOWN_ACK) else 0.0
    # Naming the question's topic ("an object was found near him") does not answer it: an answer names
    # something new ("... was holding a handgun").
    if not (noun_terms(s.text) - terms(question) - known):
        return 0.0
    share = len(wanted & set(s.lemmas.split())) / len(wanted)
    # In other words ("he died because of an overdose" answers "what caused his death"): the person's own
    # story with something new in it counts as an answer.
    return 1.0 if share < 0.5 and not about_officer and about_person(ctx, s, acting=True) else share


def about_person(ctx: Context, s: Sentence, acting: bool = False) -> bool:
    """Whether a sentence's subject is the person harmed (by name, or by a pronoun not following a sentence about an
    officer); with ``acting``, only as the one who acts ("he ran", not "he was treated for ...")."""
    # Acting means the subject of a verb of action, not of "is" ("Mrs. Parr, I am sorry" says nothing she did).
    subj = " ".join(t.lower_ for t in s.subjects
                    if not acting or (t.dep_ != "nsubjpass" and t.head.pos_ == "VERB"))
    names = [p.lower() for p in ctx.people]
    if any(n in subj for n in names) or re.search(
            r"\b(the|an?) (adult |young )?(man|woman|person|driver|suspect|subject|individual|male|female|juvenile|"
            r"teen|teenager|student|passenger|boy|girl)\b", subj):
        return True
    return bool(re.search(r"\b(he|she|they)\b", subj)) and not _officer_before(ctx, s)


def _officer_before(ctx: Context, s: Sentence) -> bool:
    """Whether the sentence before this one has an officer as its subject and does not mention the person harmed,
    so that its "he" is the officer ("The officer had tried to stop the car. He approached on foot ...")."""
    i = ctx.clause_index(s)
    if not i:
        return False
    before = ctx.analysis.clauses[i - 1]
    subject = {t.lemma_.lower() for sub in before.subjects for t in sub.subtree}
    words = {t.lower_ for t in before.span}
    person = {w for p in ctx.people for w in p.lower().split()} | {"man", "woman", "driver", "boy", "girl", "teen"}
    return bool(subject & (C.ACTOR_WORDS - {"we", "ours"})) and not words & person


def all_names(ctx: Context) -> list[str]:
    """Every name the scenario ever gives the person harmed (now or in a later inject), full and surname."""
    people = [ctx.scenario.incident.person_harmed] if ctx.scenario.incident else []
    people += [i.person_harmed for i in ctx.scenario.injects if i.person_harmed]
    names = {p.name for p in people if p and p.name}
    # (A hyphened surname is also its last part, as the parser splits it: "Al-Haidari" gives "Haidari".)
    return sorted(names | {n.split()[-1] for n in names if len(n.split()[-1]) > 2}
                  | {n.split()[-1].split("-")[-1] for n in names if len(n.split()[-1].split("-")[-1]) > 2})


def clearing_hits(ctx: Context, denials: bool = True) -> list[Hit]:
    """Words that declare the officer in the right: "acted within policy", or wrongdoing denied ("we do not
    believe he did anything wrong"; left out with ``denials=False``, for claims of fact only). A negated
    clearing ("was not justified") keeps its negation; a sentence that leaves the question open ("whether ...",
    "is for the investigation to determine") clears no one. Several principles ask for it: it is read once per
    answer."""
    return list(ctx.remember(f"clearing hits {denials}", lambda: _read_clearings(ctx, denials)))


def _read_clearings(ctx: Context, denials: bool) -> list[Hit]:
    """The clearings :func:`clearing_hits` returns, read from the answer."""
    def open_question(h: Hit) -> bool:
        # Only the part that holds the words: "what I don't know yet is how fast anybody was going, but I do know
        # he was following our pursuit policy" leaves the speeds open, not the policy.
        piece = h.sentence.piece(h.start, h.end)
        return bool(C.WITHHOLD.search(piece) or C.UNKNOWN_ACK.search(piece) or re.search(r" (whether|if) ", piece))

    hits = [h for h in ctx.hits(C.CLEARING)
            if not open_question(h) and not (said_of_person(ctx, h) and not _officer_conduct(h)
                                             and not _officer_pronoun(ctx, h)) and not _said_to_person(ctx, h)
            and not _how_reviewed(h) and not _urged(h) and (h.negated or not _reported(h))
            and not _rule_condition(h) and not _unmet_condition(h) and not _said_of_the_public(h)
            and not _of_people_acted_on(h)
            and (h.negated or not _lawful_thing_of_others(h))
            # ("We are not saying the team could not have known": a judgement the writer declines to make.)
            and not _not_said_by_us(h) and not _asked_of_others(h)
            # ("Was this an isolated incident?", a question put in a Q&A, claims nothing.)
            and not h.sentence.text.rstrip().endswith("?")]
    told = _clearings_told(ctx, [h for h in hits if not h.negated])
    hits = [h for h in hits if h.negated or h.sentence.start not in told]
    # "We ask the public not to rush to judgment" is not the agency withholding its own judgement: it asks the
    # public to withhold theirs, on the officer's behalf.
    hits = [Hit(h.sentence, h.start, h.end, False) if h.negated and h.sentence.find(C.ASK_PUBLIC) and
            re.search(r"(?i)rush|jump", h.phrase) else h for h in hits]
    if denials:
        hits += [Hit(h.sentence, h.start, h.end, False) for h in ctx.hits(C.WRONGDOING_DENIED)
                 if h.negated and not open_question(h) and not said_of_person(ctx, h) and not _said_to_person(ctx, h)
                 and not _no_finding_yet(h) and not _said_of_those_acted_on(ctx, h) and not _not_said_by_us(h)]
    return hits


#: People the police act on, who "they" may stand for ("put hundreds of your kids on a gang list. Most of them had
#: never done anything wrong").
_PEOPLE_ACTED_ON = frozenset("kid youth people family neighbour neighbor student member".split())


#: Where people the police act on live or ride: "no one in that house", "no one in the car".
_HOMES = frozenset("house home apartment flat car vehicle".split())


#: Members of the public a clearing may be said of: "the family had done nothing wrong" says they were wronged.
#: ("People" and "members" are left out: "our people followed procedure" clears the officers.)
_PUBLIC_SUBJECTS = frozenset("kid youth family neighbour neighbor student child parent resident tenant passenger "
                             "bystander mother father".split())


def _of_people_acted_on(h: Hit) -> bool:
    """The words clear members of the public the police acted on ("The family had done nothing wrong"), not an
    officer."""
    verb = cue_verb(h)
    return verb is not None and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _PUBLIC_SUBJECTS and not any(
            g.dep_ == "poss" and g.lower_ in ("our", "my") for g in c.children) for c in verb.children)


def _said_of_those_acted_on(ctx: Context, h: Hit) -> bool:
    """Wrongdoing denied of "they"/"most of them" where the last people named before it are members of the public,
    not officers: it says they were wronged, and clears no officer."""
    verb = cue_verb(h)
    if verb is None:
        return False
    subjects = [w for c in verb.children if c.dep_ == "nsubj" for w in c.subtree]
    # "No one in that house had done anything wrong": no one of the people in the home the police entered.
    if any(c.dep_ == "nsubj" and negative_noun(c) and any(
            p.dep_ == "prep" and p.lower_ in ("in", "inside") and any(g.lemma_.lower() in _HOMES for g in p.children)
            for p in c.children) for c in verb.children):
        return True
    if not any(w.lower_ in ("they", "them") for w in subjects):
        return False
    clauses = ctx.analysis.clauses
    at = next((k for k, c in enumerate(clauses) if c.start == h.sentence.start), 0)
    earlier = [t for c in clauses[max(0, at - 1):at] for t in c.span] + \
        [t for t in h.sentence.span if t.i < min(w.i for w in subjects)]
    words = PERSON_WORDS | _PEOPLE_ACTED_ON | ctx.actor_words
    people = [t for t in earlier if t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() in words]
    return bool(people) and people[-1].lemma_.lower() not in ctx.actor_words


#: A court's verdict, and facts that tell a charge still to be tried ("charged with vehicular homicide; the case is
#: pending") or already decided.
_VERDICT = re.compile(r"(?i)\b(guilty|murder\w*|convict\w*)\b")
_CHARGED = re.compile(r"(?i)\b(charged|indicted)\b")
_DECIDED_IN_COURT = re.compile(r"(?i)\b(convicted|acquitted|pleaded guilty|pled guilty|found (?:not )?guilty|"
                               r"sentenced)\b")
#: Words that leave the verdict to the court: "whether he is guilty is for a court to decide", "no one here will
#: tell you he is guilty or innocent", "presumed innocent".
_VERDICT_LEFT = re.compile(r"(?i)\b(whether|if|no one|nobody|not|never|n't|presum\w*)\b")
#: A charge told by its name ("charged with assault with intent to murder"), which gives no verdict.
_CHARGE_NAMED = re.compile(r"(?i)\b(charged?|indicted|indictment|counts?) (with|of|for)\b")


def _case_before_court(ctx: Context) -> bool:
    """Whether the facts tell an officer of the scenario charged and the case not yet decided, or whether to charge
    is still an open question ("whether Officer Harmon will be charged with a crime")."""
    if any(re.search(r"(?i)\b(charg\w*|prosecut\w*|indict\w*)\b", u.text) for u in ctx.unknowns):
        return True
    told = [f.text for f in ctx.facts]
    names = {w for o in (ctx.scenario.incident.officers if ctx.scenario.incident else []) if o.name
             for w in o.name.split() if len(w) > 2}
    return any(_CHARGED.search(t) and (names & set(re.findall(r"[\w'’-]+", t)) or re.search(
        r"(?i)\b(officer|deputy|trooper|constable)\b", t)) for t in told) and \
        not any(_DECIDED_IN_COURT.search(t) for t in told)


#: A charge told by what the accused is charged or accused of ("the man charged with her murder", "accused in court
#: of her first-degree murder", "a murder charge").
_ACCUSED_OF = re.compile(r"(?i)\baccused\b(?:\s+\S+){0,4}\s+of\b|\bmurder charges?\b")


#: The agency's own workings, which it may refuse to defend without condemning anyone ("I will not defend those
#: files").
_AGENCY_WORKINGS = frozenset("file record policy process handling system practice procedure rule release statement "
                              "announcement".split())


def of_the_agency_itself(h: Hit) -> bool:
    """A condemnation the agency turns on itself, not on an officer: "we will answer for what it finds", "I will not
    defend those files"."""
    tokens = h.sentence.tokens_at(h.start, h.end)
    return any(t.lemma_.lower() == "answer" and writer_is_subject(t) for t in tokens) or any(
        t.lemma_.lower() == "defend" and any(c.dep_ == "dobj" and c.lemma_.lower() in _AGENCY_WORKINGS
                                             for c in t.children) for t in tokens)


def charge_told(h: Hit) -> bool:
    """Whether a word of verdict ("murder") only names the charge: a fact of the case, not a condemnation."""
    return bool(_VERDICT.search(h.phrase)) and bool(_CHARGE_NAMED.search(h.sentence.text) or _ACCUSED_OF.search(
        h.sentence.text))


def verdict_before_trial(ctx: Context, h: Hit) -> bool:
    """A condemnation that gives the court's verdict ("he is guilty of killing Raymond") while the facts tell an
    officer charged and the case undecided; a charge told by its name, or a verdict left to the court, gives none."""
    return bool(_VERDICT.search(h.phrase)) and _case_before_court(ctx) and not _CHARGE_NAMED.search(
        h.sentence.text) and not _VERDICT_LEFT.search(h.text_before)


#: Verbs that say a thing was found: "they have not been found to have done anything wrong".
_FOUND = frozenset("find prove establish show".split())
#: "Wrong to pretend ...", "wrong to say ...": a way of speaking judged, not the conduct ("wrong to fire" is).
_WRONG_TO_SAY = re.compile(r" to (pretend|say|suggest|claim|imply|think|believe|assume|speculate|judge|rush|blame|"
                           r"describe|call|label|single|point) ")


def owned_wrongs(ctx: Context) -> list[Hit]:
    """Words that own a wrong: an admission ("should not have" carries its own negation; "it would be wrong to
    pretend it did" judges a way of speaking, not the conduct), or a clearing denied ("was not within policy")."""
    # ("Whether the arrest was wrong is for the DA" asks the question; it owns nothing.)
    return ctx.remember("owned wrongs", lambda: [
        h for h in ctx.hits(C.ADMISSION) if (not h.negated or _ADMITTED_WITH_NEGATION.search(h.phrase))
        and not _WRONG_TO_SAY.match(h.sentence.lemmas[h.end:])
        and not any(in_indirect_question(t) for t in h.sentence.tokens_at(h.start, h.end)[:1])]
        + [h for h in clearing_hits(ctx) if h.negated])


#: Admissions that carry their own negation: "should not have", "the division never acted on it", "we did nothing
#: with it", "took no further action".
_ADMITTED_WITH_NEGATION = re.compile(r"(?i)should not|never|\bdo (?:not|n't) (?:act|follow)|\bdo nothing\b|"
                                     r"\btake no\b")


def _no_finding_yet(h: Hit) -> bool:
    """Wrongdoing denied only in that nothing has been found ("they have not been found to have done anything
    wrong", "nobody has been found at fault"): no finding is made either way, as a finding that he did nothing wrong
    would be."""
    verb = cue_verb(h)
    if verb is None:
        # ("at fault" has no verb of its own: the verb it hangs from.)
        tokens = h.sentence.tokens_at(h.start, h.end)
        verb = next((t.head for t in tokens[:1] if t.head.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(
        a.lemma_.lower() in _FOUND and any(c.dep_ == "neg" or negative_subject(c, ("no", "none")) for c in a.children)
        and any(c.dep_ == "auxpass" for c in a.children) for a in (verb, *verb.ancestors))


#: People of the community a clearing may be said of ("Mr. Ngo, your members did nothing wrong").
_PUBLIC = frozenset("member resident family community neighbour neighbor congregation student parent".split())


#: What officers do, which "lawful" before it calls right: "a lawful arrest", "lawful force".
_POLICE_DOINGS = frozenset("arrest stop search force detention entry shooting use action act conduct response seizure "
                           "takedown dispersal restraint tactic decision command order enforcement policing operation "
                           "practice raid warrant basis".split())


def _lawful_thing_of_others(h: Hit) -> bool:
    """"Lawful" said of what the public did, not of the police ("wrong to break up a lawful procession")."""
    tokens = h.sentence.tokens_at(h.start, h.end)
    return len(tokens) == 1 and tokens[0].lower_ == "lawful" and tokens[0].dep_ == "amod" and \
        tokens[0].head.pos_ in ("NOUN", "PROPN") and tokens[0].head.lemma_.lower() not in _POLICE_DOINGS


def _said_of_the_public(h: Hit) -> bool:
    """A clearing whose subject is the partner's people, not an officer: "your members did nothing wrong"."""
    verb = cue_verb(h)
    if verb is None:
        return False
    # (Only the partner's own, in the second person: "member" is also a police word, and "our people" are officers.)
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _PUBLIC
               and any(p.dep_ == "poss" and p.lower_ == "your" for p in c.children) for c in verb.children)


def _said_to_person(ctx: Context, h: Hit) -> bool:
    """"You did nothing wrong", said to the person harmed, whom the answer addresses by name ("Mr. Granger, I am
    sorry."): it clears them, not the officer."""
    verb = cue_verb(h)
    if verb is None or not any(c.dep_ == "nsubj" and c.lower_ == "you" for c in verb.children):
        return False
    text = ctx.analysis.text
    return any(re.search(r"(?:^|[.!?:]\s+|\bDear\s+)(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+)?" + re.escape(name) + r"\s*[,:]",
                         text) for name in all_names(ctx))


def _cleared_facts(ctx: Context, said: bool = True) -> list[str]:
    """Known facts that clear an officer or an act: a finding that one act was within policy, where another act of
    the incident was found wrong (with ``said``, a clearing someone is told to have said too)."""
    return [f.text for f in ctx.facts if any(
        # Not a rule's terms ("bans neck restraints except where deadly force is justified") or a denial ("deadly
        # force was not justified").
        not _DENIED_BEFORE.search(line[max(0, m.start() - 40):m.start()]) and (
            said or not _SAID_BEFORE.search(line[max(0, m.start() - 40):m.start()]))
        for line in [lemma_line(f.text)] for m in C.CLEARING.finditer(line))]


#: Before a clearing, words that deny it, or that make it someone's fear or claim and not a finding ("deputies
#: fear they will be blamed for doing what they were taught").
_DENIED_BEFORE = re.compile(r"\b(unless|except|not|never|no|fear|worry|blame|claim|insist|argue)\b")
#: Before a clearing, words that make it what someone said: told, it is told as the facts tell it, but it clears no
#: act ("the officers association said the four officers 'did what they were trained to do'").
_SAID_BEFORE = re.compile(r"\b(say|contend)\b")


def _clearings_told(ctx: Context, hits: list[Hit]) -> set[int]:
    """Starts of the clauses that tell a clearing the scenario's own facts make ("the state review found the Taser
    use was within policy"): a finding told as found declares nothing of the writer's own."""
    if not hits:
        return set()
    cleared = _cleared_facts(ctx)
    if not cleared:
        return set()
    sim = ctx.similarity(cleared)
    told = set()
    for h in hits:
        i = ctx.clause_index(h.sentence)
        if i is None:
            continue
        finders = _finders(h)
        # A finding told in other words is told by the body the fact names ("our own Professional Standards Branch
        # found their force was within our policy as written").
        named = [k for k, text in enumerate(cleared) if _named_in(finders, text)]
        if sim[i].max() >= FACT or finders and (sim[i].max() >= ABOUT or any(sim[i][k] >= _NAMED for k in named)):
            told.add(h.sentence.start)
    return told


#: How near a finding must be to a fact that names its finder.
_NAMED = 0.4

_FINDING_VERBS = frozenset("find conclude determine rule decide clear".split())


def _finders(h: Hit) -> list:
    """Who found what the words say, where they lie in what a review found ("the state review found the Taser use
    was within policy"), not in what the writer declares: the finding verb's subjects (none for "we found")."""
    tokens = h.sentence.tokens_at(h.start, h.end)
    for node in (tokens[0].ancestors if tokens else []):
        if node.lemma_.lower() in _FINDING_VERBS:
            subjects = [c for c in node.children if c.dep_ == "nsubj"]
            return subjects if all(c.lower_ not in ("i", "we") for c in subjects) else []
    return []


def _named_in(finders: list, text: str) -> bool:
    """Whether a finder is named in a fact by a proper name of its own ("Professional Standards Branch")."""
    names = {t.lower_ for f in finders for t in f.subtree if t.pos_ == "PROPN" and len(t.text) > 2}
    return bool(names) and bool(names & set(re.findall(r"[a-z]+", text.lower())))


def condemns_the_cleared(ctx: Context) -> list[Hit]:
    """Wrong declared ("was wrong", "should not have been tased") in a clause about an act a known finding cleared:
    owning one established failure does not make the act the finding cleared wrong too. Asked by inform-of-facts and
    accountability: read once per answer."""
    return ctx.remember("condemns_the_cleared", lambda: _read_condemns_the_cleared(ctx))


def _read_condemns_the_cleared(ctx: Context) -> list[Hit]:
    cleared = _cleared_facts(ctx, said=False)
    if not cleared:
        return []
    sim = ctx.similarity(cleared)
    found = [h for h in ctx.hits(C.ADMISSION) + ctx.affirmed(C.CONDEMN)
             if (not h.negated or re.search(r"(?i)should not|never", h.phrase))
             and (i := ctx.clause_index(h.sentence)) is not None and sim[i].max() >= ABOUT]
    found = [h for h in found if not _of_another_act(h, cleared)]
    return [h for k, h in enumerate(found) if all(o.sentence.start != h.sentence.start for o in found[:k])]


#: Subjects that point back to something already named: their clause is about whatever the sentence named before.
_POINTING_BACK = frozenset("it that this they these those he she which who".split())


def _of_another_act(h: Hit, cleared: list[str]) -> bool:
    """The wrong is declared in a clause of its own, about something else than the act cleared ("They found the stop
    was lawful and everything after it (the slur, the remark, the handcuffs) broke our rules"): that clause, read
    alone, is not near the cleared act. A subject that points back ("... and it was wrong") keeps the sentence's."""
    from .. import nlp

    verb = h.verb
    if verb is None:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(c.lower_ in _POINTING_BACK for c in subjects):
        return False
    own = " ".join(t.text for t in own_clause(verb))
    return float((nlp.embed([own]) @ nlp.embed(cleared, scenario=True).T).max()) < ABOUT


#: What a review decides, as against the evidence of what happened ("the SBI found ...", "the DA ruled ...").
_VERDICTS = frozenset("finding review report ruling decision verdict conclusion determination find rule conclude "
                      "determine".split())
_EVIDENCE_WORDS = frozenset("video footage clip recording camera photo picture image screenshot post".split())


def discredits_evidence(ctx: Context, h: Hit) -> bool:
    """Whether words that call something partial ("it isn't the whole story") are said of the evidence of the
    harm, not of a finding that cleared the officer ("The state review found the Taser use within policy. ... But it
    isn't the whole story, and I won't hide behind it" owns more than the finding, it explains nothing away)."""
    if _reported(h) or _feeling_answered(ctx, h):
        return False  # "the union has said it was out of context": theirs, reported, not the writer's
    tokens = h.sentence.tokens_at(h.start, h.end)
    verb = h.verb or (tokens[0].head if tokens else None)  # "it is[n't the whole story]"
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
    if any(s.lemma_.lower() in _VERDICTS for s in subjects):
        return False
    if any(s.lower_ in ("it", "that", "this") for s in subjects):
        i = ctx.clause_index(h.sentence)
        before = {t.lemma_.lower() for t in ctx.analysis.clauses[i - 1].span} if i else set()
        return not (before & _VERDICTS and not before & _EVIDENCE_WORDS)
    return True


#: The main clause of an unmet condition, what would have been: "this would have been caught", "he might be alive".
UNMET_RESULT = re.compile(r"(?i)\b(would|could|might)(\s+\w+){0,2}\s+(have|be)\b")


def _unmet_condition(h: Hit) -> bool:
    """Clearing words in a condition not met ("Had we done our job, this would have been caught years ago"): what
    was not done, owned."""
    tokens = h.sentence.tokens_at(h.start, h.end)
    verb = h.verb or next((t for t in tokens if t.pos_ == "VERB"), None)
    if verb is None or not UNMET_RESULT.search(h.sentence.text):
        return False
    had = [c for c in verb.children if c.dep_ == "aux" and c.lower_ == "had"]
    return bool(had) and verb.dep_ == "advcl" and (had[0].i == verb.left_edge.i or any(
        c.dep_ == "mark" and c.lower_ == "if" for c in verb.children))


def _rule_condition(h: Hit) -> bool:
    """Clearing words inside the condition of a rule ("our policy bans neck restraints unless deadly force is
    justified", "except where deadly force would be justified"): the rule's terms, said of no one."""
    before = h.sentence.text[:h.sentence.text.find(h.phrase)] if h.phrase in h.sentence.text else ""
    clause = re.split(r"[;:,]|\bbut\b|\band\b", before)[-1]
    return bool(re.search(r"(?i)\b(unless|except|only (if|when|where))\b", clause))


def pronoun_for_police(subject, s: Sentence, ctx: Context, earlier: bool = False) -> bool:
    """"he"/"she" standing for an officer named as the subject elsewhere in the sentence ("our officer used
    excessive force when he lifted a student and slammed her to the floor"); with ``earlier``, only an officer
    named before it ("our deputy had to decide fast, and he made the one our instructors teach")."""
    if subject.lower_ not in ("he", "she"):
        return False
    # (Or "one of" them: "what one of our detectives did, when he put Alana Ruiz in handcuffs".)
    return any(t.dep_ == "nsubj" and t.i != subject.i and (not earlier or t.i < subject.i)
               and (t.lemma_.lower() in ctx.actor_words and t.lower_ not in ("we", "i") or t.lower_ == "one" and any(
                   w.lemma_.lower() in ctx.officer_words for w in t.subtree)) for t in s.span)


def _officer_pronoun(ctx: Context, h: Hit) -> bool:
    """A clearing said of "he" after an officer was the sentence's subject clears the officer (words that clear
    are said of officers)."""
    verb = cue_verb(h)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
    return bool(subjects) and all(pronoun_for_police(sub, h.sentence, ctx, earlier=True) for sub in subjects)


#: Verbs of the review itself: "the use of force will be reviewed in accordance with department policy" says how it
#: is reviewed, not that it was within policy.
_REVIEWING = frozenset("review investigate examine evaluate assess".split())


def process_told_beside(ctx: Context, h: Hit) -> bool:
    """Whether loyalty words come with the process the officer goes through or the accountability owed: in their
    sentence, accountability, or the officer's rights after them and a colon ("He is not being hung out to dry: he
    keeps his union rep and a hearing"); or either in the next sentence ("The sergeant isn't
    being thrown to the wolves. He's off supervising while somebody from outside the county looks at it"). Not
    being thrown to the wolves is then due process, not loyalty; "no matter what" the findings say is loyalty still."""
    if re.search(r"(?i)\bno matter\b", h.phrase):
        return False
    s = h.sentence
    # (Rights told after a colon or semicolon answer the loyalty words; "don't talk to the State Police without an
    # association rep" is one instruction.)
    if s.find(C.ACCOUNTABILITY) or any(a >= h.end and re.search(r"[:;]", s.text[h.end:a])
                                       for a, _ in s.find(C.OFFICER_RIGHTS)):
        return True
    after = ctx.clause_beside(s, 1)
    return after is not None and bool(after.find(C.OFFICER_RIGHTS) or after.find(C.ACCOUNTABILITY))


def cue_verb(h: Hit) -> "Token | None":
    """The verb a cue's words hang from: the first of them if it is a verb, else its nearest verb above. An
    auxiliary the cue starts with stands for its verb ("have taken something": the subject is the verb's)."""
    tokens = h.sentence.tokens_at(h.start, h.end)
    verb = next((a for a in [*tokens[:1], *(tokens[0].ancestors if tokens else [])] if a.pos_ in ("VERB", "AUX")),
                None)
    return verb.head if verb is not None and verb.dep_ in ("aux", "auxpass") else verb


#: Titles a name may have before it ("Mr. Heller").
NAME_TITLES = frozenset("mr mrs ms miss dr mx".split())


def said_of_someone_named(ctx: Context, h: Hit) -> bool:
    """Whether the cue's clause has for its subject someone named who is neither the person harmed nor an officer
    of the scenario ("Mr. Heller was arrested and is charged with murder", when Heller killed the person harmed):
    what is said of a third person is not said of the person harmed, nor of the police."""
    verb = cue_verb(h)
    while verb is not None and verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "was arrested ... and is charged with": the subject is the first verb's
    if verb is None:
        return False
    words = [w for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for w in c.subtree]
    if len(words) == 1 and words[0].lower_ in ("he", "she"):
        words = _named_just_before(ctx, h.sentence, words[0])  # "we arrested Mr. Heller; he is charged with ..."
    named = [w for w in words if w.pos_ == "PROPN" and w.is_alpha and len(w.text) > 2 and w.lower_ not in NAME_TITLES]
    if not named or any(w.lemma_.lower() in ctx.actor_words for w in words):
        return False
    incident = ctx.scenario.incident
    officers = [o.name for o in (incident.officers if incident else []) if o.name]
    known = {part.lower() for n in [*all_names(ctx), *ctx.people, *officers] for part in n.split()}
    return not any(w.lower_ in known for w in named)


def _named_just_before(ctx: Context, s: Sentence, pronoun) -> list:
    """The person a "he"/"she" most likely stands for: the last name said before it, in its sentence or the one
    before, as a subject, an object or an owner (a name after a preposition is mostly a place: "on Route 9")."""
    i = ctx.clause_index(s)
    before = [t for c in ctx.analysis.clauses[max(0, (i or 0) - 1):(i or 0)] for t in c.span]
    before += [t for t in s.span if t.i < pronoun.i]
    # A person's name has a title or a first name before it ("Mr. Heller", "Travis Heller"); "a Taser" has not.
    names = [t for t in before if t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "appos")
             and any(c.dep_ == "compound" and (c.pos_ == "PROPN" or c.lower_.rstrip(".") in NAME_TITLES)
                     for c in t.children)]
    return names[-1:]


def _urged(h: Hit) -> bool:
    """Clearing words said as an exhortation, not a verdict: "let's keep our heads down and do our jobs", "do your
    jobs". (A verdict tells what the officer did: "he did his job".)"""
    verb = cue_verb(h)
    if verb is None:
        return False
    let = verb.head if verb.dep_ in ("ccomp", "xcomp") else None
    if let is not None and let.lemma_.lower() == "let":
        return True
    # "continue to do our jobs with professionalism": work going on, not a verdict on what was done
    if let is not None and verb.dep_ == "xcomp" and let.lemma_.lower() in ("continue", "keep"):
        return True
    for conj in [verb, *verb.ancestors]:  # "let's keep our heads down and do our jobs": "do" is joined to "keep"
        if conj.dep_ != "conj":
            break
        if conj.head.dep_ in ("ccomp", "xcomp") and conj.head.head.lemma_.lower() == "let":
            return True
    # "Everyone else should keep their heads down and do their jobs", "I'd ask everyone to ... do their jobs": what
    # is asked of people, not what anyone did ("he should have done his job" is a verdict).
    # (The parser may join the cue to the asking verb itself: "ask everyone to keep their heads down, do ...".)
    first = verb
    while first.dep_ == "conj" and first.head is not first and not any(c.dep_ == "nsubj" for c in first.children):
        first = first.head
    auxes = {c.lower_ for c in first.children if c.dep_ == "aux"}
    asked = auxes & {"should", "must"} and "have" not in auxes or first.dep_ == "xcomp" and \
        first.head.lemma_.lower() in _URGING or first is not verb and first.lemma_.lower() in _URGING and any(
            c.dep_ == "xcomp" for c in first.children)
    # (Only of doing a job: "we ask the public not to rush to judgment" is asked on the officer's behalf.)
    if asked and re.search(r"(?i)\bjobs?\b", h.phrase):
        return True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return verb.dep_ == "ROOT" and verb.tag_ == "VB" and not subjects  # "Do your jobs."


#: Verbs that ask something of people: "I'd ask everyone to ... do their jobs".
_URGING = frozenset("ask urge expect want need tell".split())


#: An officer's duty status set: "placed on administrative leave in accordance with department policy" says how
#: the status was set, not that the force was within policy.
_STATUS_SET = frozenset("place put assign reassign relieve remove".split())
_STATUS = frozenset("leave duty desk assignment administrative".split())


def _how_reviewed(h: Hit) -> bool:
    """The words say how the agency proceeds (a review, a duty status), not how the officer acted."""
    verb = cue_verb(h)
    if verb is None:
        return False
    if verb.lemma_.lower() in _STATUS_SET:
        return any(t.lemma_.lower() in _STATUS for t in verb.subtree)
    return verb.lemma_.lower() in _REVIEWING


#: Words that only an officer's conduct is measured by: "he acted within policy", "he did what he was trained to
#: do", "he had a split second to decide" are said of the officer whatever "he" stood for before.
_OFFICER_MEASURES = re.compile(r"\b(policy|training|train|procedure|protocol|force|second)\b")


def _officer_conduct(h: Hit) -> bool:
    """A clearing word said of a bare "he" or "she" that only an officer's conduct is measured by."""
    verb = cue_verb(h)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
    # (Or an officer's act it leaves no choice but: "he had no choice but to fire".)
    after = h.sentence.text[h.sentence.text.find(h.phrase) + len(h.phrase):]
    return bool(subjects) and all(c.lower_ in ("he", "she") for c in subjects) and bool(
        _OFFICER_MEASURES.search(h.sentence.lemmas[h.start:h.end]) or _OFFICERS_ACT_AFTER.match(after))


#: An officer's act after "no choice" ("but to fire", "except to use his Taser").
_OFFICERS_ACT_AFTER = re.compile(r"(?i)\s+(?:but|except|other than)\s+to\s+(?:fire|shoot|use\s+(?:\S+\s+){0,2}(?:force|"
                                 r"weapon|gun|firearm|taser)|discharge|tase|taze|deploy|draw|strike|restrain)\b")


_SPEECH = frozenset("say tell claim argue insist allege suggest assert want maintain contend".split())


def speech_verb_over(h: Hit, deps: tuple[str, ...], verbs: frozenset[str] = _SPEECH):
    """The speech verb (one of ``verbs``) whose complement (of one of ``deps``) holds the cue ("told WCSP [the
    officer had no way of knowing]"), the nearest one up from it; None when no such clause holds it."""
    tokens = h.sentence.tokens_at(h.start, h.end)
    for clause in ([tokens[0], *tokens[0].ancestors] if tokens else []):
        if clause.dep_ in deps and clause.head.lemma_.lower() in verbs:
            return clause.head
    return None


#: What others feel or think: "I know some of you feel I threw you under the bus".
_FEELING = frozenset("feel think believe".split())


def _held_by_others(h: Hit, verbs: frozenset[str]) -> bool:
    """Whether a cue lies in what someone other than the writer feels, thinks or calls it (one of ``verbs``)."""
    felt = speech_verb_over(h, ("ccomp",), verbs)
    return felt is not None and not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in felt.children)


def reported_or_felt(h: Hit) -> bool:
    """Whether a cue lies in what others say, feel or think ("I know some of you think this is politics"), not in
    what the writer states."""
    if _reported(h) or _held_by_others(h, _FEELING | {"call", "hear"}):
        return True
    # The content of talk heard about: "I've heard the talk that the 100-day plan is politics".
    tokens = h.sentence.tokens_at(h.start, h.end)
    return any(a.dep_ in ("acl", "ccomp") and a.head.lemma_.lower() in _TALK for t in tokens[:1]
               for a in (t, *t.ancestors))


#: Nouns for what people say: their content is theirs.
_TALK = frozenset("talk rumour rumor claim idea notion word suggestion complaint gossip".split())


def _feeling_answered(ctx: Context, h: Hit) -> bool:
    """Whether a cue lies in what others feel, and the writer says no to it in the next clause ("I know some of you
    feel I threw you under the bus. I did not."); told without an answer ("many of you feel this has been blown
    out of proportion"), the writer shares it."""
    if not _held_by_others(h, _FEELING):
        return False
    after = ctx.clause_beside(h.sentence, 1)
    return after is not None and (_bare_denial(after) or bool(_DENIAL_OPENS.match(after.text)))


#: A clause that opens by saying no to what came before ("I did not, and I will meet ...").
_DENIAL_OPENS = re.compile(r"(?i)^\W*(?:no\b|(?:i|we|that|it|they|he|she) (?:did|do|does|was|is|were|am|are|have|has)"
                           r"(?:n['’]t| not)\b(?!\s+\w))")


def _reported(h: Hit) -> bool:
    """Whether a cue lies in what someone else says or wants said ("the union has told reporters the officer had
    no way of knowing", "some of you wanted it to say ..."), not in what the writer states."""
    said = speech_verb_over(h, ("ccomp", "xcomp"))
    if said is None:
        return False
    # (The subject of the verb the speech verb completes: "Nobody ... is going to tell you [...]".)
    subjects = [c for v in [said, *([said.head] if said.dep_ == "xcomp" else [])] for c in v.children
                if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(c.lower_ not in ("i", "we") for c in subjects)


#: Words that ask something of others: what they are expected, required or reminded to do.
_ASKING_OF_OTHERS = frozenset("expect require remind urge ask need must should".split())


def _asked_of_others(h: Hit) -> bool:
    """A clearing word inside what others are asked to obey ("members of the media are expected to follow officers'
    lawful instructions"): a rule for them, no judgement of an officer's act ("he resisted the officer's lawful
    commands" is one)."""
    tokens = h.sentence.tokens_at(h.start, h.end)
    obeying = next((a for t in tokens[:1] for a in t.ancestors if a.lemma_.lower() in ("follow", "obey", "comply")),
                   None)
    return obeying is not None and any(a.lemma_.lower() in _ASKING_OF_OTHERS
                                       for a in (*obeying.ancestors, *obeying.children))


def _not_said_by_us(h: Hit) -> bool:
    """Whether a cue lies in what the writer declines to say ("I am not saying the driving officer did anything
    wrong or that he did everything right"): a judgement withheld, not a denial."""
    verb = speech_verb_over(h, ("ccomp",))
    return verb is not None and any(c.dep_ == "neg" for c in verb.children) and writer_is_subject(verb)


#: Words for the person harmed, whoever it is ("the female", "a juvenile", "he").
PERSON_WORDS = frozenset("man woman person boy girl child teen teenager resident he she him her female male juvenile "
                          "individual".split())
#: Roles only a member of the public takes in an incident (unlike "driver", which the officer may be too).
_PUBLIC_ROLES = frozenset("cyclist bicyclist pedestrian passenger student pupil patient customer shopper".split())
_RELATIVES = frozenset("son daughter child mother father brother sister wife husband grandson granddaughter".split())


def person_nouns(ctx: Context) -> frozenset[str]:
    """Nouns that stand for the person harmed: the usual ones, a member of the public's roles, and the head of the
    scenario's own description of them ("a 34-year-old Millrace resident who ...", "a bus mechanic with ...")."""
    person = ctx.state.person_harmed
    return PERSON_WORDS | _PUBLIC_ROLES | (_description_head(person.description) if person else frozenset())


@lru_cache(maxsize=256)
def _description_head(description: str) -> frozenset[str]:
    """The nouns a description calls the person: the heads of its "a ..." phrases up to the first that hangs from a
    verb or preposition ("a Millrace resident, a diesel mechanic at the depot", not "a mental-health crisis"); after
    the first, a relative ("with a 15-year-old son") is someone else."""
    from .. import nlp

    heads: list[str] = []
    for chunk in nlp.phrase(description).noun_chunks:
        if chunk[0].lower_ not in ("a", "an"):
            continue
        if chunk.root.dep_ in ("pobj", "dobj", "npadvmod"):
            break
        word = chunk.root.lemma_.lower()
        if chunk.root.pos_ == "NOUN" and chunk.root.is_alpha and word not in C.ACTOR_WORDS and not (
                heads and word in _RELATIVES):
            heads.append(word)
    return frozenset(heads)


def said_of_person(ctx: Context, h: Hit) -> bool:
    """Whether a cue's clause is about the person harmed ("a woman who has done nothing wrong")."""
    full_names = all_names(ctx)
    names = {n.lower() for n in full_names}
    tokens = h.sentence.tokens_at(h.start, h.end)
    # A quality of something the police own ("he resisted the officer's lawful commands") is said of them, whoever
    # the clause's subject is.
    if tokens and tokens[0].dep_ == "amod" and any(
            c.dep_ == "poss" and c.lemma_.lower() in C.ACTOR_WORDS for c in tokens[0].head.children):
        return False
    verb = cue_verb(h)
    if verb is None:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "She went to Harbor Street to do her job", "standing on the sidewalk, doing her job": an infinitive or
    # participle takes the subject of the verb it hangs from.
    # (So does a gerund after a preposition: "Alana Ruiz spent 20 minutes handcuffed for doing her job".)
    while not subjects and verb.dep_ in ("xcomp", "advcl", "pcomp") and verb.head.i != verb.i:
        verb = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl" and (not subjects or subjects[0].lower_ in ("who", "that")):
        subjects = [verb.head]  # "a woman who has done nothing wrong"
    if verb.dep_ == "acl" and not subjects and verb.tag_ == "VBG":
        subjects = [verb.head]  # "a report of a male subject brandishing a firearm"
    # A first name counts only as a proper noun: "Will" is a name, "will" is not.
    first = {n.split()[0] for n in full_names if len(n.split()) > 1}
    nouns = person_nouns(ctx)
    return any(w.lemma_.lower() in nouns or w.lower_ in names or (w.pos_ == "PROPN" and w.text in first)
               for sub in subjects for w in sub.subtree)
