"""Detectors for building trust before an incident: contact, events, respect, groups, norms, leaders."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from .. import nlp
from ..report import Evidence
from . import cues as C
from .claims import PERSON_WORDS, cue_verb, lemma_line
from .context import Context, Hit, breaks_norm, evidence, phrase_evidence
from .findings import ABOUT, SAME_CLAIM, Finding, dedupe, grade
from .interpreting import interpreting_breaches
from .privacy import KEPT, REFUSED
from .text import (DENYING_HEADING, Sentence, negative_noun, negative_subject, opposite_words, own_clause,
                   writer_is_subject)
from .venues import GATHERING, POLICE_PLACES, meeting_at_police_place, police_venue_norms

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Channels that reach people without meeting them ("introduce myself with a Facebook Live video").
_MEDIA_CHANNELS = frozenset("video column post newsletter facebook twitter instagram tiktok radio tv television podcast "
                            "website letter email e-mail release ad advert billboard flyer livestream stream "
                            "broadcast".split())


def _by_media(h: Hit) -> bool:
    """Whether a contact word is done through a medium ("introduce myself to the town with a Facebook Live video
    and a column in the Gazette"), which is not meeting anyone face to face."""
    for tok in h.sentence.tokens_at(h.start, h.end)[:1]:
        for prep in tok.subtree:
            if prep.dep_ != "prep" or prep.lower_ not in ("with", "through", "via", "on", "in", "by"):
                continue
            # the parser may hang "with a video" from the verb's object ("introduce myself to the town with ..."),
            # but not from another verb
            path = list(prep.ancestors)
            between = path[:path.index(tok)] if tok in path else [tok]
            if any(a.pos_ in ("VERB", "AUX") for a in between):
                continue
            objects = [g for g in prep.children if g.dep_ == "pobj"]
            objects += [c for g in objects for c in g.children if c.dep_ == "conj"]
            if any(g.lemma_.lower() in _MEDIA_CHANNELS for g in objects):
                return True
    return False


#: Talking with people, which a screen or a broadcast may carry ("so every community can hear from the Sheriff").
_TALKING = re.compile(r"(?i)\b(hear from|reach\w*|talk\w*|speak\w*|introduc\w*|connect\w*|get to know|"
                      r"communicat\w*)\b")
#: Screens and broadcasts (a letter is no such channel: a letter exercise is itself one).
_SCREENS = _MEDIA_CHANNELS - {"letter", "email", "e-mail", "release", "post", "flyer", "ad", "advert", "billboard"}
#: Verbs that publish a record on a screen ("post our stop figures on the website"): no contact with anyone.
_PUBLISHING = frozenset("post publish put upload release share".split())


def _media_contact(ctx: Context) -> list[Sentence]:
    """Plans to talk with people through a screen or a broadcast: a video message, a Facebook page, a radio slot
    (not figures posted on a website, which publish a record)."""
    def talks_through(t) -> bool:
        verb = next((a for a in t.ancestors if a.pos_ == "VERB"), None)
        return t.lemma_.lower() in _SCREENS and (verb is None or verb.lemma_.lower() not in _PUBLISHING)
    return [s for s in ctx.analysis.clauses if not _past_account(s) and _TALKING.search(s.text)
            and any(talks_through(t) for t in s.span)]


def engage_personally(ctx: Context) -> Finding:
    contact: list[Sentence] = []
    for h in ctx.affirmed(C.PERSONAL_CONTACT):
        if not _by_media(h) and h.sentence not in contact:
            contact.append(h.sentence)
    recurring = [s for s in contact if s.find(C.RECURRING) or C.CLOCK.search(s.text)]
    credits = [evidence(s, "routine face-to-face contact") for s in recurring[:1]]
    credits += [evidence(s, "face-to-face contact") for s in contact[:1] if s not in recurring]
    fraction = 1.0 if recurring else (0.5 if contact else 0.0)
    # "I know the last time you sat down with a chief it was to protest the sweeps" recalls them.
    flags = [phrase_evidence(h, "offers enforcement as engagement") for h in ctx.affirmed(C.ENFORCEMENT_AS_ENGAGEMENT)
             if not _past_event(h) and not _past_account(h.sentence) and not _told_in_past(h)]
    # Reaching people only through a screen ("a Facebook page and a monthly video message, so every community can
    # hear from the Sheriff without anyone having to come in") is no face-to-face contact at all.
    if not contact:
        flags += [evidence(s, "reaches people only online or through the media, never face to face", "flag")
                  for s in _media_contact(ctx)[:1]]
    return grade(fraction, credits, flags, violated=bool(flags),
                 missing="Plan routine face-to-face contact: foot patrols, visits, coffee with residents, with a when.",
                 partial="Make the contact routine: say how often and where (e.g. a weekly walk on a named street).",
                 violation="Saturation patrols and crackdowns are enforcement, not engagement: plan contact that asks "
                           "nothing of residents.")


_RECORDS = frozenset("account report review record data file finding audit inquiry investigation complaint "
                     "lawsuit figure number statistic stat count datum".split())
#: Verbs that end a practice: "the checkpoints end", "we are ending the sweeps".
_ENDING = frozenset("end stop abolish scrap cancel suspend halt discontinue disband retire".split())


def _past_event(h: Hit) -> bool:
    """Whether an enforcement word names something that happened or is ended ("an account of the August 2023
    sweep", "on the 2023 sweep, I'll sit down with Mr. Hai", "what the checkpoints did from 2021 to 2024", "the
    checkpoints are over", "we publish the checkpoint figures") rather than something the plan proposes."""
    inside = h.sentence.tokens_at(h.start, h.end)
    tokens = [t for t in inside if t.pos_ in ("NOUN", "PROPN")]
    # A verb of the cue itself tells no end ("step up stop checks", where the parser reads "stop" as a verb).
    return any(_names_past(t) for t in tokens if not any(t.head.i == x.i and x.pos_ == "VERB" for x in inside))


def _told_in_past(h: Hit) -> bool:
    """The nearest verb above the cue that has a tense of its own is past ("it was to protest the sweeps"), not a
    plan ("officers will run sweeps")."""
    tokens = h.sentence.tokens_at(h.start, h.end)
    return bool(tokens) and _tense_above_is_past(tokens[0])


def _tense_above_is_past(tok, past_of_whom: bool = True) -> bool:
    """Whether the nearest verb above a word that has a tense of its own is past (without ``past_of_whom``, not
    counting a verb that tells of a noun: "Sergeant Li, who grew up speaking Mandarin, will be on those calls" and "I
    have had my letter put into Lao" plan)."""
    for a in [tok, *tok.ancestors]:
        if a.pos_ not in ("VERB", "AUX") or not past_of_whom and a.dep_ in ("relcl", "acl"):
            continue
        if a.tag_ == "MD" or any(c.tag_ == "MD" for c in a.children):
            return False
        if _past(a):
            return True
    return False


def _names_past(tok) -> bool:
    """Whether a noun names something done or ended: a record or account of it, a dated one ("the 2016 informant
    case", "the informant in 2016"), or one its verb tells in the past."""
    nouns = [tok]
    # "the 2016 informant case": the case is dated; "five years of stops, checkpoints and complaints": the list's
    # first word tells what they all are.
    while nouns[-1].dep_ in ("compound", "conj") and nouns[-1].head.i != nouns[-1].i:
        nouns.append(nouns[-1].head)
    return any(t.dep_ == "pobj" and t.head.lower_ in ("of", "on", "about", "after", "since", "over")
               # what is apologised for was done: "I will apologise for it, and for the Spanish-only flyer"
               or t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.lemma_.lower() in _OWNING_WRONG
               or t.dep_ == "compound" and t.head.lemma_.lower() in _RECORDS  # "the 2023 sweep account"
               or any(c.like_num or c.lower_ in ("last", "past", "previous", "that") for c in t.children)
               or any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(g.like_num for g in c.children)
                      for c in t.children)
               or _told_past_or_ended(t)
               for t in nouns)


#: Words that own a wrong done: what they are for was done.
_OWNING_WRONG = frozenset("apologise apologize apology sorry regret forgive forgiveness blame responsibility "
                          "accountable answer atone".split())


def _told_past_or_ended(tok) -> bool:
    """The word's own verb tells the past or an end: "what the checkpoints did", "the checkpoints are over", "we
    are ending the sweeps", "the checkpoint era is over"."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.pos_ not in ("VERB", "AUX"):
        return False
    over = any(c.lower_ in ("over", "finished", "done", "gone") for c in verb.children)
    return _past(verb) or verb.lemma_.lower() in _ENDING or over


def _at_an_event(s: Sentence) -> bool:
    """A community event named in the sentence; a meeting is not one ("a federal agent will sit in on these
    meetings" is intelligence work, not enforcement at a festival)."""
    return any(_an_event(s, a, b) for a, b in s.find(C.EVENTS))


def _an_event(s: Sentence, start: int, end: int) -> bool:
    """Whether the event word at ``lemmas[start:end]`` names a gathering: not a meeting, nor "warrant services"."""
    word, before = s.lemmas[start:end].strip(), s.lemmas[:start].split()[-1:]
    return word != "meeting" and not (word == "service" and before and before[0] in _NOT_AN_EVENT)


#: Services that are no gathering: "warrant services" counted in a data release, "victim services", "social services".
_NOT_AN_EVENT = frozenset("warrant customer social civil victim health medical legal emergency protective "
                          "translation interpreting support".split())


#: A day named: a date ("May 9"), a weekday, or "that weekend".
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]
_MONTH = "(" + "|".join(_MONTHS) + ")"
_A_DAY = re.compile(rf"(?i)\b({_MONTH} \d{{1,2}}\b|\d{{1,2}} {_MONTH}\b|"
                    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|that weekend)")
_THERE = re.compile(r"(?i)\b(there|while (?:they are |we are )?at it|at (?:it|each|every one)|that (?:day|night|"
                    r"evening|afternoon))\b")


def show_up_at_community_events(ctx: Context) -> Finding:
    events = [s for s in ctx.sentences_with(C.EVENTS) if s.find(C.ATTEND)]
    named = {m for s in events for m in re.findall(r"\b[A-Z][a-z]+", s.text[1:])}
    kinds: set[str] = set()
    for s in events:
        for a, b in s.find(C.EVENTS):
            kinds.add(s.lemmas[a:b])
    credits = [evidence(s, "attends a community event") for s in events[:2]]
    fraction = 1.0 if events and (len(kinds) >= 3 or named) else (0.5 if events else 0.0)
    flags = [phrase_evidence(h, "goes to the event for the agency's own ends")
             for h in ctx.affirmed(C.SELF_SERVING_PRESENCE) if _at_an_event(h.sentence) and not _past_event(h)]
    # Papers checked at the event, in its sentence or the next ("two officers will attend the Wednesday supper.
    # While there they will check identification").
    # Enforcement brought to it likewise ("a traffic detail to ticket the double-parked cars that day").
    clauses = ctx.analysis.clauses
    after_event = {clauses[i + 1].start for i, c in enumerate(clauses[:-1]) if c.find(C.EVENTS)}

    def there(h: Hit) -> bool:
        return h.sentence.start in after_event and bool(_THERE.search(h.sentence.text))

    # (A patrol "through the midday service" is police business at a time of worship, not at an event.)
    brought = [h for h in ctx.affirmed(C.PAPERS_CHECKED) if _at_an_event(h.sentence) or there(h)]
    brought += [h for h in ctx.affirmed(C.ENFORCEMENT_AS_ENGAGEMENT) if there(h)]
    flags += [phrase_evidence(h, "goes to the event to check papers or enforce") for h in brought
              if not any(t.tag_ == "VBD" for t in h.sentence.tokens_at(h.start, h.end))]
    # A gathering: an event named, or a day named ("May 9", "that weekend") beside words of a crowd as a threat
    # ("May 9 remains a potential flashpoint"); the clause after one speaks of it too.
    gathering = [_at_an_event(c) or bool(_A_DAY.search(c.text) and c.find(C.CROWD_THREAT)) for c in clauses]
    near = {clauses[i + 1].start for i in range(len(clauses) - 1) if gathering[i]}
    starts = {c.start for c, g in zip(clauses, gathering) if g} | near
    flags += [phrase_evidence(h, "treats the community's gathering as a threat to police")
              for h in ctx.affirmed(C.SECURITY_POSTURE) if h.sentence.start in starts]
    return grade(fraction, credits, flags, violated=bool(flags),
                 missing="Name community events you will attend out of the enforcement role (a game, a festival, a service).",
                 partial="Name the specific events (which, when), not events in general.",
                 violation="Go to take part, not to recruit or enforce: leave the table and the ticket book behind.")


#: Norms about how officers conduct a contact: shoes in a prayer hall, who interprets, how a door is knocked on
#: (not how a letter addresses a leader, which is the norm applied, not respect in every encounter).
_CONTACT_NORM = re.compile(r"(?i)\b(interpret\w*|shoes?|prayer halls?|knock\w*|search\w*)\b")
#: Words that make a clause a rule for every contact, not one meeting's arrangement.
_EVERY_CONTACT = re.compile(r"(?i)\b(every|each|always|never|no more|no longer|any|all|from now|effective|officers?|"
                            r"deputies|call|rules?|polic(?:y|ies)|required?|must|shall)\b")


def _contact_norms_made_rules(ctx: Context) -> list[Sentence]:
    """Clauses that say, nearly in its words, a community norm for how officers conduct a contact ("shoe removal or
    shoe covers are required in prayer halls absent an exigent threat to life"; "no child will ever interpret for us
    again"): respect made a rule of every such contact."""
    norms = [n for n in ctx.scenario.community.cultural_norms if _CONTACT_NORM.search(n)]
    if not norms or not ctx.analysis.clauses:
        return []
    sim = ctx.similarity(norms)
    found = {int(sim[:, j].argmax()) for j in range(len(norms)) if sim[:, j].max() >= SAME_CLAIM}
    # A rule for every contact, not one meeting's arrangement ("a certified Somali interpreter will accompany me").
    return [ctx.analysis.clauses[i] for i in sorted(found) if _EVERY_CONTACT.search(ctx.analysis.clauses[i].text)]


def respect_every_encounter(ctx: Context) -> Finding:
    practice = ctx.sentences_with(C.RESPECT)
    practice += [s for s in ctx.sentences_with(C.COURTESY_EVERYWHERE) if s not in practice]
    # (Words quoted to answer them are not the writer's: 'I have also heard "they should learn English."')
    conditional = [h for h in ctx.affirmed(C.RESPECT_CONDITIONAL) if not h.quoted]
    # Treating people well is the value itself; introducing oneself is a practice in a stop ("officers introduce
    # themselves on every stop"), not in a letter's first line ("I am writing to introduce myself").
    concrete = [s for s in practice if re.search(r"explain|name|card|follow|listen|thank|greet|hello|title|reason",
                                                 s.text, re.I) or re.search(r"(?i)introduc", s.text) and
                s.find(C.ENCOUNTER)]
    concrete += [s for s in _courtesies_in_contact(ctx) if s not in concrete]
    concrete += [s for s in _contact_norms_made_rules(ctx) if s not in concrete]
    credits = [evidence(s, "a concrete respectful practice in every contact") for s in concrete[:1]]
    credits += [evidence(s, "names respect as a value") for s in practice[:1] if s not in concrete]
    flags = [phrase_evidence(h, "makes respect conditional") for h in conditional]
    flags += [phrase_evidence(h, "treats people as sources of intelligence") for h in _intelligence_asked(ctx)]
    # Contact that comes with a check of papers or a sweep treats everyone met as a suspect first.
    # (A check of papers is asked "about status": its noun is no record of the past, so only its verb's tense counts.)
    enforcement = [h for h in ctx.affirmed(C.ENFORCEMENT_AS_ENGAGEMENT) if not _past_event(h)]
    enforcement += [h for h in ctx.affirmed(C.PAPERS_CHECKED)
                    if not any(t.tag_ == "VBD" for t in h.sentence.tokens_at(h.start, h.end))]
    flags += [phrase_evidence(h, "meets people with enforcement: checks of papers, sweeps or checkpoints")
              for h in enforcement if not _past_account(h.sentence) and not _forbidden_on_pain(h)]
    fraction = 1.0 if concrete else (0.5 if practice else 0.0)
    return grade(fraction, credits, flags, violated=bool(flags),
                 missing="Say what respect looks like in every encounter: introduce yourself, explain every stop, follow up.",
                 partial="Turn the value into practice: what will officers do in each stop or call?",
                 violation="Respect is owed in every encounter, not earned first.")


#: Sanctions that make a rule of what the one sanctioned did.
_SANCTIONS = frozenset("fire dismiss terminate discipline sack suspend punish".split())


def _forbidden_on_pain(h: Hit) -> bool:
    """The act is what a sanction forbids: "any officer who so much as asks a shelter resident for papers will be
    fired on the spot" rules the check out, it plans none."""
    tokens = h.sentence.tokens_at(h.start, h.end)
    clause = next((t for t in [*tokens[:1], *(tokens[0].ancestors if tokens else [])] if t.dep_ == "relcl"), None)
    holder = clause.head if clause is not None else None
    return holder is not None and holder.dep_ in ("nsubj", "nsubjpass") and holder.head.lemma_.lower() in _SANCTIONS


def _intelligence_asked(ctx: Context) -> list[Hit]:
    """Requests for names, tips or watching, not the past told: "the informant case told this community that the
    police came to watch" owns what was done, and "an account of the 2016 informant case" names it."""
    return [h for h in ctx.affirmed(C.INFORMANT) if not _past_account(h.sentence) and not _first_noun_names_past(h)]


def _first_noun_names_past(h: Hit) -> bool:
    """A cue that is a thing named ("the 2016 informant case"), not an act asked for ("let us know if any of the
    young men ..."), whose noun names the past."""
    tokens = h.sentence.tokens_at(h.start, h.end)
    return bool(tokens) and tokens[0].pos_ in ("NOUN", "PROPN") and _names_past(tokens[0])


def _courtesies_in_contact(ctx: Context) -> list[Sentence]:
    """Clauses about a contact with the public that promise at least two courtesies in it."""
    out = []
    sentences = ctx.analysis.sentences
    # Lines without a verb count: a terse memo lists what every stop gives.
    hits = [h for h in ctx.hits(C.ENCOUNTER_COURTESY, clauses_only=False) if not h.negated]
    for s in ctx.sentences_with(C.ENCOUNTER_COURTESY, clauses_only=False):
        kinds = {s.lemmas[h.start:h.end].split()[0] for h in hits if h.sentence is s}
        # A heading of a few words may name the contact: "4. Every stop. Name, reason, and a card ...".
        before = [p for p in sentences if p.end <= s.start][-1:]
        heading = bool(before) and len([t for t in before[0].span if t.is_alpha]) <= 3 and before[0].find(C.ENCOUNTER)
        if len(kinds) >= 2 and (s.find(C.ENCOUNTER) or heading):
            out.append(s)
    return out


def meet_all_groups(ctx: Context) -> Finding:
    kinds = _kinds_met(ctx)
    credits = [evidence(s, f"meets {k}") for k, s in list(kinds.items())[:4]]
    useful_only = bool(kinds) and all(_useful_to_enforcement(k, ctx) for k in kinds)
    fraction = 0.5 if useful_only else min(1.0, len(kinds) / 3)
    # Choosing whom to meet by what they give the police ("they give the most useful crime tips").
    flags = [phrase_evidence(h, "chooses groups by what they give the police")
             for h in ctx.affirmed(C.INFORMANT) if h.sentence in kinds.values()
             and re.search(r"(?i)\b(because|since|as they|for their|to (expand|set up|build|grow|gather|collect|"
                           r"get|develop|improve))\b", h.sentence.text)]
    # Only groups useful to police work, chosen for it ("the partners who actually help us solve crime").
    # (The reason may be given for the groups left out: "not at youth leagues; they do not bring us information".)
    if useful_only and not flags:
        declined = {id(h.sentence) for h in ctx.hits(C.MEET) if h.negated}
        flags = [phrase_evidence(h, "meets only groups useful to police work, for what they give the police")
                 for h in ctx.hits(C.ENFORCEMENT_VALUE) if not h.negated or id(h.sentence) in declined][:1]
    flags += [evidence(s, "leaves groups out: be open to meeting every community, not only some", "flag")
              for s in _groups_shut_out(ctx)]
    return grade(fraction, dedupe(credits), flags, violated=bool(flags),
                 violation="Meet groups for the relationship, not for what they can tell the police, and leave "
                           "no community out.",
                 missing="Plan to meet many kinds of groups: parents and schools, youth, faith, tenants, cultural associations.",
                 partial="Widen the circle: add groups that bring no enforcement value (youth, parents, cultural groups).")


def _kinds_met(ctx: Context) -> dict[str, Sentence]:
    """Each kind of group (or scenario group) the answer meets, with the first clause that meets it. A clause meets
    when it holds a meeting word the parse does not deny ("I will not be spending my months at tenants' meetings"
    meets no tenants) or denies only on a condition ("not walking into the tenants' meeting until Ms. Battle says
    come"); a useful group's whole name names no other kind (the "association" of "the Downtown Business
    Association")."""
    meeting = {id(h.sentence) for p in (C.MEET, C.ATTEND, C.PERSONAL_CONTACT) for h in ctx.hits(p)
               if not _meeting_denied(h) or _ON_CONDITION.search(_up_to_part_of(h))}
    kinds: dict[str, Sentence] = {}
    for s in ctx.analysis.clauses:
        if id(s) not in meeting:
            continue
        names = s.find(C.USEFUL_GROUP_NAME)
        for kind, pattern in C.GROUP_KINDS.items():
            found = [(a, b) for a, b in s.find(pattern)
                     if kind in C.USEFUL_GROUP_KINDS or not any(a < y and x < b for x, y in names)]
            if found and kind not in kinds:
                kinds[kind] = s
    for group in ctx.scenario.community.groups:
        for s in ctx.mentions(group):
            if id(s) in meeting:
                kinds.setdefault(group.name, s)
    return kinds


#: A scenario's group whose name or role makes it useful to police work.
_USEFUL_GROUP = re.compile(r"(?i)\b(business|merchants?|chamber of commerce|(neighbou?rhood|block|crime) watch|"
                           r"security|shomrim|landlords?|property (owners?|managers?))\b")


def _useful_to_enforcement(kind: str, ctx: Context) -> bool:
    """Whether a kind met (or a scenario group, by its name and role) is one of the groups useful to police work."""
    if kind in C.USEFUL_GROUP_KINDS:
        return True
    group = next((g for g in ctx.scenario.community.groups if g.name == kind), None)
    return group is not None and bool(_USEFUL_GROUP.search(f"{group.name} {group.role}"))


#: Conditions under which declining to meet is respect, not exclusion ("not until the Sheikh has introduced me",
#: "not during Friday prayer", "not anyone who brings federal agents", "never contact a family about who they are").
_ON_CONDITION = re.compile(r"(?i)\b(until|unless|without|during|before|if|when|except|instead|only|anyone|anybody|"
                           r"uninvited|unannounced|about|regarding)\b")


def _declined_by_us(h: Hit) -> bool:
    """The meeting word is a verb the writer ("I", "we") denies ("I will not be meeting the Coalition"), not a group
    that never calls ("groups that never call us") or a noun ("these visits are not for gathering intelligence");
    a meeting the writer declines to hold is one too ("I don't plan separate meetings with them")."""
    tokens = h.sentence.tokens_at(h.start, h.end)
    verb = h.verb
    if verb is None and tokens and tokens[0].dep_ == "dobj" and tokens[0].head.pos_ == "VERB":
        verb = tokens[0].head
    if verb is None or not _denied_itself(verb):
        return False
    return any(writer_is_subject(v) for v in _with_completed(verb))


#: Those close to a person, who are no community group: not calling a young person's family keeps a confidence.
_FAMILY = frozenset("family families parent parents relative relatives mother father guardian guardians kin".split())


def _a_family_declined(h: Hit) -> bool:
    """Whether the one the writer will not contact is a person's family ("we would not contact the young person's
    family"), not a group."""
    verb = h.verb
    return verb is not None and any(c.dep_ == "dobj" and c.lemma_.lower() in _FAMILY for c in verb.children)


def _denied_itself(verb) -> bool:
    """Whether a verb's denial is its own, or of the verb it completes ("I don't plan to meet them"), not of another
    clause of its sentence ("I'd call Mr. Garang and Mr. Gatkuoth separately; I'm not going to treat them as one")."""
    return any(c.dep_ == "neg" or c.lower_ == "never" for v in _with_completed(verb) for c in v.children) or any(
        c.dep_ == "dobj" and any(d.lower_ == "no" for d in c.children) for c in verb.children)


def _with_completed(verb) -> list:
    """A verb, and the verb it completes ("meet" in "I don't plan to meet them" completes "plan")."""
    return [verb, *([verb.head] if verb.dep_ == "xcomp" else [])]


def _meeting_denied(h: Hit) -> bool:
    """Whether the parse denies a meeting word: a verb only by its own denial (see :func:`_denied_itself`)."""
    return h.negated and (h.verb is None or _denied_itself(h.verb))


def _up_to_part_of(h: Hit) -> str:
    """A sentence's text up to the end of the part that holds a cue."""
    part = h.sentence.part(h.start, h.end)
    return h.sentence.text[:part.span.end_char - h.sentence.span.start_char]


def _one_person(h: Hit) -> bool:
    """The meeting declined is with one person, not a group ("I do not contact him myself", of a student a norm says
    to approach only through his group's president)."""
    verb = cue_verb(h)
    return verb is not None and any(c.dep_ == "dobj" and c.lower_ in ("him", "her") for c in verb.children)


def _groups_shut_out(ctx: Context) -> list[Sentence]:
    """Clauses that decline to meet a group or community ("I will not be meeting the Riverfront Outreach Coalition
    while they are suing the city"), or put groups off ("We'll get to them next year")."""
    groups = [s for g in ctx.scenario.community.groups for s in ctx.mentions(g)]
    groups += [s for s in ctx.analysis.clauses if any(s.find(p) for p in C.GROUP_KINDS.values())]
    # The condition is read up to the end of the part that declines ("I don't plan separate meetings with them at
    # this stage; our officers can connect with anyone who calls us" declines without one); the group may be named
    # just before ("The Somali and Deaf communities are served through existing programs.").
    out = [h.sentence for h in ctx.hits(C.MEET) if h.negated and _declined_by_us(h)
           and not _ON_CONDITION.search(_up_to_part_of(h)) and not _a_family_declined(h) and not _one_person(h)
           and (any(h.sentence is g for g in groups) or _refers_back(ctx, h.sentence, groups))]
    out += ctx.sentences_with(C.GROUPS_PUT_OFF)
    return [s for i, s in enumerate(out) if all(s is not o for o in out[:i])]


#: A norm about how the police meet people: their papers, their names run, stops and searches, squads.
_ENFORCEMENT_NORM = re.compile(r"(?i)\b(papers?|status|immigration|passports?|identification|ID|warrants?|stopped|"
                               r"searched|frisk\w*|name run|checkpoints?|raids?|plainclothes|unmarked|enforcement|"
                               r"plates?)\b")


def _enforcement_against_norms(ctx: Context, norms: list[str], sim) -> list[Evidence]:
    """Enforcement brought where a norm about enforcement speaks ("officers will verify attendees' identification
    at the health screening" beside "any question about papers, asked at a church or a community event, tells all
    of Lafayette that the police and immigration agents are one"): close to the norm, it breaks it. ``sim``: each
    clause's similarity to each norm."""
    about = [j for j, n in enumerate(norms) if _ENFORCEMENT_NORM.search(n)]
    hits = ctx.affirmed(C.PAPERS_CHECKED) + ctx.affirmed(C.ENFORCEMENT_AS_ENGAGEMENT)
    if not about or not hits:
        return []
    index = {s.start: i for i, s in enumerate(ctx.analysis.clauses)}
    flags = []
    for h in hits:
        i = index.get(h.sentence.start)
        if i is None or _past_account(h.sentence):
            continue
        j = max(about, key=lambda k: sim[i, k])
        if sim[i, j] >= ABOUT:
            flags.append(breaks_norm(h.sentence, norms[j]))
    return flags


#: A norm that keeps intelligence-gathering out of contact ("any question about who might inform is heard as
#: surveillance", "they are not to be asked to point anyone out").
_INTELLIGENCE_NORM = re.compile(r"(?i)\b(inform(s|ed|ing|ant|ants|er|ers)?|intelligence|surveil\w*|spy\w*|snitch\w*|"
                                r"point (\w+ )?out|eyes and ears|tips?)\b")


def _intelligence_against_norms(ctx: Context, norms: list[str], sim) -> list[Evidence]:
    """Names or tips asked for where a norm keeps such questions out: the norm speaks of every visit, so the ask
    breaks it wherever it is made (given as the closest such norm), unless the ask names another community than
    the norm's own ("I'd ask the Centro ..." beside a norm of the mosque's). ``sim``: each clause's similarity to
    each norm."""
    about = [j for j, n in enumerate(norms) if _INTELLIGENCE_NORM.search(n)]
    if not about:
        return []
    index = {s.start: i for i, s in enumerate(ctx.analysis.clauses)}
    flags = []
    for h in _intelligence_asked(ctx):
        i = index.get(h.sentence.start)
        asked = _contacts_named(ctx, h.sentence.text)
        own = [j for j in about if not asked or not (named := _contacts_named(ctx, norms[j])) or asked & named]
        if i is not None and own:
            j = max(own, key=lambda k: sim[i, k])
            flags.append(breaks_norm(h.sentence, norms[j]))
    return flags


def _contacts_named(ctx: Context, text: str) -> frozenset[str]:
    """The scenario's groups, partners and leaders a text names, by name or alias."""
    sc = ctx.scenario
    return frozenset(c.name for c in sc.community.groups + sc.community.leaders + sc.partners
                     if any(re.search(r"(?i)\b" + re.escape(n) + r"\b", text) for n in (c.name, *c.aliases) if n))


#: A norm against naming people ("No official names or describes any student other than the girl herself").
_NAMING_NORM = re.compile(r"(?i)\b(never|not|no|don't|do not|forbids?|forbidden|prohibits?|prohibited)\b[^.;:]{0,60}"
                          r"\b(name|names|naming|identify|identifies|identifying)\b")
#: Words for someone a naming norm protects: a child, a classmate, a witness.
_PROTECTED = frozenset("kid boy girl student grader classmate teen teenager child youth son daughter friend mate "
                       "pupil juvenile minor witness".split())


def _protected_people_named(ctx: Context, norms: list[str]) -> list[Evidence]:
    """A person the scenario never names, named with a word for who they are ("the kid who filmed it, Jaylen
    Moss"; "Tyler and his mate"), where a norm rules out naming people."""
    norm = next((n for n in norms if _NAMING_NORM.search(n)), None)
    if norm is None:
        return []
    # (Its sources cite authors, who are nobody an answer names.)
    known = ctx.remember("capitalised words of the scenario", lambda: set(
        re.findall(r"[A-Z][\w'’-]+", ctx.scenario.model_dump_json(exclude={"sources"}))))
    for s in ctx.analysis.clauses:
        for tok in s.span:
            if tok.pos_ != "PROPN" or not re.fullmatch(r"[A-Z][a-z'’-]+", tok.text) or tok.text in known or \
                    tok.i > 0 and _TITLE_BEFORE.search(tok.doc[tok.i - 1].text + " "):
                continue
            beside = [tok.head] if tok.dep_ in ("appos", "conj") else []
            beside += [c for c in tok.children if c.dep_ in ("appos", "conj")]
            if any(b.lemma_.lower() in _PROTECTED for b in beside):
                return [breaks_norm(s, norm)]
    return []


#: A norm that keeps a person's name out of use ("the family asks that Kaienta's name ... not be used in press
#: statements"): the name, and whether the norm holds for public statements only.
_NAME_KEPT = re.compile(r"\b([A-Z][a-z'’-]+)['’]s name\b(?i:[^.;:]*\bnot\b[^.;:]*\b(?:used|given|released|"
                        r"published|said|shared|printed)\b)")
_IN_PUBLIC = re.compile(r"(?i)\b(press|media|public|news)\b")


def _kept_names_used(ctx: Context, norms: list[str]) -> list[Evidence]:
    """Clauses that use a name a norm keeps out of use, where the norm holds for this kind of answer, unless the
    clause itself keeps it out ("we will not use Kaienta's name")."""
    out = []
    for norm in norms:
        m = _NAME_KEPT.search(norm)
        if m is None or _IN_PUBLIC.search(norm[m.end():]) and ctx.exercise.kind != "public-statement":
            continue
        used = [s for s in ctx.analysis.clauses if re.search(rf"\b{re.escape(m.group(1))}\b", s.text)
                and not REFUSED.search(s.text) and not KEPT.search(s.text)]
        out += [breaks_norm(s, norm) for s in used[:1]]
    return out


#: A norm against describing someone by race ("do not describe the robber by race in any community message"), and a
#: description by race ("a Black male in his twenties", "two white men").
_NO_RACE = re.compile(r"(?i)\b(never|not|don't|no)\b[^.;:]{0,60}\bby (race|ethnicity|skin colou?r|colou?r)\b")
_BY_RACE = re.compile(r"(?i)\b(black|white|hispanic|latino|latina|asian|caucasian|african[- ]american|arab|"
                      r"middle[- ]eastern)\s+(males?|females?|man|woman|men|women|suspects?|teens?|teenagers?|youths?|"
                      r"boys?|girls?|juveniles?|guys?)\b")


def _described_by_race(ctx: Context, norms: list[str]) -> list[Evidence]:
    """Someone described by race where a norm rules that out, unless the clause refuses it."""
    norm = next((n for n in norms if _NO_RACE.search(n)), None)
    if norm is None:
        return []
    return [breaks_norm(s, norm) for s in ctx.analysis.clauses
            if _BY_RACE.search(s.text) and not re.search(r"(?i)\b(not|never|n't|no)\b[^.;:]{0,40}\brace\b", s.text)][:1]


def cultural_awareness(ctx: Context) -> Finding:
    norms = ctx.scenario.community.cultural_norms
    credits = []
    applied = 0
    # Each clause's similarity to each norm, asked once: the breaches read it too.
    sim = ctx.similarity(norms) if norms and ctx.analysis.clauses else None
    flags = dedupe(_norm_breaches(ctx, norms) + _protected_people_named(ctx, norms) + _kept_names_used(ctx, norms) +
                   _described_by_race(ctx, norms) +
                   (_enforcement_against_norms(ctx, norms, sim) + _intelligence_against_norms(ctx, norms, sim)
                    if sim is not None else []))
    # A sentence that breaks a norm applies none, however close it is to one.
    broken = {e.start for e in flags}
    if sim is not None:
        kept_forms = _forms_kept(ctx, norms)
        for j, norm in enumerate(norms):
            i = int(sim[:, j].argmax())
            clause = ctx.analysis.clauses[i]
            if sim[i, j] < ABOUT or clause.start in broken:
                clause = kept_forms.get(norm) or _names_it_asks_for(ctx, norm, broken)
            if clause is not None and clause.start not in broken:
                applied += 1
                if len(credits) < 2:
                    credits.append(evidence(clause, f"applies a local norm: {norm}"))
    generic = ctx.sentences_with(C.CULTURE)
    if not credits and generic:
        credits.append(evidence(generic[0], "attends to cultural norms"))
    fraction = 1.0 if applied >= 2 else 0.75 if applied == 1 else (0.4 if generic else 0.0)
    hint = norms[0].rstrip(". ") if norms else "forms of address and who to approach first"
    return grade(fraction, credits, flags, violated=bool(flags),
                 violation="Follow the community's norm: " + (flags[0].reason.split(": ", 1)[-1] if flags else ""),
                 missing=f"Use the community's norms in the plan, e.g.: {hint}.",
                 partial=f"Apply the scenario's norms concretely, e.g.: {hint}.")


def _names_it_asks_for(ctx: Context, norm: str, broken: set[int]) -> Sentence | None:
    """A clause, breaking no norm, that names whom or what a norm asks for, in the part that asks (the lawyer and
    the pastor to go through, the radio show to take the news to, the meeting to come to): "we're talking to the
    family through Mr. Pettaway and Pastor Manning", "Monday morning I'll be on KCDF". The person harmed is named
    everywhere, and keeps no norm by it."""
    # (Nor is a place a way: "on Flatley Avenue" goes through no one.)
    names = _names_asked_for(norm) - {p.lower() for p in ctx.people} - ctx.place_words
    if not names:
        return None
    return next((s for s in ctx.analysis.clauses if s.start not in broken and any(
        t.lower_ in names and t.pos_ == "PROPN" and _gone_through(t) for t in s.span)), None)


def _gone_through(name) -> bool:
    """A name as the way something is done: gone through, or spoken on ("through Mr. Pettaway and Pastor Manning",
    "on KCDF"), not only written to or spoken of ("Dear Mr. Choi", "Pastor Manning has asked for calm")."""
    node = name
    while node.dep_ in ("compound", "conj", "appos", "poss", "flat") and node.head is not node:
        node = node.head
    return node.dep_ == "pobj" and node.head.lower_ in ("through", "via", "on") and not any(
        c.dep_ == "neg" for c in node.head.head.children)


@lru_cache(maxsize=256)
def _names_asked_for(norm: str) -> frozenset[str]:
    """The names in the part of a norm before anything it rules out ("KCDF" in "The south side hears its news on
    KCDF's weekday morning show, not on the county's Facebook page"), other than titles, days, months, English, and
    a word that only opens a sentence ("Contact ...")."""
    ruled_out = re.search(r"(?i)\b(never|not|avoid|don't|do not|no|instead of|rather than)\b", norm)
    asked = norm[:ruled_out.start()] if ruled_out else norm
    return frozenset(t.lower_ for t in nlp.phrase(asked) if t.pos_ == "PROPN" and t.is_alpha and len(t) > 2
                     and not t.is_sent_start and t.lower_ not in _NOT_A_NAME_ASKED_FOR
                     and t.lower_.removesuffix("s") not in _DAYS and t.lower_ not in _MONTHS)


#: Capitalised words of a norm that name no one and nothing to go to (and days and months).
_NOT_A_NAME_ASKED_FOR = frozenset(
    "english mr mrs ms dr rev reverend pastor father imam chief elder sheriff commander principal president madame "
    "monsieur dona padre mother sister brother rabbi bishop deacon".split())


#: A word that rules something out in a norm: where its forbidden words start ("Say "a wheelchair user", never
#: "wheelchair-bound"") and which of its parts keep a day ("never on a Sunday; Tuesday evenings suit best").
_WORDS_RULED_OUT = re.compile(r"(?i)\b(never|not|avoid|don't|do not|no)\b")
#: A title's full stop ("never as Mr. Saw") does not end the warned action. A "not" beside its own yes ("say what
#: the Division does and does not share with ICE") tells what is done, and warns against nothing.
_PROHIBITION = re.compile(r"(?i)\b(?:instead of|rather than|never|avoid|(?<!\bdo and )do not|don't|"
                          r"(?<!\bdoes and does )(?<!\bwill and will )(?<!\bcan and can )(?<!\bdo and do )not|"
                          r"nobody|no one)\s+"
                          r"((?:(?<=\bMr)\.|(?<=\bMs)\.|(?<=\bMrs)\.|(?<=\bDr)\.|(?<=\bRev)\.|[^;.,:])+)")
#: A thing ruled out with "no" ("take no photographs", "no cameras at the drop-in centre"), read apart from the
#: prohibitions above so that it does not swallow one after it ("bring no food to it and do not eat ...").
_NO = re.compile(r"(?i)\bno(?! one\b)\s+([^;.,:]+)")
#: What makes a "no ..." norm a rule for some times or cases only ("no deputy calls on a bishop until the bishops
#: have agreed", "no officer enters without the director's invitation", "no visits or meetings on Sundays"), or a
#: custom ("the Amish use no titles among themselves").
_BOUND = re.compile(r"(?i)\b(until|without|unless|except|then|that day|during|while|when|before|after|themselves|"
                    r"mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|sabbath|shabbat)\b")


def _prohibitions(norm: str) -> list[tuple[re.Match[str], str]]:
    """Each prohibition in a norm, with what it warns against as an act."""
    # ("no one is to phone him": what is not to be done is phoning him.)
    found = [(m, _contrasted_act(norm, m.start(), m.group(1)) if m.group(0)[:4].lower() == "not " else
              re.sub(r"(?i)^(?:is|are) to\s+(?!be\b)", "", m.group(1)))
             for m in _PROHIBITION.finditer(norm) if not _says_where_the_last_applies(norm, m)]
    for m in _NO.finditer(norm):
        # Bound anywhere in its clause ("no meetings, visits or calls from before sunset on Friday"): the readers of
        # order, reserved times and places read those.
        if not _BOUND.search(re.split(r"[;:]|\.\s", norm[m.start():])[0]):
            act = _no_as_act(norm, m.start(), m.group(1))
            if act:
                found.append((m, act))
    return found


def _says_where_the_last_applies(norm: str, m: re.Match[str]) -> bool:
    """Whether a "not ..." after a colon lists where the prohibition before the colon holds ("Never ask anyone about
    immigration status: not at a meeting, a stop or in a report"), which is that prohibition, not an act of its own."""
    if m.group(0)[:4].lower() != "not ":
        return False
    before = norm[:m.start()].rstrip()
    return before.endswith(":") and bool(_PROHIBITION.search(re.split(r"[;.]\s", before)[-1]))


#: What a thing "is not", when the norm rules it out: "notes are not an accommodation", "not a substitute".
_NOT_ENOUGH = re.compile(r"(?i)^(?:an? )?(?:accommodation|substitute|replacement|enough|acceptable|adequate|"
                         r"sufficient|appropriate|suitable|an? option|welcome)\b")


@lru_cache(maxsize=256)
def _contrasted_act(norm: str, start: int, things: str) -> str:
    """What "..., not X" rules out, when X is only a thing: the act before the comma done to X ("speak to the Deaf
    person, not the interpreter" warns against speaking to the interpreter, not against having one)."""
    before = re.split(r"[;:]|\.\s", norm[:start])[-1].rstrip()
    # "written English notes are not an accommodation": using them is what it rules out.
    if _NOT_ENOUGH.match(things) and (m := re.search(r"^(.+?)\s+(?:is|are)$", before.strip())):
        return f"use {m.group(1)}"
    said = nlp.phrase(things)
    # "..., not at police headquarters": a place or circumstance, which the reader of what it stands for reads.
    if not before.endswith(",") or not len(said) or said[0].pos_ == "ADP" or any(
            t.pos_ in ("VERB", "AUX") for t in said):
        return things
    doc = nlp.phrase(before.rstrip(","))
    verbs = [t for t in doc if t.tag_ in ("VB", "VBP")]
    objects = [t for t in doc if t.dep_ in ("dobj", "pobj")]
    if not verbs or not objects:
        return things
    verb, thing = verbs[-1], objects[-1]
    prep = thing.head.text + " " if thing.dep_ == "pobj" and thing.head.head.i == verb.i else ""
    return f"{verb.text} {prep}{things}"


@lru_cache(maxsize=256)
def _no_as_act(norm: str, start: int, things: str) -> str:
    """A "no ..." warning as the act it rules out: "take no photographs of people" is taking them, "no cameras at
    the drop-in centre" having them there. Empty when a verb follows ("no officer waits at the door"), which this
    reading leaves alone."""
    said = nlp.phrase(things)
    verbs = [t.i for t in said if t.tag_ in ("VBZ", "VBP", "VBD", "MD")]
    # ("marked" in "no marked cars outside" is the word before a noun, as the parse after its "no" shows.)
    if verbs and not (verbs == [0] and nlp.phrase(f"no {things}")[1].dep_ == "amod"):
        # "asks that no uniformed officers attend the vigil": the act is theirs, said as it stands.
        subject = [t for t in said if t.dep_ == "nsubj" and t.head.i == verbs[0]]
        return things if subject and said[verbs[0]].tag_ == "VBP" else ""
    before = re.findall(r"[A-Za-z]+", re.split(r"[;:]|\.\s", norm[:start])[-1])  # (its own clause)
    verb = before[-1] if before else ""
    if verb and nlp.phrase(f"{verb} no {things}")[0].pos_ == "VERB":
        return f"{verb} {things}"
    return f"have {things}"


#: A norm of order: "the first contact goes to the Chair's office ... before any elder or family is approached".
_ORDER = re.compile(r"(?i)^(?P<first>.+?)\s+before\s+(?:any|the|a|an|each|every)?\s*(?P<later>[^;.:]+)")
#: The rule may follow what explains it ("The Vaad speaks for the synagogues: approach Rabbi Klein first").
_FIRST = re.compile(r"(?i)(?:^|[:;]\s)\s*(?:approach|contact|call|meet|see|visit)\s+(.+?)\s+(?:before|first)\b")
#: Words that make an order of contacts ("the first call goes to ...", "approach ...", "ask the family before").
_CONTACTING = re.compile(r"(?i)\b(first|approach\w*|contact\w*|call\w*|go|goes|going|coordinate|ask\w*|meet\w*|"
                         r"visit\w*|hear)\b")
_CONTRAST = re.compile(r"(?i)\b(instead of|rather than|never|avoid|without|unless)\b")


_CLEAR_OF = frozenset("not outside clear except avoid never no nothing nor without besides other away".split())


def _kept_clear(s: Sentence, terms: set[str], action: str = "", every: bool = False) -> bool:
    """Whether the words of a warned-against action are kept at a distance ("not Friday midday",
    "outside Friday midday prayer", "stays clear of"), or taken off ("I'll take my boots off at the door",
    "shoes off", "remove our boots"). A word of the action itself keeps nothing clear ("outside" in "post a patrol
    car outside the home", for "patrol or park outside the home that week"). With ``every``, each use must be kept
    clear ("a forum this Sunday afternoon ... for those who cannot make Sunday" sets one on the day)."""
    clear_of = _CLEAR_OF - set(action.lower().split())
    uses = _uses(s, terms)
    kept = [tok for tok in uses
            # A verb of keeping away in any form ("avoiding prayer times").
            if {t.lemma_.lower() if t.pos_ == "VERB" else t.lower_
                for t in s.span.doc[max(s.span.start, tok.i - 4):tok.i]} & clear_of
            or _taken_off(tok) or _any_but(s, tok)]
    return bool(kept) and (not every or len(kept) == len(uses))


def _elided_act_missing(s: Sentence, action: str) -> bool:
    """An action whose verb the norm gave before it, left out of the action, that the sentence does not do: contact
    sent elsewhere ("contact goes to them first, not to Mele Fifita or to Sione's parents") is made only by speaking,
    writing or going to them ("I apologize to his parents" in a statement makes none); a place ruled out ("discuss it
    at the post hall, not at the Sheriff's Office") only by meeting there ("Sheriff's Office update, January 6")."""
    if any(t.pos_ in ("VERB", "AUX") for t in nlp.phrase(action)):
        return False
    if re.match(r"(?i)to\s", action):
        return not _contact_made(s, action)
    if re.match(r"(?i)(at|in)\s", action):
        return not ({t.lemma_.lower() for t in s.span} & _MEETING_THERE or
                    any(t.lower_ in ("at", "in") and t.dep_ == "prep" for t in s.span))
    return False


#: Words for coming together at a place: what breaks a norm that rules the place out.
_MEETING_THERE = GATHERING | {"come", "visit", "discuss", "event"}


#: Verbs that reach someone: what a norm's "to them, not to ..." leaves unsaid.
_CONTACT_VERBS = frozenset("speak talk write call phone ring send contact reach visit go come tell address email text "
                           "meet sign".split())


def _contact_made(s: Sentence, action: str) -> bool:
    """The sentence speaks, writes or goes to someone the action names ("I'll call Sione's parents tonight")."""
    whom = {t.lemma_.lower() for t in nlp.phrase(action) if t.pos_ in ("NOUN", "PROPN")}
    return any(t.lemma_.lower() in _CONTACT_VERBS and any(g.lemma_.lower() in whom for g in own_clause(t) if g is not t)
               for t in s.span)


def _uses(s: Sentence, terms: set[str]) -> list:
    """The sentence's uses of an action's words, as far as they can keep it clear or deny it. A use inside
    parentheses speaks only for itself ("I will come in a marked unit with two uniformed officers at the door; ...
    interpreter (not Officer Tzul)"); a light verb the action stands on ("have" in "have uniformed officers at the
    door") is a use of it only in a clause with the action's other words ("we have nothing to hide" is none)."""
    inside = _in_parentheses(s)
    light = terms & _LIGHT_VERBS if terms - _LIGHT_VERBS else set()
    return [tok for tok in s.span if tok.lemma_.lower() in terms and (tok.i not in inside or all(
        t.i in inside for t in s.span if t.lemma_.lower() == tok.lemma_.lower())) and (
        tok.lemma_.lower() not in light or any(t.lemma_.lower() in terms - light for t in own_clause(tok)))]


def _in_parentheses(s: Sentence) -> set[int]:
    """The indices of the tokens a sentence holds inside parentheses."""
    inside, depth = set(), 0
    for tok in s.span:
        depth += tok.text == "("
        if depth and tok.text not in "()":
            inside.add(tok.i)
        depth -= tok.text == ")" and depth > 0
    return inside


#: Words that, before "but", leave out what follows: "any night but Wednesday".
_ANY = frozenset({"any", "anything", "anywhere", "anytime", "every"})


def _any_but(s: Sentence, tok) -> bool:
    """"Any ... but" just before a word: "any night but Wednesday" leaves Wednesday out."""
    words = [t.lower_ for t in s.span.doc[max(s.span.start, tok.i - 6):tok.i]]
    return "but" in words and bool(_ANY & set(words[:words.index("but")]))


def _taken_off(tok) -> bool:
    """A thing removed: the object of "remove"/"take off", or followed by "off" ("shoes off")."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    # "shoes off", not the verb of "an officer pulled off patrol"
    if nxt is not None and nxt.lower_ == "off" and tok.pos_ != "VERB":
        return True
    head = tok.head
    return tok.dep_ == "dobj" and (head.lemma_.lower() in ("remove", "shed") or head.lemma_.lower() == "take" and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in head.children))


def _is_word(tok) -> bool:
    """Letters, or letters joined by an apostrophe: a community's own words ("jumu'ah", "Shi'a") are words too."""
    return tok.is_alpha or bool(re.fullmatch(r"[^\W\d_]+(?:['’][^\W\d_]+)+", tok.text))


@lru_cache(maxsize=256)
def _action_words(action: str) -> frozenset[str]:
    """The words of a warned-against action, stop words included ("by first name" is about first names), but not the
    words that join its clauses ("as if they bore on it")."""
    doc = nlp.phrase(action)
    return frozenset(t.lemma_.lower() for t in doc
                     if _is_word(t) and t.pos_ not in ("DET", "ADP", "PRON", "CCONJ", "AUX", "PART", "SCONJ")
                     and not (t.lower_ == "as" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "if"))


#: Verbs that carry little of an action by themselves ("ask a child to interpret": the interpreting is the act).
_LIGHT_VERBS = frozenset("ask use make take have get do let give go come be need want try".split())


@lru_cache(maxsize=256)
def _action_verbs(action: str) -> frozenset[str]:
    """The verb that carries a warned-against action when a light verb only sets it up ("interpret" in "ask a
    child or teenager to interpret"); none otherwise."""
    return frozenset(c.lemma_.lower() for t in nlp.phrase(action)
                     if t.dep_ == "ROOT" and t.lemma_.lower() in _LIGHT_VERBS
                     for c in t.children if c.dep_ == "xcomp" and c.pos_ == "VERB")


def _as_our_act(action: str) -> Token | None:
    """An action's first word, read as something we will do, so that it is read as the verb it is ("phone", not a
    noun); None for an action of one word."""
    tokens = list(nlp.phrase("we will " + action))
    return tokens[2] if len(tokens) > 3 else None


@lru_cache(maxsize=256)
def _action_target(action: str) -> tuple[str, frozenset[str]]:
    """An action with a verb of its own done to people ("phone an international student unannounced"): the verb,
    and the words naming the people ("international student"), which by themselves name the people, not the act
    done to them. Empty for other actions."""
    verb = _as_our_act(action)
    if verb is None or verb.dep_ != "ROOT" or verb.pos_ != "VERB" or verb.lemma_.lower() in _LIGHT_VERBS:
        return "", frozenset()
    people = frozenset(w.lemma_.lower() for c in verb.children
                       if c.dep_ == "dobj" and c.lemma_.lower() in PERSON_WORDS | _PEOPLE
                       for w in (c, *c.children) if w.dep_ in ("dobj", "amod", "compound") and _is_word(w))
    return (verb.lemma_.lower(), people) if people else ("", frozenset())


@lru_cache(maxsize=256)
def _action_setting(action: str) -> frozenset[str]:
    """Where or when an action with a verb of its own happens ("events" in "photograph students at events")."""
    verb = _as_our_act(action)
    if verb is None or verb.pos_ != "VERB":
        return frozenset()
    return frozenset(g.lemma_.lower() for c in verb.children if c.dep_ == "prep" and c.lower_ in _SETTING_PREPS
                     for g in c.children if g.dep_ == "pobj")


_SETTING_PREPS = frozenset("at in during on".split())


@lru_cache(maxsize=256)
def _action_place(action: str) -> frozenset[str]:
    """Where or when an action happens, said of its verb or of the thing it does ("station" in "hold a listening
    session in the police station")."""
    verb = _as_our_act(action)
    if verb is None or verb.pos_ != "VERB":
        return frozenset()
    things = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    things += [c for t in things[1:] for c in t.children if c.dep_ == "conj"]
    # What others are asked to do there is done there too ("ask the council to meet at the police station").
    things += [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    return _action_setting(action) | frozenset(
        g.lemma_.lower() for t in things[1:] for c in t.children if c.dep_ == "prep" and c.lower_ in ("at", "in")
        for g in c.children if g.dep_ == "pobj")


@lru_cache(maxsize=256)
def _done_for(action: str) -> tuple[str, str]:
    """An action's own verb and the preposition it is done for someone with ("speak", "for" in "speak for the
    Garza family"); empty for other actions."""
    tokens = list(nlp.phrase("we will " + action))
    verb = tokens[2] if len(tokens) > 3 else None
    if verb is None or verb.dep_ != "ROOT" or verb.pos_ != "VERB" or verb.lemma_.lower() in _LIGHT_VERBS:
        return "", ""
    prep = next((c.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), "")
    return (verb.lemma_.lower(), prep) if prep else ("", "")


#: Who the police are, as the doer or the object of an act.
_US = frozenset(C.ACTOR_WORDS | {"i", "us", "me", "department", "chief", "desk", "station"})


def _done_by_others(s: Sentence, found: set[str]) -> bool:
    """Whether every word standing for an act the norm forbids the police is done by someone else ("scam calls
    from people pretending to be us", "have them call the front desk") or done to the police ("the international
    students ... to call us")."""
    doers = []
    for tok in s.span:
        if tok.lemma_.lower() not in found:
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None and tok.dep_ in ("relcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                     for c in tok.children):
            subject = tok.head  # "the students ... to call us"
        if subject is None or subject.lemma_.lower() not in _PEOPLE | PERSON_WORDS | {"they", "them"}:
            subject = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                            for g in c.children if g.dep_ == "pobj"), subject)
        objects = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
        doers.append(subject is not None and subject.lemma_.lower() not in _US
                     or any(o.lemma_.lower() in _US for o in objects))
    return bool(doers) and all(doers)


@lru_cache(maxsize=256)
def _officers_act(action: str) -> str:
    """The act of an action done by the police ("visit" in "officer visit the hospital" or "police visits to the
    hospital"); empty for other actions."""
    return next((t.head.lemma_.lower() for t in nlp.phrase(action) if t.lemma_.lower() in C.ACTOR_WORDS | {"police"}
                 and (t.dep_ == "nsubj" and t.head.pos_ == "VERB" or
                      t.dep_ == "compound" and t.head.lemma_.lower() in _ACT_NOUNS)), "")


#: Nouns that name an act someone does ("police visits").
_ACT_NOUNS = frozenset("visit call check stop patrol".split())


#: Nouns for people a norm may be about, beyond the words for one person.
_PEOPLE = frozenset("student member elder family parent leader people worker refugee congregant child".split())


@lru_cache(maxsize=256)
def _standing_for(norm: str, action: str) -> str:
    """The words before a verbless warned-against action in its clause, contrast words taken out ("bring a
    certified interpreter," before "never a child"); empty when the action has a verb of its own."""
    at = norm.find(action)
    doc = nlp.phrase(action)
    # A preposition with a person or thing ("never by a child of the family or an officer pulled off patrol") is a
    # circumstance of the act before it, whatever verbs hang from them; with an act ("rather than by door-knocking")
    # it is the act.
    circumstance = doc[0].pos_ == "ADP" and len(doc) > 1 and doc[1].tag_ != "VBG" and not any(
        t.dep_ == "pcomp" for t in doc)
    if at < 0 or not circumstance and any(t.pos_ in ("VERB", "AUX") for t in doc):
        return ""
    return _CONTRAST.sub(" ", re.split(r"[;:.]\s", norm[:at])[-1]).strip()


@lru_cache(maxsize=256)
def _stood_in_for(norm: str, action: str) -> frozenset[str]:
    """For a warned-against action with no verb of its own ("bring professional interpreters, never a child of
    the family"), the nouns and verbs of what it would stand in for ("bring", "interpreter"): a child of the
    family breaks that norm only as the one interpreting. Empty when the action has a verb or nothing precedes it."""
    return frozenset(t.lemma_.lower() for t in nlp.phrase(_standing_for(norm, action))
                     if t.pos_ in ("NOUN", "VERB") and t.is_alpha and not t.is_stop
                     and t.lemma_.lower() not in _LIGHT_VERBS and t.lemma_.lower() not in _GENERIC)


@lru_cache(maxsize=256)
def _action_objects(action: str) -> frozenset[str]:
    """The thing a warned-against act does or offers, its verb's direct object and the objects joined to it ("hand"
    in "offer your hand to ...", "lunch" and "food" in "propose a lunch or daytime food at a meeting"): without it
    a sentence does something else ("a request for a meeting" offers no hand)."""
    found: set[str] = set()
    for verb in nlp.phrase(action):
        if verb.dep_ == "ROOT" and verb.pos_ == "VERB":
            for obj in verb.children:
                if obj.dep_ == "dobj":
                    found.update(_nouns_outside_prepositions(obj))
            # What is asked or spoken about is the thing asked: "ask about immigration status at a community
            # meeting" is not asking someone for a meeting.
            if not found and verb.lemma_.lower() in _SPEAKING_OF:
                for prep in verb.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("about", "for", "into"):
                        found.update(o.lemma_.lower() for o in prep.children
                                     if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN"))
            # Going somewhere is going there: "go into a Somali home" is not meeting at an office.
            if not found and verb.lemma_.lower() in _MOTION:
                for prep in verb.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("into", "inside", "to"):
                        for obj in prep.children:
                            if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                                found.add(obj.lemma_.lower())
    return frozenset(found)


@lru_cache(maxsize=256)
def _action_object_heads(action: str) -> frozenset[str]:
    """The head nouns of an act's direct objects ("check" in "have warrant checks on people"), without the words
    that say what kind they are."""
    return frozenset(o.lemma_.lower() for o in _object_tokens(action))


@lru_cache(maxsize=256)
def _object_kinds(action: str) -> frozenset[str]:
    """The nouns that say what kind an act's direct objects are ("warrant" in "have warrant checks on people")."""
    return frozenset(c.lemma_.lower() for o in _object_tokens(action) for c in o.children
                     if c.dep_ == "compound" and c.pos_ == "NOUN")


def _object_tokens(action: str) -> list:
    """The direct objects of an action's verb, and the nouns joined to them."""
    return [o for verb in nlp.phrase(action) if verb.dep_ == "ROOT" and verb.pos_ == "VERB"
            for d in verb.children if d.dep_ == "dobj"
            for o in (d, *(c for c in d.children if c.dep_ == "conj")) if o.pos_ == "NOUN"]


_MOTION = frozenset("go come walk step enter".split())
_SPEAKING_OF = frozenset("ask inquire enquire question talk speak".split())


def _nouns_outside_prepositions(tok) -> set[str]:
    """The nouns of a phrase that are not inside a prepositional phrase of it ("lunch", "food" in "a lunch or
    daytime food at a meeting")."""
    nouns = {tok.lemma_.lower()} if tok.pos_ in ("NOUN", "PROPN") else set()
    for child in tok.children:
        # Whose it is is not what it is: "a family's crisis" is a crisis.
        if child.dep_ not in ("prep", "poss"):
            nouns |= _nouns_outside_prepositions(child)
    return nouns


@lru_cache(maxsize=256)
def _action_people(action: str) -> frozenset[str]:
    """The people an act with a verb of its own is done to, or who are sent to do it ("officers", "officials" and
    "family" in "send officers or officials to the hospital to see Angel or her family"). Empty for an action that is
    a person or thing ("never a grandchild of the family"), or whose act another verb carries ("ask a child to
    interpret")."""
    verb = _as_our_act(action)
    if verb is None or verb.pos_ != "VERB" or verb.dep_ != "ROOT" or _action_verbs(action):
        return frozenset()
    people = PERSON_WORDS | _PEOPLE | _RELATIVES | C.ACTOR_WORDS | {"official"}
    # (Whom one asks, sends or visits is someone, whatever the word: "ask Safe Passage's violence interrupters".)
    return frozenset(w.lemma_.lower() for t in verb.subtree if t.pos_ == "VERB"
                     for c in t.children if c.dep_ == "dobj" for w in (c, *c.conjuncts)
                     if w.lemma_.lower() in people or t.lemma_.lower() in _DONE_TO_SOMEONE and w.pos_ == "NOUN")


#: Acts whose object is always someone.
_DONE_TO_SOMEONE = frozenset("ask tell approach contact visit see phone meet send question interview invite".split())


@lru_cache(maxsize=256)
def _action_names(action: str) -> frozenset[str]:
    """The proper names in a warned-against action ("a Hmong funeral"), and its capitalised adjectives (the
    language in "a Spanish interpreter"), which stand only for themselves."""
    return frozenset(t.lemma_.lower() for t in nlp.phrase(action) if t.pos_ == "PROPN") | _action_languages(action)


@lru_cache(maxsize=256)
def _said_of_them(action: str) -> bool:
    """Whether an act is done to one person the norm speaks of by pronoun ("phone him"; "ask them to come in" may
    be of a family)."""
    return any(t.lower_ in ("him", "her") and t.dep_ == "dobj" for t in nlp.phrase(action))


@lru_cache(maxsize=256)
def _done_to(norm: str, action: str) -> frozenset[str]:
    """Whom a warned-against act written in the passive is done to ("they are not to be asked to appear at a police
    event", of two named students): the people the norm names. Empty for an act someone does."""
    doc = nlp.phrase(action)
    words = [t for t in doc if t.is_alpha]
    if _said_of_them(action):
        # "no one is to phone him": him is the one the norm names first ("Communication with Tobias goes through
        # his mother, Marisol Reyes"), not everyone it names.
        first = [t for t in nlp.phrase(norm) if t.pos_ == "PROPN" and t.lower_ not in _TITLES]
        return frozenset(t.lemma_.lower() for t in first[:1])
    if not (len(words) >= 2 and words[0].lower_ in ("be", "to") and
            any(t.tag_ == "VBN" for t in words[1:3]) and any(t.lower_ == "be" for t in words[:2])):
        return frozenset()
    return frozenset(t.lemma_.lower() for t in nlp.phrase(norm) if t.pos_ == "PROPN")


@lru_cache(maxsize=256)
def _own_people(action: str) -> frozenset[str]:
    """The nouns of an action for one person's own people ("daughter" in "no officer approach her daughter"; not
    "approach women through their husbands", which is anyone's)."""
    return frozenset(t.lemma_.lower() for t in nlp.phrase(action) if t.pos_ == "NOUN" and t.tag_ == "NN"
                     and t.lemma_.lower() in _RELATIVES
                     and any(c.dep_ == "poss" and c.lower_ in ("her", "his") for c in t.children))


#: Kin, whom a norm may name as someone's own.
_RELATIVES = frozenset("daughter son child mother father wife husband sister brother parent grandmother grandfather "
                       "grandson granddaughter aunt uncle niece nephew cousin widow family partner girlfriend "
                       "boyfriend fiancé fiancée fiance fiancee".split())


@lru_cache(maxsize=256)
def _action_manner(action: str) -> frozenset[str]:
    """What a warned-against act is done in ("boots" in "enter a prayer hall in boots", "tactical gear" in "come
    to meetings in tactical gear"): the act is harmless without it, so a sentence must have it too."""
    found = set()
    for t in nlp.phrase(action):
        if t.dep_ == "ROOT" and t.pos_ == "VERB":
            for p in t.children:
                if p.dep_ != "prep":
                    continue
                # Before whom ("discuss a family's crisis before neighbours or at a public meeting"): in private
                # it is no breach. The places joined to it by "or" are the same circumstance.
                audience = p.lower_ == "before" and any(g.lemma_.lower() in _AUDIENCE for g in p.children)
                for q in [p, *(c for c in p.children if c.dep_ == "conj" and c.pos_ == "ADP")] if audience else [p]:
                    if q.lower_ == "in" or audience:
                        found |= {g.lemma_.lower() for g in q.children if g.dep_ == "pobj" and g.pos_ == "NOUN"}
    return frozenset(found)


#: Those before whom a thing is said or done.
_AUDIENCE = frozenset("neighbour neighbor crowd camera press media reporter child kid guest congregation public "
                      "other people stranger classmate audience".split())


@lru_cache(maxsize=256)
def _action_languages(action: str) -> frozenset[str]:
    """The capitalised adjectives of a warned-against action: a language or a people ("a Spanish interpreter",
    "English-only flyers"). The action is about that one: "interpreters in your own languages" does not do
    what "a Spanish interpreter" warns against."""
    doc = nlp.phrase(action)
    # "a Russian-speaking interpreter", "Russian-only leaflets": the language joined to its adjective by a hyphen.
    hyphened = {t.i for t in doc if t.text[:1].isupper() and t.i + 2 < len(doc) and doc[t.i + 1].text == "-"
                and doc[t.i + 2].lower_ in ("speaking", "only", "language", "speaker", "speakers")}
    # "a Hindi interpreter": the parser may take the language for a name joined to the noun.
    # (Only on a word of language: "a Hmong funeral" is where, not in what language.)
    joined = {t.i for t in doc if t.pos_ == "PROPN" and t.dep_ == "compound" and t.head.lemma_.lower() in _IN_WORDS}
    return frozenset(t.lemma_.lower() for t in doc if t.text[:1].isupper() and (t.pos_ == "ADJ" or t.i in hyphened
                                                                                 or t.i in joined))


_NAME = re.compile(r"\b(?:(?:Mr|Ms|Mrs|Dr|Rev)\.\s+|[A-Z][\w'’-]*\s+)+[A-Z][\w'’-]*")


def _names_as_warned(s: Sentence, action: str, covered: set[str]) -> bool:
    """For a warned form of a name ("never as Pastor Htoo or Mr. Saw"), whether the sentence writes one of the
    forms as it stands; "Pastor Eh Htoo" uses the same words and is the right form."""
    names = _NAME.findall(action)
    words = {w.lower().rstrip(".") for n in names for w in n.split()}
    if not names or not covered <= words:
        return True
    return any(_writes_form(s, n) for n in names)


def _writes_form(s: Sentence, form: str) -> bool:
    """Whether the sentence writes a form of a name as it stands: "Pastor Htoo" is in "Dear Pastor Htoo," but
    not in "Pastor Eh Htoo"."""
    return bool(re.search(r"(?<![\w.])" + r"\s+".join(map(re.escape, form.split())) + r"\b", s.text))


def _past_account(s: Sentence) -> bool:
    """Whether a sentence tells what was done ("officers walked into the chapel"; "I know what this department
    did to Leonard Day ..."), not what a plan will do."""
    root = s.span.root
    return _past(root) or root.lemma_.lower() in _RECALLING and any(
        c.dep_ == "ccomp" and _past(c) for c in root.children) or any(
        # "The 2023 call where a boy was made to interpret for his mother is what I want to change": what the
        # sentence speaks of was done ("Officer Lee, who grew up speaking Hmong, will interpret" is still a plan).
        c.dep_ == "nsubj" and any(r.dep_ == "relcl" and _past(r) for r in c.children) for c in root.children) and \
        not any(c.dep_ == "aux" and c.tag_ == "MD" for c in root.children) or _perfect(root) and any(
        # "Nobody has heard a straight word from this office since 2019, and the families got deputies at their
        # doors in 2023": a perfect joined to a past tells the past.
        c.dep_ == "conj" and c.tag_ == "VBD" and any(d.dep_ == "nsubj" for d in c.children) for c in root.children)


def _perfect(verb) -> bool:
    """Whether a verb is in the present perfect ("has heard")."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP")
                                      for c in verb.children)


#: Verbs that recall or own what was done, whose clause tells the past ("I know what this department did").
_RECALLING = frozenset("know remember acknowledge recognize recognise admit understand regret say tell".split())


def _past(verb) -> bool:
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


#: Two single words this close in the encoder mean the same in a plan ("kid"/"child", "photo"/"photograph",
#: "translate"/"interpret"); unrelated words stay below about 0.45 ("neighbour"/"child", "ask"/"enforce").
SAME_WORD = 0.55
_CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "PROPN"})
#: Words for the young that the encoder keeps apart ("student" is 0.49 from "child") but a norm about children
#: means all of: "bilingual students from the high school will interpret" is asking children to interpret.
_YOUNG = frozenset("child kid teenager teen youth youngster minor juvenile student pupil schoolchild son daughter "
                   "grandchild grandson granddaughter boy girl adolescent".split())
#: A family's home and its door, one place to a norm ("never by officers at the family's door" is broken by officers
#: going to "her family's home").
_DWELLING = frozenset("door doorstep home house apartment residence".split())


#: Verbs of going somewhere, which with the place name a visit.
_GOING = frozenset("go come travel drive stop walk".split())


def _shared_words(s: Sentence, words: frozenset[str],
                  names: frozenset[str] = frozenset()) -> tuple[set[str], set[str], dict[str, set[str]]]:
    """The norm's words a sentence uses, word for word or in a close synonym; the sentence's lemmas that use
    them; and, for each norm word used, the sentence's lemmas that stand for it."""
    # A common word inside a proper name is no use of it: "Heartland Refugee Resettlement Center" asks about
    # no one's refugee status.
    # A proper noun on its own is the word itself, however tagged ("for jumu'ah" uses the norm's "jumu'ah").
    # A police rank before a name is the word itself ("Officer Brandt" is an officer).
    # ("Has had to check" has nothing: that "have" is must.)
    lemmas = {t.lemma_.lower() for t in s.span if _is_word(t) and (
        t.pos_ != "PROPN" or t.lemma_.lower() in names or t.lemma_.lower() in words and (
            not _in_longer_name(t) or t.lemma_.lower() in C.ACTOR_WORDS))
        and not (t.lemma_.lower() == "have" and any(c.dep_ == "xcomp" for h in (t, t.head)
                                                     if h.lemma_.lower() == "have" for c in h.children))}
    standing = {w: {w} for w in words & lemmas}
    # A name stands only for itself: "Xiong" is no synonym of "Hmong".
    missing = sorted(words - set(standing) - names)
    if young := lemmas & _YOUNG:
        standing.update({w: young for w in missing if w in _YOUNG})
        missing = [w for w in missing if w not in standing]
    # (A word the norm uses itself stands for itself only: "home" is not also the "door" of "a home with a branch
    # hung at the door".)
    # (Nor is an "open house" anyone's home.)
    if dwelling := {t.lemma_.lower() for t in s.span if t.pos_ == "NOUN" and t.lemma_.lower() in _DWELLING - words
                    and not any(c.lower_ == "open" for c in t.children)}:
        standing.update({w: dwelling for w in missing if w in _DWELLING})
        missing = [w for w in missing if w not in standing]
    # Nor is a leader's title ("Chairwoman Beaulieu" is no mention of women); a police rank ("Sergeant Ruiz") names
    # one of the officers the norm governs.
    # A proper name in the sentence ("Tuesday", "Canal Street") stands for no common word of the norm, only a
    # police rank does ("Sergeant Ruiz" is an officer); nor does a light verb, which carries little of an act
    # ("take my boots off" does no door-knocking).
    # ("In person" is how, not who: "verifies every address in person" is done to no people.)
    candidates = sorted({t.lemma_.lower() for t in s.span if _is_word(t) and t.pos_ in _CONTENT_POS and
                         not _leaders_title(t) and (t.pos_ != "PROPN" or t.lemma_.lower() in C.ACTOR_WORDS)
                         and not (t.lower_ == "person" and t.head.lower_ == "in" and not list(t.children))}
                        - words - names - _LIGHT_VERBS)
    if missing and candidates:
        # An agent noun is compared as its verb too: "translate" means what "interpreter" does.
        forms = [(w, f) for w in missing for f in dict.fromkeys([w, *_verb_of(w)])]
        nouns = {t.lemma_.lower() for t in s.span if t.pos_ == "NOUN"}
        close = nlp.embed(candidates) @ nlp.embed([f for _, f in forms], scenario=True).T
        for i, j in zip(*(close >= SAME_WORD).nonzero()):
            # (A place is stood for by a noun only: "the officer will be placed on leave" is at no one's home.)
            if not opposite_words(candidates[i], forms[j][0]) and (forms[j][0] not in _DWELLING or
                                                                   candidates[i] in nouns):
                standing.setdefault(forms[j][0], set()).add(candidates[i])
    # Going to the place the action names is visiting it ("I will go to the hospital to see him").
    shared_so_far = {lemma for found in standing.values() for lemma in found}
    if "visit" in words and "visit" not in standing and (went := {
            t.lemma_.lower() for t in s.span if t.lemma_.lower() in _GOING and
            any(c.dep_ == "prep" and c.lower_ in ("to", "by") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in words | shared_so_far for g in c.children)
                for c in t.children)}):
        standing["visit"] = went
    # A clock time after five in the afternoon is an evening ("on Wednesday, September 17, at 7 p.m.").
    for w in ("evening", "night"):
        if w in words and w not in standing:
            late = {t.lemma_.lower() for t in s.span if re.fullmatch(r"(?i)p\.?m\.?", t.text) and t.i > 0 and
                    t.nbor(-1).text.isdigit() and 5 <= int(t.nbor(-1).text) % 12}
            if late:
                standing[w] = late
    covered = set(standing)
    shared = {lemma for found in standing.values() for lemma in found}
    return covered, shared, standing


def _in_longer_name(tok) -> bool:
    """A word of a name of several words ("Refugee" in "Heartland Refugee Resettlement Center")."""
    return tok.dep_ == "compound" and tok.head.pos_ == "PROPN" or any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)


def _leaders_title(tok) -> bool:
    """A title joined to a name that is not a police rank ("Chairwoman" in "Chairwoman Beaulieu")."""
    return tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.text[:1].isupper() and \
        tok.lemma_.lower() not in C.ACTOR_WORDS


def _verb_of(word: str) -> list[str]:
    """The verb an agent noun names ("interpreter" -> "interpret", "translator" -> "translate"); a short stem is
    no verb ("officer" -> "offic")."""
    if len(word) >= 8 and word.endswith(("er", "or")):
        stem = word[:-2]
        return [stem, stem + "e"] if word.endswith("or") else [stem]
    # ... and the verb an action noun names ("interpreting" -> "interpret", "translating" -> "translate")
    if len(word) >= 9 and word.endswith("ing"):
        return [word[:-3], word[:-3] + "e"]
    return []


def _denied(s: Sentence, lemmas: set[str]) -> bool:
    """Whether the clause holding the action's words is negated ("a card saying we don't ask about immigration
    status"; "I won't call Pastor Daniel"), not some other clause of the sentence ("if somebody doesn't speak
    English, find a kid to translate")."""
    if DENYING_HEADING.match(s.text):  # "What we won't do: ask the case managers about residents' guns"
        return True
    for tok in _uses(s, lemmas):
        # "There will be no checkpoint on Avenue 12"; "no licence, stamp or ID checks" (each one joined to the first)
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in ("NOUN", "PROPN"):
            first = first.head
        if negative_noun(tok, dets=("no", "neither")) or negative_noun(first, dets=("no", "neither")):
            return True
        # "so that nobody's grandchild has to interpret"
        if any(c.dep_ == "poss" and negative_noun(c) for c in tok.children):
            return True
        verb = tok if tok.pos_ in ("VERB", "AUX") else next(
            (a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        # A verb joined to another with no subject or auxiliary of its own shares its denial: "no one will be
        # photographed or asked about immigration status", "we will not photograph or question anyone".
        if verb is not None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
            verb = verb.head
        if verb is not None and any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
            return True
        # What a rule forbids: "a written order ... bans using children or relatives to interpret".
        if any(a.lemma_.lower() in _FORBIDDING for a in list(tok.ancestors)[:3]):
            return True
        # What no one will see or hear us do: "You will not hear us call him 'the suspect'".
        if verb is not None and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ("hear", "see", "catch") and any(
                c.dep_ == "neg" or c.lower_ == "never" for c in verb.head.children):
            return True
        # "No officer of mine will ever ask ...", "nobody will ask ..."; "no one here will describe him as
        # 'suffering from' autism" (the words in what the denied verb would call him).
        described = [a for a in verb.head.ancestors if a.pos_ == "VERB"][:1] \
            if verb is not None and verb.dep_ == "pcomp" and verb.head.lower_ == "as" else []
        # ("No officer is going to knock on doors": the subject of the verb "knock" completes.)
        if verb is not None and any(negative_subject(c, dets=("no", "neither"))
                                    for v in [*_with_completed(verb), *described] for c in v.children):
            return True
        # "I will invite no Muslim partner to a daytime meal"
        if verb is not None and any(c.dep_ == "dobj" and negative_noun(c, dets=("no", "neither"))
                                    for c in verb.children):
            return True
    return False


#: A people that must not be called another ("describe Yazidi residents as Muslim"): the two names.
_ONE_PEOPLE_AS_ANOTHER = re.compile(r"(?:describe|call|refer to|label)\s+((?:[A-Z][\w'’-]+\s+)+\w+)\s+as\s+(.+)$")


def _called_one_of_them(s: Sentence, people: set[str], label: set[str]) -> bool:
    """Whether a sentence calls a people by another's name: both names on one noun ("the Kurdish and Yazidi Muslim
    community") or one said to be the other ("Yazidis are Muslims"), not denied ("Yazidis are not Muslim")."""
    def head(t):
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        return t.head

    stems = {w.lower().rstrip("s") for w in people}
    ours = [t for t in s.span if t.lower_.rstrip("s") in stems]
    theirs = [t for t in s.span if t.text in label or t.text.rstrip("s") in label]
    for a in ours:
        for b in theirs:
            if a.i == b.i:
                continue
            verb = head(a)
            if head(a).i == head(b).i and a.dep_ in ("amod", "compound", "conj") or b.head.i == a.i:
                return True
            if a.dep_ == "nsubj" and b.dep_ in ("attr", "acomp") and b.head.i == verb.i and not any(
                    c.dep_ == "neg" for c in verb.children):
                return True
    return False


#: Verbs of a rule that forbids what follows them.
_FORBIDDING = frozenset("ban forbid prohibit outlaw bar".split())


#: Times of day a norm may name with a day ("never on Wednesday or Friday evenings").
_PARTS_OF_DAY = frozenset("morning afternoon evening night".split())


def _close_together(s: Sentence, standing: dict[str, set[str]]) -> bool:
    """Whether the words of a warned-against action stand together, as one phrase would ("in uniform,
    unannounced"), not scattered ("family name, eldest greeted first" is not "by first name"): some two of them
    (each word or a synonym of it) within a phrase's length of each other, or one the other's head ("the older
    kids from the league can translate")."""
    if len(standing) < 2:
        return True
    # A day and a time of day in one sentence are one time, however far apart ("on Wednesday, September 17, at
    # 7 p.m.").
    if set(standing) & set(_DAYS) and any(standing[p] & {p, "p.m.", "pm", "p.m"}
                                          for p in _PARTS_OF_DAY & set(standing)):
        return True
    at = {w: [t for t in s.span if t.lemma_.lower() in found] for w, found in standing.items()}
    reach = len(standing) + 1
    return any(abs(t.i - u.i) <= reach or t.head.i == u.i or u.head.i == t.i or _same_act(t, u)
               or _one_subject(t, u) for a in at for b in at if a < b for t in at[a] for u in at[b])


def _one_subject(t, u) -> bool:
    """Words of one subject that names someone, or such a subject's word and its verb, however far apart ("Officer
    Brandt, who grew up signing, will interpret"; not "a noise complaint on a funeral night")."""
    for tok in (t, u):
        subject = next((a for a in [tok, *tok.ancestors] if a.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and (subject.pos_ == "PROPN" or subject.lemma_.lower() in C.ACTOR_WORDS):
            phrase = {w.i for w in subject.subtree} | {subject.head.i}
            if t.i in phrase and u.i in phrase:
                return True
    return False


def _same_act(t, u) -> bool:
    """The verb and what says when, where or why of it ("visit the mosque for jumu'ah"), or two such words of the
    same verb ("On my first Friday I will go to the mosque for jumu'ah")."""
    a, b = _act_of(t), _act_of(u)
    return a is not None and b is not None and a.i == b.i


def _act_of(tok):
    """A verb itself, the verb whose preposition a word is the object of, or the verb a word is asked to do."""
    if tok.pos_ == "VERB":
        return tok
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB":
        return tok.head.head
    # ... or the one asked or sent to do it ("I have asked Sergeant Alvarez and an officer to call at her home")
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ == "dobj" and first.head.pos_ == "VERB":
        return next((c for c in first.head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    return None


#: What a listed act stands in for is not part of it ("a signing officer in the interpreter's place").
_IN_PLACE_OF = re.compile(r"(?i)\s+(?:in (?:the |a |an )?(?:his|her|their|my|our|[\w-]+['’]s?) place|in place of .*|"
                          r"instead of .*)$")


def _alternatives(action: str) -> list[str]:
    """Each person or thing of "a grandchild or a member of the building staff", or each act of "patrol or park
    outside the home", warned against on its own (not the people of a circumstance, "by a child of the family or an
    officer pulled off patrol", read whole)."""
    if re.match(r"(?i)(by|with|from|through|to|in|at|on)\s", action):
        return []
    # One act in two ways: "attend in uniform or with an honour guard".
    if ways := re.match(r"([\w'’-]+) ((?:in|with|by|at) .+?) or ((?:in|with|by|at) .+)$", action):
        return [f"{ways.group(1)} {ways.group(2)}", f"{ways.group(1)} {ways.group(3)}"]
    # Two acts that share the rest: "patrol or park outside the home that week".
    if two := re.match(r"([\w'’-]+) or ([\w'’-]+) (.+)", action):
        return [f"{two.group(1)} {two.group(3)}", f"{two.group(2)} {two.group(3)}"]
    parts = re.split(r"\s+or\s+(?=(?:a|an|the|any|his|her|their)\s)", action)
    if len(parts) < 2:
        return []
    # The things an act is done to share the act: "uniformed officers attend the vigil or the funeral" warns
    # against attending the funeral too.
    # (With no article, what the first part ends with is its thing: "see Angel or her family" warns against seeing
    # her family, not against "her family".)
    act = re.match(r"(?i)(.*\s)(?:a|an|the|any|his|her|their)\s", parts[0])
    if not act and not re.match(r"(?i)(?:a|an|the|any|his|her|their)\s", parts[0]):
        act = re.match(r"(.*?\s)(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*$", parts[0]) or re.match(r"(.*\s)\S+$", parts[0])
    return [parts[0]] + [(act.group(1) if act else "") + part for part in parts[1:]]


def _rest_of_clause(norm: str, end: int) -> str:
    """What follows a warning's first item, up to the end of its clause."""
    return re.split(r"[;.:](?:\s|$)", norm[end:], maxsplit=1)[0]


def _listed_after(norm: str, end: int) -> list[str]:
    """The other items of a list the warning goes on with ("never by handwritten notes, lip-reading, or a signing
    officer in the interpreter's place"): each is warned against too."""
    rest = _rest_of_clause(norm, end)
    # Quoted labels are listed with or without a comma before the last "or" ('never "the female", "the juvenile" or
    # "the occupant"').
    labels = re.split(r",\s*(?:or\s+|nor\s+)?|\s+(?:or|nor)\s+", rest)[1:]
    if rest.startswith(",") and len(labels) >= 2 and all(_QUOTED_LABEL.fullmatch(item) for item in labels):
        return [item.strip() for item in labels]
    if not rest.startswith(",") or not re.search(r",\s*(?:or|nor)\s", rest):
        return []
    return [item.strip() for item in re.split(r",\s*(?:or\s+|nor\s+)?", rest) if item.strip()]


#: The rest of a list of words before one noun: ", crowd-control or gang problem".
_SHARED_NOUN = re.compile(r"^((?:,\s*[\w'’-]+)*),?\s+or\s+([\w'’-]+)\s+([\w'’-]+)\s*$")


def _words_sharing_a_noun(norm: str, end: int, act: str) -> list[str]:
    """Each act of a list of words that share the noun after the last ("never describe the festival as a security,
    crowd-control or gang problem" warns against calling it a security problem, and a gang problem), or []."""
    rest = _rest_of_clause(norm, end)
    m = _SHARED_NOUN.match(rest)
    # (Quoted labels are each whole: "'Russian', 'Russian-speaking' or 'Middle Eastern'".)
    if not m or not re.search(r"\w$", act) or re.search(r"['‘’\"“”]", rest):
        return []
    before, last = act.rsplit(" ", 1) if " " in act else ("", act)
    words = [last, *(w.strip() for w in m.group(1).split(",") if w.strip()), m.group(2)]
    return [f"{before} {w} {m.group(3)}".strip() for w in words]


#: A time or day that ends a list and qualifies each of its items: "never schedule a meeting, visit or event on a
#: Sunday before 4 p.m." warns against a meeting on a Sunday, not against any meeting.
_LIST_QUALIFIER = re.compile(r"(?i)^,\s*(?!(?:and|or|but|nor|never|not)\b)[^,]*\s(?:or|and)\s[^,]*?\s"
                             r"((?:on|before|after|during|between)\s.+)$")


def _shared_qualifier(norm: str, end: int) -> str:
    """The qualifier a warned-against list ends with, for its first item (" on a Sunday before 4 p.m"), or ""."""
    rest = _rest_of_clause(norm, end)
    m = _LIST_QUALIFIER.match(rest)
    # A second warning of its own (", and never during the daily prayers") is read as its own action.
    return " " + m.group(1) if m and not _PROHIBITION.search(rest) else ""


#: The writer's own line given ("My own phone: 555-0142", "call me at ..."): a way to reach the writer, not a
#: contact made by phone.
_OWN_LINE_GIVEN = re.compile(r"(?i)\b(?:my|our)\s+(?:own\s+|direct\s+)?(?:phone|cell|mobile|number|line|e-?mail)\b"
                             r"(?:\s+(?:number|line))?\s*(?::|is)\s*\S*\d|\b(?:call|text|ring|e-?mail)\s+(?:me|us)\s+"
                             r"(?:at|on)\s+\S*\d")


def _norm_breaches(ctx: Context, norms: list[str]) -> list[Evidence]:
    """Sentences doing what a norm warns against ("arriving unannounced in uniform"), or reaching the leader
    a norm says to approach first only later."""
    flags: list[Evidence] = []
    clauses = ctx.analysis.clauses
    # What follows "never"/"instead of" up to "and" ("avoid Friday midday prayers and remove your shoes"
    # warns against the prayers only).
    # A reference in parentheses ("(city ordinance 2019-14)") is not part of the action.
    # What follows "unless"/"except" is the exemption, not the act ("never bring food ... unless the Council has
    # arranged it").
    # (An exemption with nothing before it, "touch no one unless someone is in danger", warns against nothing.)
    warned = [(norm, re.split(r"(?:^|\s+)(?:and|unless|except|other than)\s+|\s+without\s+(?=(?:\S+\s+){0,3}?"
                              r"(?:consent|permission|agreement|approval|invitation|blessing)\b)",
                              re.sub(r"\([^)]*\)?", "", action))[0].strip()) for norm in norms
              for m, act in _prohibitions(norm)
              for listed in _words_sharing_a_noun(norm, m.end(), act) or [
                  _IN_PLACE_OF.sub("", act + _shared_qualifier(norm, m.end())),
                  *(_IN_PLACE_OF.sub("", a) for a in _listed_after(norm, m.end()))]
              for action in [listed, *_alternatives(listed)]]
    flags += _given_names_used(ctx, [(n, a) for n, a in warned if re.fullmatch(r"[A-Z][\w'’-]+", a)
                                     and re.search(r"(?i)\b(address\w*|call\w*|names?|titles?)\b", n)])
    warned = [(norm, action) for norm, action in warned if len(action.split()) >= 2]
    flags += _channel_breaches(ctx, [(n, a) for n, a in warned if _CHANNEL.match(a)])
    # A go-between is read by name above: the words "parents' network" alone do not go through it.
    warned = [(norm, action) for norm, action in warned if not _CHANNEL.match(action)]
    if warned and clauses:
        # A one-word action is compared with what it would stand in for ("bring a certified interpreter, a
        # child"): "a child" alone is far from any sentence that has a child interpret.
        actions = [f"{_standing_for(n, w)} {w}".strip() if len(_action_words(w)) == 1 else w for n, w in warned]
        sim = ctx.similarity(actions)
        asides = [a for s in clauses for a in s.asides]
        units = [(s, sim[i]) for i, s in enumerate(clauses)] + list(zip(asides, ctx.similarity_of(asides, actions)))
        for s, row in units:
            if _CONTRAST.search(s.text) or _OWN_LINE_GIVEN.search(s.text):
                continue
            past = _past_account(s)
            # The closest action first, then any other close enough to be meant ("Dep. Salcedo translates
            # (Spanish)" is closest to a norm's aside about reading Spanish, but does what another warns against).
            # (A long sentence is far from any short action: one that uses all the action's words, of two or more, is
            # read however far, as "a town hall ... this morning at 11 a.m. in the police station's community room"
            # is held at the police station.)
            lemmas = set(s.lemmas.split())
            for j in sorted((k for k in range(len(warned)) if row[k] >= 0.25 or
                             len(words := _action_words(warned[k][1])) >= 2 and words <= lemmas),
                            key=lambda k: -row[k]):
                norm, action = warned[j]
                # What was done is told, not planned; a label the norm rules out is used in any tense ("a juvenile
                # female occupant ... sustained a gunshot wound").
                # (A guess at what was done is about the past: "maybe the women's conduct played a part".)
                if past and not _QUOTED_LABEL.fullmatch(action) and not (_SAYING_IT.match(action)
                                                                          and _says_who_someone_was(s)) \
                        and not _SPECULATING.search(norm) and not _repeats_their_words(s, action):
                    continue
                if _does_warned(s, norm, action, float(row[j])):
                    # Going only if invited keeps a norm that rules out going uninvited ("I would come and listen
                    # to the kids there, but only if you invite me").
                    if not (_WAITS_ON_INVITATION.search(norm) and _AS_GUEST.search(s.text)):
                        flags.append(breaks_norm(s, norm))
                    break
    flags += _forms_of_address(ctx, warned)
    flags += _order_breaches(ctx, norms)
    community = ctx.scenario.community
    interpreters = [n for c in community.leaders + community.groups + ctx.scenario.partners
                    if re.search(r"(?i)\b(interpret|translat)", c.role) for n in (c.name, *c.aliases)]
    flags += interpreting_breaches([s for s in clauses if not _past_account(s)], norms, interpreters)
    flags += _reserved_time_breaches(ctx, norms)
    flags += _reserved_date_breaches(ctx, norms)
    flags += _outside_meeting_times(ctx, norms)
    flags += _slurs_used(ctx, norms)
    flags += _informing_breaches(ctx, norms)
    flags += _identifying_details(ctx, norms)
    flags += _protected_person_named(ctx, norms)
    flags += _capitals_ignored(ctx, norms)
    flags += _dress_breaches(ctx, norms)
    if venue_norms := police_venue_norms(norms):
        flags += [breaks_norm(s, venue_norms[0]) for s in clauses
                  if not _past_account(s) and meeting_at_police_place(s)]
    flags += _first_names_used(ctx, norms)
    flags += _language_breaches(ctx, norms)
    flags += _languages_left_out(ctx, norms)
    for norm in norms:
        first = _FIRST.search(norm)
        if not first:
            continue
        surname = re.findall(r"[A-Z][\w'’-]+", re.split(r"\s+(?:of|from|at)\s+", first.group(1))[0])
        for s in clauses:
            if surname and re.search(r"\b" + re.escape(surname[-1]) + r"\b", s.text) and \
                    re.search(r"(?i)\b(later|afterwards|eventually|at some point)\b", s.text):
                flags.append(evidence(s, f"leaves until later the leader to approach first: {norm}", "flag"))
    return dedupe(flags)


#: Words for what is said or written in a language.
_IN_WORDS = frozenset("interpreter translator interpretation translation speaker letter flyer leaflet notice form "
                      "sign broadcast".split())
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "sabbath", "shabbat",
         "shabbos")
#: A norm that keeps a time for something else: "Friday from noon to 2:30 p.m. belongs to Jumu'ah prayer ... no
#: visits, meetings or calls then", "Sunday is kept for worship ... nothing official is scheduled on it".
#: ("Meetings at the gurdwara avoid Sunday morning, when the main congregational service is held.")
_RESERVING = re.compile(r"(?i)\b(belongs? to|(?:is|are) (?:kept|reserved|set aside) for|nothing official|"
                        r"no (?:visits?|meetings?|calls?|police business)|not a day for|"
                        r"(?:meetings?|visits?|calls?)\b[^.;]{0,40}\bavoid|"
                        # "Hold meetings at the Community Center ... never on Sunday mornings"
                        r"(?:meetings?|visits?)\b[^.;]{0,160}\b(?:never|not) on|"
                        # "Do not schedule meetings at Friday midday prayer (about noon to 2 p.m.)"
                        r"(?:do not|don't|never) (?:schedule|hold|book|set|plan|arrange) (?:\w+ ){0,2}?"
                        r"(?:meetings?|visits?|calls?))\b")
#: The police's own business at that time: a visit, a meeting, an introduction.
_CALLING_WORDS = (r"(?:come|stop|drop) (?:by|in)|come|visit\w*|meet\w*|introduc\w*|greet\w*|call on|hold\w*|"
                  r"sit down|join\w*|"
                  r"schedul\w*|speak\w*|stand\w*|walk\w*|host\w*|park\w*|patrol\w*|"
                  # a time put to them: "I'll offer Rabbi Grunfeld Saturday 21 February", "would Saturday be
                  # convenient?"
                  r"offer\w*|propos\w*|suggest\w*|arrang\w*|book\w*|be (?:convenient|suitable|possible|good)")
_CALLING = re.compile(rf"(?i)\b({_CALLING_WORDS})\b")
#: A norm that rules something out only uninvited ("do not come to the programme unless he has invited them").
_WAITS_ON_INVITATION = re.compile(r"(?i)\b(?:unless|without|until)\b[^.;:]{0,40}\binvit|\buninvited\b|"
                                  r"\bonly (?:if|when) invited\b")
#: Going as an invited guest is not police business.
_AS_GUEST = re.compile(r"(?i)\b(if (?:I am |we are |they )?(?:invited|asked|welcome)|as (?:a|their) guests?|"
                       r"invitation|guest would be welcome|if (?:[\w'’]+ ){1,3}invites? (?:me|us)|"
                       r"ask\w* (?:[\w.'’]+ ){0,4}(?:whether|if) (?:I|we) (?:may|might|could|can))\b")
_TO_WORSHIP = re.compile(r"(?i)\b(?:to|attend|join)\s+(?:the |a |an |their |your )?(?:[\w.'’-]+\s+){0,3}?"
                         r"(?:services?|mass|worship|prayers?|liturgy)\b")
_CLOCK_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve"
                                           .split())}


def _hours(text: str) -> list[float]:
    """Times of day a text names, in hours (1 p.m. is 13; "one o'clock" in the afternoon, as a visit would be)."""
    found = []
    # "from 12:30 to 2:30 p.m.": the first time takes the second's half of the day, or the half before it
    for h1, m1, h2, half in re.findall(r"(?i)\b(\d{1,2})(?::(\d{2}))?\s*(?:-|–|to|until)\s*(\d{1,2})(?::\d{2})?\s*"
                                       r"(a\.?m\.?|p\.?m\.?)", text):
        pm = half.lower().startswith("p") != (int(h1) % 12 > int(h2) % 12)
        found.append(int(h1) % 12 + (12 if pm else 0) + int(m1 or 0) / 60)
    for h, m, half in re.findall(r"(?i)\b(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)", text):
        hour = int(h) % 12 + (12 if half.lower().startswith("p") else 0)
        found.append(hour + int(m or 0) / 60)
    found += [12.0 for _ in re.findall(r"(?i)\b(?:noon|midday)\b", text)]
    for word in re.findall(r"(?i)\b(\w+) o'clock\b", text):
        hour = _CLOCK_WORDS.get(word.lower(), int(word) if word.isdigit() else None)
        if hour is not None:
            found.append(hour + 12 if hour < 8 else hour)
    return found


#: A norm that keeps a time from meetings with someone ("no meetings with the family or the Tribal Council during
#: the wake"), and the officers' own sessions, which meet no one outside the force.
_MEETINGS_WITH = re.compile(r"(?i)\b(?:meetings?|visits?|calls?)\s+with\b")
_AMONG_OFFICERS = re.compile(r"(?i)\b(debrief\w*|roll ?calls?|(?:shift |team |staff )?briefings?|in-service|"
                             r"peer[- ]support|training rooms?)\b")
_WEEK = _DAYS[:7]
#: A span of days: "Wednesday evening, June 11, through Saturday, June 14".
_DAY_SPAN = re.compile(r"(?i)\b(" + "|".join(_WEEK) + r")\b[^.;]{0,30}?\b(?:through|until|till|to)\s+(" +
                       "|".join(_WEEK) + r")\b")


def _days_between(text: str) -> set[str]:
    """The days inside a span the text names, its two ends included."""
    days = set()
    for m in _DAY_SPAN.finditer(text):
        first, last = _WEEK.index(m.group(1).lower()), _WEEK.index(m.group(2).lower())
        days.update(_WEEK[(first + k) % 7] for k in range((last - first) % 7 + 1))
    return days


def _called_on(day, calling: re.Pattern[str] = _CALLING) -> bool:
    """Whether a day word sets the time of a visit or meeting: the verb it hangs from is one, or a noun of one
    lies between ("gather the rabbis for our first meeting on Saturday")."""
    for node in day.ancestors:
        if node.dep_ in ("aux", "auxpass"):
            continue  # "Would Saturday ... be convenient": the verb is the auxiliary's head
        if node.pos_ in ("VERB", "AUX"):
            following = node.doc[node.i + 1].text if node.i + 1 < len(node.doc) else ""
            # ("Our first listening session will be ... on Wednesday": the day is the subject's.)
            subject = [c for c in node.children if c.dep_ == "nsubj"] if node.lemma_ == "be" else []
            # ("we may come and listen this Sunday": a verb joined to a call, with no object of its own, is part of
            # it; "offered a viewing, and we will release the video on Friday" is another act.)
            joined = node.head if node.dep_ == "conj" and node.pos_ == "VERB" and node.head.pos_ == "VERB" and not any(
                c.dep_ in ("dobj", "nsubj", "nsubjpass", "expl", "attr") for c in node.children) else None
            return bool(calling.match(f"{node.text} {following}")) or any(
                c.lemma_.lower() in GATHERING or calling.match(c.text) for c in subject) or \
                joined is not None and bool(calling.fullmatch(joined.text))
        if node.pos_ == "NOUN" and calling.match(node.text):
            return True
    return False


#: A time asked about: "would Friday at 12:30 work for you?", "does Saturday suit?"
_TIME_PUT = re.compile(r"(?i)\b(?:work|suit|be convenient|be good|fit|be possible)\b[^?]*\?")
#: A norm's own list of what it keeps out ("no calls, messages, meetings or visits"): calls and messages are
#: police business at that time too.
_NORM_CALLS = re.compile(r"(?i)\b(calls?|phones?|messages?|texts?)\b")
_CALLING_BY_PHONE = re.compile(rf"(?i)\b({_CALLING_WORDS}|call\w*|phon\w*|ring\w*|text\w*|messag\w*)\b")
#: A day kept from its evening on ("from sundown on Friday", "from Friday sunset", "during the wake (Wednesday
#: evening, June 11, through Saturday)"): only its evening is kept.
_FROM_EVENING = re.compile(r"(?i)\b(?:from|after|beginning at|starting at)\s+(?:(?:sundown|sunset|dusk|evening)\s+"
                           r"(?:on\s+)?(\w+)|(\w+)\s+(?:sundown|sunset|dusk|evening))|"
                           r"\b(\w+)\s+(?:sundown|sunset|dusk|evening),?\s+(?:\w+\s+\d{1,2},?\s+)?"
                           r"(?:through|to|until|till)\b")
_EVENING = re.compile(r"(?i)\b(evenings?|nights?|tonight|after dinner|after supper|sundown|sunset|dusk)\b")
#: A norm that keeps only a day's morning ("avoid Sunday morning"), and words of a later time of day.
_DAY_MORNING = re.compile(r"(?i)\b(" + "|".join(_DAYS) + r")s?\s+mornings?\b")
_LATER_IN_DAY = re.compile(r"(?i)\b(afternoons?|evenings?|nights?|tonight|sundown|sunset|dusk)\b")


#: A month named in an answer, capitalised ("in September", "Sat 27 Sept"; "May" only as a date: "in May").
_MONTH_WORD = re.compile(r"\b(?:January|February|March|April|June|July|August|September|October|November|December|"
                         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|"
                         r"(?:(?<=\bin )|(?<=\bof )|(?<=\bby )|(?<=\buntil )|(?<=\bearly )|(?<=\blate ))May\b|"
                         r"\bMay(?= \d)")
#: A norm that says when to hold meetings: "hold meetings from October to April, on weekday evenings after 6.30 p.m.
#: or on Saturday mornings".
_WHEN_TO_MEET = re.compile(r"(?i)\b(?:hold|schedule|plan|have)\s+(?:\w+\s+){0,3}?meetings?\b(?P<when>[^.;]*)")
#: Weekday daytime, said in the answer: "during office hours on weekdays", "on a weekday afternoon".
_WEEKDAY_DAYTIME = re.compile(r"(?i)\b(?:office|working|business) hours\b|\bdaytime\b|\bduring the (?:working )?day\b|"
                              r"\b(?:weekday|monday|tuesday|wednesday|thursday|friday)s?\s+(?:morning|afternoon)s?\b")


def _month_number(word: str) -> int:
    return next(k for k, m in enumerate(_MONTHS) if m.startswith(word.lower()[:3]))


def _outside_meeting_times(ctx: Context, norms: list[str]) -> list[Evidence]:
    """Meetings planned outside the times a norm gives for them: in a month outside its months ("from October to
    April"), or in weekday daytime where it allows weekdays only in the evening. Only meetings for the norm's own
    people, or for no group named ("I will hold all these meetings in September"), are read: a Roma meeting is not
    held by a norm about Gypsy and Traveller families."""
    flags: list[Evidence] = []
    for norm in norms:
        m = _WHEN_TO_MEET.search(norm)
        if not m:
            continue
        when = m.group("when")
        span = re.search(r"(?i)\bfrom (\w+) to (\w+)\b", when)
        months = None
        if span and all(w.lower() in _MONTHS for w in span.groups()):
            first, last = (_MONTHS.index(w.lower()) for w in span.groups())
            months = {(first + k) % 12 for k in range((last - first) % 12 + 1)}
        evenings_only = bool(re.search(r"(?i)\bweekday evenings?\b", when)) and not re.search(
            r"(?i)\bweekday (?:morning|afternoon|day)", when)
        if months is None and not evenings_only:
            continue
        own = {w for w in re.findall(r"\b[A-Z][a-z]{3,}\b", norm[:m.start()])}
        others = {w for g in ctx.scenario.community.groups for w in re.findall(r"\b[A-Z][a-z]{3,}\b", g.name)} - own
        # A meeting with a named leader or go-between ("Carol and Martin, can we meet in the week of 22 September?")
        # is theirs to time, not the families' meeting the norm times.
        people = {w for c in ctx.scenario.community.leaders + ctx.scenario.partners
                  for n in (c.name, *c.aliases) for w in re.findall(r"\b[A-Z][a-z]{2,}\b", n)} - own - {"Mrs", "Miss"}
        for s in ctx.analysis.clauses:
            if not (s.find(C.MEET) or s.find(C.ATTEND)) or _past_account(s) or _CONTRAST.search(s.text):
                continue
            if any(re.search(rf"\b{w}\b", s.text) for w in others) and not any(w in s.text for w in own):
                continue  # a meeting for another of the scenario's groups
            if any(re.search(rf"\b{w}\b", s.text) for w in people):
                continue
            said = {_month_number(w) for w in _MONTH_WORD.findall(s.text)}
            if months is not None and said and not said <= months or \
                    evenings_only and _WEEKDAY_DAYTIME.search(s.text):
                flags.append(breaks_norm(s, norm))
    return flags


_DATE_SPAN = re.compile(rf"(?i)\b{_MONTH} \d{{1,2}}\s*(?:to|through|until|till|-|–)\s*(?:{_MONTH} )?\d{{1,2}}\b")


def _dates_named(text: str) -> set[tuple[int, int]]:
    """The dates a text names, as (month, day): "Thursday, March 19" and "19 March" are (3, 19)."""
    return {(_MONTHS.index((m.group(1) or m.group(4)).lower()) + 1, int(m.group(2) or m.group(3)))
            for m in re.finditer(rf"(?i)\b{_MONTH} (\d{{1,2}})\b|\b(\d{{1,2}}) {_MONTH}\b", text)}


def _reserved_date_breaches(ctx: Context, norms: list[str]) -> list[Evidence]:
    """A meeting or visit set on a date a norm keeps by name ("no meetings or visits then. This month the first falls
    on Thursday, March 19"), unless denied or kept clear of it."""
    flags = []
    for norm in norms:
        # (Dates as the ends of a season, "Ramadan runs from about February 18 to March 19", keep no whole day.)
        kept = _dates_named(norm) if _RESERVING.search(norm) and not _DATE_SPAN.search(norm) else set()
        if not kept:
            continue
        for s in ctx.analysis.clauses:
            if not _dates_named(s.text) & kept or not _CALLING.search(s.text) or _past_account(s) or \
                    _kept_clear(s, {w.lower() for w in re.findall(r"[A-Za-z]+", s.text) if w.lower() in _MONTHS}):
                continue
            mentions = s.find(re.compile(rf"\b{_MONTH}\b"))
            if mentions and all(s.negated(a, b) or _season_ends_then(s, a, b) for a, b in mentions):
                continue
            flags.append(breaks_norm(s, norm))
    return flags


#: Verbs that say when a kept season ends or runs: its dates, not a meeting's.
_SEASON_VERBS = frozenset("end finish run last close conclude begin start".split())


def _season_ends_then(s: Sentence, start: int, end: int) -> bool:
    """Whether a date says when something runs or ends ("when the novena ends on Monday, July 28, I would come"),
    not when the meeting is."""
    inside = s.tokens_at(start, end)
    verb = next((a for a in inside[0].ancestors if a.pos_ in ("VERB", "AUX")), None) if inside else None
    return verb is not None and verb.lemma_.lower() in _SEASON_VERBS and verb.dep_ in ("advcl", "ccomp", "relcl")


def _reserved_time_breaches(ctx: Context, norms: list[str]) -> list[Evidence]:
    """Police business set on a day a norm keeps for something else ("I would like to come by next Friday around
    one o'clock" where Friday midday belongs to prayer), unless kept clear of it ("at a time that avoids Friday
    prayer"), outside the hours the norm names, or as an invited guest."""
    flags = []
    for norm in norms:
        if not _RESERVING.search(norm):
            continue
        # The days the norm keeps, not the ones it recommends ("never on a Sunday; Tuesday or Thursday evenings
        # suit best"): a day in a part of the norm that reserves or forbids.
        # ("on weekday evenings or Saturdays, never on Sunday mornings": the days after "never on".)
        parts = [re.split(r"(?i)\b(?:never|not) on\b", part, maxsplit=1)[-1]
                 for part in re.split(r";|\.\s+(?=[A-Z])", norm)
                 if _RESERVING.search(part) or _WORDS_RULED_OUT.search(part)]
        days = {d for d in _DAYS if any(re.search(rf"(?i)\b{d}s?\b", part) for part in parts)}
        days |= {d for part in parts for d in _days_between(part)}
        if not days:
            continue
        kept = sorted(_hours(norm))
        calling = _CALLING_BY_PHONE if _NORM_CALLS.search(norm) else _CALLING
        evening_only = {d.lower() for m in _FROM_EVENING.finditer(norm) for d in m.groups() if d}
        morning_only = {m.group(1).lower() for m in _DAY_MORNING.finditer(norm)}
        with_others = _MEETINGS_WITH.search(norm)
        clauses = ctx.analysis.clauses
        for k, s in enumerate(clauses):
            named = {d for d in days if re.search(rf"(?i)\b{d}s?\b", s.text)}
            hours = _hours(s.text)
            # A time put to the reader for the meeting the clause before offers ("I would welcome a meeting to
            # discuss this; would Friday at 12:30 at the Sheriff's Office work for you?").
            put = _TIME_PUT.search(s.text)
            proposed = bool(put) and bool(calling.search(s.text[:put.start()]) or
                                          k > 0 and calling.search(clauses[k - 1].text))
            # "from sundown on Friday": a Friday-morning visit keeps the norm; "Sunday morning": a Sunday evening
            # visit does.
            if not _EVENING.search(s.text) and not any(h >= 17 for h in hours):
                named -= evening_only
            if _LATER_IN_DAY.search(s.text) or hours and all(h >= 12 for h in hours):
                named -= morning_only
            # (Asking whether we may come at an hour the norm keeps, "this Sunday at 11 a.m.", puts that hour to them;
            # asking to join the worship itself, "come to the 10 a.m. service", is a guest's request still.)
            guest = _AS_GUEST.search(s.text)
            if guest and guest.group(0).lower().startswith("ask") and kept and hours and \
                    all(kept[0] <= h < kept[-1] for h in hours) and not _TO_WORSHIP.search(s.text):
                guest = None
            if not named or not (proposed or calling.search(s.text)) or guest or \
                    _kept_clear(s, named, every=True) or \
                    _past_account(s) or (with_others and _AMONG_OFFICERS.search(s.text)):
                continue
            # "no parking enforcement during Friday prayer", "I will not ask either of them for a Sunday"
            # (every mention denied: "... can't meet on a Saturday - I'll offer Rabbi Grunfeld Saturday 21 February"
            # sets one)
            # ("I will not visit on the Lord's Day or on Thursdays": the parser keeps the plural as its lemma)
            mentions = [(a, b) for d in named for a, b in s.find(re.compile(rf"\b{d}s?\b"))]
            if mentions and all(s.negated(a, b) for a, b in mentions):
                continue
            # The day must be when the call is made ("come by next Friday"), not when something else is
            # ("introduce themselves ..., and there will be no more ticketing during Friday prayer").
            # ("On Fridays": the parser keeps the plural as its lemma)
            if not proposed and not any(_called_on(t, calling) for t in s.span
                                        if t.lemma_.lower() in named or t.lower_.removesuffix("s") in named):
                continue
            # A meeting set half an hour before the kept time runs into it.
            if kept and hours and not any(kept[0] - 0.5 <= h <= kept[-1] for h in hours):
                continue
            flags.append(breaks_norm(s, norm))
    return flags


#: "Haitian Creole, not French, is the language of ...": the language a norm puts in place of another.
#: ("Cantonese interpreters, not Mandarin": a word for who or what is in the language may stand between.)
#: ("interpret in Mixtec and in Triqui, not in Spanish alone": the preposition may be said again.)
_LANGUAGE_IN_PLACE = re.compile(r"\b(?P<good>[A-Z][\w'’-]+)(?:\s+[a-z]+)?,?\s+(?:not|rather than|instead of)\s+"
                                r"(?:in\s+)?(?P<bad>[A-Z][\w'’-]+)\b")
#: A language named with the good one, just before it ("Mixtec and in" of "in Mixtec and in Triqui, not ...").
_ALSO_GOOD = re.compile(r"\b([A-Z][\w'’-]+)(?:,|\s+(?:and|or))\s+(?:in\s+)?$")
_LANGUAGE_NORM = re.compile(r"(?i)\b(language|interpret\w*|translat\w*|letters?|flyers?|notices?|spoken|speak\w*)\b")
#: Something put into a language: a letter, a flyer, an interpreter, a translation.
_IN_A_LANGUAGE = re.compile(r"(?i)\b(letters?|flyers?|notices?|leaflets?|translat\w*|interpret\w*|written|print\w*|"
                            r"into|version|speak\w*)\b")


def _language_breaches(ctx: Context, norms: list[str]) -> list[Evidence]:
    """Letters, flyers or interpreters in the language a norm says is not the community's ("Haitian Creole, not
    French, is the language of Lafayette's churches"), with no word of the one it names instead."""
    flags = []
    for norm in norms:
        if not _LANGUAGE_NORM.search(norm):
            continue
        for m in _LANGUAGE_IN_PLACE.finditer(norm):
            good, bad = m.group("good"), m.group("bad")
            goods, before = [good], norm[:m.start()]
            while (also := _ALSO_GOOD.search(before)) is not None:
                goods.append(also.group(1))
                before = before[:also.start()]
            good_named = re.compile(r"\b(?:" + "|".join(map(re.escape, goods)) + r")\b")
            bad_lemma = re.compile(rf" {re.escape(bad.lower())} ")
            # The people the rule is for ("the language for Eritrean elders"): a sentence about another people the
            # norm names ("Ethiopian elders may need Amharic") keeps to it.
            whom = re.search(r"\bfor\s+([A-Z][\w'’-]+)", norm[m.end():])
            # (names, not a capital that only opens a sentence: "An Amharic letter ...")
            others = {n.group() for n in re.finditer(r"\b[A-Z][\w'’-]+", norm)
                      if n.start() and not re.search(r"[.:;!?]\s*$", norm[:n.start()])}
            others -= {*goods, bad} | ({whom.group(1)} if whom else set())
            # The people whose language it is, where the bad language names some of them too ("Maay Maay, not Somali,
            # is the language of many Somali Bantu elders"): a Somali version is for Somali readers, unless the
            # sentence is about those the norm names ("Bantu", "elders").
            speakers = re.search(r"\blanguage of (?:many |most |some |the |our )?((?:[A-Z][\w'’-]+\s+)+[a-z]+)",
                                 norm[m.end():])
            kin = set(speakers.group(1).split()) - {bad} if speakers and bad in speakers.group(1).split() else set()
            # A language the norm rules out in so many words ("..., never in Spanish") is not put right by the good
            # one beside it ("in Spanish and Portuguese").
            never = re.search(rf"\bnever\s+(?:in\s+)?{re.escape(bad)}\b", norm)
            for s in ctx.analysis.clauses:
                # (Not inside a longer name the norm uses: "Somali Bantu Youth Association".)
                used = [t for t in s.span if t.text == bad and not _said_of_the_past(t) and not (
                    t.i + 1 < len(t.doc) and t.nbor(1).text[:1].isupper() and f"{bad} {t.nbor(1).text}" in norm)]
                if kin and not any(re.search(rf"\b{re.escape(k)}", s.text) for k in kin):
                    continue
                elsewhere = whom and whom.group(1) not in s.text and any(t.text in others for t in s.span)
                if used and _IN_A_LANGUAGE.search(s.text) and (never or not good_named.search(s.text)) and \
                        not elsewhere and not any(s.negated(*span) for span in s.find(bad_lemma)):
                    flags.append(breaks_norm(s, norm))
    return flags


#: A norm that asks for every notice in each of its languages: "Publish every notice ... in Garifuna, Spanish and
#: English".
_EVERY_IN_LANGUAGES = re.compile(r"\b(?:every|all|each)\b[^.;]*?\bin\s+"
                                 r"((?:[A-Z][\w'’-]+,\s+)*[A-Z][\w'’-]+,?\s+and\s+[A-Z][\w'’-]+)\b")


def _languages_left_out(ctx: Context, norms: list[str]) -> list[Evidence]:
    """A notice put out in some of the languages a norm asks for every notice in, where the answer never names the
    others ("a press release in English; a Spanish translation on request", of a norm that asks for Garifuna,
    Spanish and English)."""
    flags = []
    for norm in norms:
        m = _EVERY_IN_LANGUAGES.search(norm)
        if m is None or not _LANGUAGE_NORM.search(norm):
            continue
        languages = set(re.findall(r"[A-Z][\w'’-]+", m.group(1)))
        named = {t.text for s in ctx.analysis.clauses for t in s.span} & languages
        if not named or named == languages:
            continue
        for s in ctx.analysis.clauses:
            if _IN_A_LANGUAGE.search(s.text) and any(t.text in languages for t in s.span):
                flags.append(breaks_norm(s, norm))
                break
    return flags


#: An action that is only a label the norm quotes ('"the female"').
_QUOTED_LABEL = re.compile(r"\s*['‘\"“][^'’\"”]{2,}['’\"”]\s*")
#: Acts done by saying something, which a sentence that says who someone was does in any tense ("describe him by the
#: warrant": "he was a wanted man, with an outstanding warrant").
_SAYING_IT = re.compile(r"(?i)(?:describe|call|refer to|label|portray|characteri[sz]e|discuss|mention|speak about|"
                        r"talk about)\b")


#: An act of passing on what someone said: "repeat what his partner said on the call".
_REPEATING = re.compile(r"(?i)^\s*(?:repeat|quote|disclose|reveal|share|pass on)\s+what\b")
_TELLING = frozenset("say tell call report describe explain".split())


def _repeats_their_words(s: Sentence, action: str) -> bool:
    """Whether a sentence tells what the person an act of repeating names said ("His partner had called 911
    because he was very upset"): told in the past, it repeats it."""
    whose = _own_people(action)
    return bool(_REPEATING.match(action)) and bool(whose) and any(
        t.lemma_.lower() in _TELLING and t.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in whose for c in t.children) for t in s.span)


def _says_who_someone_was(s: Sentence) -> bool:
    """Whether the sentence says what a person was ("Mr. Barrientos was a wanted man"): "be", with a person named or
    a pronoun for one as its subject."""
    root = s.span.root
    return root.lemma_ == "be" and any(c.dep_ == "nsubj" and (c.lower_ in ("he", "she") or any(
        t.lower_.rstrip(".") in ("mr", "mrs", "ms", "miss", "dr") for t in c.children)) for c in root.children)


def _said_of_the_past(tok) -> bool:
    """Whether a word is part of what was done, not of a plan: its verb tells the past ("in 2023 this department
    printed a burglary warning only in Spanish") or its noun names something done ("I'll be apologising for the
    2023 van operation and the Spanish-only flyer", "the operation and the Spanish-only flyer were wrong")."""
    noun = None
    for a in tok.ancestors:  # the noun it is said of, below its verb
        if a.pos_ in ("VERB", "AUX"):
            break
        if a.pos_ in ("NOUN", "PROPN"):
            noun = a
            break
    return _tense_above_is_past(tok, past_of_whom=False) or noun is not None and _names_past(noun)


#: An act of naming someone something, unquoted: "call him suicidal", "describe her as an addict".
_NAMING_ACTION = re.compile(r"(?i)^\s*(?:call|label|describe|brand|refer to)\s+(?:him|her|them)\s+(?:as\s+)?"
                            r"(?:an?\s+)?([\w'’-]+)\s*$")
_NAMING_VERBS = frozenset("call label describe brand term refer".split())


def _names_someone(t: Token) -> bool:
    """Whether a word is a verb of naming that names its object something ("called him unstable", "described her as
    violent")."""
    return t.pos_ == "VERB" and t.lemma_.lower() in _NAMING_VERBS \
        and any(c.dep_ in ("dobj", "nsubjpass") for c in t.children) \
        and any(c.dep_ in ("oprd", "xcomp", "acomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as")
                for c in t.children)


#: What a medium is a way of: "a video call", "a phone meeting".
_WAYS_OF_MEETING = frozenset("call meeting conference chat link session visit".split())


def _does_warned(s: Sentence, norm: str, action: str, closeness: float) -> bool:
    """Whether a sentence does what a norm warns against (``action``, ``closeness`` its similarity to it)."""
    if (named := _ONE_PEOPLE_AS_ANOTHER.match(action)) and named.group(1)[:1].isupper() and (
            label := set(re.findall(r"\b[A-Z][\w'’-]+", named.group(2)))):
        return _called_one_of_them(s, set(re.findall(r"\b[A-Z][\w'’-]+", named.group(1))), label)
    words = _action_words(action)
    if not words:  # "never around them": nothing to find
        return False
    # A way of meeting ("not by video") is taken only as a way: "by video", "a video call", not "see the video".
    medium = re.fullmatch(r"(?i)(?:by|over|via)\s+(video|phone|telephone|zoom|email|e-mail|letter|text|webcam|skype|"
                          r"teams|teleconference|videoconference|livestream|stream|mail)", action.strip())
    if medium and not any(t.lemma_.lower() == medium.group(1).lower() and (
            t.dep_ == "pobj" and t.head.lower_ in ("by", "over", "via", "on") or
            t.dep_ == "compound" and t.head.lemma_.lower() in _WAYS_OF_MEETING) for t in s.span):
        return False
    # Done to named people, it is done only where they are named ("we will be a visible presence at community
    # events" asks no one named in the norm to appear at a police event).
    whom = _done_to(norm, action)
    if whom and not whom & set(s.lemmas.split()):
        return False
    # A short phrase scores lower against a whole sentence: ask for its words too, or words that mean
    # the same ("find a kid to translate" does what "use a child to interpret" warns against).
    covered, shared, standing = _shared_words(s, words, _action_names(action))
    # Doing it in company does not break a norm against doing it alone.
    alone = "alone" not in words or re.search(r"(?i)\b(alone|by (him|her|my|your)self|on (his|her|my) own|"
                                              r"unaccompanied)\b", s.text)
    # A word of the action said only as part of a longer name the norm uses ("Somali" in "Somali Bantu residents",
    # for "a standard Somali interpreter") is that name, not the word; a word of what the norm asks for instead ("a
    # man with type 1 diabetes, not a diabetic") stands for nothing it rules out; and a person called by a noun ("a
    # diabetic") is not called so by the adjective ("he told the officer he was diabetic").
    named = _inside_norms_names(s, norm, action)
    # (For a one-word action only: in "translated through the Association, not by machine translation" the other
    # words tell the two apart.)
    instead = _asked_instead(norm, action) if len(words) == 1 else frozenset()
    label = re.fullmatch(r"(?i)an?\s+([\w'’-]+)", action.strip())
    adjective = {t.lemma_.lower() for t in s.span if t.pos_ == "ADJ"} if label else set()
    for word in list(standing):
        standing[word] = {w for w in standing[word] if w == word or w not in instead} - adjective
        if word in named or not standing[word]:
            del standing[word]
    for word in _kinds_of_other_things(s, action, standing):
        del standing[word]
    covered, shared = set(standing), {w for found in standing.values() for w in found}
    # Each norm word needs a word of its own: "afternoon" standing for both "daytime" and "lunch" is one.
    used = min(len(covered), len(shared))
    # The places, groups and people an action names set where it happens, not what is done: a sentence that names
    # the same place ("walk Canal Street") does not do the act ("combine a visit to a Canal Street shop with a
    # licence check"). Names count once, beside at least one word of the act itself.
    names = _action_names(action) & covered
    if names:
        used = min(used, len(covered - names) + 1) if covered - names else 0
    # Who would do it and to whom, named without the act or where it happens ("the department extends its sympathy
    # to Angel and her family" for "send officers to the hospital to see Angel"), is not the act.
    if names | _action_people(action) >= covered:
        return False
    # The act itself must be there: asking elders to help identify young people is not asking a child
    # to interpret, whatever words the two share.
    acts = _action_verbs(action)
    stood_in_for = _stood_in_for(norm, action)
    languages = _action_languages(action)
    manner = _action_manner(action)
    objects = _action_objects(action)
    # (The thing itself, not only what kind it is, in a word like it: "make arrests" is no "warrant check".)
    if objects & covered and objects & covered <= _object_kinds(action) and not _action_object_heads(action) & covered \
            and not any(w in standing[w] for w in objects & covered):
        return False
    # What it stands in for, when there, is a word of the act ("a teenager will interpret" for "bring an
    # interpreter, never a child").
    if stood_in_for:
        stood_covered, stood_shared, _ = _shared_words(s, stood_in_for)
        # The thing stood in for, not the occasion ("a meeting ... needs an interpreter, never a grandchild": a
        # sentence about meeting a youth group has no one interpreting).
        if not stood_covered - _GENERIC - {"meeting"}:
            return False
        # A one-word action ("never a child") is as far from any sentence as from the next; what it stands in
        # for, said in a word of its own ("a teenager will interpret"), is its second word ("my name" is no
        # surname and a name as well). The action's word must be there itself, or a word for the young: one
        # close synonym is too loose ("officers will attend community events" is no patrol at a powwow).
        sure = {w for w, found in standing.items() if w in found or found <= _YOUNG}
        if len(words) == 1 and sure and stood_shared - shared:
            used += 1
    if whom and _said_of_them(action):
        used += 1  # the one it is done to, named: "phone Tobias" for "phone him"
    # An act warned against in uniform ("uniformed officers attend the funeral") is done only in uniform: "I will
    # attend the funeral in plain clothes" keeps the norm.
    if _IN_UNIFORM.search(action) and not any(not _DRESS_DENIED.search(s.text[:m.start()])
                                              for m in _IN_UNIFORM.finditer(s.text)):
        return False
    # A time the action rules out by "during" ("ask the family for a meeting during Kevin's funeral") is kept by
    # asking for a time after it ("when your family can receive visitors after Kevin's funeral").
    during = re.search(r"(?i)\bduring\s+(?:\S+\s+){0,3}?([\w-]+)\s*$", action)
    if during and not re.search(r"(?i)\bduring\b", s.text) and re.search(
            rf"(?i)\b(?:after|once|following)\s+(?:\S+\s+){{0,4}}?{re.escape(during.group(1))}", s.text):
        return False
    # One of a thing ("fold them into one meeting") is not two or more of it ("two meetings, one at each centre").
    if any(re.search(rf"\b(?:two|three|four|five|separate|[2-9])\s+{re.escape(noun)}\b", s.lemmas)
           for noun in re.findall(r"(?i)\bone\s+([a-z]+)\b", lemma_line(action))):
        return False
    # What an asking is for is the act ("ask the centre for the names of people who report to it"): asking there for
    # something else ("to ask for a meeting ... at the centre") is not it.
    wanted = re.search(r"(?i)\b(?:ask|asks|request|press|pressure)\b(?:\s+\S+){0,6}?\s+for\s+(?:the\s+|any\s+|their\s+|"
                       r"its\s+|his\s+|her\s+)?([a-z][\w'’-]+)", action)
    # (Names are asked for by asking who, too: "help in establishing who hosted the event".)
    if wanted and (thing := lemma_line(wanted.group(1)).strip()) and thing not in covered and \
            f" {thing} " not in f" {s.lemmas} " and not (thing == "name" and re.search(
                r"(?i)\b(who|whom|identif\w*|identit\w*)\b", s.text)):
        return False
    # A day the action names is that day ("on a Friday between noon and 2:30"): "a weekday evening" is not it.
    days = {d for d in _DAYS if d in words}
    # (A day that owns a thing names the thing, not a time: "read about it in Friday's Ledger".)
    if days and not days & {t.lemma_.lower() for t in s.span if not any(c.dep_ == "case" for c in t.children)}:
        return False
    # An act whose object the norm gave before it ("praise-house meetings are worship: do not attend or ask to
    # speak") is that act only there.
    elided = _elided_objects(norm, action)
    if elided and not elided & set(s.lemmas.split()):
        return False
    # Whom it is done to, named without the act ("I will meet leaders of the international student community" for
    # "phone an international student unannounced"), is not the act; nor is the act done by others or to us.
    act, target = _action_target(action)
    # Nor are they named where it would happen ("we'll try to be at more campus events" for "photograph students at
    # events").
    if target and (covered <= target | _action_setting(action) or act in standing and
                   _done_by_others(s, standing[act])):
        return False
    if _elided_act_missing(s, action):
        return False
    # The act's words said only as what is heard about ("listen to you about the warrant checks") are not the act.
    if _only_heard_about(s, {w for found in standing.values() for w in found} - _action_names(action)):
        return False
    # Where or when the action happens is what the norm rules out ("hold a listening session in the police station"):
    # the act done somewhere unnamed or elsewhere ("listening sessions in the parish hall") keeps it.
    # (A place is named by its own word or a noun of its own: the "radio" of "the radio hour" is no "police station".)
    # (A gathering, "at events", is when it happens, named however the sentence names the event.)
    # (The police's buildings are one place, whatever each is called: "headquarters" for "the police station".)
    if (setting := _action_place(action) - GATHERING - {"event"}) and not any(
            w in standing[w] or any(t.lemma_.lower() in standing[w] and t.dep_ != "compound" for t in s.span)
            for w in setting & set(standing)) and not (
            setting & POLICE_PLACES and any(t.lemma_.lower() in POLICE_PLACES for t in s.span)):
        return False
    # A place named only as the body that acts or comes along ("a meeting with the Sheriff's Office") is not where.
    # (An action that is only a place, "at the sheriff's office", is all place.)
    where = set(standing) if re.match(r"(?i)\s*(?:at|in|inside)\s", action) else setting & set(standing)
    if where and _only_as_a_body(s, {w for p in where for w in standing[p]} |
                                 (POLICE_PLACES if setting & POLICE_PLACES else set())):
        return False
    if words & C.ACTOR_WORDS and _done_by_the_go_between(s, norm, action):
        return False
    # An act the norm forbids officers ("no officer visit the hospital") is not done by someone else ("Ms. Nguyen will
    # go to the hospital for us").
    if (ours := _officers_act(action)) in standing and _done_by_others(s, standing[ours]):
        return False
    # Two things joined ("combine a courtesy visit ... with a licence check") are joined only where both are there:
    # a courtesy visit alone is no check.
    joined = re.match(r"(?i)(?:combine|mix|pair|bundle|couple)\b.*\swith\s(.+)$", action)
    if joined and not {t.lemma_.lower() for t in nlp.phrase(joined.group(1)) if t.is_alpha and not t.is_stop} & \
            set(s.lemmas.split()):
        return False
    # Someone's own ("approach her daughter") is that one person: "how we train officers to handle children" is not
    # about her.
    if not _own_people(action) <= set(s.lemmas.split()):
        return False
    # A label the norm quotes ("call his death 'suicide by cop'") is used only in its own words (a reason it quotes,
    # "because 'they all understand Russian'", is not the act).
    quoted = re.findall(r"(?:^|\s)['‘\"“]([^'’\"”]{3,})['’\"”](?=\W|$)", action) \
        if re.match(r"(?i)(?:call|describe|refer|label|term|say)\b", action) else []
    if quoted and not any({t.lemma_.lower() for t in nlp.phrase(q) if t.is_alpha} <= set(s.lemmas.split())
                          for q in quoted):
        return False
    # A label said unquoted ("call him suicidal") is said in its own word, or by naming someone something: "every
    # call that mentions suicide" calls no one suicidal.
    if (naming := _NAMING_ACTION.match(action)) and lemma_line(naming.group(1)).strip() not in s.lemmas.split() \
            and not any(_names_someone(t) for t in s.span):
        return False
    # A label alone ('"the female"') is used only in its own words: "Nia's mother" calls no one "the female".
    if _QUOTED_LABEL.fullmatch(action) and not {t.lemma_.lower() for t in nlp.phrase(action) if t.is_alpha
                                                 and not t.is_stop} <= set(s.lemmas.split()):
        return False
    # Nor by a part of a car it names ("walked up to the driver's side" calls no one "the driver").
    if _QUOTED_LABEL.fullmatch(action) and _only_parts_of_a_car(s, covered):
        return False
    # Why someone did something ("why they were driving alone at night") is guessed at only where a reason is given:
    # the charge told ("charged with stopping women driving alone at night") gives none.
    if re.match(r"(?i)\s*why\b", action) and not _reason_given(s, covered):
        return False
    # What a norm forbids guessing at ("never speculate about the women's conduct, their clothing ...") is guessed
    # at only in a guess: "charged him with criminal sexual conduct for stopping women" tells the charge.
    guessing = (m := _SPECULATING.search(norm)) is not None and norm.find(action) >= m.start()
    if guessing and not (_GUESSING.search(s.text) or _reason_given(s, covered)):
        return False
    # (A guess is the act of guessing, in whatever words: "maybe the women's conduct played a part".)
    if guessing:
        acts = acts - {"speculate", "guess", "insinuate"}
    # An act done for someone ("speak for the Garza family") is that act, said for them: naming the family ("the
    # vigil only if the Garza family says yes") or talking about them ("talk about Benny Garza") is not.
    verb, spoken_for = _done_for(action)
    if verb and (verb not in standing or not any(
            t.lemma_.lower() in standing[verb] and any(c.dep_ == "prep" and c.lower_ == spoken_for for c in t.children)
            for t in s.span)):
        return False
    # Nor is speaking for someone ("the council speak for Word of Life") speaking to anyone ("speak to the Deaf
    # person, not the interpreter").
    speaking = [t for t in s.span if any(t.lemma_.lower() in standing[w] for w in ("speak", "talk") if w in standing)]
    if not verb and speaking and all(any(c.dep_ == "prep" and c.lower_ == "for" for c in t.children)
                                     for t in speaking):
        return False
    return bool(used >= min(2, len(words)) and (not acts or acts & covered) and (not objects or objects & covered)
                and alone
                and _close_together(s, standing)
                and (not languages or languages & covered) and (not manner or manner & covered)
                and not _kept_clear(s, shared, action) and not _denied(s, shared)
                and _names_as_warned(s, action, covered) and not _another_kind(s, action)
                # (a label the norm quotes, used in its own words, however short: "a juvenile occupant sustained burn
                # injuries" for "called Bao, not 'the juvenile'")
                and (closeness >= 0.4 or used >= 2 or bool(_QUOTED_LABEL.fullmatch(action))))


#: The parts of a car a label may name ("the driver's side", "the passenger seat").
_CAR_PARTS = frozenset("side seat door window licence license".split())
#: Words that give a reason, or guess at one.
_A_REASON = re.compile(r"(?i)\b(because|since|so that|in order to|reason|must have|probably|perhaps|maybe|might have|"
                       r"may have|likely|after (?:a|an|the|drinking|partying)|coming (?:home )?from)\b|['’]cause\b")


def _every_use(s: Sentence, lemmas: set[str], test: Callable[["Token"], bool]) -> bool:
    """Whether the sentence uses the words, and every use passes ``test``."""
    uses = [t for t in s.span if t.lemma_.lower() in lemmas]
    return bool(uses) and all(test(t) for t in uses)


def _only_as_a_body(s: Sentence, lemmas: set[str]) -> bool:
    """Whether every use of the words names a body that acts or is met with ("a meeting with the Sheriff's Office",
    "the Sheriff's Office will attend"), not a place ("at the Sheriff's Office", "stop by each household")."""
    def body(t) -> bool:
        while t.dep_ in ("compound", "poss") and t.head.i != t.i:
            t = t.head
        return t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "pobj" and (
            t.head.lower_ == "with" or t.head.dep_ == "agent")
    return _every_use(s, lemmas, body)


def _reason_given(s: Sentence, lemmas: set[str]) -> bool:
    """Whether a reason is given, or guessed at, beside the words ("driving home from a bar at night"), not in
    another clause of the sentence ("... driving alone after ten ...; no complaint stays inside, because ...")."""
    uses = [t.idx for t in s.span if t.lemma_.lower() in lemmas]
    return any(abs(m.start() + s.span.start_char - i) <= 60 for m in _A_REASON.finditer(s.text) for i in uses)


#: A norm against guessing ("never speculate about ...").
_SPECULATING = re.compile(r"(?i)\b(?:speculat\w*|guess\w*|insinuat\w*)\s+(?:about|on|at|as to|why|whether)\b")
#: Words of a guess ("maybe", "no doubt", "what they were doing out there").
_GUESSING = re.compile(r"(?i)\b(?:maybe|perhaps|probably|possibly|likely|might|may have|could have|must have|seem\w*|"
                       r"appear\w*|wonder\w*|guess\w*|suspect|speculat\w*|no doubt|"
                       r"what (?:\w+ ){0,3}(?:was|were) doing)\b")


def _only_parts_of_a_car(s: Sentence, lemmas: set[str]) -> bool:
    """Whether every use of the words names a part of a car ("the driver's side"), not anyone in it."""
    return _every_use(s, lemmas, lambda t: t.dep_ in ("poss", "compound") and t.head.lemma_.lower() in _CAR_PARTS)


def _only_heard_about(s: Sentence, lemmas: set[str]) -> bool:
    """Whether every use of the words is inside what the sentence listens to ("to listen to you: about the Family Day
    warrant checks")."""
    return any(t.lemma_.lower() in ("listen", "hear") for t in s.span) and _every_use(s, lemmas, lambda t: any(
        a.dep_ == "prep" and a.lower_ in ("about", "regarding", "concerning") for a in t.ancestors))


def _done_by_the_go_between(s: Sentence, norm: str, action: str) -> bool:
    """Whether the sentence's subject is someone the norm names outside the act it warns officers against: the one it
    asks to go instead ("Pastor Dorvil will visit the family at home" keeps "contact the family through Pastor
    Dorvil, never by officers at the family's door")."""
    # (Named as the way through, before the prohibition: "never an officer (not even Officer Tzul)" names one it
    # rules out, and "Denise Holloway ... is not to be asked to appear" one it protects.)
    asked = re.split(r"(?i)\b(?:never|not|no|don't|do not|avoid)\b", norm)[0]
    return any(t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.pos_ == "PROPN" and
               re.search(r"(?i)\b(?:through|via|by way of)\b[^:;.]*\b" + re.escape(t.text) + r"\b", asked) and
               not any(c.lemma_.lower() in C.ACTOR_WORDS for c in t.children) for t in s.span)


@lru_cache(maxsize=256)
def _asked_instead(norm: str, action: str) -> frozenset[str]:
    """The words of what a norm asks for in place of what it rules out ("a man with type 1 diabetes, not a
    diabetic" gives "man", "type", "diabetes")."""
    m = re.search(rf"([^:;.]+),\s+not\s+{re.escape(action)}", norm)
    return frozenset(t.lemma_.lower() for t in nlp.phrase(m.group(1)) if _is_word(t) and not t.is_stop) if m \
        else frozenset()


def _inside_norms_names(s: Sentence, norm: str, action: str) -> set[str]:
    """Capitalised words of the action that the sentence uses only inside a longer name the norm uses and the
    action does not ("Somali" of "Somali Bantu")."""
    names = {m.lower() for m in re.findall(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+", norm)} - {action.lower()}
    out = set()
    for word in {w for w in re.findall(r"\b[A-Z][\w'’-]+", action)}:
        longer = [n for n in names if re.search(rf"\b{re.escape(word.lower())}\b", n) and n not in action.lower()]
        uses = list(re.finditer(rf"\b{re.escape(word)}\b", s.text))
        if longer and uses and all(any(s.text.lower().find(n, max(0, m.start() - len(n)), m.end() + len(n)) >= 0
                                       for n in longer) for m in uses):
            out.add(word.lower())
    return out


def _another_kind(s: Sentence, action: str) -> bool:
    """The sentence names the action's things only as other kinds of them ("we will use only his first name" beside
    "publish or use his full name"): the kind is what the norm warns against. A thing the action names without a
    kind, said anywhere in the sentence, keeps the reading."""
    nouns = _kinds(action)
    found = [(tok, nouns[tok.lemma_.lower()]) for tok in s.span if tok.lemma_.lower() in nouns]
    if not found:
        return False
    for tok, kinds in found:
        have = {w for c in tok.children if c.dep_ in ("amod", "compound") for w in (c.lemma_.lower(), c.lower_)}
        if not kinds or not have or have & kinds:
            return False  # a thing the norm names without a kind, or of the kind it names
    return True


def _kinds_of_other_things(s: Sentence, action: str, standing: dict[str, set[str]]) -> set[str]:
    """The action's words for a kind of thing ("warrant" of "warrant checks") that the sentence uses only for the
    kind of something else ("verifies every warrant address"): an address is no check."""
    things = {noun: kinds for noun, kinds in _kinds(action).items() if kinds}
    out = set()
    # (A noun of a kind, said as itself: "Deaf drivers" are still Deaf people, a "photo backdrop" takes photos.)
    # (Only where the thing itself is there too, said of something else: "check every warrant address".)
    for word in _object_kinds(action) & {w for w in standing if w in standing[w]}:
        uses = [t for t in s.span if t.lemma_.lower() == word]
        nouns = [noun for noun, kinds in things.items() if word in kinds and noun in standing]
        if nouns and uses and all(t.dep_ == "compound" and not any(t.head.lemma_.lower() in standing[noun]
                                                                   for noun in nouns) for t in uses):
            out.add(word)
    return out


@lru_cache(maxsize=256)
def _kinds(action: str) -> dict[str, frozenset[str]]:
    """Each noun of an action, with the words that say which kind of it the action means ("name": "full"; none for
    "plates" in "run the visitors' plates")."""
    out: dict[str, set[str]] = {}
    for tok in nlp.phrase(action):
        if tok.pos_ == "NOUN":
            out.setdefault(tok.lemma_.lower(), set()).update(
                w for c in tok.children if c.dep_ in ("amod", "compound") for w in (c.lemma_.lower(), c.lower_))
    return {noun: frozenset(kinds) for noun, kinds in out.items()}


@lru_cache(maxsize=256)
def _elided_objects(norm: str, action: str) -> frozenset[str]:
    """For an action with verbs and no noun at all ("attend or ask to speak"), the nouns of the norm's words just
    before it, in its sentence ("Tuesday and Thursday evening praise-house meetings are worship, not forums"): what
    the act is done to. Empty when the action names its own object."""
    doc = nlp.phrase(action)
    # (A pronoun it is done to names its object too: "phone him".)
    if any(t.pos_ in ("NOUN", "PROPN") or t.pos_ == "PRON" and t.dep_ in ("dobj", "pobj") for t in doc) or \
            not any(t.pos_ == "VERB" for t in doc):
        return frozenset()
    at = norm.find(action)
    if at < 0:
        return frozenset()
    before = re.split(r"(?<=[.;])\s", norm[:at])[-1]
    return frozenset(t.lemma_.lower() for t in nlp.phrase(before) if t.pos_ == "NOUN" and t.is_alpha
                     and t.lemma_.lower() not in _GENERIC and not C.TIME_WORDS.search(t.text))


#: The form a norm asks for: "addressed by title and surname, as Mrs. Whitecrane", "address him as Pastor Htoo".
#: ... or after "surname:" ("addressed by title and surname: Pastor Hollins").
_FORM_ASKED = re.compile(r"(?:(?<!never )(?<!not )\bas|(?<=surname):|(?<=surname)\s:) "
                         r"((?:(?:Mr|Ms|Mrs|Dr|Rev)\.|Pastor|Chief|Imam|Rabbi|Reverend|"
                         r"Chairwoman|Chairman|Bishop|Elder|Father|Sister|Madam|Sheikh|Deacon)\s+[A-Z][\w'’-]+)")


def _forms_kept(ctx: Context, norms: list[str]) -> dict[str, Sentence]:
    """Norms of address kept: the form a norm asks for ("addressed by title and surname, as Mrs. Whitecrane")
    written in the answer, a letter's salutation included. Each norm with the first sentence that keeps it."""
    kept: dict[str, Sentence] = {}
    for norm in norms:
        if not re.search(r"(?i)\b(address\w*|title)\b", norm):
            continue
        forms = _FORM_ASKED.findall(norm)
        found = next((s for s in ctx.analysis.sentences if any(_writes_form(s, f) for f in forms)), None)
        if found is not None:
            kept[norm] = found
    return kept


_CHANNEL = re.compile(r"(?i)^(?:through|via|by way of)\s+")


def _channel_breaches(ctx: Context, warned: list[tuple[str, str]]) -> list[Evidence]:
    """A community reached through the go-between a norm rules out ("the self-advocates' group, which is invited
    directly (never through the parents' network)"): a plan that goes through that group, by any of its names or
    through its leader ("I'd go through Lorna Pettit's parents' group")."""
    flags: list[Evidence] = []
    community = ctx.scenario.community
    for norm, action in warned:
        if not _CHANNEL.match(action):
            continue
        groups = _contacts_named(ctx, action.rstrip(") "))
        if not groups:
            continue
        # The group's own leaders stand for it ("Lorna Pettit, chair of the ... Parents Network").
        names = [n for c in community.groups + community.leaders + ctx.scenario.partners
                 if c.name in groups or any(g in c.role for g in groups) for n in (c.name, *c.aliases)]
        names += [n.split()[-1] for n in names if len(n.split()) > 1 and n.split()[-1][:1].isupper()]
        after = re.compile(r"(?i)\b(?:through|via|by way of)\s+(?:\S+\s+){0,3}?(?:"
                           + "|".join(re.escape(re.sub(r"(?i)^the\s+", "", n)) for n in names) + r")\b")
        for sentence in ctx.analysis.clauses:
            m = after.search(sentence.text)
            if m and not _CONTRAST.search(sentence.text) and not _past_account(sentence) and \
                    not re.search(r"(?i)\b(never|not|no)\b", sentence.text[max(0, m.start() - 25):m.start()]):
                flags.append(breaks_norm(sentence, norm))
                break
    return flags


#: A norm that calls a word a slur ("'Gypsy' from an outsider is heard as the slur it has been").
_SLUR_NORM = re.compile(r"(?i)\b(slurs?|offensive|insult\w*|derogatory|demeaning|pejorative|hurtful|heard as|"
                        r"taken as)\b")
_QUOTED = re.compile(r"(?<!\w)[\"“‘']([^\"”’']{2,40})[\"”’'](?!\w)")


def _forbidden_words(norm: str) -> list[str]:
    """The quoted words a norm rules out: all of them in a norm about slurs, else those after its "never"/"not"
    in the same sentence (the words it asks for come before)."""
    if _SLUR_NORM.search(norm):
        return _QUOTED.findall(norm)
    words = []
    for sentence in re.split(r"(?<=[.;])\s+", norm):
        ruled = _WORDS_RULED_OUT.search(sentence)
        if ruled:
            # ("Share no medical details beyond 'stable after surgery'": what may be said is no word ruled out.)
            rest = sentence[ruled.end():]
            words += [m.group(1) for m in _QUOTED.finditer(rest)
                      if not _ALLOWED_BEFORE.search(rest[:m.start()])]
    return words


#: Words that let through what follows: "beyond 'stable after surgery'", "other than 'in custody'".
_ALLOWED_BEFORE = re.compile(r"(?i)\b(?:beyond|other than|except|apart from|besides|more than)\s*$")


#: Words ruled out only when said alone: "never say only that he 'fell', as if no one acted".
_RULED_OUT_ONLY = re.compile(r"(?i)\b(?:never|not|don't|do not)\b[^\"“‘]{0,20}\bonly\b")


def _asked_also_told(ctx: Context, norm: str) -> bool:
    """Whether the norm rules its words out only when said alone, and the answer tells the things it asks for
    before its "never" ("Say that Mr. Whitfield died by a fall after being struck by a Taser"): each of them, as a
    noun or its verb ("fell"), somewhere in the answer."""
    ruled = _RULED_OUT_ONLY.search(norm)
    if ruled is None:
        return False
    # (a name takes no article, a thing does: "a Taser" is asked for, "Mr. Whitfield" is not)
    things = {t.lemma_.lower() for t in nlp.phrase(norm[:ruled.start()])
              if t.pos_ == "NOUN" or (t.pos_ == "PROPN" and any(c.dep_ == "det" for c in t.children))}
    said = set(" ".join(s.lemmas for s in ctx.analysis.clauses).lower().split())
    return bool(things) and things <= said


def _slurs_used(ctx: Context, norms: list[str]) -> list[Evidence]:
    """Sentences that use a word a norm calls a slur, as a word of their own: not quoted ("the word 'Gypsy' will
    not be used") and not denied."""
    flags = []
    for norm in norms:
        if _asked_also_told(ctx, norm):
            continue
        for term in _forbidden_words(norm):
            # (its plural too: "'domestic disturbance'" is used in "called twice for domestic disturbances")
            # (A word ruled out with "a" is ruled out with any article: "never describe it as 'an object'" rules out
            # "did not drop the object". One ruled out with "the" is a label: "a juvenile" is not "the juvenile".)
            bare = re.sub(r"(?i)^(?:a|an)\s+", "", term)
            said = rf"(?:a|an|the)\s+{re.escape(bare)}" if bare != term else re.escape(term)
            word = re.compile(rf"(?i)(?<![\"“‘'\w]){said}(?:e?s)?(?![\"”’'\w])")
            # A name ruled out "on its own" is kept in a full name ("Marlene Whitecalf", a relative).
            alone = re.search(rf"{re.escape(term)}[\"”’']?\s+(?:on its own|alone|by itself)", norm)
            asked = _names_holding(term, norm)
            # A word the norm itself says of a language ("Russian is a second language for some older newcomers")
            # names no one when it names a language spoken ("for anyone who'd rather speak Armenian or Russian").
            spoken = re.search(rf"\b{re.escape(term)}\b[^.;\"“‘']{{0,30}}\blanguage", _QUOTED.sub(" ", norm))
            # (The word as lemmas: "suspects" is found, and denied, as "suspect".)
            lemma = re.compile(rf" ({said.lower()}|{re.escape(lemma_line(term).strip())}) ")
            for sentence in ctx.analysis.clauses:
                used = [m for m in word.finditer(sentence.text)
                        if (not alone or not re.search(r"\b[A-Z][\w'’-]*\s+$", sentence.text[:m.start()]))
                        and not _inside(m, asked, sentence.text)
                        and not (spoken and _AS_A_LANGUAGE.search(sentence.text[:m.start()]))
                        # (a label with its complement is the plain noun: "the subject of an inquiry")
                        and not re.match(r"\s+of\b", sentence.text[m.end():])]
                # What others were called, told as a past wrong ("officers called families at Coldwater Lane
                # pikeys in a WhatsApp group"), reports the word without using it.
                # (The parser may read the bare "called" as a participle: no word of a plan is enough.)
                reported = _NAME_CALLING.search(sentence.text) and not _PLANNED.search(sentence.text)
                if used and not reported and not any(sentence.negated(*span) and _word_denied(sentence, *span)
                                                     for span in sentence.find(lemma)):
                    flags.append(breaks_norm(sentence, norm))
    return flags


#: Verbs that say a word: what a norm rules out is kept out by "we will not call him 'the subject'".
_SAYING = frozenset("call use say describe refer label name term speak write mention publish repeat print be".split())


def _word_denied(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a negated word ruled out is itself denied ("we will not call him the subject", "he is not a
    suspect", "he was not carrying a pipe"), not only the act done to what it names ("he did not drop the object"
    still calls the cane an object)."""
    words = sentence.tokens_at(start, end)
    if not words or words[0].lower_ in ("a", "an", "any"):
        return True
    head = words[-1]
    while head.dep_ in ("compound", "amod", "det") and head.head is not head:
        head = head.head
    if any(c.dep_ == "neg" for c in head.children):
        return True  # "Eastgate Homes, not the projects"
    verb = head.head
    if head.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    return verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in _SAYING


#: A norm that keeps partners from being asked to inform ("never ask them for names or information about
#: shootings", "a partner, never as a source", "any request for names is heard as a new list").
_NO_INFORMING = re.compile(r"(?i)\b(informants?|inform on|intelligence|(?:as|a) source|(?:ask|collect|request|"
                           r"seek|gather|pass|hand over|turn over)\w*\b[^.;:]{0,80}\b(?:names?|information|"
                           r"whereabouts|tips?|lists?))\b")


#: A norm against identifying people, and the details it lists ("... or give anything that could identify them: their
#: age, school, workplace ...").
_IDENTIFYING = re.compile(r"(?i)\b(?:name|describe|identify)\s+(?:or\s+\w+\s+)?(?:the\s+)?([a-z]+)\b.*\bidentif\w*\b")
#: Each detail, as a sentence gives it: an age ("a 19-year-old", "aged 19"), a school ("a student at Prairie River
#: Community College"), a workplace ("works at the plant").
_DETAILS = {
    "age": re.compile(r"(?i)\b\d{1,2}[- ]years?[- ]old\b|\baged? \d{1,2}\b|\b\d{1,2} years of age\b"),
    "school": re.compile(r"\b(?:[A-Z][\w'’-]+\s+){1,4}(?:College|School|University|Academy)\b|(?i:\b(?:college|high "
                         r"school|university) student\b)"),
    "workplace": re.compile(r"(?i)\b(?:works|worked|working|employed) (?:at|for)\b"),
}


def _identifying_details(ctx: Context, norms: list[str]) -> list[Evidence]:
    """The details a norm lists as identifying the people it protects, given of them ("one of them is a 19-year-old
    student at Prairie River Community College", where the norm says never to give the women's age or school)."""
    flags: list[Evidence] = []
    for norm in norms:
        m = _IDENTIFYING.search(norm)
        if not m:
            continue
        listed = [d for d in _DETAILS if re.search(rf"(?i)\b{d}\b", norm[m.end():])]
        whom = next(iter(t.lemma_.lower() for t in nlp.phrase(m.group(1))), "")
        for s in ctx.analysis.clauses:
            if whom not in s.lemmas.split() and not re.search(r"(?i)\bone of them\b", s.text):
                continue
            given = [g for d in listed for g in _DETAILS[d].finditer(s.text)
                     if not _denied_at(s, g.start(), g.end())]
            if given:
                flags.append(breaks_norm(s, norm))
    return flags


#: A norm that someone is never to be named, and who ("Never name, photograph or show DeShawn's 16-year-old cousin").
_NEVER_NAMED = re.compile(r"(?i)\b(?:never|not|don['’]t)\s+(?:be\s+)?name[ds]?\b[^.:;]*?\b(cousin|brother|sister|son|"
                          r"daughter|child|friend|passenger|witness|nephew|niece|grandson|granddaughter|juvenile|"
                          r"minor|survivor|girlfriend|boyfriend)s?\b")


def _protected_person_named(ctx: Context, norms: list[str]) -> list[Evidence]:
    """The person a norm says never to name, given a name beside the word for them ("DeShawn's cousin, Jalen, 16, was
    in the passenger seat", "Jalen, his cousin, was not hurt"); not "his cousin was not hurt, and we will not name
    him"."""
    flags: list[Evidence] = []
    for norm in norms:
        m = _NEVER_NAMED.search(norm)
        if not m:
            continue
        word = rf"(?i:{m.group(1)}s?)"
        beside = re.compile(rf"\b{word},?\s+([A-Z][\w'’-]+)\b|\b([A-Z][\w'’-]+),\s+(?:(?i:his|her|their|the)\s+)"
                            rf"(?:[\w'’-]+\s+){{0,2}}{word}\b")
        for s in ctx.analysis.clauses:
            if _REFUSED_NAMING.search(s.text):
                continue
            names = [n for g in beside.finditer(s.text) for n in g.groups() if n]
            if any(t.text == n and t.pos_ == "PROPN" for n in names for t in s.span):
                flags.append(breaks_norm(s, norm))
    return flags


#: A name held back in the sentence itself ("we will not name him").
_REFUSED_NAMING = re.compile(r"(?i)\b(?:not|never|won['’]t)\s+(?:be\s+)?(?:name|identify|identified|named)\b")


def _informing_breaches(ctx: Context, norms: list[str]) -> list[Evidence]:
    """A request for names, tips or intelligence where a norm rules such requests out; not the past wrong told ("a
    Brennick detective placed an informant among your worshippers in 2016")."""
    ruling = [n for n in norms if _NO_INFORMING.search(n) and _WORDS_RULED_OUT.search(n)]
    if not ruling:
        return []
    from .public_response import informant_requests  # (public_response reads partners; this module, norms)

    # (A word alone, "the informant", names the past wrong more often than it asks for one.) Of several such norms,
    # the request breaks the one nearest it.
    asked = [h for h in informant_requests(ctx) if not _past_account(h.sentence) and len(h.phrase.split()) > 1]
    if len(ruling) > 1 and asked:
        nearest = ctx.similarity_of([h.sentence for h in asked], ruling).argmax(axis=1)
        return [breaks_norm(h.sentence, ruling[int(k)]) for h, k in zip(asked, nearest)]
    return [breaks_norm(h.sentence, ruling[0]) for h in asked]


#: What comes before a language's name: "speak Armenian or", "in", "interpreters (Armenian/".
_AS_A_LANGUAGE = re.compile(r"(?i)\b(speak\w*|spoken|in|into|translat\w*|interpret\w*)\s+\(?"
                            r"(?:[A-Z][\w'’-]*\s*(?:,|/|or|and)\s*)*$")


#: Words of a plan: a name-calling told as done has none.
_PLANNED = re.compile(r"(?i)\b(will|would|shall|going to|gonna|should|must|let's|plan\w*)\b|['’]ll\b")
#: ("called to the couple's apartment" is sent for, not named.)
_NAME_CALLING = re.compile(r"(?i)\b(called|labell?ed|branded)\b(?!\s+(?:to|for|in|out|on|off|back|up|at|upon)\b)")


@lru_cache(maxsize=256)
def _names_holding(term: str, norm: str) -> tuple[re.Pattern, ...]:
    """The longer names in the norm, outside its quotes, that hold a ruled-out word ("be called Mr. Elk Shoulder
    or Raymond: never by one word of his surname ("Elk")"): saying the whole name uses no part of it alone."""
    unquoted = _QUOTED.sub(" ", norm)
    names = re.findall(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+", unquoted)
    return tuple(re.compile(rf"\b{re.escape(name)}\b") for name in names
                 if re.search(rf"\b{re.escape(term)}\b", name) and name.lower() != term.lower())


def _inside(use: re.Match, names: tuple[re.Pattern, ...], text: str) -> bool:
    """Whether a word used falls within one of these names said whole."""
    return any(m.start() <= use.start() and use.end() <= m.end() for name in names for m in name.finditer(text))


#: A norm that asks for names written with capitals: "Write and say Gypsy, Roma and Traveller with capital letters".
_CAPITALS = re.compile(r"(?i)\bwith (?:a )?capital(?:s| letters?)?\b|\bcapitali[sz]ed\b")
#: Words of the norm's own instruction, not names it asks for.
_INSTRUCTION_WORDS = frozenset("write say use always never spell call refer".split())


#: A norm that asks officers to come out of uniform or unarmed ("with officers out of uniform and unarmed inside the
#: building"), and words that send them in uniform or armed ("in full kit", "Class A uniform, duty belts on").
_DRESS_ASKED = re.compile(r"(?i)\b(out of uniform|plain ?clothes|civilian (clothes|attire|dress)|not in uniform|"
                          r"without (a |their )?uniforms?|unarmed|no (guns?|firearms?|weapons?|sidearms?)|"
                          r"no (uniformed|(officers?|deputies|deputy) in uniform))\b")
_IN_UNIFORM = re.compile(r"(?i)\b(in (?:(?:full|their|our|dress|class|service) ){0,3}(uniform|kit|gear)|uniformed|"
                         r"class a|duty belts?|(?<!un)armed|"
                         # "I'll wear full uniform so the students see the badge"
                         r"wear(?:s|ing)? (?:(?:full|my|his|her|their|our|dress|service) ){0,3}uniforms?)\b")
_DRESS_DENIED = re.compile(r"(?i)\b(not|never|no|without|out of)\s+(\w+\s+){0,4}$")


#: Police cars a norm may keep away ("without marked cars"), and an answer may send.
_CARS = re.compile(r"(?i)\b(marked (cars?|units?|vehicles?|cruisers?)|patrol cars?|squad cars?|cruisers?)\b")
#: Common words for the occasions and places a dress norm may name.
_OCCASIONS = r"\b(event|vigil|funeral|camp|ceremony|festival|gathering|service|procession|powwow|wake|memorial|campus)"


def _denied_at(s: Sentence, start: int, end: int) -> bool:
    """Whether the parse negates the words at characters ``start:end`` of the clause ("We will not go to the camps
    in uniform or in marked cars"), read as :meth:`Sentence.negated` reads a lemma match."""
    first, last = s.span.start_char + start, s.span.start_char + end
    ks = [k for k, t in enumerate(s.span) if first <= t.idx < last]
    return bool(ks) and s.negated(s.offsets[ks[0]], s.offsets[ks[-1]] + 1)


def _dress_breaches(ctx: Context, norms: list[str]) -> list[Evidence]:
    """Officers sent in uniform or armed to the place a norm asks them to come out of uniform or unarmed ("four of you
    at the BCC in Class A uniform, duty belts on", where the BSU asks for officers out of uniform and unarmed inside
    the Black Cultural Center): the place is one the norm names, in full or by its initials."""
    flags: list[Evidence] = []
    for norm in norms:
        if not _DRESS_ASKED.search(norm):
            continue
        # The norm's names of two words or more, their shorter ends and their initials ("Black Cultural Center",
        # "Cultural Center", "BCC").
        runs = [r.split() for r in re.findall(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b", norm)]
        names = list({" ".join(r[k:]) for r in runs for k in range(len(r) - 1) if r[k] != "The"})
        # And the occasions it names in common words ("For community events and camp visits", "officers attending
        # the vigil").
        occasions = sorted(set(re.findall(_OCCASIONS, norm.lower())))
        said = re.compile(r"\b(" + "|".join([re.escape(n) for n in names] +
                                            ["".join(w[0] for w in n.split()) for n in names] +
                                            [rf"(?i:{o}\w*)" for o in occasions]) + r")\b")
        # Marked cars breach only a norm that speaks of cars ("... in plain clothes and without marked cars").
        dressed = [_IN_UNIFORM, _CARS] if _CARS.search(norm) else [_IN_UNIFORM]
        for s in ctx.analysis.clauses:
            if not (names or occasions) or _past_account(s) or not said.search(s.text):
                continue
            if any(not _DRESS_DENIED.search(s.text[:m.start()]) and not _denied_at(s, m.start(), m.end())
                   for d in dressed for m in d.finditer(s.text)):
                flags.append(breaks_norm(s, norm))
    return flags


def _capitals_ignored(ctx: Context, norms: list[str]) -> list[Evidence]:
    """Sentences that write in lower case a name a norm asks to be written with capitals ("the gypsies of Marlshire"
    for "Write and say Gypsy, Roma and Traveller with capital letters")."""
    flags: list[Evidence] = []
    for norm in norms:
        for clause in re.split(r"[.;:]\s", norm):
            if not _CAPITALS.search(clause):
                continue
            names = [w for w in re.findall(r"\b[A-Z][a-z]{2,}\b", clause[:_CAPITALS.search(clause).start()])
                     if w.lower() not in _INSTRUCTION_WORDS]
            for name in names:
                # ("gypsy", "gypsies"; never the name itself, written as asked)
                stem = name[:-1] + "(?:y|ies)" if name.endswith("y") else re.escape(name) + "s?"
                lower = re.compile(r"(?<![\w'’])" + stem[0].lower() + stem[1:] + r"\b")
                for s in ctx.analysis.clauses:
                    if lower.search(s.text) and not any(f.start == s.start for f in flags):
                        flags.append(breaks_norm(s, norm))
    return flags


def _given_names_used(ctx: Context, warned: list[tuple[str, str]]) -> list[Evidence]:
    """A name a norm rules out on its own ("Wong Mei-ling is Mrs. Wong, never Mei-ling"), written without the name
    that goes before it in the norm ("Dear Mei-ling," breaks it; "Wong Mei-ling" is her full name)."""
    flags: list[Evidence] = []
    for norm, name in warned:
        full = set(re.findall(r"([A-Z][\w'’-]+)\s+" + re.escape(name) + r"\b", norm))  # "Wong" of "Wong Mei-ling"

        def alone(s: Sentence) -> bool:
            """The name written with no family name before it."""
            return not _CONTRAST.search(s.text) and any(
                (s.text[:m.start()].split()[-1:] or [""])[0] not in full
                for m in re.finditer(r"(?<![\w'’-])" + re.escape(name) + r"\b", s.text))

        used = next((s for s in ctx.analysis.sentences if alone(s)), None)
        if used is not None:
            flags.append(breaks_norm(used, norm))
    return flags


_TITLES = frozenset("mr mrs ms miss dr rev reverend pastor father imam rabbi sheikh chief captain capt coach "
                    "council member councilman attorney bishop elder deacon sister brother".split())
#: A norm that rules first names out: in words, or by the one form of address it gives ("addressed by title and
#: surname", "is addressed as Pastor Adjei", "Zhao Yuting is Ms. Zhao").
_FIRST_NAME_NORM = re.compile(r"(?i)\b(never|not|no)\b[^.;:]{0,30}\b(first|given|christian) names?\b|"
                              r"\baddress\w* (?:only )?by (?:their )?(?:titles? and )?(?:sur|last |family )names?\b|"
                              r"\b(?:addressed as|is) (?-i:(?:" + "|".join(t.capitalize() for t in sorted(_TITLES)) +
                              r")\.? [A-Z])")
_TITLE_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(sorted(_TITLES)) + r")\.?\s+$")


def _titles_given(leader, norm: str) -> set[str]:
    """Words the scenario itself puts before a leader's surname, in an alias or in the norm ("Mother Simmons" for
    Mother Geneva Simmons): titles, whatever the list above knows."""
    surname = leader.name.split()[-1]
    forms = [*leader.aliases, *re.findall(rf"\b\w+\s+{re.escape(surname)}\b", norm)]
    # Only "title surname" ("Pastor Cedric Hollins" has the first name before the surname).
    return {f.split()[0].lower().rstrip(".") for f in forms if len(f.split()) == 2 and f.split()[-1] == surname
            and f.split()[0] not in leader.name.split()[:-1][-1:]}


def _titles_before(first: str, norm: str, aliases: list[str]) -> re.Pattern[str]:
    """The capitalised words the scenario writes right before a first name ("Doña" of "Doña Eufemia"), as a
    pattern for the end of the text before a use of that name. In the norm, not the word that starts a sentence
    ("Ask Eufemia first")."""
    before = rf"([A-Z][\w'’]*\.?)\s+{re.escape(first)}\b"
    words = {w for a in aliases for w in re.findall(rf"^{before}", a)}
    words |= set(re.findall(rf"(?<![.:;!?]\s)(?<!^)(?<=\W){before}", norm))
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(words))) + r")\s+$" if words else r"(?!)")


def _first_names_used(ctx: Context, norms: list[str]) -> list[Evidence]:
    """A leader the norm names called by the first name where it rules first names out ("Clergy are addressed by
    title and surname: Pastor Hollins, never by his first name"; "Cedric, Lorraine, Gloria:"); the full name
    ("Cedric Hollins") is no breach."""
    flags: list[Evidence] = []
    leaders = ctx.scenario.community.leaders
    for norm in norms:
        if not _FIRST_NAME_NORM.search(norm):
            continue
        named = _contacts_named(ctx, norm) or _addressed_as_the_norm_asks(leaders, norm)
        for leader in (c for c in leaders if c.name in named):
            # A title the norm asks for is no first name ("Address Leroij Atina Lokeijak as Leroij").
            titles = _TITLES | _titles_given(leader, norm)
            parts = [w for w in leader.name.split() if w.lower().rstrip(".") not in titles
                     and not re.search(rf"\bas {re.escape(w)}\b", norm)]
            if len(parts) < 2:
                continue
            first, rest = parts[0], parts[1]
            # A short form of it is the first name too ("Cora" for Corazon).
            forms = [first] + [first[:k] for k in range(4, len(first))]
            alone = re.compile(rf"(?<![\w'’-])(?:{'|'.join(map(re.escape, forms))})\b(?!\s+{re.escape(rest)})")
            # A title before it makes it the name the norm asks for ("Mrs. Wong", where the family name comes first;
            # "Doña Eufemia", where the norm or an alias puts a title before the first name).
            given = _titles_before(first, norm, leader.aliases)
            # ("I'd call him Deacon Grant, not Isaiah": the first name named to be ruled out)
            used = next((s for s in ctx.analysis.sentences if not _CONTRAST.search(s.text) and any(
                not _TITLE_BEFORE.search(s.text[:m.start()]) and not given.search(s.text[:m.start()])
                and not re.search(r"(?i)\b(?:not|never)\s+$", s.text[:m.start()])
                for m in alone.finditer(s.text))), None)
            if used is not None:
                flags.append(breaks_norm(used, norm))
                break
    return flags


def _addressed_as_the_norm_asks(leaders: list, norm: str) -> frozenset[str]:
    """For a norm that names no one ("Older residents are addressed as Mrs., Mr. or Ms. and their surname, never by
    first name"), the leaders the scenario itself calls by a title the norm gives ("Mrs. Lyle")."""
    titles = {w.lower() for w in re.findall(r"\b([A-Z][a-z]{1,3})\.", norm)} & _TITLES
    return frozenset(c.name for c in leaders if any(
        len(a.split()) == 2 and a.split()[0].lower().rstrip(".") in titles and a.split()[1] == c.name.split()[-1]
        for a in c.aliases))


def _forms_of_address(ctx: Context, warned: list[tuple[str, str]]) -> list[Evidence]:
    """A warned-against form of a name written as it stands, in any line, a letter's salutation included ("Dear
    Mr. Hersi," against "never as 'Mr. Hersi' or 'Mr. Abdi'"): one of the forms is enough."""
    flags: list[Evidence] = []
    for norm, action in warned:
        forms = [n.strip("'’") for n in _NAME.findall(action) if len(n.split()) >= 2]  # "'Mr. Hersi'" quoted
        # Only an action that is nothing but forms of names ("as Pastor Htoo or Mr. Saw").
        if not forms or _action_words(action) - {w.lower().rstrip(".") for n in forms for w in n.split()}:
            continue
        for s in ctx.analysis.sentences:
            if any(_writes_form(s, n) for n in forms) and not _CONTRAST.search(s.text) \
                    and not s.negated(0, len(s.lemmas)):
                flags.append(breaks_norm(s, norm))
                break
    return flags


_GENERIC = frozenset("go contact visit approach first any non emergency meet deputy officer office leader community "
                     "people resident".split())


_PLACES = frozenset("door doorway lobby hall room gate entrance floor yard porch building office ground grounds "
                    "premises step steps corridor hallway".split())


@lru_cache(maxsize=256)
def _who(text: str, heads: bool = False) -> frozenset[str]:
    """Whom a part of a norm names: its proper names if it has any ("Chairwoman Tallwood", "Hmong"), else its
    nouns ("elder", "family"). With ``heads``, only each name's own head: "Marshallese Youth of Ozark Ridge" is the
    Youth, not every sentence that says "Marshallese" or "Ozark Ridge"."""
    toks = [t for t in nlp.phrase(text) if t.is_alpha and not t.is_stop and t.lemma_.lower() not in _GENERIC]
    names = frozenset(t.lemma_.lower() for t in toks if t.pos_ == "PROPN" and not (heads and (
        t.dep_ in ("compound", "poss") or t.head.lower_ == "of" and t.head.head.pos_ == "PROPN")))
    # Places are where, not whom ("before any officer knocks on a tenant's door or sets up in the lobby").
    return names or frozenset(t.lemma_.lower() for t in toks if t.pos_ == "NOUN" and not C.PLACE_WORDS.search(t.text)
                              and t.lemma_.lower() not in _PLACES)


#: Words that tell contacts in the order they are made.
_IN_SEQUENCE = re.compile(r"(?i)\b(?:after (?:that|this|it|them)|afterwards?|then|later|start(?:ing)? with|"
                          r"begin(?:ning)? with)\b")


def _order_breaches(ctx: Context, norms: list[str]) -> list[Evidence]:
    """Contacting those a norm says come later before (or instead of) those it says come first:
    "knock on a few elders' doors before I bother the tribal government"."""
    flags: list[Evidence] = []
    # Every line counts as a contact made: a letter's salutation ("Dear Sheikh Abdullahi Farah,") reaches its leader.
    answer = {t.lemma_.lower() for s in ctx.analysis.sentences for t in s.span}
    for norm in norms:
        # The part of the norm that orders contacts: "remove your shoes before the prayer hall" orders none. A
        # colon starts the rule ("Protocol: the first contact ..."), one inside a time ("12:30") does not.
        parts = [m for part in re.split(r":\s", norm, maxsplit=1)[-1].split(";")
                 for m in [_ORDER.search(part.strip())] if m and _CONTACTING.search(m.group("first"))]
        if not parts:
            continue
        m = parts[0]
        first = _who(m.group("first"))
        # "Mrs. Adebayo is the Association's first point of contact: she should hear from the Chief before ...": the
        # one the pronoun stands for, named before the colon, comes first (the Chief is the writer).
        lead = re.match(r"(?i)(?:she|he|they)\b", m.group("first").strip())
        if lead and ": " in norm:
            first = _who(re.split(r"(?i)\s+(?:is|are|was|has|should|must)\b", norm.split(": ", 1)[0])[0])
        later = _who(m.group("later"), heads=True) - first
        if not first or not later:
            continue
        # Who comes first, as the words before the colon say it ("Leaders are approached first: ..."): "we will meet
        # church and community leaders, attend community events" reaches them first without their names.
        # (The generic "leaders" too: it is the whole of whom such words name.)
        subject = re.split(r"(?i)\s+(?:is|are|come|comes|go|goes|should|must)\b", norm.split(": ", 1)[0])[0]
        kinds = {t.lemma_.lower() for t in nlp.phrase(subject) if t.pos_ == "NOUN"} - first if ": " in norm else set()
        for s in ctx.analysis.clauses:
            contacts = s.find(C.MEET) or s.find(C.PERSONAL_CONTACT) or s.find(C.ATTEND)
            # The sentence's own lemmas before and after its first "before".
            cut = next((t.i for t in s.span if t.text == "before" and t.i > s.span.start), s.span.end)
            head = {t.lemma_.lower() for t in s.span.doc[s.span.start:cut]}
            tail = {t.lemma_.lower() for t in s.span.doc[cut + 1:s.span.end]}
            # (A sequence told names its contacts: "start with the Youth ..., and see the elders after that".)
            if not (contacts or _IN_SEQUENCE.search(s.text)) or _CONTRAST.search(s.text) or not (head & later) \
                    or _past_account(s):
                continue
            # "We will not approach either mosque before the Imam Council has agreed" keeps the order.
            if any(t.dep_ == "neg" and t.head.i < cut and t.head.pos_ in ("VERB", "AUX")
                   for t in s.span.doc[s.span.start:cut]):
                continue
            # Said to come before the first contact, or the first contact is never made at all.
            before_first = bool(tail & first) and not (head & first)
            # Going where one is invited ("if the Council invites us") respects the order.
            later_at = next((t.i for t in s.span if t.lemma_.lower() in later), s.span.end)
            kinds_first = any(t.lemma_.lower() in kinds for t in s.span if t.i < later_at)
            never = bool(contacts) and not (answer & first) and not kinds_first and (
                s.find(C.MEET) or s.find(C.PERSONAL_CONTACT)) and not re.search(r"(?i)\binvit|\bif\b|\bthrough\b",
                                                                                 s.text)
            # Or told in that order: "in week 1 I will start with the Youth ..., and see the elders after that".
            first_at = next((t.i for t in s.span if t.lemma_.lower() in first | kinds), None)
            reversed_order = first_at is not None and later_at < first_at and bool(_IN_SEQUENCE.search(s.text))
            if before_first and contacts or never or reversed_order:
                flags.append(breaks_norm(s, norm))
                break
    return flags


#: An offer that plans nothing: "I would welcome the opportunity to meet with you at your convenience".
_VAGUE_OFFER = re.compile(r"(?i)\b(at your convenience|feel free|welcome the opportunity|hope to|look forward to|"
                          r"at some point|one day|sometime)\b")


_BACK_REFERENCE = re.compile(r"(?i)\b(they|them|their|he|him|his|she|her)\b")


def _refers_back(ctx: Context, s: Sentence, named: list[Sentence]) -> bool:
    """Whether a clause speaks by pronoun of people named in one of the two clauses before it."""
    i = ctx.clause_index(s)
    return i is not None and bool(_BACK_REFERENCE.search(s.text)) and any(
        c in named for c in ctx.analysis.clauses[max(0, i - 2):i])


def know_key_leaders(ctx: Context) -> Finding:
    leaders = ctx.scenario.community.leaders + ctx.scenario.partners
    named: list[Sentence] = []
    for person in leaders:
        named += [s for s in ctx.mentions(person, greeting=True) if s not in named]
    # "If that day comes, I would like to call on Mr. Vang" plans a call in a crisis, not a meeting.
    # "I won't take up your time with meetings now" meets no one.
    met = {h.sentence.start for h in ctx.affirmed(C.MEET)}
    meeting = [s for s in named if s.start in met and not s.find(C.CRISIS_CALL)]
    # A letter to a leader by name goes on in the second person: "I would like to come to the Hartwell Center on a
    # date you choose" is a first meeting with Ms. Caldwell.
    first = ctx.analysis.sentences[:1]
    addressed = bool(first) and any(s is first[0] for s in named)  # a letter to the leader
    if addressed:
        meeting += [s for s in ctx.analysis.clauses if s.start in met and s not in meeting and not s.find(C.CRISIS_CALL)
                    and re.search(r"(?i)\b(you|your)\b", s.text) and not _VAGUE_OFFER.search(s.text)]
    generic = [s for s in ctx.sentences_with(C.LEADERS) if s.find(C.MEET) and s not in named]
    credits = [evidence(s, "meets a named key leader") for s in meeting[:2]]
    credits += [evidence(s, "names a leader (add a first meeting)") for s in named[:1] if s not in meeting]
    credits += [evidence(s, "plans to meet leaders in general") for s in generic[:1]]
    fraction = 1.0 if len(meeting) >= 1 and len(named) >= 2 else 0.75 if meeting else 0.4 if (named or generic) else 0.0
    names = ", ".join(p.name for p in leaders[:2]) or "the community's leaders"
    # "... once a month, not only when a case requires it" promises more than the crisis.
    flags = [phrase_evidence(h, "puts off knowing the leaders until something goes wrong")
             for h in ctx.affirmed(C.ONLY_AFTER)
             if not re.search(r"(?i)\bnot (just|only|simply) " + re.escape(h.phrase), h.sentence.text)]
    if not meeting:
        flags += [phrase_evidence(h, "keeps the leaders for a crisis instead of meeting them now")
                  for h in ctx.affirmed(C.CRISIS_CALL)]
    # In a letter to a leader (by a name the scenario gives, or any greeting in a message to leaders: "Dear Pastor
    # Mykola,"), every request is put to that leader; in a plan, to the leader it names, or refers back to ("I will
    # meet Sheikh Farah ... we need them to be our eyes and ears").
    greeted = addressed or ctx.exercise.kind == "partner-message" and bool(first) and bool(
        re.match(r"(?i)(dear|to)\b", first[0].text.strip()))
    flags += [phrase_evidence(h, "treats a leader as a source of intelligence, not a relationship")
              for h in _intelligence_asked(ctx) if greeted or h.sentence in named or h.sentence.find(C.LEADERS)
              or _refers_back(ctx, h.sentence, named)]
    return grade(fraction, dedupe(credits), dedupe(flags), violated=bool(flags),
                 violation="Get to know the leaders now, for the relationship itself, before you need them.",
                 missing=f"Name the key leaders ({names}) and a first meeting with each, before you need them.",
                 partial=f"Name {names} and when you will meet them.")
