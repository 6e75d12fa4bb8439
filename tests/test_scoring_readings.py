"""Readings the scorer must get right in an instructor's own scenarios: which person a sentence is about, what a
hedge or a negated "no one should say" leaves standing, what asks partners for intelligence, and plans that keep a
community's days, people and homes as its norms say."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

import trustlib
from trustlib.scoring.text import analyse

from test_scoring_rules import honesty

CLINIC = trustlib.load_scenario(Path(__file__).parent / "data" / "instructor-clinic.yaml")
SHOT = "At about 10:05 a.m. Tuesday one of our officers shot Dale Hughes, 41, in the clinic waiting room. "


def reasons(scenario, exercise: str, text: str, pid: str, effect: str = "flag") -> list[str]:
    report = trustlib.score_response(scenario, exercise, text)
    return [e.reason for e in report.principles[pid].evidence if e.effect == effect]


def to_officers(sentence: str, pid: str) -> list[str]:
    """The flags a message to officers about the clinic shooting gets for ``pid`` with ``sentence`` in it."""
    text = (f"Team, one of our officers shot Dale Hughes at the clinic this morning. {sentence} Peer support is at "
            "555-0190.")
    return reasons(CLINIC, "officer-message", text, pid)


# --- after an incident -----------------------------------------------------------------------------------------

def test_a_claim_of_who_did_it_is_not_made_by_a_sentence_that_names_no_one():
    passive = SHOT + "A clinic employee was also injured and is being treated."
    assert not [r for r in reasons(CLINIC, "public-statement", passive, "inform-of-facts") if "contradicts" in r]
    named = SHOT + "The receptionist was stabbed by the man before the officer fired."
    assert [r for r in reasons(CLINIC, "public-statement", named, "inform-of-facts") if "contradicts" in r]


def test_the_persons_own_story_does_not_answer_a_question_about_the_officers_words():
    text = SHOT + "When voices were raised at the desk, Mr. Hughes took out a box cutter; a few seconds later the officer fired."
    assert not [r for r in reasons(CLINIC, "public-statement", text, "inform-of-facts") if "said before firing" in r]
    told = SHOT + "The officer gave no warning before he fired."
    assert [r for r in reasons(CLINIC, "public-statement", told, "inform-of-facts") if "said before firing" in r]


def test_a_hedge_over_known_facts_is_caution_not_speculation():
    hedged = ("Preliminary information indicates that officers went to the clinic on an informant's tip, that Mr. "
              "Hughes was holding a box cutter, and that one of our officers shot him in the waiting room.")
    assert not reasons(CLINIC, "public-statement", hedged, "inform-of-facts")
    guess = SHOT + "He appears to have lunged at the officer with the box cutter."
    assert [r for r in reasons(CLINIC, "public-statement", guess, "inform-of-facts") if "not yet known" in r]


@pytest.mark.parametrize("sentence, condemns", [
    ("No one should suggest that our officer is guilty.", False),
    ("Nobody should say the officer is guilty before the Attorney General has finished.", False),
    ("Our officer is guilty, and everyone can see it.", True),
])
def test_what_no_one_should_say_is_not_said(sentence, condemns):
    got = reasons(CLINIC, "public-statement", SHOT + sentence, "inform-of-facts")
    assert any("condemns" in r for r in got) is condemns, got


def test_a_duty_status_set_by_policy_clears_no_one():
    text = SHOT + "The officer has been placed on administrative leave in accordance with department policy."
    assert not [r for r in reasons(CLINIC, "public-statement", text, "inform-of-facts") if "judgement" in r]
    assert reasons(CLINIC, "public-statement", SHOT + "The officer acted in accordance with department policy.",
                   "inform-of-facts")


@pytest.mark.parametrize("sentence", [
    "Our task force broke down the door of the flat at 6 a.m.",
    "A flash-bang thrown by one of our team exploded in the hallway.",
    "Dale Hughes was shot by Officer Ann Smith in the waiting room.",
])
def test_a_task_force_or_a_participle_with_its_agent_names_who_acted(sentence):
    got = reasons(CLINIC, "officer-message", sentence + " That is what happened.", "open-and-honest", "credit")
    assert any("active voice" in r for r in got), got


def test_the_incidents_own_informant_asks_no_partner_for_intelligence():
    told = SHOT + "The officers went there on a confidential informant's tip, and whether the informant was right is not known."
    assert not reasons(CLINIC, "public-statement", told, "engage-community-partners")


@pytest.mark.parametrize("ask", [
    "Pastor Daniels, anything your members hear about the man's friends would help us.",
    "Dr. Lewis, please have your records office send us Mr. Hughes's intake notes.",
    "Pastor Daniels, please let us know which members are talking to reporters.",
    "I'd appreciate a heads-up on what the family is planning.",
])
def test_partners_asked_to_pass_on_what_people_say_or_their_records(ask):
    text = SHOT + "Dr. Lewis, Pastor Daniels, could we meet on Thursday to listen to the neighbourhood? " + ask
    assert any("intelligence" in r for r in reasons(CLINIC, "partner-message", text, "engage-community-partners"))


@pytest.mark.parametrize("sentence, listens", [
    ("We understand that people have many questions.", False),
    ("Those are the questions the Attorney General is now examining.", False),
    ("At the meeting I will answer every question residents bring.", True),
    ("Anyone can question me about it at the forum.", True),
])
def test_listening_is_taking_peoples_questions_not_having_them(sentence, listens):
    text = SHOT + "Pastor Daniels and the Fourth Street Ministers' Fellowship will host a meeting on Thursday. " + sentence
    got = reasons(CLINIC, "public-statement", text, "engage-community-partners", "credit")
    assert any("listen" in r for r in got) is listens, got


def test_a_partner_named_only_as_the_place_is_not_reached():
    at = "Early this morning a Harmon City officer shot a man at the Eastside Community Clinic."
    assert trustlib.score_response(CLINIC, "public-statement", at).principles[
        "engage-community-partners"].level == "missed"
    met = at + " I will meet Dr. Lewis at the Eastside Community Clinic tomorrow to listen to her staff."
    assert trustlib.score_response(CLINIC, "public-statement", met).principles[
        "engage-community-partners"].level != "missed"


def test_a_file_nobody_outside_the_team_read_is_no_code_of_silence():
    text = ("I am sorry. The note sat in a file nobody outside the team read, and that is on us. "
            "The Attorney General will decide what each of us did wrong.")
    assert not reasons(CLINIC, "officer-message", text, "accountability-with-officer-rights")
    loyal = "Nobody outside this department understands what you face, and we take care of our own."
    assert reasons(CLINIC, "officer-message", loyal, "accountability-with-officer-rights")


# --- before an incident: the Riverside plan with norms an instructor wrote in their own shapes --------------------

def _scenario_from_text(data: str):
    """A scenario an instructor edited, loaded from a file of its own."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "edited.yaml"
        path.write_text(data, encoding="utf-8")
        return trustlib.load_scenario(path)


def _riverside_with_norms(norms: list[str], edit: tuple[str, str] = ("", "")):
    """Riverside with these norms, and ``edit`` (old text, new text) made to the rest of the file."""
    data = (Path(__file__).parent.parent / "scenarios" / "riverside-before.yaml").read_text(encoding="utf-8")
    start = data.index("  cultural_norms:\n")
    end = data.index("  trust_level:")
    data = data[:start] + "  cultural_norms:\n" + "".join(f"    - \"{n}\"\n" for n in norms) + data[end:]
    return _scenario_from_text(data.replace(*edit) if edit[0] else data)


NORMS = _riverside_with_norms([
    "Friday from noon to 2:30 p.m. belongs to prayer at Masjid Al-Nur: no visits, meetings or calls then.",
    "Denise Holloway and Marcus Bell, who are suing the city over the 2019 warrant, are not to be asked to appear "
    "at a police event or presented as partners of the precinct.",
    "Interpreting is done by professional interpreters, never by a child of the family or an officer pulled off patrol.",
    "A male officer does not go into a Somali home where only women are present.",
])


def norm_flags(text: str, scenario=None) -> list[str]:
    """The local norms a plan breaks (in NORMS unless another scenario is given)."""
    return [r for r in reasons(scenario or NORMS, "engagement-plan", text, "cultural-awareness") if "local norm" in r]


@pytest.mark.parametrize("sentence, breaks", [
    ("I would like to come by Masjid Al-Nur next Friday around one o'clock to greet everyone after prayer.", True),
    ("I will visit Imam Warsame next Friday at 4 p.m.", False),
    ("I have asked Imam Warsame for a meeting at a time that avoids Friday prayer.", False),
    ("There will be no parking tickets near the mosque during Friday prayer.", False),
    ("If the mosque invites me, I will come to Friday prayer as a guest.", False),
])
def test_a_day_a_norm_keeps_for_prayer(sentence, breaks):
    assert bool(norm_flags(sentence)) is breaks


@pytest.mark.parametrize("sentence, breaks", [
    ("We will be a visible presence at community events throughout the spring.", False),
    ("Ms. Holloway and Mr. Bell will be asked to appear at our police open house as partners of the precinct.", True),
])
def test_an_act_done_to_named_people_is_done_only_where_they_are_named(sentence, breaks):
    assert bool(norm_flags(sentence)) is breaks


@pytest.mark.parametrize("sentence, breaks", [
    ("Patrol officers will spend more time out of their cars on Riverside Avenue.", False),
    ("We will have an officer pulled off patrol interpret for the Hmong families.", True),
    ("I will meet the Somali women's group at Casa Esperanza with a female officer.", False),
    ("I will go into Somali homes to introduce myself, whoever is at home.", True),
])
def test_a_circumstance_or_a_place_belongs_to_its_act(sentence, breaks):
    assert bool(norm_flags(sentence)) is breaks


REST_AND_LANGUAGE = _riverside_with_norms([
    "From sundown on Friday until nightfall on Saturday the Tefillah families do not use the phone: no calls, "
    "messages, meetings or visits on police business then.",
    "Hmong, not Lao, is the language of the clan elders; letters and interpreters should be Hmong.",
])


@pytest.mark.parametrize("sentence, breaks", [
    # The day is kept from its evening: a Friday-morning call keeps it, a Friday-evening one does not.
    ("I will phone Rabbi Levin on Friday evening to introduce myself.", True),
    ("I will phone Rabbi Levin on Friday morning to introduce myself.", False),
    # A meeting set on the day, whatever verb the sentence hangs it from.
    ("I will ask Rabbi Levin to gather the elders for our first meeting on Saturday after prayers.", True),
    ("I will ask Rabbi Levin to gather the elders for our first meeting on Sunday.", False),
    # A letter in the language the norm puts aside, with no word of the one it names.
    ("I have had my letter to the clan elders put into Lao.", True),
    ("My letter to the clan elders will be in Hmong, with a Lao copy for anyone who asks.", False),
    ("The letter will not be in Lao.", False),
])
def test_a_day_kept_from_its_evening_and_a_language_put_in_place_of_another(sentence, breaks):
    got = [r for r in reasons(REST_AND_LANGUAGE, "engagement-plan", sentence, "cultural-awareness")
           if "local norm" in r]
    assert bool(got) is breaks, got


PAPERS = _riverside_with_norms([
    "At the hiring corner on Fifth Street nobody is asked for papers or has a name run; it is where men wait for "
    "a day's work, and one check there empties it for a month.",
])


@pytest.mark.parametrize("sentence, breaks", [
    ("At the hiring corner on Fifth Street, officers will check the papers of the men waiting for work.", True),
    ("Officers will run the names of the men waiting for work at the Fifth Street corner.", True),
    ("At the hiring corner on Fifth Street, officers will not check the papers of the men waiting for work.", False),
])
def test_enforcement_where_a_norm_about_enforcement_speaks_breaks_it(sentence, breaks):
    got = [r for r in reasons(PAPERS, "engagement-plan", sentence, "cultural-awareness") if "local norm" in r]
    assert bool(got) is breaks, got


VENUE = _riverside_with_norms(["Riverside community meetings are held at the Eastgate Library or a temple, not at "
                               "the police station."])


@pytest.mark.parametrize("sentence, breaks", [
    # The police's buildings are one place, whatever the plan calls them.
    ("I'll meet the Hmong families and the tenants on weekday mornings at headquarters.", True),
    ("We will hold the listening session in the community room at the Northside precinct.", True),
    ("I will invite the clan elders to HQ for tea.", True),
    # Kept away from, only come from, another kind of station, or told as what was done: none sets a meeting there.
    ("I'll meet the tenants at the Eastgate Library, never at headquarters.", False),
    ("Sergeant Ruiz from headquarters will join me at the Eastgate Library.", False),
    ("We will meet the families at the bus station before the shuttle to the temple.", False),
    ("Last year we held a meeting at the police station and nobody came.", False),
])
def test_a_meeting_on_police_premises_breaks_a_norm_that_keeps_meetings_off_them(sentence, breaks):
    got = [r for r in reasons(VENUE, "engagement-plan", sentence, "cultural-awareness") if "local norm" in r]
    assert bool(got) is breaks, got


ADDRESS = _riverside_with_norms(["Clan elders are addressed by title and surname, as Mr. Vang, never by first name."])


@pytest.mark.parametrize("sentence, kept", [
    ("Foot patrols start on 3 March; I will send Mr. Vang the schedule.", True),
    ("Foot patrols start on 3 March; I will send the clan leader the schedule.", False),
])
def test_the_form_of_address_a_norm_asks_for_keeps_it(sentence, kept):
    got = reasons(ADDRESS, "engagement-plan", sentence, "cultural-awareness", "credit")
    assert any("applies a local norm" in r for r in got) is kept, got


RIVERSIDE = trustlib.load_scenario("riverside-before")


CALLS = _riverside_with_norms([
    "Never phone an international student unannounced: scam callers posing as police have made a call from the "
    "police the sign of a fraud.",
    "Somali Bantu families speak Maay Maay, not standard Somali: use Maay Maay interpreters, never a standard Somali "
    "interpreter.",
    "The Diabetes Alliance asks officials to use person-first language: a man with type 1 diabetes, not a diabetic.",
])


@pytest.mark.parametrize("sentence, breaks", [
    ("Officer Liu will ring every international student, unannounced, to introduce himself.", True),
    # The people the act is done to, named without the act; the act done by them, to us.
    ("I will meet the leaders of the international student association on campus.", False),
    ("We want international students to phone us whenever they are worried.", False),
    ("We will bring a standard Somali interpreter to the meeting.", True),
    # "Somali" only inside the community's name, beside the language the norm asks for.
    ("Interpretation for Somali Bantu residents will be in Maay Maay.", False),
    # What the norm asks for in place of the label is not the label.
    ("Anyone who reports diabetes will see paramedics.", False),
    ("He told the officer he was diabetic.", False),
])
def test_the_act_a_norm_forbids_not_its_people_its_names_or_what_it_asks_for(sentence, breaks):
    assert bool(norm_flags(sentence, CALLS)) is breaks


def plan_flags(text: str, pid: str) -> list[str]:
    return reasons(RIVERSIDE, "engagement-plan", text, pid)


@pytest.mark.parametrize("sentence, flagged", [
    ("The mosque and the Hmong families are quiet; we'll get to them next year.", True),
    ("I will not be meeting the tenants' association while they are suing the city.", True),
    ("I will not meet the elders until Mr. Vang has introduced me.", False),
    ("I will also seek out the groups that never call us, like the tenants' association.", False),
    # declined in a part of its own, the group named the sentence before
    ("The tenants' association is served through existing programs. I don't plan separate meetings with them at "
     "this stage; our officers can connect with anyone who calls us.", True),
    # A denial in another clause denies no meeting.
    ("Week one I'd call Mr. Garang at the Dinka association and Mr. Gatkuoth at the Nuer association, separately, "
     "they are not one community and I'm not going to treat them as one.", False),
    # A young person's family is no community group.
    ("We would not contact the young person's family, and we would say nothing that could out them.", False),
])
def test_groups_shut_out_or_put_off(sentence, flagged):
    text = "I will meet Reverend Benton and the PTA in my first week. " + sentence
    assert any("leaves groups out" in r for r in plan_flags(text, "meet-all-groups")) is flagged


def test_foot_beats_are_face_to_face_contact():
    text = ("Foot beats start on 16 June: two officers on Riverside Avenue, Tuesday to Thursday, 2 to 6 p.m. They "
            "are there to talk, not to stop people.")
    assert trustlib.score_response(RIVERSIDE, "engagement-plan", text).principles["engage-personally"].level == "met"


@pytest.mark.parametrize("sentence", [
    "If the tenants invite us to Family Day in August, we'll come as guests.",
    "Two officers will referee the youth league's Friday games.",
])
def test_going_as_guests_or_to_referee_is_showing_up(sentence):
    assert "attends a community event" in reasons(RIVERSIDE, "engagement-plan", sentence,
                                                  "show-up-at-community-events", "credit")


@pytest.mark.parametrize("sentence, flagged", [
    ("Officers will verify the workers' identification at the hiring corner each morning.", True),
    ("At the corner, officers will check IDs each morning so we know who is there.", True),
    ("Officers will ask about immigration status where it seems relevant.", True),
    ("Officers will not check anyone's ID at the corner.", False),
    ("No one will be asked about immigration status.", False),
])
def test_meeting_people_with_a_check_of_their_papers(sentence, flagged):
    assert bool(plan_flags(sentence, "respect-every-encounter")) is flagged


@pytest.mark.parametrize("text, level", [
    ("4. Every stop.\n\nName, reason, and a card with the complaint line.", "met"),
    ("Every resident deserves to be treated with dignity and respect.", "partial"),
    ("I am writing to introduce myself as the new lieutenant, with respect.", "partial"),
])
def test_respect_in_practice_is_what_every_stop_gives(text, level):
    assert trustlib.score_response(RIVERSIDE, "engagement-plan", text).principles[
        "respect-every-encounter"].level == level


@pytest.mark.parametrize("sentence, pid", [
    ("Whatever the Chief decides to put out, you'll see it on the news like everyone else.",
     "include-officers-in-messaging"),
    ("I don't want to hear about anybody needing to talk to someone over this.", "support-officers"),
    ("For updates, watch the department's public Facebook page and the local news like everybody else.",
     "include-officers-in-messaging"),
    ("I will not be sending separate internal briefings.", "include-officers-in-messaging"),
    ("You'll see our statement on the news tonight at 7:45.", "include-officers-in-messaging"),
    ("The media cycle doesn't wait for roll call, so keep an eye on the department's social media pages.",
     "include-officers-in-messaging"),
    ("Those who need to 'process' can do that on their own time.", "support-officers"),
])
def test_officers_left_to_the_news_or_told_they_need_no_support(sentence, pid):
    text = "Team, one of our officers shot a man at the Eastside clinic this morning. " + sentence
    assert trustlib.score_response(CLINIC, "officer-message", text).principles[pid].level == "violated"


@pytest.mark.parametrize("sentence, dismisses", [
    ("Counselling is hand-holding, and this team doesn't need it.", True),
    # Others' word for the plan, reported.
    ("Some of you are calling this plan hand-holding; I'd ask you to keep an open mind.", False),
    ('I will be at every roll call to take the hard questions, "hand-holding" included.', False),
    # Support mocked in words of its own.
    ("Nobody in this unit needs to be lying on some counselor's couch over this.", True),
    ("Nobody here needs somebody with a notepad telling them how they feel.", True),
    ("If you need counselling to talk to a grieving family, you're in the wrong job.", True),
    # Being in the wrong job for what one defends, not for needing help, dismisses no support.
    ("If anyone here wants to defend what he did, you are in the wrong profession.", False),
    ("Nobody needs to go to the counselling session alone: Dr. Lee will walk over with you.", False),
])
def test_support_mocked_in_words_of_its_own_not_in_others(sentence, dismisses):
    got = to_officers(sentence, "support-officers")
    assert any("dismisses the need for support" in r for r in got) is dismisses, got


@pytest.mark.parametrize("sentence", [
    "There's no time to run it past everybody, so you'll see it when the rest of Harmon City does.",
    "Read about it Wednesday morning with your coffee like the rest of town.",
    "Public information will be issued by the press office, and members may access it through the department "
    "website.",
    "Members are directed to familiarise themselves with it through the usual media channels once it has been "
    "broadcast.",
    "The Gazette's doing a piece on it the same day, so have a read and you'll be up to speed.",
])
def test_officers_sent_to_read_it_with_the_town_or_on_the_website(sentence):
    text = f"Team, one of our officers shot Dale Hughes at the clinic this morning. {sentence}"
    assert trustlib.score_response(CLINIC, "officer-message", text).principles[
        "include-officers-in-messaging"].level == "violated"


def test_an_update_in_the_inbox_before_it_goes_out_and_the_investigators_given_everything():
    text = ("Team, one of our officers shot Dale Hughes at the Eastside clinic this morning. I've asked the "
            "Attorney General to investigate, and we will give them everything. Tomorrow's noon update will be in "
            "your inbox and read at roll call by 11 a.m.")
    report = trustlib.score_response(CLINIC, "officer-message", text)
    credits = [e.reason for p in ("include-officers-in-messaging", "accountability-with-officer-rights")
               for e in report.principles[p].evidence if e.effect == "credit"]
    assert "officers will see what the agency says before the media do" in credits
    assert "centres accountability and responsibility" in credits


def test_owning_that_officers_heard_it_from_the_news_last_time_leaves_no_one_out_now():
    text = ("Team, one of our officers shot a man at the Eastside clinic this morning. I know many of you heard our "
            "statement on the news first last time, and I know how that felt.")
    assert trustlib.score_response(CLINIC, "officer-message", text).principles[
        "include-officers-in-messaging"].level != "violated"


def test_an_instruction_to_officers_not_to_comment_online_is_not_stonewalling():
    text = ("Team, one of our officers shot Dale Hughes at the Eastside clinic this morning. Please don't comment "
            "on this online.")
    assert not [r for r in reasons(CLINIC, "officer-message", text, "open-and-honest") if "stonewalling" in r]
    refused = SHOT + "We will not comment further."
    assert [r for r in reasons(CLINIC, "public-statement", refused, "open-and-honest") if "stonewalling" in r]


@pytest.mark.parametrize("said, stonewalls", [
    ("On Monday our spokesperson said we do not comment on ongoing investigations. That was the wrong answer.",
     False),
    ('Telling reporters on Monday that we "do not comment on ongoing investigations" was also wrong.', False),
    ("On Monday our spokesperson said we do not comment on ongoing investigations, and that is still our position.",
     True),
])
def test_an_earlier_refusal_told_and_disowned_is_no_refusal(said, stonewalls):
    got = reasons(CLINIC, "public-statement", SHOT + said, "open-and-honest")
    assert any("stonewalling" in r for r in got) is stonewalls, got


@pytest.mark.parametrize("said, stonewalls", [
    ("It would be inappropriate for the department to make any further comment until the Attorney General has "
     "finished.", True),
    ("The Department will refrain from further public remarks pending the conclusion of the review.", True),
    # A verdict left to the investigators withholds a judgement, not the facts.
    ("It would be inappropriate to comment on whether the officer was justified; that is for the Attorney "
     "General's Office to decide.", False),
    # Nor is a verdict on the officer kept out of a process still ahead, as due process asks.
    ("He will have a full hearing, and I will not comment on his conduct before the review is finished.", False),
    ("He is presumed innocent, and the department will not comment on the merits of the criminal case.", False),
    ("The department will not comment on his conduct.", True),
    # The evidence kept out of a trial still ahead, likewise; kept back for no reason, it is a refusal.
    ("He is presumed innocent, the matter is before the court, and the department will not comment on the "
     "evidence.", False),
    ("The department will not comment on the evidence.", True),
    ("No further statements will be issued.", True),
])
def test_a_refusal_in_formal_words_is_still_a_refusal(said, stonewalls):
    got = reasons(CLINIC, "public-statement", SHOT + said, "open-and-honest")
    assert any("stonewalling" in r for r in got) is stonewalls, got


@pytest.mark.parametrize("sentence, condemns", [
    ("If our officer broke the rules, he'll be sacked, full stop.", True),   # the sanction on the bare facts
    ("If the investigation finds he broke the rules, he will be disciplined.", False),
    ("If the review finds he broke policy, he will be fired.", False),
])
def test_a_sanction_promised_on_a_condition_waits_only_on_a_finding(sentence, condemns):
    got = to_officers(sentence, "accountability-with-officer-rights")
    assert any("promises punishment" in r for r in got) is condemns, got


def test_a_dismissal_announced_before_the_review_condemns():
    text = ("Team, one of our officers shot Dale Hughes at the Eastside clinic this morning. After watching the "
            "video I can tell you he will not be coming back to this department.")
    assert trustlib.score_response(CLINIC, "officer-message", text).principles[
        "accountability-with-officer-rights"].level == "violated"


EASTGATE = trustlib.load_scenario("eastgate-restraint-video")  # wrongdoing established


@pytest.mark.parametrize("owning", [
    "The department failed Mr. Watkins and his family, and as chief, I am responsible.",
    "Those are my failures as the chief who leads this department.",
])
def test_owning_a_finding_as_the_chief(owning):
    text = "On Thursday night one of our officers punched Jerome Watkins outside the Quik-Mart. " + owning
    assert any("owns the wrongdoing" in r for r in reasons(EASTGATE, "public-statement", text, "admit-wrongdoing",
                                                           "credit"))


def test_one_bad_moment_in_a_good_career_minimises_a_finding():
    text = ("On Thursday night one of our officers punched Jerome Watkins outside the Quik-Mart. It was wrong, and I "
            "am sorry. In fairness to the officer, this was one bad moment in nine years of otherwise good service.")
    got = reasons(EASTGATE, "public-statement", text, "admit-wrongdoing")
    assert any("plays down established wrongdoing" in r for r in got), got


@pytest.mark.parametrize("sentence, delayed", [
    ("The full report will be made public once the District Attorney's review and all disciplinary proceedings "
     "have concluded.", True),
    ("I will be in touch when there is more to share.", True),
    ("We will share what we can with the ministers when the time is appropriate.", True),
    ("The full report goes on our website Friday.", False),
    ("The body-camera video comes out Friday at noon.", False),
])
def test_a_release_waits_on_a_date_not_on_proceedings(sentence, delayed):
    text = SHOT + sentence
    finding = trustlib.score_response(CLINIC, "public-statement", text).principles["transparency-and-accountability"]
    assert (finding.level == "violated") is delayed
    assert any("clock" in e.reason for e in finding.evidence) is not delayed


def test_a_letter_to_a_leader_by_name_plans_a_meeting_in_the_second_person():
    letter = ("Dear Imam Warsame,\n\nI am the new lieutenant for Riverside. I would like to come to Masjid Al-Nur on "
              "a Tuesday morning that suits you, to listen more than talk.")
    vague = ("Dear Imam Warsame,\n\nI am the new lieutenant for Riverside. I would welcome the opportunity to meet "
             "with you at your convenience.")
    level = lambda text: trustlib.score_response(RIVERSIDE, "engagement-plan", text).principles[
        "know-key-leaders"].level
    assert level(letter) == "met"
    assert level(vague) == "partial"


@pytest.mark.parametrize("sentence, clears", [
    ("Our patrolman had seconds to make a decision no one would want to make.", True),
    ("Our officer made that decision to keep the staff around him safe.", True),
    ("We have seconds to act in an emergency, so we train every week.", False),
    ("Our officers responded exactly as any reasonable officer would have.", True),
    ("Any one of you, standing in that waiting room with a blade in front of you, would have done the same.", True),
    ("There is no suggestion at this stage that the officer acted outside his training.", True),
    ("Officers were required to make decisions within a matter of seconds.", True),
    ("Whether he acted outside his training is for the Attorney General to decide.", False),
])
def test_seconds_to_decide_excuse_the_officer_before_the_facts(sentence, clears):
    got = trustlib.score_response(CLINIC, "public-statement", SHOT + sentence).principles["admit-wrongdoing"]
    assert (got.level == "violated") is clears


def test_a_review_said_to_be_ongoing_leaves_its_question_open():
    text = SHOT + "The Attorney General's review of possible criminal charges is ongoing."
    assert not [r for r in reasons(CLINIC, "public-statement", text, "inform-of-facts") if "not yet known" in r]


@pytest.mark.parametrize("sentence, flagged", [
    ("That man has prior drug convictions.", True),
    ("We will not discuss anyone's prior convictions.", False),
])
def test_a_record_with_a_word_between(sentence, flagged):
    got = reasons(CLINIC, "public-statement", SHOT + sentence, "no-victim-demonizing")
    assert any("on trial" in r for r in got) is flagged, got


@pytest.mark.parametrize("sentence, hides", [
    ("It asks whether our policy on distraction devices was followed.", False),
    ("A distraction device was deployed in the hallway.", True),
    # a practice suspended is named, not told
    ("Effective today, I have suspended all K9 apprehension searches of yards and sheds.", False),
    ("The K9 apprehension took place in the shed.", True),
])
def test_a_policys_own_name_hides_no_one(sentence, hides):
    got = reasons(CLINIC, "public-statement", sentence, "open-and-honest")
    assert any("euphemism" in r for r in got) is hides, got


def test_force_in_an_agencys_name_is_not_what_happened():
    text = ("The Harmon City Police Force remains committed to transparency, accountability and respect. We value "
            "honesty in everything we do. Trust is the foundation of policing.")
    got = reasons(CLINIC, "public-statement", text, "open-and-honest")
    assert not any("without ever saying who did it" in r for r in got), got


def test_a_dispatcher_is_one_of_the_police_who_act():
    text = "A caller phoned 911. Our dispatcher sent the call out as 'man with a gun'."
    assert any("active voice" in r for r in reasons(CLINIC, "officer-message", text, "open-and-honest", "credit"))


@pytest.mark.parametrize("text", [
    "Yesterday evening one of our horses knocked down a woman outside the clinic.",
    # The commander's order owned as a breach of the agency's own rule.
    "The review has found the order to clear the waiting room broke our own policy.",
])
def test_a_police_horse_or_a_commanders_order_names_who_acted(text):
    assert any("active voice" in r for r in reasons(CLINIC, "officer-message", text, "open-and-honest", "credit"))


@pytest.mark.parametrize("text", [
    "Last night one of our highway patrol cars was pursuing a stolen car when it hit a man on the crossing.",
    # A breach owned as "that", after the clause that told what the officers did.
    "Radio told our officers to end the pursuit, and they kept going. That broke our pursuit policy.",
])
def test_a_pursuit_is_told_by_the_patrol_car_or_by_the_breach_just_told(text):
    assert any("active voice" in r for r in reasons(CLINIC, "officer-message", text, "open-and-honest", "credit"))


@pytest.mark.parametrize("involving, level", [
    ("one of our patrol officers", "partial"),
    ("one of our patrol vehicles", "vague"),   # the car, not who drove it
])
def test_an_incident_involving_a_patrol_car_does_not_say_the_police_acted(involving, level):
    text = f"There was an incident on Fourth Street this morning involving {involving}. We will keep you informed."
    assert honesty(CLINIC, "officer-message", text) == level


def test_a_thing_used_by_the_police_names_who_acted():
    text = "Two weeks ago a flash-bang used by our task force injured a 19-month-old boy."
    assert any("active voice" in r for r in reasons(CLINIC, "officer-message", text, "open-and-honest", "credit"))


@pytest.mark.parametrize("sentence, level", [
    # The officer's act named as the officer's noun says who acted, though not plainly what was done.
    ("Our review has found that the officer's use of force violated policy.", "partial"),
    ("Our review has found that the use of force violated policy.", "vague"),
])
def test_an_act_named_as_the_officers_own_noun_says_who_acted(sentence, level):
    text = f"I am writing to you about the clinic incident. {sentence} We will keep you informed."
    assert honesty(CLINIC, "partner-message", text) == level


@pytest.mark.parametrize("sentence, answers", [
    # An open question of why is answered by a reason, not by the act it asks about.
    ("In the waiting room Mr. Hughes took out a box cutter, and the officer fired.", False),
    ("Mr. Hughes took out the box cutter because he thought the officers had come to hurt him.", True),
    ("Mr. Hughes took out the box cutter to defend himself.", True),
])
def test_a_question_of_why_is_answered_only_by_a_reason(sentence, answers):
    got = reasons(CLINIC, "public-statement", SHOT + sentence, "inform-of-facts")
    assert any("box cutter" in r and "not yet known" in r for r in got) is answers, got


@pytest.mark.parametrize("sentence", [
    "Whether there are criminal charges is up to the Attorney General, and she hasn't decided.",
    "The Attorney General has not yet decided whether to bring charges.",
])
def test_a_decision_not_yet_made_is_said_to_be_open(sentence):
    assert not reasons(CLINIC, "week-statement", SHOT + sentence, "inform-of-facts")


@pytest.mark.parametrize("sentence, contradicts", [
    # A time ties a sentence to its own fact: the man's death, not the receptionist's ("he died" there tells of him).
    ("He died at 10:52 that morning.", False),
    ("She died.", True),
    # The opposite state is not the claim, however close the encoder puts the two.
    ("The body camera was on.", False),
    ("The body camera was off.", True),
    # The fact's own time tells the fact, not the claim that has none.
    ("At 10:07 the officers called for an ambulance.", False),
    ("The officers called for an ambulance the moment they arrived.", True),
    # ... but the claim word for word is the claim, at whatever time.
    ("At 10:07 the officers called for an ambulance the moment they arrived.", True),
    # A report of the claim called untrue in its own sentence is the correction.
    ("Reports online that the officers called for an ambulance the moment they arrived are untrue.", False),
    # A question named as a heading asks; it states nothing.
    ("Why the officers took two minutes to call for an ambulance.", False),
])
def test_a_claim_against_a_fact_is_read_in_its_own_words(sentence, contradicts):
    got = reasons(CLINIC, "public-statement", SHOT + sentence, "inform-of-facts")
    assert any("contradicts" in r for r in got) is contradicts, got


@pytest.mark.parametrize("sentence, answers", [
    # A question of what will be is not answered by what has happened, nor by a wish.
    ("Ms. Soto was hit in the arm; she has had surgery and is recovering.", False),
    ("We wish Ms. Soto a full recovery.", False),
    ("We are thinking of her family, and we wish Ms. Soto a full recovery of her arm.", False),
    ("Her doctors expect Ms. Soto to recover full use of her arm.", True),
])
def test_a_question_of_what_will_be_is_answered_only_looking_ahead(sentence, answers):
    got = reasons(CLINIC, "public-statement", SHOT + sentence, "inform-of-facts")
    assert any("recover" in r and "not yet known" in r for r in got) is answers, got


@pytest.mark.parametrize("sentence, flagged", [
    # a rule about anyone is not said of the person
    ("Our policy forbids firing at someone who is only passively non-compliant.", False),
    ("Mr. Hughes was non-compliant.", True),
    # a question listed under what is not known casts no one as the threat
    ("What we do not know yet:\n\n- Whether Mr. Hughes lunged at the officer.", False),
    ("Mr. Hughes lunged at the officer.", True),
])
def test_only_what_is_said_of_the_person_puts_him_on_trial(sentence, flagged):
    assert bool(reasons(CLINIC, "public-statement", SHOT + sentence, "no-victim-demonizing")) is flagged


@pytest.mark.parametrize("sentence, credit", [
    # Dates written day first or by part of the month, and a next update in plain words, are clocks.
    ("We will post the footage on 31 July.", "commits to release on a stated clock"),
    ("By mid-July we will put the figures on our website.", "commits to release on a stated clock"),
    ("We'll have more for you tomorrow at noon.", "says when the next update comes"),
])
def test_clocks_in_an_instructors_own_words(sentence, credit):
    assert credit in reasons(CLINIC, "public-statement", SHOT + sentence, "transparency-and-accountability",
                             "credit")


def test_leaving_to_the_investigators_whether_the_officer_was_right():
    text = SHOT + ("The Attorney General is handling this, not us, and will decide whether what our officer did "
                   "was right.")
    assert "leaves the judgement to the facts and the investigation" in reasons(
        CLINIC, "public-statement", text, "admit-wrongdoing", "credit")


def _clinic_with(extra_fact: str, extra_unknown: str):
    data = (Path(__file__).parent / "data" / "instructor-clinic.yaml").read_text(encoding="utf-8")
    return _scenario_from_text(data.replace("  unknowns:\n", extra_fact + "  unknowns:\n" + extra_unknown, 1))


SIGN = _clinic_with('    - text: A sign at the clinic door says the waiting room is a weapons-free zone.\n',
                   '    - id: sign\n      text: whether the officers saw the clinic\'s sign that the waiting room is a '
                    'weapons-free zone\n      asserted_by: ["the officers saw the sign and ignored it"]\n')


@pytest.mark.parametrize("sentence, states", [
    # Close to the claim and with a word of its own, it says the claim, though not every word of it.
    ("The officers walked straight past the weapons-free sign and ignored it.", True),
    ("The clinic has a sign at the door.", False),
])
def test_a_claim_said_very_nearly_with_a_word_of_its_own(sentence, states):
    got = reasons(SIGN, "public-statement", SHOT + sentence, "inform-of-facts")
    assert any("sign" in r and "not yet known" in r for r in got) is states, got


@pytest.mark.parametrize("sentence, pid, reason", [
    ("After the officer fired, Mr. Hughes lost his footing and hit his head.", "open-and-honest", "euphemism"),
    ("A phone held by a relative is not a neutral witness, and fifty seconds is not the whole story.",
     "open-and-honest", "explains the evidence away"),
    ("There is nothing more we can add right now.", "open-and-honest", "stonewalling"),
    ("I'd ask the ministers' leadership to help us keep folks calm.", "engage-community-partners", "calm"),
    ("Our officer had to decide fast with an agitated man in front of him, and he made the one our instructors "
     "teach.", "admit-wrongdoing", "justified"),
])
def test_harm_told_in_folksy_words(sentence, pid, reason):
    got = reasons(CLINIC, "public-statement", SHOT + sentence, pid)
    assert any(reason in r for r in got), got


@pytest.mark.parametrize("sentence", [
    "We share the family's worry tonight and wish Mr. Hughes's family strength.",
    "Those are our failures, not Mr. Hughes's, and I ask his family's forgiveness.",
    "We wish Ms. Soto a full recovery.",
])
def test_sympathy_in_an_instructors_own_words_acknowledges_the_family(sentence):
    text = SHOT + sentence
    assert trustlib.score_response(CLINIC, "public-statement", text).principles["no-victim-demonizing"].level == "met"


@pytest.mark.parametrize("sentence", [
    "There is no way to justify that.",
    "There is no way to watch the video and call this a justified shooting.",
])
def test_no_way_to_justify_it_condemns_before_the_review(sentence):
    got = reasons(CLINIC, "public-statement", SHOT + sentence, "inform-of-facts")
    assert any("condemns the officer" in r for r in got), got


def test_a_wish_for_the_person_says_nothing_of_who_did_what():
    text = ("Officers responded to the clinic this morning, and a man was shot. We wish him a full and speedy "
            "recovery.")
    assert not reasons(CLINIC, "public-statement", text, "open-and-honest", "credit")


def test_failing_to_follow_instructions_casts_the_person_as_the_threat():
    text = SHOT + "Mr. Hughes had twice failed to follow instructions."
    assert any("casts the person as the threat" in r for r in reasons(CLINIC, "public-statement", text,
                                                                      "no-victim-demonizing"))


def test_enforcement_recalled_in_a_letter_is_not_offered():
    text = ("I know that the last time you sat down with a chief it was to protest the sweeps on Riverside Avenue. "
            "I would like to walk Riverside Avenue with you every Tuesday afternoon.")
    assert not plan_flags(text, "engage-personally")
    assert plan_flags("Officers will run sweeps on Riverside Avenue every Tuesday to meet residents.",
                      "engage-personally")


def test_a_settled_question_in_the_incidents_own_words_is_still_called_open():
    # Every word of the question is in the incident's summary but "told" and "went": those tie nothing.
    stale = ("A week ago one of our officers shot Dale Hughes in the clinic waiting room. We still do not know what "
             "the officers knew about Mr. Hughes before they went in.")
    assert [r for r in reasons(CLINIC, "week-statement", stale, "inform-of-facts") if "now known" in r]


@pytest.mark.parametrize("sentence, informant", [
    ("In return, I'd ask you to let us know quietly which of the men at the corner have records or gang ties.", True),
    ("A detective placed an informant in your congregation in 2016, and the department never said so.", False),
])
def test_a_letter_to_a_leader_puts_every_request_to_that_leader(sentence, informant):
    letter = "Dear Imam Warsame,\n\nI would like to come to Masjid Al-Nur on a Tuesday morning that suits you. " + sentence
    got = plan_flags(letter, "know-key-leaders")
    assert any("intelligence" in r for r in got) is informant, got


def test_informed_as_appropriate_is_an_open_delay():
    text = SHOT + "I'll keep you informed as appropriate."
    assert trustlib.score_response(CLINIC, "partner-message", text).principles[
        "transparency-and-accountability"].level == "violated"


@pytest.mark.parametrize("sentence, pid, flagged", [
    ("The EAP number is on the intranet for anyone who feels they need it.", "support-officers", True),
    ("Let's not make this into more than it is.", "support-officers", True),
    ("He's a tough guy and he doesn't need a bunch of people hovering over him.", "support-officers", True),
    ("Dr. Lee is available to every one of you, day or night, at 555-0177.", "support-officers", False),
    ("I have his back 100%.", "accountability-with-officer-rights", True),
    ("Nobody in this department is going to second-guess him.", "accountability-with-officer-rights", True),
    ("We will not second-guess the investigators.", "accountability-with-officer-rights", False),
])
def test_support_shrugged_off_and_loyalty_before_the_facts(sentence, pid, flagged):
    text = "Team, one of our officers shot a man at the clinic this morning. " + sentence
    assert bool(reasons(CLINIC, "officer-message", text, pid)) is flagged


def test_a_verb_of_force_the_parser_takes_for_an_auxiliary_still_names_who_acted():
    text = "A flash-bang one of our team threw went off in a baby's crib. That is what happened."
    assert any("active voice" in r for r in reasons(CLINIC, "officer-message", text, "open-and-honest", "credit"))


def test_a_badge_promised_away_before_the_review():
    text = ("Team, one of our officers shot a man at the clinic this morning. Whoever decided to fire will not be "
            "wearing a badge in this county by the end of the month.")
    assert any("punishment" in r for r in reasons(CLINIC, "officer-message", text, "accountability-with-officer-rights"))


@pytest.mark.parametrize("sentence, pid", [
    ("His injuries are not believed to be life-threatening.", "inform-of-facts"),
    ("Our officers did exactly what was asked of them.", "admit-wrongdoing"),
    ("We will have more to say once the Attorney General has finished looking at the officer's actions.",
     "transparency-and-accountability"),
])
def test_harm_played_down_officers_cleared_and_a_delay_without_a_date(sentence, pid):
    text = ("At about 10:05 a.m. Tuesday one of our officers shot Dale Hughes, who is in critical condition, in the "
            "clinic waiting room. " + sentence)
    assert trustlib.score_response(CLINIC, "public-statement", text).principles[pid].level == "violated"


# --- readings from the sixteenth blind set, in this suite's own scenarios --------------------------------------

def test_two_accounts_reported_side_by_side_and_then_left_open_state_neither():
    both = (SHOT + "The officer has told us Mr. Hughes came at him with the box cutter. A patient in the room says "
            "he was backing away. I do not know yet which is true.")
    assert not [r for r in reasons(CLINIC, "public-statement", both, "inform-of-facts") if "not yet known" in r]
    adopted = SHOT + "The officer has told us Mr. Hughes came at him with the box cutter."
    assert [r for r in reasons(CLINIC, "public-statement", adopted, "inform-of-facts") if "not yet known" in r]


@pytest.mark.parametrize("sentence, differs", [
    ("His body camera wasn't turned on until after he was on the floor.", False),   # says when it was
    ("His body camera was never turned on.", True),
])
def test_not_until_says_when_not_whether(sentence, differs):
    from trustlib.scoring.claims import polarity_differs
    from trustlib.scoring.text import analyse

    fact = "The officer's body camera was switched on at about 10:08 a.m., after he was already on the floor."
    assert polarity_differs(analyse(sentence).clauses[0], fact) is differs


@pytest.mark.parametrize("sentence, pid", [
    ("Our officer did what he had been taught to do.", "admit-wrongdoing"),
    ("He did what any of us would have had to do in that moment.", "admit-wrongdoing"),
    ("We have every confidence in what the Attorney General will find.", "admit-wrongdoing"),
    ("His own choices that morning set all of this in motion.", "no-victim-demonizing"),
    ("If the officers' instructions had been followed, none of it would have happened.", "no-victim-demonizing"),
    ("His illness had worsened after he walked away from his treatment some weeks ago.", "no-victim-demonizing"),
    ("We will share more information when the investigation permits.", "transparency-and-accountability"),
    ("Once every review has run its course, we will be in a position to share what was recorded.",
     "transparency-and-accountability"),
])
def test_harm_in_an_instructors_fresh_words(sentence, pid):
    assert trustlib.score_response(CLINIC, "public-statement", SHOT + sentence).principles[pid].level == "violated"


@pytest.mark.parametrize("sentence", [
    "The Chief would like Pastor Daniels to stand with her at the 2 p.m. press conference.",
    "We would appreciate it if the ministers could encourage calm from the pulpit tonight.",
    "If you hear about protests being planned, or who is organising them, please let Lt. Ames know.",
    "We thank the clinic and the ministers for their continued support of our officers.",
])
def test_partners_asked_to_endorse_calm_or_inform(sentence):
    text = "Dr. Lewis, Pastor Daniels: one of our officers shot Dale Hughes at the clinic this morning. " + sentence
    assert trustlib.score_response(CLINIC, "partner-message", text).principles[
        "engage-community-partners"].level == "violated"


@pytest.mark.parametrize("sentence, pid", [
    ("For updates, please follow the department's public news releases and social media pages.",
     "include-officers-in-messaging"),
    ("No, we are not going to hold a group hug. If anyone truly can't handle it, you know where HR is.",
     "support-officers"),
])
def test_officers_sent_to_the_public_pages_or_mocked_for_needing_support(sentence, pid):
    text = "Team, one of our officers shot a man at the Eastside clinic this morning. " + sentence
    assert trustlib.score_response(CLINIC, "officer-message", text).principles[pid].level == "violated"


def test_a_role_named_by_its_initials_is_the_officer():
    data = (Path(__file__).parent / "data" / "instructor-clinic.yaml").read_text(encoding="utf-8")
    school = _scenario_from_text(data.replace("role: patrol officer, 7 years",
                                              "role: school resource officer, 7 years"))
    text = "At about 10:05 a.m. Tuesday the SRO shot Dale Hughes in the clinic waiting room."
    assert "says who did what, in the active voice" in reasons(school, "public-statement", text, "open-and-honest",
                                                               "credit")


def test_a_question_the_finding_answered_called_still_open_a_week_later():
    text = ("A week ago one of our officers shot Dale Hughes at the Eastside clinic. What the officers knew about Mr. "
            "Hughes before they went in remains a question for the investigation.")
    assert [r for r in reasons(CLINIC, "week-statement", text, "inform-of-facts") if "now known" in r]


def test_a_pleasantry_about_future_events_puts_off_no_information():
    text = "I look forward to taking part in community events in the future."
    assert not [r for r in plan_flags(text, "transparency-and-accountability") if "open-ended" in r]


INFORMING = "Any question about who might inform is heard as surveillance: keep intelligence out of every visit."


@pytest.mark.parametrize("norms, flagged", [([INFORMING], True), ([], False)])
def test_names_asked_for_where_a_norm_keeps_intelligence_out(norms, flagged):
    scenario = _riverside_with_norms(norms or ["Elders are addressed by title and surname."])
    text = "I will meet Imam Warsame in my first week, and ask the mosque to tell us which young men are selling."
    got = reasons(scenario, "engagement-plan", text, "cultural-awareness")
    assert any("goes against a local norm" in r for r in got) is flagged, got


def test_a_leader_asked_for_intelligence_by_pronoun_after_being_named():
    text = ("My plan starts with the Terrace. I will meet Ms. Holloway in my first week. We need her to be our eyes "
            "and ears.")
    assert [r for r in plan_flags(text, "know-key-leaders") if "source of intelligence" in r]


PRAYER = "Friday from 12:30 to 2:30 p.m. belongs to prayer at Masjid Al-Nur: no visits or meetings at the mosque then."


@pytest.mark.parametrize("sentence, flagged", [
    ("I will visit Masjid Al-Nur on Friday, 27 February, at 1 p.m.", True),
    ("On Fridays, two officers will park at the mosque entrance through the midday service.", True),
    ("I will visit Masjid Al-Nur on Friday, 27 February, at 10 a.m.", False),
])
def test_a_visit_inside_the_hours_a_norm_keeps(sentence, flagged):
    got = reasons(_riverside_with_norms([PRAYER]), "engagement-plan", sentence, "cultural-awareness")
    assert any("goes against a local norm" in r for r in got) is flagged, got


def test_officers_parked_at_the_door_meet_people_with_enforcement():
    text = "On Fridays, two officers will park at the mosque entrance through the midday service."
    assert plan_flags(text, "respect-every-encounter")


@pytest.mark.parametrize("sentence, dismissed", [
    ("Dr. Marsh is on 555-0144 for anyone, at any hour, and I thank the few who came in on their day off to cover "
     "shifts.", False),
    # support as part of the job, and the harm as part of the job
    ("Looking after yourselves is part of the job, not a sign of weakness.", False),
    ("Peer support is on 555-0144, confidential; using them is part of the job.", False),
    ("Seeing a man die is part of the job.", True),
])
def test_support_offered_plainly_is_not_dismissed(sentence, dismissed):
    level = trustlib.score_response(CLINIC, "officer-message", SHOT + sentence).principles["support-officers"].level
    assert (level == "violated") is dismissed, level


def test_a_department_unable_to_comment_stops_the_flow_of_information():
    text = SHOT + "Because this matter is under review, the department is unable to comment further at this time."
    assert [r for r in reasons(CLINIC, "public-statement", text, "transparency-and-accountability")
            if "stops giving information" in r]


@pytest.mark.parametrize("exercise, sentence, pid", [
    ("public-statement", "We will hold the footage until the Attorney General is finished.",
     "transparency-and-accountability"),
    ("officer-message", "If a video on the internet is enough to rattle you, this may not be the assignment for you.",
     "support-officers"),
    # support named, then belittled in the same breath
    ("officer-message", "Dr. Marsh is on 555-0144, though frankly I'd hope nobody here needs a counselor.",
     "support-officers"),
    ("officer-message", "For those few who find they are unable to cope, the Employee Assistance Program remains "
     "available.", "support-officers"),
    ("officer-message", "Anybody who needs to talk to somebody can, I suppose, but the ones who made it thirty years "
     "handled things themselves.", "support-officers"),
    ("officer-message", "Those who need to talk to somebody about their feelings know where the pamphlets are, but "
     "I'd expect most of you to handle this the way we always have.", "support-officers"),
])
def test_delays_and_dismissals_in_plain_words(exercise, sentence, pid):
    assert trustlib.score_response(CLINIC, exercise, SHOT + sentence).principles[pid].level == "violated"


@pytest.mark.parametrize("sentence", [
    "I do not intend to take up their time with meetings.",
    "I won't burden them with meetings now; the relationships are there when we need them.",
    "If there is ever a serious incident involving a member of the mosque (a police shooting, a major arrest, a hate "
    "crime), I will call Imam Warsame first.",
])
def test_leaders_kept_for_a_crisis_in_an_instructors_words(sentence):
    text = "My plan starts with the Terrace. I will keep a list with Imam Warsame and Ms. Holloway on it. " + sentence
    assert trustlib.score_response(RIVERSIDE, "engagement-plan", text).principles["know-key-leaders"].level == \
        "violated"


def test_papers_checked_at_the_event_the_plan_goes_to():
    text = "Two officers will attend the Rams' Saturday games. While there they will check identification."
    assert [r for r in plan_flags(text, "show-up-at-community-events") if "papers" in r]
    kept = "Two officers will attend the Rams' Saturday games. No one will be asked for identification."
    assert not plan_flags(kept, "show-up-at-community-events")


INTERPRETING = ("Hmong elders are served by a trained interpreter booked ahead, never by a child, a neighbour, or a "
                "Hmong-speaking officer in the interpreter's place.")


@pytest.mark.parametrize("sentence, flagged", [
    # the list a warning goes on with is warned against too, however far the officer's words are apart
    ("Officer Lee, who grew up speaking Hmong at home, will interpret for us.", True),
    ("We will book a trained Hmong interpreter ahead of the meeting.", False),
])
def test_each_item_of_a_warned_list(sentence, flagged):
    got = reasons(_riverside_with_norms([INTERPRETING]), "engagement-plan", sentence, "cultural-awareness")
    assert any("goes against a local norm" in r for r in got) is flagged, got


# --- readings from the seventeenth blind set --------------------------------------------------------------------

@pytest.mark.parametrize("sentence, flagged", [
    ("Mr. Hughes called 911 that morning after a neighbour had assaulted him.", False),   # done to him
    ("Mr. Hughes had been assaulted by a neighbour that morning.", False),
    ("Mr. Hughes assaulted a neighbour that morning.", True),
])
def test_conduct_done_to_the_person_is_not_his(sentence, flagged):
    got = [r for r in reasons(CLINIC, "public-statement", SHOT + sentence, "no-victim-demonizing") if "threat" in r]
    assert bool(got) is flagged, got


def test_a_suspect_still_at_large_is_someone_else():
    assert not reasons(CLINIC, "public-statement", SHOT + "The robbery suspect is still at large.",
                       "no-victim-demonizing")
    assert reasons(CLINIC, "public-statement", SHOT + "The suspect, Mr. Hughes, was holding a box cutter.",
                   "no-victim-demonizing")


def test_declining_to_comment_on_the_persons_own_case_is_no_stonewall():
    own = SHOT + "The department will not comment on his pending case."
    assert not [r for r in reasons(CLINIC, "public-statement", own, "open-and-honest") if "stonewalling" in r]


@pytest.mark.parametrize("sentence, flagged", [
    ("If the video shows what we fear, he will answer for it.", False),
    ("He will answer for it.", True),
    # discipline that waits on a finding, and discipline for any complaint
    ("Any officer who is found to have broken policy will be disciplined.", False),
    ("Any officer who draws a complaint from the clinic will be disciplined.", True),
])
def test_accountability_that_waits_on_the_facts_condemns_no_one(sentence, flagged):
    text = "Team, one of our officers shot Dale Hughes at the Eastside clinic this morning. " + sentence
    got = reasons(CLINIC, "officer-message", text, "accountability-with-officer-rights")
    assert any("condemns" in r for r in got) is flagged, got


def test_a_record_hedged_and_then_called_unconfirmed_is_caution():
    hedged = SHOT + "Video posted online appears to show Mr. Hughes lunging at the officer."
    assert [r for r in reasons(CLINIC, "public-statement", hedged, "inform-of-facts") if "speculates" in r]
    explained = hedged + " We have not confirmed the video, and we do not know whether he moved toward anyone."
    assert not [r for r in reasons(CLINIC, "public-statement", explained, "inform-of-facts") if "speculates" in r]
    # a guess of the writer's own is still a guess, whatever follows it
    guessed = (SHOT + "He appears to have lunged at the officer. We do not know whether he moved toward anyone.")
    assert [r for r in reasons(CLINIC, "public-statement", guessed, "inform-of-facts") if "speculates" in r]


def test_recalling_what_was_not_known_then_is_not_calling_it_unknown_now():
    text = ("A week ago one of our officers shot Dale Hughes at the Eastside clinic. A week ago I told you we did not "
            "yet know what the officers knew about Mr. Hughes before they went in.")
    assert not [r for r in reasons(CLINIC, "week-statement", text, "inform-of-facts") if "now known" in r]


def _clinic_retold(kind: str, summary: str, fact: str):
    """The clinic scenario with another incident: its type, summary and one known fact."""
    data = (Path(__file__).parent / "data" / "instructor-clinic.yaml").read_text(encoding="utf-8")
    start, end = data.index("  summary: >-\n    Two officers"), data.index("  unknowns:")
    told = f"  summary: {summary}\n  known_facts:\n    - text: {fact}\n"
    return _scenario_from_text((data[:start] + told + data[end:]).replace("type: police shooting inside a clinic",
                                                                          f"type: {kind}"))


def _misconduct_without_force():
    """The clinic scenario retold as misconduct with no force: two officers' messages about the clinic's patients."""
    return _clinic_retold("officers' racist group chat", "A news site published screenshots of a group chat in "
                          "which two officers mocked the clinic's patients with racist jokes.",
                          "The screenshots show racist jokes about the clinic's patients.")


@pytest.mark.parametrize("text, plain", [
    ("Screenshots published this morning show what appear to be their messages: racist jokes about our patients "
     "at the clinic. Both officers are on leave.", False),   # whose messages, never said
    ("Two of our officers are on leave. Screenshots published this morning show what appear to be their messages: "
     "racist jokes about the clinic's patients.", True),
])
def test_misconduct_without_force_is_told_by_tying_the_conduct_to_the_officers(text, plain):
    got = reasons(_misconduct_without_force(), "public-statement", text, "open-and-honest", "credit")
    assert ("says who did what, in the active voice" in got) is plain, got


def test_a_thing_striking_a_thing_or_a_name_is_no_force_in_the_incident():
    """A misconduct scenario whose story has a crash in it ("her car ... struck a tree") and a fire district's name
    is still misconduct without force: the conduct tied to the officers says who did what."""
    scenario = _clinic_retold("officers' racist group chat at a crash scene", "A woman died when her car left "
                              "Fourth Street and struck a tree; Harmon Fire District paramedics came. A news site "
                              "published screenshots of a group chat in which two officers at the scene mocked her "
                              "with racist jokes.", "The screenshots show racist jokes about the woman.")
    text = ("Two of our officers are on leave. Screenshots published this morning show what appear to be their "
            "messages: racist jokes about the woman who died.")
    got = reasons(scenario, "public-statement", text, "open-and-honest", "credit")
    assert "says who did what, in the active voice" in got, got


def _death_in_a_cell():
    """The clinic scenario retold as a death in custody with no force: a diabetic man's emergency logged as drink."""
    return _clinic_retold("death in a police holding cell", "At 5:55 p.m. Dale Hughes's car struck the back of a car "
                          "stopped at a light. Officers arrested him for drunk driving. At booking he said he was "
                          "diabetic and asked for his insulin kit; the booking officer wrote that he was intoxicated. "
                          "He was found unresponsive in his cell at 2:05 a.m. and died. No force was used.",
                          "He told the booking officer he was diabetic and asked for his insulin.")


@pytest.mark.parametrize("text, plain", [
    ("A custody officer found Mr. Hughes unresponsive in his cell at 2:05 a.m. He had told our booking officer he "
     "was diabetic and asked for his insulin.", True),
    # The officers named only beside the death, and the police only in the agency's name.
    ("Statement of the Harmon City Police Department regarding an in-custody death. A man died after being found "
     "unresponsive in one of our holding cells. The State Police are investigating, as they do with every death "
     "in custody, and the officers involved are on leave.", False),
])
def test_a_death_in_custody_is_told_by_what_the_officers_did_or_did_not_do(text, plain):
    got = reasons(_death_in_a_cell(), "public-statement", text, "open-and-honest", "credit")
    assert ("says who did what, in the active voice" in got) is plain, got


@pytest.mark.parametrize("sentence, flagged", [
    ("Mr. Hughes was intoxicated and uncooperative.", True),
    # The grounds officers acted on, and the words an officer wrote, quoted: what officers did.
    ("Officers arrested Mr. Hughes on suspicion of operating while intoxicated.", False),
    ('The booking officer recorded him as "intoxicated, uncooperative" and did not pass on his request.', False),
    ("Mr. Hughes should have listened to the officers.", True),
    ("We should have listened then.", False),   # the police owning a failure
])
def test_a_label_on_the_person_not_the_grounds_officers_gave_nor_their_own_failure(sentence, flagged):
    assert bool(reasons(_death_in_a_cell(), "public-statement", sentence, "no-victim-demonizing")) is flagged


def test_mistakes_were_made_hides_no_force_where_there_was_none():
    text = ("A custody officer found Mr. Hughes unresponsive in his cell at 2:05 a.m. He had told our booking officer "
            "he was diabetic. Mistakes were made in the care he received.")
    level = trustlib.score_response(_death_in_a_cell(), "public-statement", text).principles["open-and-honest"].level
    assert level == "partial"


def test_offenders_in_a_stolen_car_are_not_the_person_harmed():
    chase = _clinic_retold("pursuit crash", "Two officers were pursuing a stolen car when it hit Dale Hughes on a "
                           "crossing; the two boys in it ran and were arrested.", "Dale Hughes died at the scene.")
    text = "Two young offenders ran from the car and were arrested this morning."
    assert not reasons(chase, "public-statement", text, "no-victim-demonizing")


@pytest.mark.parametrize("sentence, flagged", [
    ("No one coming to or leaving the mosque will be asked for ID at its door.", False),
    ("Everyone coming to the mosque will be asked for ID at its door.", True),
])
def test_no_one_as_the_subject_of_a_clause_of_its_own_denies_it(sentence, flagged):
    assert bool(plan_flags(sentence, "respect-every-encounter")) is flagged


def test_declining_to_tell_a_family_about_a_young_person_leaves_no_group_out():
    text = ("I will meet Reverend Benton and the PTA in my first week. We will never contact a young person's family "
            "about who they are.")
    assert not [r for r in plan_flags(text, "meet-all-groups") if "leaves groups out" in r]


SIGNED = ("Written English notes are not an accommodation: book a certified Deaf interpreter through Hands Together, "
          "and speak to the Deaf person, not the interpreter.")
CLUB_NIGHT = "Friday nights belong to the Deaf Club: ask Mr. Albee for an invitation rather than arriving."
CHILDREN = ("Many elders speak little English: bring a professional Marshallese interpreter (the Iakwe Center has the "
            "city's two), never a child or grandchild of the family.")
ORDERED = "Requests to the tenants go through Ms. Holloway before any officer knocks on a tenant's door."
INTERPRETED = ("A meeting with the elders needs a professional interpreter, never a grandchild or a member of the "
               "building staff.")


@pytest.mark.parametrize("norm, sentence, flagged", [
    # a door is where, not whom: the norm orders whom to ask first
    (ORDERED, "I will visit the mosque with my head covered and leave my shoes at the door.", False),
    (ORDERED, "Officers will knock on tenants' doors this week to introduce themselves.", True),
    # the occasion of the norm is not the thing it stands in for
    (INTERPRETED, "I would be honoured to meet Ms. Gutiérrez's youth group.", False),
    (INTERPRETED, "At the elders' meeting a grandchild will interpret for us.", True),
    # "..., not the interpreter" rules out speaking to the interpreter, not having one.
    (SIGNED, "We'll use interpreters when needed.", False),
    (SIGNED, "At each meeting I will speak to the interpreter and let her pass it on.", True),
    # what a norm says "is not an accommodation" is what it rules out
    (SIGNED, "Officers will use written English notes with Deaf drivers.", True),
    # a night the community keeps, asked for or by invitation, or told as what was done
    (CLUB_NIGHT, "I will ask Mr. Albee whether I may come to a Friday night at the Deaf Club.", False),
    (CLUB_NIGHT, "I would be glad to come to a Friday night at the club if your members invite me.", False),
    (CLUB_NIGHT, "I know that in 2024 two officers walked into the club on a Friday night in uniform.", False),
    (CLUB_NIGHT, "I will come to the Deaf Club on Friday night to introduce myself.", True),
    # minors turned down as interpreters, and a past wrong the plan means to change
    (CHILDREN, "Minors will not be used as interpreters.", False),
    (CHILDREN, "The 2023 call where a boy was made to interpret for his mother, and what happened in Tanner County, "
               "are exactly what I want to change.", False),
    (CHILDREN, "At the first meeting a grandson of the family will interpret for the elders.", True),
])
def test_what_a_norm_is_about_and_what_is_only_its_setting(norm, sentence, flagged):
    got = reasons(_riverside_with_norms([norm]), "engagement-plan", sentence, "cultural-awareness")
    assert any("goes against a local norm" in r for r in got) is flagged, got


@pytest.mark.parametrize("salutation, flagged", [
    ("Dear Pao,", True),            # the given name the norm rules out
    ("Dear Mr. Vang,", False),
    ("Dear Vang Pao,", False),       # the full name, family name first
])
def test_a_given_name_a_norm_rules_out(salutation, flagged):
    scenario = _riverside_with_norms(["Hmong elders are addressed by title and family name: Vang Pao is Mr. Vang, "
                                      "never Pao."])
    got = reasons(scenario, "engagement-plan", salutation + "\n\nI would like to meet you this month.",
                  "cultural-awareness")
    assert any("goes against a local norm" in r for r in got) is flagged, got


@pytest.mark.parametrize("norm, salutation, flagged", [
    # "addressed by title and surname" rules the first name out without saying so
    ("Leaders are addressed by title and surname: Ms. Holloway, Mr. Vang.", "Denise, Chue,", True),
    ("Leaders are addressed by title and surname: Ms. Holloway, Mr. Vang.", "Ms. Holloway, Mr. Vang,", False),
    # and so does the one form of address a norm gives; a short form of the first name is the first name
    ("Mr. Vang is addressed as Mr. Vang at every meeting.", "Dear Chue,", True),
    ("Ms. Holloway is addressed as Ms. Holloway.", "Dear Den,", False),
    ("Leaders are addressed by title and surname: Ms. Holloway, Mr. Vang.", "Dear Deni,", True),
])
def test_addressed_by_title_and_surname_rules_out_the_first_name(norm, salutation, flagged):
    scenario = _riverside_with_norms([norm])
    got = reasons(scenario, "engagement-plan", salutation + "\n\nI would like to meet you this month.",
                  "cultural-awareness")
    assert any("goes against a local norm" in r for r in got) is flagged, got


def test_a_language_a_norm_puts_aside_is_no_name():
    scenario = _riverside_with_norms(["Hmong, not English, is the language of any letter to the elders."])
    got = reasons(scenario, "engagement-plan", "Mr. Vang (sent in Hmong and English): I would like to meet you.",
                  "cultural-awareness")
    assert not any("goes against a local norm" in r for r in got), got


@pytest.mark.parametrize("exercise, sentence, pid", [
    ("public-statement", "He had been in the country illegally since 2014.", "no-victim-demonizing"),
    ("public-statement", "We will share the review's conclusions when it is finished.",
     "transparency-and-accountability"),
    ("public-statement", "The review will take the time it takes.", "transparency-and-accountability"),
    ("partner-message", "Dr. Lewis, please encourage people at tonight's vigil to keep things peaceful.",
     "engage-community-partners"),
    ("partner-message", "I have asked Pastor Daniels to explain to his congregation what the department can and "
     "cannot do.", "engage-community-partners"),
])
def test_more_harm_in_an_instructors_words(exercise, sentence, pid):
    assert trustlib.score_response(CLINIC, exercise, SHOT + sentence).principles[pid].level == "violated"


@pytest.mark.parametrize("sentence, pid", [
    ("Deputies treat people with courtesy when people cooperate.", "respect-every-encounter"),
    ("Ms. Holloway's number goes on our critical-incident call sheet.", "know-key-leaders"),
    ("I won't add meetings with Ms. Holloway; when we next need her help getting information out, we will reach "
     "out.", "know-key-leaders"),
    ("I will ask Ms. Holloway to let us know which of the young people are dealing.", "know-key-leaders"),
    ("I will ask the tenants' association to let us know quietly which tenants are in the country without papers.",
     "respect-every-encounter"),
    ("Officers will continue to be professional with those who are respectful toward them.",
     "respect-every-encounter"),
    ("Two officers at the recreation center's door will check names for open warrants.", "respect-every-encounter"),
    ("The mosque has made its feelings clear. I don't plan to chase them; if a situation arises there, I will reach "
     "out to the imam then.", "know-key-leaders"),
    ("We will have a recruiting table at the Rams' homecoming procession.", "show-up-at-community-events"),
])
def test_plans_that_condition_respect_keep_leaders_for_later_or_ask_for_names(sentence, pid):
    text = "My plan starts with the Terrace. " + sentence
    assert trustlib.score_response(RIVERSIDE, "engagement-plan", text).principles[pid].level == "violated"


def test_hearing_from_the_police_is_not_listening_and_being_told_what_is_needed_is():
    told = ("Dr. Lewis, Pastor Daniels: I wanted you to hear from me before the statement. Please keep people calm "
            "tonight.")
    assert trustlib.score_response(CLINIC, "partner-message", told).principles[
        "engage-community-partners"].level == "violated"
    asked = ("Dr. Lewis, Pastor Daniels: could we meet on Thursday at the clinic? Please tell me what the family "
             "needs.")
    assert "commits to listen" in reasons(CLINIC, "partner-message", asked, "engage-community-partners", "credit")


@pytest.mark.parametrize("then, flagged", [
    ("We will have a ticketing detail on Riverside Avenue to ticket the double-parked cars that day.", True),
    ("Officers will come as guests that day, separate from the traffic detail.", False),
])
def test_enforcement_brought_to_the_day_of_an_event(then, flagged):
    text = "The Rams' season opener on 6 September is a good chance to be seen. " + then
    assert bool([r for r in plan_flags(text, "show-up-at-community-events") if "enforce" in r]) is flagged


MOTHER = _riverside_with_norms(
    ["Church elders, Mother Lorraine Benton among them, are addressed by title and surname, never by first name.",
     "Use a professional Somali interpreter at the mosque; never bring an Arabic-speaking interpreter or "
     "Arabic-only leaflets.",
     "Never schedule anything with the mosque on a Friday between noon and 2:30 p.m.",
     "Sunday services at New Covenant are worship, not forums: do not attend or ask to speak unless the pastor "
     "invites you."],
    edit=('- name: Reverend Lorraine Benton\n      role: pastor of New Covenant Missionary Baptist Church\n'
          '      aliases: ["Reverend Benton", "Rev. Benton", "Pastor Benton"]',
          '- name: Mother Lorraine Benton\n      role: church mother of New Covenant Missionary Baptist Church\n'
          '      aliases: ["Mother Benton", "Lorraine Benton"]'))


@pytest.mark.parametrize("sentence, breaks", [
    # A title the scenario itself gives ("Mother Benton") is no first name, whatever list of titles the code has.
    ("I will greet Mother Benton before anyone else at New Covenant.", False),
    ("I will greet Lorraine before anyone else at New Covenant.", True),
    # A language joined by a hyphen is still the language the norm rules out.
    ("We will bring a professional Somali interpreter to the mosque.", False),
    ("We will bring an Arabic-speaking interpreter to the mosque.", True),
    # A day a norm names is that day, not any weekday.
    ("I will ask Imam Warsame to set a weekday evening with the mosque committee.", False),
    # An act whose object the norm gave just before it ("attend or ask to speak" at Sunday services) is that act
    # only there.
    ("I will ask Ms. Holloway how the tenants would like to meet; a professional interpreter will attend.", False),
    ("I will attend the Sunday service at New Covenant and ask to speak about the precinct.", True),
])
def test_norms_read_in_the_scenarios_own_terms(sentence, breaks):
    assert bool(norm_flags(sentence, MOTHER)) is breaks


WORDS = _riverside_with_norms(['Say a resident who uses a wheelchair or a wheelchair user, never \\"wheelchair-bound\\" or '
                               '\\"handicapped\\".'])


@pytest.mark.parametrize("sentence, breaks", [
    ("Our handicapped residents deserve a meeting they can reach.", True),
    ("Every meeting will have a step-free entrance for any wheelchair user.", False),
    # Quoted, the word is named, not used.
    ('No one from this precinct will call a resident "handicapped" again.', False),
])
def test_words_a_norm_rules_out_after_its_never(sentence, breaks):
    assert bool(norm_flags(sentence, WORDS)) is breaks


SUNDAY = _riverside_with_norms(["Sunday belongs to worship: never schedule meetings with New Covenant on a Sunday; "
                                "Tuesday or Thursday evenings suit best."])


@pytest.mark.parametrize("sentence, breaks", [
    # The day a norm keeps, not the days it recommends.
    ("I would like to visit New Covenant on a Tuesday or Thursday evening of the pastor's choosing.", False),
    ("I would like to visit New Covenant on Sunday at 11 a.m.", True),
])
def test_the_day_a_norm_keeps_not_the_days_it_recommends(sentence, breaks):
    assert bool(norm_flags(sentence, SUNDAY)) is breaks


SABBATH = _riverside_with_norms(["No meetings, visits or calls from Friday sunset until after nightfall on Saturday. "
                                 "Sunday to Thursday, daytime or evening, is best."])


@pytest.mark.parametrize("sentence, breaks", [
    # The days recommended in a sentence of their own are not kept.
    ("I would like to meet the rabbis on Sunday afternoon at New Covenant.", False),
    # A time put to them, in a question or an offer, sets the meeting.
    ("Would Saturday 14 February, after the morning service, be convenient for a first meeting?", True),
    ("I'll offer the rabbis Saturday 21 February at the station.", True),
    # One mention denied, another set: "can't meet on a Saturday - I'll offer Saturday 21 February".
    ("I don't see why they can't meet on a Saturday, so I'll offer the rabbis Saturday 21 February.", True),
    ("I will not propose a Saturday meeting.", False),
])
def test_a_time_a_norm_keeps_put_to_them(sentence, breaks):
    assert bool(norm_flags(sentence, SABBATH)) is breaks


LANGUAGES = _riverside_with_norms([
    "Hmong families speak Hmong, not Lao: bring a professional Hmong interpreter. Never use a Lao interpreter, and "
    "never a child of the family.",
    "Do not ask anyone about immigration status. Say exactly what the precinct does and does not share with ICE.",
])


@pytest.mark.parametrize("sentence, breaks", [
    # "Lao" joined to its noun is the language warned against: an interpreter of the right language is no breach.
    ("Welfare checks at Hmong-speaking homes will use an interpreter before anyone knocks.", False),
    ("We will use a Lao interpreter at the clan council.", True),
    # Interpreters of the wrong kind turned down are not interpreters done without.
    ("We won't use Lao interpreters at the clan council; the families speak Hmong.", False),
    ("We won't need interpreters at the clan council.", True),
    # The refusal in the next clause is of the family members, not of the interpreter.
    ("A certified Hmong interpreter from Lakehead Language Services will attend; family members will not be used.",
     False),
    # A scene told is no plan to have a child interpret.
    ("The welfare check worries me most, because that's where the precinct has already done harm: four uniformed "
     "officers and a 13-year-old grandson interpreting for a widow.", False),
    # "does not share" tells what the precinct does; it warns against nothing.
    ("I'll ask Ms. Holloway whether the tenants will let me explain exactly what we share with ICE.", False),
])
def test_a_norm_about_languages_and_interpreters(sentence, breaks):
    assert bool(norm_flags(sentence, LANGUAGES)) is breaks


POINTED = _clinic_with('    - text: A receptionist pointed the officers to the waiting room.\n',
                       '    - id: pointed\n      text: whether the man pointed the gun at the officers\n'
                       '      asserted_by: ["he pointed the gun at the officers"]\n')


@pytest.mark.parametrize("sentence, states", [
    # A thing the claim's verb acts on counts only on that verb: the receptionist pointed the way, and the gun
    # is the officer's.
    ("A bullet from the officer's gun struck the receptionist, who had stepped out to point our officers the way.",
     False),
    ("He pointed the gun at the officers.", True),
])
def test_a_claims_thing_counts_only_on_its_own_verb(sentence, states):
    got = reasons(POINTED, "public-statement", SHOT + sentence, "inform-of-facts")
    assert any("pointed the gun" in r and "not yet known" in r for r in got) is states, got


ROBBER = _clinic_with('    - text: A man suspected of robbing the clinic pharmacy ran through the waiting room; he was '
                      'arrested outside.\n', '')


@pytest.mark.parametrize("scenario, sentence, flagged", [
    # Where the scenario has a suspect of its own, "the suspect" is the person harmed only when said of him.
    (ROBBER, "Officers arrested the robbery suspect outside the clinic, unhurt.", False),
    (ROBBER, "Mr. Hughes was a suspect in the robbery.", True),
    # With no one else suspected, the word can only point at the person harmed.
    (CLINIC, "Officers arrested the suspect outside the clinic, unhurt.", True),
])
def test_a_suspect_of_the_scenarios_own_is_not_the_person_harmed(scenario, sentence, flagged):
    got = reasons(scenario, "public-statement", SHOT + sentence, "no-victim-demonizing")
    assert any("suspect" in r for r in got) is flagged, got


PRIVATE = _riverside_with_norms(["Mental illness is spoken of privately: never discuss a family's crisis before "
                                 "neighbours or at a public meeting."])


@pytest.mark.parametrize("sentence, breaks", [
    ("At the town hall I will describe the Vang family's crisis so neighbours understand what happened.", True),
    # In private, before no one, the same act breaks nothing.
    ("Afterwards I'd call Mr. Vang privately, because a crisis is a family matter.", False),
    # Whose it is is not what it is: a family and a neighbourhood named are no crisis discussed.
    ("I am sorry for what his family and this neighbourhood have carried since.", False),
])
def test_a_norm_against_an_act_before_others_is_not_broken_in_private(sentence, breaks):
    assert bool(norm_flags(sentence, PRIVATE)) is breaks


def test_intelligence_cited_as_a_source_asks_partners_for_nothing():
    text = SHOT + "Intelligence indicates that known gang members were in the waiting room."
    assert not any("intelligence" in r for r in reasons(CLINIC, "public-statement", text,
                                                        "engage-community-partners"))


@pytest.mark.parametrize("sentence, says", [
    # The agency's own act on someone's things, told as done, says who did what.
    ("On Monday we put a 14-year-old girl's school photo and her full name on our accounts.", True),
    ("On Monday the department posted the photo and name of a 14-year-old girl.", True),
    ("Last night two constables took Mr. Hughes from the clinic and left him on Quarry Road.", True),
    # The agency's response is no act of the incident; an officer's own things are his.
    ("We released his name after his family was told.", False),
    ("The officer exited his vehicle.", False),
    ("Officers encountered an assembly of several hundred individuals.", False),
])
def test_the_agencys_own_act_told_as_done_says_who_did_what(sentence, says):
    got = reasons(CLINIC, "public-statement", sentence, "open-and-honest", "credit")
    assert ("says who did what, in the active voice" in got) is says, got


ALONE = _riverside_with_norms(["The family asks that he be called Travis, and not 'the male' or 'Whitecalf' on its own.",
                               "Speak with the Hmong elders in Hmong. Never use a Lao interpreter."])


@pytest.mark.parametrize("sentence, breaks", [
    # A name ruled out on its own is kept in a relative's full name.
    ("Thank you for how you and your staff went to Marlene Whitecalf this morning.", False),
    ("Whitecalf was found on Quarry Road.", True),
    # Saying that a past wrong was wrong does not do it again.
    ("I'll say plainly that Mr. Vang's arrest through a Lao interpreter was wrong.", False),
])
def test_a_name_on_its_own_and_a_past_wrong_told(sentence, breaks):
    assert bool(norm_flags(sentence, ALONE)) is breaks


def test_a_label_inside_a_units_name_labels_no_one():
    text = SHOT + "The review found that a Violent Crimes Unit lieutenant approved the post."
    assert not any("on trial" in r for r in reasons(CLINIC, "public-statement", text, "no-victim-demonizing"))


@pytest.mark.parametrize("text, plain", [
    # Trust, thanks and help reach a person without telling what was done to the person harmed.
    ("There was a situation at the clinic this morning and Dale Hughes did not survive. I trust our officer, and we "
     "will give the investigators everything they ask for.", False),
    ("There was a situation at the clinic this morning. Officers found Dale Hughes on the floor and tried to save "
     "him.", False),
    # A plain account in plain words: "a cop", a verb the parser takes for a plural noun, an act done by officers.
    ("This morning a cop from this department shot Dale Hughes in the clinic waiting room.", True),
    ("Dale Hughes was standing in the waiting room when the officer fires twice, on the video.", True),
    ("The search of the clinic this morning was done by our officers, and it ended with Dale Hughes shot.", True),
    # A rank that gives orders is an officer too.
    ("This morning our incident commander ordered the clinic door forced, and Dale Hughes was shot.", True),
    ("This morning the clinic door was forced on an order, and Dale Hughes was shot.", False),
    # A past verb the parser hangs on the noun after it ("sprayed" on "pepper spray") is still the act.
    ("At 9:40 a.m. a sergeant sprayed pepper spray into the faces of Dale Hughes and his brother.", True),
])
def test_saying_who_did_what_means_telling_the_act(text, plain):
    got = reasons(CLINIC, "public-statement", text, "open-and-honest", "credit")
    assert ("says who did what, in the active voice" in got) is plain, got


def _mixed_finding():
    """The clinic scenario a week on, with two findings: the shooting within policy, the entry against it."""
    data = (Path(__file__).parent / "data" / "instructor-clinic.yaml").read_text(encoding="utf-8")
    return _scenario_from_text(data.replace(
        "    resolves: [knew]\n",
        "      - text: The state review found that the officer's shooting of Mr. Hughes was within law and policy.\n"
        "      - text: The department's review found that the officers broke policy by entering without the clinic's "
        "crisis counsellor.\n    resolves: [knew]\n    wrongdoing: established\n"))


FOUND = ("A week ago one of our officers shot Dale Hughes at the Eastside clinic. Our own review found that the "
         "officers broke our policy by going in without the clinic's crisis counsellor, and I am sorry. ")


@pytest.mark.parametrize("sentence, denies", [
    # Telling the finding that cleared one act denies nothing of the other.
    ("The state review found that the shooting was within law and policy.", False),
    # Saying so in the writer's own voice, of the act found wrong, still denies it.
    ("Going in without the counsellor was within our policy.", True),
])
def test_a_finding_that_cleared_one_act_told_beside_one_that_did_not(sentence, denies):
    got = reasons(_mixed_finding(), "week-statement", FOUND + sentence, "admit-wrongdoing")
    assert any("denies" in r for r in got) is denies, got


def test_condemning_the_act_a_finding_cleared_contradicts_it():
    text = FOUND + "And I will be plain: the officer's decision to shoot Mr. Hughes was wrong."
    got = reasons(_mixed_finding(), "week-statement", text, "inform-of-facts")
    assert any("cleared this act" in r for r in got), got
    assert not any("cleared this act" in r for r in reasons(_mixed_finding(), "week-statement", FOUND,
                                                              "inform-of-facts"))


def _clinic_woman():
    """The clinic scenario with a woman as the person harmed."""
    data = (Path(__file__).parent / "data" / "instructor-clinic.yaml").read_text(encoding="utf-8")
    return _scenario_from_text(data.replace("a 41-year-old Harmon City man", "a 41-year-old Harmon City woman"))


@pytest.mark.parametrize("text, plain", [
    # Where the person harmed is a woman, "he" after an officer is the officer.
    ("Dale Hughes was upset when our officer reached the waiting room. He took her to the floor.", True),
    # "She" may be her: nothing says an officer did anything.
    ("Dale Hughes was upset when our officer reached the waiting room. She went to the floor.", False),
])
def test_a_pronoun_the_person_harmed_cannot_be(text, plain):
    got = reasons(_clinic_woman(), "public-statement", text, "open-and-honest", "credit")
    assert ("says who did what, in the active voice" in got) is plain, got


@pytest.mark.parametrize("text, violated", [
    # The force itself in soft words; only a lesser act told plainly.
    ("This morning the officer guided him to the floor of the clinic. The officer then handcuffed Dale Hughes.", True),
    ("This morning the officer shot Dale Hughes in the clinic and then handcuffed him.", False),
])
def test_a_euphemism_for_the_force_is_not_made_plain_by_a_lesser_act(text, violated):
    level = trustlib.score_response(CLINIC, "public-statement", text).principles["open-and-honest"].level
    assert (level == "violated") is violated, level


@pytest.mark.parametrize("text", [
    "Team: the review found that Officer Dana Ruiz's use of force on Dale Hughes was within policy.",
    "Team: the review found that Officer Dana Ruiz violated our policy on the use of deadly force.",
])
def test_a_named_officers_act_or_breach_hides_no_one(text):
    got = reasons(CLINIC, "officer-message", text, "open-and-honest")
    assert not any("without ever saying who did it" in r for r in got), got


@pytest.mark.parametrize("text, explains_away", [
    ("The state review found the shooting within policy, and I accept that finding. But it isn't the whole story, "
     "and I won't hide behind it.", False),
    ("People have seen the video of the waiting room. But it isn't the whole story.", True),
])
def test_calling_a_finding_partial_explains_nothing_away(text, explains_away):
    got = reasons(CLINIC, "public-statement", SHOT + text, "open-and-honest")
    assert any("explains the evidence away" in r for r in got) is explains_away, got


def _clinic_private(ask: str):
    """The clinic scenario with the person's name withheld and the family's request in his description."""
    data = (Path(__file__).parent / "data" / "instructor-clinic.yaml").read_text(encoding="utf-8")
    return _scenario_from_text(data.replace("    name: Dale Hughes\n", "").replace(
        "description: a 41-year-old Harmon City man", f"description: a 41-year-old Harmon City man; {ask}"))


ASKED = "his family has asked that his name and his health not be made public"
OPENING = "At about 10:05 a.m. Tuesday one of our officers shot a man in the clinic waiting room. "


@pytest.mark.parametrize("ask, sentence, told", [
    # A name the writer gives him, kindly or not, and his health, told against the family's request.
    (ASKED, "Marcus and his family deserve answers.", True),
    (ASKED, "His sister told us his memory was failing.", True),
    # Kept private: said to be kept, or declined.
    (ASKED, "At his family's request we will not release his name or discuss his health.", False),
    (ASKED, "His family has asked that his name and health stay private, and we will honour that.", False),
    # Officers' health is theirs to speak of; a hospital condition is the outcome, not his health.
    (ASKED, "Our officers' mental health matters too, and counsellors are available to them.", False),
    # With no such request, nothing is private here.
    ("no request has been made", "His sister told us his memory was failing.", False),
    # "nothing more about his health" asked of the agency; what the family made public is theirs to have said.
    ("his family has made public that he was autistic, and asked that nothing more about his health be released",
     "Hospital staff have told us he was anaemic.", True),
    ("his family has made public that he was autistic, and asked that nothing more about his health be released",
     "His family has shared that he was autistic.", False),
])
def test_what_the_family_asked_to_keep_private(ask, sentence, told):
    got = reasons(_clinic_private(ask), "public-statement", OPENING + sentence, "no-victim-demonizing")
    assert any("the family asked" in r for r in got) is told, got


def test_a_health_word_in_a_partners_name_tells_nothing_of_him():
    scenario = _clinic_private(ASKED)
    renamed = scenario.model_copy(update={"partners": [
        p.model_copy(update={"name": "Eastside Autism Network"}) if p.name == "Eastside Community Clinic" else p
        for p in scenario.partners]})
    text = OPENING + "I will meet the Eastside Autism Network and his mother on Thursday."
    assert not [r for r in reasons(renamed, "public-statement", text, "no-victim-demonizing") if "the family asked" in r]
    assert [r for r in reasons(scenario, "public-statement", OPENING + "He was autistic.", "no-victim-demonizing")
            if "the family asked" in r]


@pytest.mark.parametrize("sentence, delay", [
    ("We will share more about what the officers knew as soon as possible.", True),
    # A meeting put off keeps no information back; a time of day is no wait on a process.
    ("I will meet Pastor Daniels and Dr. Lewis as soon as possible.", False),
    ("I will call Dr. Lewis this afternoon, once the working day is done.", False),
    # ... unless the meeting is where the information waits.
    ("Once the investigation is complete, we will sit down and talk about what it found.", True),
])
def test_a_delay_keeps_information_back(sentence, delay):
    got = reasons(CLINIC, "public-statement", SHOT + sentence, "transparency-and-accountability")
    assert any("open-ended delay" in r for r in got) is delay, got


@pytest.mark.parametrize("sentence", [
    "But this didn't start with our officers, and the clinic should have warned us.",
    "Our officers were put in an impossible situation by a clinic that did not call them back.",
    "The responsibility here is shared with the clinic.",
])
def test_an_established_wrong_passed_to_someone_else(sentence):
    level = trustlib.score_response(_mixed_finding(), "week-statement", FOUND + sentence).principles[
        "admit-wrongdoing"].level
    assert level == "violated", level


def test_wrong_to_say_is_no_admission():
    text = ("A week ago one of our officers shot Dale Hughes at the Eastside clinic. It would be wrong to pretend "
            "this was simple.")
    got = reasons(_mixed_finding(), "week-statement", text, "admit-wrongdoing", "credit")
    assert not any("owns the wrongdoing" in r for r in got), got
    owned = text + " The officers were wrong to go in without the counsellor."
    assert any("owns the wrongdoing" in r for r in reasons(_mixed_finding(), "week-statement", owned,
                                                             "admit-wrongdoing", "credit"))


@pytest.mark.parametrize("text, plain", [
    ("There was an incident at the clinic. The officers followed their training.", False),
    ("There was an incident at the clinic. The department takes every use of force seriously.", False),
    # A rule or a habit of officers in general, and a verb denied from above, tell no act.
    ("There was an incident at the clinic. Officers keep men like Dale Hughes safe every single day.", False),
    ("There was an incident at the clinic. I am not going to push a good officer out over a video.", False),
    ("This morning the officer took Dale Hughes by the arm in the clinic waiting room.", True),
    ("This morning the officer used his Taser on the man in the clinic waiting room.", True),
    # The parser may hang the officer on the place named before (as part of it, or in apposition to it).
    ("At 3:40 p.m. on Founders Quad, a campus police lieutenant walked down a line of about 20 students sitting on "
     "the path with linked arms, and sprayed pepper spray in their faces.", True),
    ("At 10:05 a.m. on Harmon Avenue, Sergeant Lyle Brandt of this department walked into the waiting room and "
     "fired twice at Dale Hughes.", True),
])
def test_a_verb_of_action_used_of_no_act(text, plain):
    got = reasons(CLINIC, "public-statement", text, "open-and-honest", "credit")
    assert ("says who did what, in the active voice" in got) is plain, got


@pytest.mark.parametrize("sentence, reason", [
    ("Further information will be made available as appropriate.", "open-ended delay"),
    ("The department considers this matter closed.", "closes a past matter"),
    ("As a personnel matter, its details are confidential.", "refuses to release"),
    ("About the 2024 complaint: it was a misunderstanding and I consider it closed.", "closes a past matter"),
    ("The department regards those complaints as concluded.", "closes a past matter"),
    ("As for the old complaints, there's no sense digging that back up.", "closes a past matter"),
    # A clock that is only the end of a piece of work, or of circumstances.
    ("We will provide further updates as circumstances permit.", "open-ended delay"),
    ("The public will be updated once the review of clinic security has concluded.", "open-ended delay"),
    ("Progress will be reported at the end of our analysis, when the full picture is available.", "open-ended delay"),
])
def test_information_kept_back_in_formal_words(sentence, reason):
    got = reasons(CLINIC, "public-statement", SHOT + sentence, "transparency-and-accountability")
    assert any(reason in r for r in got), got


def test_a_report_answered_and_contact_made_are_no_promise():
    # a call officers answered is no report to publish, and contact between a dog and a boy is no way to reach anyone
    text = "On the evening of May 2, following a report of a burglary, contact occurred between the police dog and a boy."
    got = reasons(CLINIC, "public-statement", text, "transparency-and-accountability", "credit")
    assert not got, got


def _clinic_status_changes():
    """The clinic scenario with a leave that a week later becomes a suspension."""
    data = (Path(__file__).parent / "data" / "instructor-clinic.yaml").read_text(encoding="utf-8")
    data = data.replace(
        "    - text: Mr. Hughes was holding a box cutter.\n",
        "    - text: Mr. Hughes was holding a box cutter.\n"
        "    - text: The officer who fired was placed on paid administrative leave.\n"
        "      contradicted_by: [\"the officer has been suspended without pay\"]\n")
    return _scenario_from_text(data.replace(
        "    resolves: [knew]\n",
        "    resolves: [knew]\n    officers:\n      - role: patrol officer, 7 years\n"
        "        status: suspended without pay pending a hearing\n"))


@pytest.mark.parametrize("exercise, contradicts", [
    # On the first day the suspension is not so; a week on it is the officer's status.
    ("public-statement", True),
    ("week-statement", False),
])
def test_a_claim_a_later_status_tells_no_longer_contradicts(exercise, contradicts):
    text = SHOT + "The officer has been suspended without pay."
    got = reasons(_clinic_status_changes(), exercise, text, "inform-of-facts")
    assert any("contradicts a known fact" in r for r in got) is contradicts, got



BLAMED = ("public-statement", "no-victim-demonizing")
USED = ("partner-message", "engage-community-partners")
HIDDEN = ("public-statement", "open-and-honest")


@pytest.mark.parametrize("exercise, pid, sentence, reason, flagged", [
    # Blame shared out between the person and the officer.
    (*BLAMED, "It was a moment that escalated quickly on both sides.", "shares the blame", True),
    (*BLAMED, "Both men let their tempers get the better of them.", "shares the blame", True),
    (*BLAMED, "It takes two people to make a confrontation.", "shares the blame", True),
    (*BLAMED, "It takes two weeks for the lab to return results.", "shares the blame", False),
    # The person's condition made a cause of what officers did; named without that, it blames no one.
    (*BLAMED, "His disability made a hard situation harder for everyone in that room.", "disability or condition",
     True),
    (*BLAMED, "He has some challenges with learning, and I expect that's part of why it went the way it did.",
     "disability or condition", True),
    (*BLAMED, "He has a learning disability, and our officer was never told about it.", "disability or condition",
     False),
    (*BLAMED, "His disability played no part in what our officer did.", "disability or condition", False),
    # An old school punishment, or a "history" of conduct, put on the person.
    (*BLAMED, "Records show he had two prior disciplinary referrals this year.", "old punishment", True),
    (*BLAMED, "He has a history of difficulty following staff directions.", "on trial", True),
    # Partners asked, in courteous or folksy words, to inform or to vouch.
    (*USED, "If you ever hear who is shifting the stolen quad bikes, a quiet word would do everybody a favour.",
     "for intelligence", True),
    (*USED, "Elders will be invited to share what they hear about local offending with a detective on a "
     "confidential basis.", "for intelligence", True),
    (*USED, "Should you learn of individuals who appear intent on escalating matters, please share that "
     "information with the deputy chief in confidence.", "for intelligence", True),
    (*USED, "I want to hear what you hear from families, and I will come to listen.", "for intelligence", False),
    (*USED, "You will each be asked to give public endorsement of our approach.", "speak for the police", True),
    (*USED, "It would help me no end if you could let people know we're alright really.", "speak for the police",
     True),
    (*USED, "Could you let people know when the meeting is?", "speak for the police", False),
    # An earlier post quoted to be disowned is not the answer's own wording.
    (*HIDDEN, "Our first post said Mr. Hughes had a medical emergency. We didn't know that then and we don't know "
     "it now.", "medical event", False),
    (*HIDDEN, "Mr. Hughes had a medical emergency in the waiting room.", "medical event", True),
])
def test_harm_in_other_words(exercise, pid, sentence, reason, flagged):
    got = reasons(CLINIC, exercise, SHOT + sentence, pid)
    assert any(reason in r for r in got) is flagged, got


@pytest.mark.parametrize("sentence, promised", [
    # A finding of wrongdoing decides neither the officer's job nor a court's sentence.
    ("I can promise you he will never work in this department again.", True),
    ("He will not work for this department again.", True),
    ("I fully expect him to be prosecuted and to serve time for what he did.", True),
    ("He will go to prison for what he did.", True),
    ("He is going to prison for what he did, and I have already fired him.", True),
    ("Whether he keeps his job is for the Civil Service Commission hearing to decide.", False),
    ("No one here is promising that he will go to prison; that is for a court.", False),
])
def test_a_sanction_promised_after_a_finding_skips_the_hearing(sentence, promised):
    text = "Team, on Thursday night one of our officers punched Jerome Watkins outside the Quik-Mart. " + sentence
    got = reasons(EASTGATE, "officer-message", text, "accountability-with-officer-rights")
    assert any("promises punishment" in r for r in got) is promised, got


# The clinic's first statement, scored on the officer's rights too.
_CLINIC_PUBLIC = _scenario_from_text((Path(__file__).parent / "data" / "instructor-clinic.yaml").read_text(
    encoding="utf-8").replace("principles: [open-and-honest, inform-of-facts, no-victim-demonizing,",
                              "principles: [accountability-with-officer-rights, open-and-honest, inform-of-facts, "
                              "no-victim-demonizing,", 1))


@pytest.mark.parametrize("text, named", [
    # The scenario names no officer: a name given for the one who acted, or the one on leave, is released early.
    ("At about 10:05 a.m. Tuesday Officer Brent Talley shot Dale Hughes, 41, in the clinic waiting room.", True),
    (SHOT + "Officer Talley is on administrative leave.", True),
    # A name for someone else, who neither acted nor is under investigation, is not the officer's.
    (SHOT + "Sgt. Ben Tolliver runs our peer support team; call him any time.", False),
])
def test_an_officer_named_by_a_name_the_scenario_never_gives(text, named):
    got = reasons(_CLINIC_PUBLIC, "public-statement", text, "accountability-with-officer-rights")
    assert any("names an officer" in r for r in got) is named, got
    # the officer's colleagues, written to, already know the name
    got = reasons(CLINIC, "officer-message", text, "accountability-with-officer-rights")
    assert not any("names an officer" in r for r in got), got




@pytest.mark.parametrize("sentence, breaks", [
    # Someone the scenario never names, named with a word for who they are, against a norm on naming.
    ("I want to thank Marcus Dell, the boy who filmed it.", True),
    ("Coach Rivera tells me Jalen and his friends have been threatened online.", True),
    # A title makes a name an official's; nameless, the boy is not named; the scenario's own people may be.
    ("I will ask Coach Rivera and his players how they would like to meet.", False),
    ("I want to thank the boy who filmed it.", False),
    ("I will meet Denise Holloway and her daughter at the centre.", False),
])
def test_a_young_person_named_against_a_norm_on_naming(sentence, breaks):
    scenario = _riverside_with_norms(["No official names or identifies any young person from the youth league."])
    got = reasons(scenario, "engagement-plan", sentence, "cultural-awareness")
    assert any("goes against a local norm" in r for r in got) is breaks, got


@pytest.mark.parametrize("text, flagged", [
    # More stops offered as contact, however the parser reads "stop".
    ("We will step up stop checks on vans and trailers on the county roads to show residents we are serious.", True),
    ("We will increase traffic stops on Route 9 so people see us.", True),
    ("We stopped the checkpoints on Route 9 last year, and I will walk Main Street every Tuesday.", False),
])
def test_more_stops_offered_as_engagement(text, flagged):
    assert bool([r for r in plan_flags(text, "engage-personally") if "enforcement" in r]) is flagged


@pytest.mark.parametrize("sentence, breaks", [
    # A norm against going uninvited is kept by going only if invited.
    ("I would come to a practice and listen to the players, out of uniform, but only if you invite me.", False),
    ("I will come to the youth league's practice on Saturday to meet the players.", True),
])
def test_going_only_if_invited_keeps_a_norm_against_going_uninvited(sentence, breaks):
    scenario = _riverside_with_norms(["Officers do not come to the youth league's practices unless the coach has "
                                      "invited them."])
    got = reasons(scenario, "engagement-plan", sentence, "cultural-awareness")
    assert any("goes against a local norm" in r for r in got) is breaks, got


def _heldout34(name: str):
    return trustlib.load_scenario(Path(__file__).parents[1] / "benchmarks" / "heldout34" / name)


DEL_ORO = _heldout34("del-oro-ramp-shooting.yaml")
MERRITON = _heldout34("eastlake-middle-takedown.yaml")
SHOT_ON_RAMP = ("On Sunday at 5:15 p.m. an off-duty officer of ours fired two shots at a car on the Corbett Street "
                "on-ramp and wounded Alyssa Manalo, 19. ")
SLAMMED = ("Four weeks ago one of our school resource officers slammed Aaliyah Pettiford, 12, to a hallway floor at "
           "Eastlake Middle School. ")


@pytest.mark.parametrize("scenario, exercise, pid, text, reason, flagged", [
    # A question the scenario leaves open, named as open, puts no one on trial; the same words told as fact do.
    (DEL_ORO, "public-statement", "no-victim-demonizing",
     SHOT_ON_RAMP + "What we don't know yet is whether he had been drinking (his blood test is pending).",
     "on trial", False),
    (DEL_ORO, "public-statement", "no-victim-demonizing",
     SHOT_ON_RAMP + "Her brother had been drinking before he got in the car.", "on trial", True),
    # A process begun, or lying ahead, tells no outcome of it; a verb of its end does.
    (MERRITON, "four-week-statement", "inform-of-facts",
     SLAMMED + "The Department has begun dismissal proceedings, and the officer is entitled to a hearing and an "
     "appeal.", "not yet known (the outcome", False),
    (MERRITON, "four-week-statement", "inform-of-facts",
     SLAMMED + "At his dismissal hearing and appeal he was fired.", "not yet known (the outcome", True),
])
def test_open_questions_read_as_open(scenario, exercise, pid, text, reason, flagged):
    got = reasons(scenario, exercise, text, pid)
    assert any(reason in r for r in got) is flagged, got


SABLE_RIDGE = trustlib.load_scenario(Path(__file__).parents[1] / "benchmarks" / "heldout35" /
                                     "sable-ridge-hostage-shot.yaml")
DUNMORE = trustlib.load_scenario("dunmore-custody-death")
HOSTAGE_SHOT = ("At 2:56 p.m. Thursday one of our SWAT officers fired one rifle shot through the front window of the "
                "Summit Pharmacy. Travis Dempsey and Teresa Villasenor both died. ")


@pytest.mark.parametrize("scenario, text, flagged", [
    # A cause put to the death the question asks about, in any shape, answers it; a name does not hide it.
    (SABLE_RIDGE, HOSTAGE_SHOT + "Make no mistake: Mr. Dempsey is responsible for Mrs. Villasenor's death.", True),
    (SABLE_RIDGE, HOSTAGE_SHOT + "This tragic outcome is the direct result of the suspect's actions.", True),
    (SABLE_RIDGE, HOSTAGE_SHOT + "I told him the truth: yes, our officer's round killed her.", True),
    (DUNMORE, "Angela Morrow died Tuesday. Her death was caused by an underlying heart condition.", True),
    (DUNMORE, "Angela Morrow died Tuesday. She died of a heart attack.", True),
    # The question asked, or the death told without a cause the facts do not give, answers nothing.
    (SABLE_RIDGE, HOSTAGE_SHOT + "We do not yet know whether our officer's round killed her.", False),
    (SABLE_RIDGE, HOSTAGE_SHOT + "If our officer's round killed her, we will say so.", False),
    (DUNMORE, "Angela Morrow died Tuesday. The medical examiner will determine what caused her death.", False),
    (DUNMORE, "Angela Morrow died Tuesday. She died in hospital of her injuries.", False),
])
def test_cause_of_death_told_as_fact(scenario, text, flagged):
    got = reasons(scenario, "public-statement", text, "inform-of-facts")
    assert any("not yet known (what caused" in r for r in got) is flagged, got


BATTLE_RAPIDS = trustlib.load_scenario(Path(__file__).parents[1] / "benchmarks" / "heldout35" /
                                       "battle-rapids-missing-person.yaml")


@pytest.mark.parametrize("scenario, exercise, text, hidden", [
    # Where the police used no force, her death told plainly is no act of theirs left without its actor...
    (BATTLE_RAPIDS, "partner-message", "Kaylee Peyasiw, 19, was found on Sunday. Major Crimes is investigating her "
     "death.", False),
    # ... a softened word for it still hides what happened ...
    (BATTLE_RAPIDS, "partner-message", "Kaylee Peyasiw, 19, was found on Sunday. This is a tragedy for everyone.",
     True),
    # ... and where officers held her down, her death told without them hides who acted.
    (DUNMORE, "partner-message", "Angela Morrow died on Tuesday. The state police are investigating her death.", True),
    # An act told in a clause of its own before what is not known is told.
    (SABLE_RIDGE, "officer-message", "One SWAT officer fired one rifle shot, both Mr. Dempsey and Mrs. Villasenor "
     "died, and the cause of her wound is not yet known.", False),
    (SABLE_RIDGE, "officer-message", "We don't know yet what happened before the shot that killed them both.", True),
])
def test_who_acted_left_unsaid(scenario, exercise, text, hidden):
    got = reasons(scenario, exercise, text, "open-and-honest")
    assert any("without ever saying who did it" in r for r in got) is hidden, got


@pytest.mark.parametrize("said, apologises", [
    ("We are sorry that our officer fired into the crowd.", True),
    ("We regret that our officer punched Jerome Watkins.", True),
    # Sorrow that a harm befell him, with no one doing it, owns nothing.
    ("We regret that Darius was injured during this deployment.", False),
])
def test_regret_for_what_befell_someone_is_no_apology(said, apologises):
    got = reasons(EASTGATE, "public-statement", said, "admit-wrongdoing", "credit")
    assert any("apologises" in r for r in got) is apologises, got


@pytest.mark.parametrize("said, credit", [
    # The agency's own handling put before the outside body is accountability in other words.
    ("I've referred our handling of her report to SIRT.", "centres accountability"),
    # A status said not to judge the officers is a fair process for them.
    ("The constable and the sergeant are on administrative duties; that isn't a finding.", "fair process"),
    ("His leave is standard and is not discipline.", "fair process"),
])
def test_accountability_and_fair_process_in_other_words(said, credit):
    got = reasons(BATTLE_RAPIDS, "public-statement", said, "accountability-with-officer-rights", "credit")
    assert any(credit in r for r in got), got


def test_a_finding_told_is_no_fair_process():
    got = reasons(BATTLE_RAPIDS, "public-statement", "That is a finding of misconduct.",
                  "accountability-with-officer-rights", "credit")
    assert not any("fair process" in r for r in got), got


@pytest.mark.parametrize("scenario, exercise, said, reason, flagged", [
    # The question put to us is told, not answered; refused, it is respect.
    (BATTLE_RAPIDS, "public-statement", "I've been asked about her past. We will not talk about Kaylee's past.",
     "on trial", False),
    (BATTLE_RAPIDS, "public-statement", "We looked at her past and her record of arrests.", "on trial", True),
    # A stranger charged with her killing is not the person harmed; she, charged, is.
    (BATTLE_RAPIDS, "six-week-statement", "The medical examiner ruled Kaylee's death a homicide, and last week a man "
     "was charged with second-degree murder.", "on trial", False),
    (BATTLE_RAPIDS, "six-week-statement", "She was charged with shoplifting in 2022.", "on trial", True),
    # Where a man held her hostage, "the robbery suspect" is him, not the hostage the police shot.
    (SABLE_RIDGE, "public-statement", "Despite the best efforts of our negotiators, the robbery suspect was killed, "
     "and Teresa Villasenor died.", "calls someone a suspect", False),
    (SABLE_RIDGE, "public-statement", "Teresa Villasenor, the suspect, died.", "calls someone a suspect", True),
])
def test_a_question_told_a_stranger_charged_or_the_hostage_taker_puts_no_one_on_trial(scenario, exercise, said,
                                                                                       reason, flagged):
    got = reasons(scenario, exercise, said, "no-victim-demonizing")
    assert any(reason in r for r in got) is flagged, got


@pytest.mark.parametrize("sentence, left", [
    # What comes next ("so I won't repeat them") does not deny where the officers are sent to learn it.
    ("You'll see the Chief's remarks on the 4 o'clock news along with everybody else, so I won't repeat them here.",
     True),
    ("Once they're out, the Chief's remarks will be on the local stations for anyone who wants to follow along.",
     True),
    ("You'll hear the Chief's remarks from me at roll call before they go out, so you won't be caught off guard.",
     False),
])
def test_officers_sent_to_the_news_in_other_words(sentence, left):
    got = to_officers(sentence, "include-officers-in-messaging")
    assert bool(got) is left, got


OWES_YOU = ("Team, one of our officers shot Dale Hughes at the clinic this morning. I will brief every roll call.\n\n"
            "What the department owes you\n")


@pytest.mark.parametrize("lines, offered", [
    # A line of shorthand with a number in it offers what it names, in a memo of sentences too.
    ("- EAP, confidential, 24 hours: 555-0188.\n- Peer-support debriefs Mon/Thu 7 p.m., Harbor Road substation.\n",
     True),
    ("- Wellness and support.\n", False),
])
def test_a_shorthand_line_with_a_number_offers_support(lines, offered):
    got = reasons(CLINIC, "officer-message", OWES_YOU + lines, "support-officers", "credit")
    assert any("concrete support" in r for r in got) is offered, got


def test_a_verbless_piece_inside_a_line_belongs_to_the_sentence_before_it():
    text = ("We will meet the pastor and the elders of the church before we meet anyone else in the parish. Church "
            "hall, Wednesday after the 6:30 prayer, plain clothes.\n- Next update: Friday, 5 p.m.")
    clauses = [s.text for s in analyse(text).clauses]
    assert clauses == [text.split(". ")[0] + ".", "Next update: Friday, 5 p.m."], clauses


@pytest.mark.parametrize("sentence, dismissed", [
    ("Enforcement will always be part of the job, but it isn't the whole job.", False),
    ("What you saw is part of the job.", True),
    ("If this still has you needing a counsellor, ask yourself whether this job is the right fit.", True),
])
def test_a_task_of_the_job_is_no_burden_but_counselling_as_unfitness_is_dismissal(sentence, dismissed):
    got = to_officers(sentence, "support-officers")
    assert any("dismisses the need for support" in r for r in got) is dismissed, got


VERDON = trustlib.load_scenario(Path(__file__).parents[1] / "benchmarks" / "heldout29" /
                                "verdon-county-first-100-days.yaml")


def test_the_writers_own_line_given_is_no_call():
    # Walnut Ridge's bishops are never to be reached by phone: a letter that gives the writer's own number calls
    # no one.
    letter = ("Dear Pastor Ruiz,\n\nI would like to come to La Esperanza to listen, at a time your council chooses. "
              "I will bring an interpreter, and I will not ask anyone about their status.\n\nMy own phone: 555-0142.")
    got = reasons(VERDON, "letter-to-la-esperanza", letter, "cultural-awareness")
    assert not any("Walnut Ridge" in r for r in got), got


@pytest.mark.parametrize("scenario, said, reason, flagged", [
    # Members told the officers did their best, or steered back to the police's account: partners as endorsers.
    (SABLE_RIDGE, "I'd ask each of you to let your members know that our officers did everything they could to bring "
     "Mrs. Villasenor home.", "speak for the police", True),
    (SABLE_RIDGE, "I'm hoping we can find a quiet way to let people know that the officers on Mesa Road were trying "
     "to bring her home.", "speak for the police", True),
    (SABLE_RIDGE, "I would ask you to gently steer your members back toward what has been confirmed.",
     "speak for the police", True),
    (SABLE_RIDGE, "Please let your members know that I will hold a listening session on Monday at 6:30 p.m.",
     "speak for the police", False),
    # A list of her friends asked of her Nation's leaders: partners as informants.
    (BATTLE_RAPIDS, "Major Crimes would be grateful if Chief Moostoos could send us a list of Kaylee's friends from "
     "home.", "intelligence", True),
    (BATTLE_RAPIDS, "We will send the Friendship Centre a list of the support services open to families.",
     "intelligence", False),
])
def test_partners_asked_to_vouch_or_to_inform_in_other_words(scenario, said, reason, flagged):
    got = reasons(scenario, "partner-message", said, "engage-community-partners")
    assert any(reason in r for r in got) is flagged, got


@pytest.mark.parametrize("account, hides", [
    ("An officer deployed a conducted electrical weapon (CEW) at Mr. Hughes.", True),
    ("Mr. Hughes fell in the waiting room after the device was used.", True),
    ("He moved his hand toward his belt, and that's when the round went off.", True),
    ("Mr. Hughes's passing is a loss to the whole town.", True),
    ("One of our officers fired his Taser at Mr. Hughes.", False),
    ("The gun did not go off.", False),
])
def test_a_weapon_named_in_jargon_used_by_no_one_or_going_off_by_itself_hides_who_acted(account, hides):
    text = "Police were called to the clinic at 10 a.m. Tuesday. " + account + " We are sorry for his family."
    level = trustlib.score_response(CLINIC, "public-statement", text).principles["open-and-honest"].level
    assert (level == "violated") is hides, level


def test_weapons_in_general_use_or_a_commission_named_after_the_police_tell_no_act():
    general = SHOT + "These devices are used thousands of times a day across this country without anyone dying."
    assert not reasons(CLINIC, "public-statement", general, "open-and-honest")
    body = "We note the report of the Police Conduct Commission released today and respect its independent role."
    got = reasons(CLINIC, "public-statement", body, "open-and-honest", "credit")
    assert not any("active voice" in r for r in got), got


@pytest.mark.parametrize("sentence, withheld", [
    ("Body-worn camera video will be released upon the completion of the investigation.", True),
    ("We'll let you know when there's something we're able to share.", True),
    ("We'll have more to say once they've finished up and the dust has settled.", True),
    ("The matter is under investigation so I can't say more at this stage.", True),
    ("I can't say more about the officer until the investigators have spoken to him, and the video comes out "
     "Friday at noon.", False),
])
def test_information_held_until_the_work_is_done_or_there_is_something_to_share(sentence, withheld):
    level = trustlib.score_response(CLINIC, "public-statement", SHOT + sentence).principles[
        "transparency-and-accountability"].level
    assert (level == "violated") is withheld, level


@pytest.mark.parametrize("sentence, blames", [
    ("Given his age and poor health, he passed away the next day.", True),
    ("At his age any fall is going to be a serious business.", True),
    ("He was a man of advanced years, and the injury proved more than he could withstand.", True),
    ("At his age, he should never have been shot at.", False),
    ("We will give his family every support after his death.", False),
    ("His age had nothing to do with his death.", False),
])
def test_the_persons_age_or_frailty_told_as_why_the_harm_was_done(sentence, blames):
    got = reasons(CLINIC, "public-statement", SHOT + sentence, "no-victim-demonizing")
    assert any("age or frailty" in r for r in got) is blames, got


def _eastgate_with_discipline_open():
    """Eastgate (wrongdoing established) with the officer's discipline left open, as an instructor might add."""
    data = (Path(__file__).parent.parent / "scenarios" / "eastgate-restraint-video.yaml").read_text(encoding="utf-8")
    extra = ("    - id: discipline\n      text: \"what discipline the officer will receive after his hearing\"\n"
             "      asserted_by: [\"the officer will be fired\"]\n")
    return _scenario_from_text(data.replace("  unknowns:\n", "  unknowns:\n" + extra, 1))


EASTGATE_OPEN = _eastgate_with_discipline_open()


@pytest.mark.parametrize("sentence, told", [
    ("He will be dismissed once Professional Standards completes its review.", True),
    ("Let me be clear: that officer will not be wearing this uniform again.", True),
    ("He will be fired if the hearing upholds the finding.", False),
    ("In my view he should never wear our badge again.", False),
    ("Officers will not wear uniform at the community meeting.", False),
])
def test_a_sanction_the_finding_left_to_a_hearing_told_as_fact(sentence, told):
    text = "An Eastgate officer struck Mr. Watkins while he was handcuffed, and the review found it broke policy. "
    got = reasons(EASTGATE_OPEN, "public-statement", text + sentence, "inform-of-facts")
    assert any("not yet known (what discipline" in r for r in got) is told, got


@pytest.mark.parametrize("sentence, blames", [
    ("The Eastside Community Clinic rang us about a man with a blade. If it was a medical matter, that's who they "
     "should have rung.", True),
    ("We have spoken with the Eastside Community Clinic. Had the clinic called an ambulance instead of police, the "
     "outcome may well have been different.", True),
    ("The Eastside Community Clinic did the right thing by calling for help. We should have called the family "
     "sooner.", False),
    ("I will meet the Eastside Community Clinic's staff on Friday to hear what they saw.", False),
    ("The Eastside Community Clinic called us. The officer should have called for an ambulance and taken him to "
     "hospital.", False),
    ("From Monday the Eastside Community Clinic's nurses will lead these calls rather than us.", False),
])
def test_blame_put_on_the_partner_who_called_for_help(sentence, blames):
    got = reasons(CLINIC, "public-statement", SHOT + sentence, "engage-community-partners")
    assert any("blames a partner" in r for r in got) is blames, got


ELK_BEND = trustlib.load_scenario(Path(__file__).parents[1] / "benchmarks" / "heldout36" /
                                  "elk-bend-swatting-shooting.yaml")
DOOR = ("At about 10:03 p.m. Darius Kemp, 28, opened the front door of his home on North Linden Street, and one of our "
        "officers shot him once with a rifle. He died at the scene. ")


@pytest.mark.parametrize("sentence", [
    # the false call told as the call it was, not as what happened
    "At approximately 9:40 p.m. on Saturday, November 9, the Dunbar County Emergency Communications Center "
    "received a 911 call, placed through an internet telephone service, reporting that the caller had shot his "
    "father at a residence in the 2200 block of North Linden Street and was holding two family members at gunpoint.",
    # the partner's people cleared, not the officer
    "Mr. Ngo, your members did nothing wrong, and I will say so today.",
    # another wrongdoer condemned
    "The FBI is hunting the caller, and he will answer for that call.",
])
def test_what_the_call_said_and_others_cleared_or_condemned_are_no_false_claims(sentence):
    assert not reasons(ELK_BEND, "public-statement", DOOR + sentence, "inform-of-facts")


@pytest.mark.parametrize("sentence", [
    "Our officers did nothing wrong.",
    "The officer will answer for that shot.",
])
def test_the_officer_cleared_or_condemned_before_the_bureau_reports(sentence):
    assert reasons(ELK_BEND, "public-statement", DOOR + sentence, "inform-of-facts")


WIRRALONG = trustlib.load_scenario(Path(__file__).parents[1] / "benchmarks" / "heldout36" /
                                   "wirralong-aged-care-taser.yaml")


def test_a_heading_put_as_a_question_states_nothing():
    text = ("What happened\n- At about 5:07 am Wednesday a constable fired a Taser at Dorothy Fairweather, 93, in a "
            "corridor of Banksia Lodge.\n\nWho is investigating\n- Detectives from the Eastern Ranges Police "
            "District, overseen by the Police Conduct Commission.")
    assert not reasons(WIRRALONG, "public-statement", text, "inform-of-facts")


CAPITALS = _riverside_with_norms([
    "Write and say Deaf and Hmong with capital letters: they are the names of peoples and cultures.",
    "Never ask about immigration status at a community meeting or when someone reports a crime.",
])


@pytest.mark.parametrize("sentence, breaks", [
    ("I will meet the hmong clan leaders in my first month.", True),
    ("I will meet Hmong clan leaders and the Deaf club in my first month.", False),
    ("I will ask Mr. Vang for a meeting with Hmong elders at the temple on a Saturday.", False),
    ("Officers will ask about immigration status at each community meeting.", True),
])
def test_a_name_written_in_lower_case_and_a_meeting_asked_for_is_no_question_asked(sentence, breaks):
    assert bool(norm_flags(sentence, CAPITALS)) is breaks, norm_flags(sentence, CAPITALS)


@pytest.mark.parametrize("sentence, flagged", [
    ("Anyone who uses a slur from now on will be out of the door the same day, no ifs and no buts.", True),
    ("Any officer who uses that word is finished in this force.", True),
    ("Don't say 'illegal encampment' about people, and the word 'pikey' is finished in this force.", False),
])
def test_dismissal_on_the_spot_and_a_word_retired(sentence, flagged):
    assert bool(to_officers(sentence, "accountability-with-officer-rights")) is flagged


@pytest.mark.parametrize("text, level", [
    # the second subject the parser hangs beside the first verb
    (DOOR.replace("Darius Kemp, 28, opened", "Darius Kemp, 28, who lived there with his mother, opened").replace(
        "and one of our officers shot", "and one of our officers, positioned across the street, shot"), "met"),
    # a charge before a court, not the facts, kept from comment
    (DOOR + "The officer has been charged. The court has not yet ruled on the charge, and we will not comment on it.",
     "met"),
    (DOOR + "We will not comment on it.", "violated"),
])
def test_a_subject_set_beside_the_first_verb_and_a_charge_before_the_court(text, level):
    got = trustlib.score_response(ELK_BEND, "public-statement", text).principles["open-and-honest"]
    assert got.level == level, [e.reason for e in got.evidence]


SEASONS = _riverside_with_norms([
    "Many Hmong farming families work the fields from May to late September, and the men work weekday daytimes: hold "
    "meetings from October to April, on weekday evenings after 6 p.m. or on Saturday mornings.",
])


@pytest.mark.parametrize("sentence, breaks", [
    ("I will hold all these meetings in my first three weeks, in September, when the interpreters are free.", True),
    ("I will hold the community meetings during office hours on weekdays.", True),
    ("I will hold the community meetings on Tuesday 7 October at 7 p.m. and on Saturday mornings in November.",
     False),
    ("We may meet again when families are back.", False),
])
def test_meetings_outside_the_months_and_hours_a_norm_gives(sentence, breaks):
    assert bool(norm_flags(sentence, SEASONS)) is breaks, norm_flags(sentence, SEASONS)


def _heldout37(name: str):
    return trustlib.load_scenario(Path(__file__).parents[1] / "benchmarks" / "heldout37" / name)


HARROW = _heldout37("harrow-hill-dog-shot.yaml")  # wrongdoing open at first, established at three weeks
CORRIN = _heldout37("corrin-library-restraint.yaml")  # at two weeks the findings clear the force; a change made
QUEMADO = _heldout37("puerto-quemado-before.yaml")
GATE = ("On Saturday one of our officers, whom we had sent to the wrong address, opened a side gate on Linden Street "
        "and fired twice at a family's dog; the dog died, and a bullet fragment struck a 9-year-old girl, Amara "
        "Okafor-Lewis, in the leg.")
FLOOR = ("This morning two of our constables took Tobias Reyes-Whitford, 16, to the floor of the library reading "
         "room. ")


@pytest.mark.parametrize("exercise, text, level", [
    # a first clause the parser hangs on the clause after the semicolon keeps its subject
    ("officer-message", GATE, "met"),
    # what the shots did, told right after the officer who fired them
    ("public-statement", "Duke ran toward him barking, and the officer fired two shots. Duke was killed.", "met"),
    # "used force" tells no act, so what it did is still told without its doer
    ("public-statement", "One of our officers used force on a girl at the party. She was injured.", "partial"),
    ("public-statement", "Officers went to the wrong house. Amara was wounded.", "violated"),
])
def test_what_an_act_told_just_before_did_and_a_subject_before_a_semicolon(exercise, text, level):
    got = trustlib.score_response(HARROW, exercise, text).principles["open-and-honest"]
    assert got.level == level, [e.reason for e in got.evidence]


@pytest.mark.parametrize("sentence, flagged", [
    # the finding the facts record, told in other words by the body that made it
    ("Our own Professional Standards Branch found their force was within our policy as written.", False),
    ("The constables did nothing wrong.", True),
])
def test_a_finding_told_by_the_body_the_facts_name(sentence, flagged):
    got = reasons(CORRIN, "two-week-statement", FLOOR.replace("This morning", "Two weeks ago") + sentence,
                  "inform-of-facts")
    assert any("judgement the investigation has not made" in r for r in got) is flagged, got


@pytest.mark.parametrize("exercise, sentence, pid, flagged", [
    # what the call reported, told as the call, is the call; told flatly it is a claim
    ("public-statement", "This morning, after a library guard called about a teenager refusing to leave the reading "
     "room, two of our constables took Tobias Reyes-Whitford, 16, to the floor.", "no-victim-demonizing", False),
    ("public-statement", "This morning, after a library guard called about a teenager refusing to leave the reading "
     "room, two of our constables took Tobias Reyes-Whitford, 16, to the floor.", "inform-of-facts", False),
    ("public-statement", FLOOR + "Tobias refused to leave.", "no-victim-demonizing", True),
    # the guard's account, which is not known, told as said
    ("public-statement", FLOOR + "The guard had told the constables the teenager was aggressive.", "inform-of-facts",
     True),
    # "fine" said of a way of writing to him, not of him
    ("partner-casa", FLOOR + "His collarbone is broken. Typed input is fine.", "inform-of-facts", False),
    ("partner-casa", FLOOR + "He is fine.", "inform-of-facts", True),
    # a label's "know" is not the question of whether the constables knew
    ("partner-casa", "What we know: on Tuesday two of our constables took Tobias Reyes-Whitford, 16, an autistic and "
     "non-speaking young man, to the floor of the library reading room.", "inform-of-facts", False),
])
def test_what_a_call_reported_a_speakers_account_and_a_label(exercise, sentence, pid, flagged):
    got = reasons(CORRIN, exercise, sentence, pid)
    assert bool(got) is flagged, got


@pytest.mark.parametrize("sentence, level", [
    ("We do not know yet whether his actions were within policy.", "met"),
    ("There is a lot we don't know yet: what the officer saw, and whether his actions were within policy.", "met"),
    ("I will not tell you tonight that he had no choice, and I will not tell you that he broke our rules.", "met"),
    # what the officer saw, said to be unknown, leaves the judgement of it open too
    ("We do not know yet what the officer saw.", "met"),
    ("Our officer shot the dog.", "partial"),
])
def test_the_judgement_named_among_what_is_not_known_is_left_open(sentence, level):
    got = trustlib.score_response(HARROW, "public-statement", sentence).principles["admit-wrongdoing"]
    assert got.level == level, [e.reason for e in got.evidence]


@pytest.mark.parametrize("scenario, exercise, sentence, flagged", [
    (QUEMADO, "leaders-message", "I would also ask that you keep us in the loop on anyone at the shelter who worries "
     "you.", True),
    (QUEMADO, "leaders-message", "I will keep you in the loop on anything we decide.", False),
    (HARROW, "partner-message", "If you hear who's been passing around the videos, send the names my way.", True),
    (CORRIN, "partner-casa", "If you hear anything about who's organizing beyond CASA, give me a shout on the side.",
     True),
])
def test_partners_asked_to_pass_on_names_or_word_on_the_quiet(scenario, exercise, sentence, flagged):
    got = [r for r in reasons(scenario, exercise, sentence, "engage-community-partners") if "intelligence" in r]
    assert bool(got) is flagged, got


@pytest.mark.parametrize("scenario, exercise, sentence, breaks", [
    # an act done for the family is not done by naming them or talking about them
    (QUEMADO, "engagement-plan", "The 14 November vigil only if the Garza family says yes.", False),
    (QUEMADO, "engagement-plan", "I am prepared to talk about Benny Garza and what this department owes his family.",
     False),
    (QUEMADO, "engagement-plan", "I will speak for the Garza family at the council meeting.", True),
    # a room of the police building is the building
    (QUEMADO, "engagement-plan", "Westside residents will meet in the HQ community room.", True),
    (QUEMADO, "engagement-plan", "I will hold a Westside meeting at the parish hall, not in the HQ community room.",
     False),
    # an officer the norm names among those ruled out is no source of interpreters
    (QUEMADO, "leaders-message", "Officer Andrés Tzul speaks K'iche', so he'll come along to interpret.", True),
    # "no marked cars outside" is a thing ruled out, not a verb
    (QUEMADO, "engagement-plan", "I will come to Casa Peregrina in a marked car and park it outside.", True),
    # the words the norm rules out, in what no one will call him
    (CORRIN, "partner-casa", 'And no one here will describe him, or anyone, as "suffering from" autism.', False),
    (CORRIN, "partner-casa", "We will describe him as suffering from autism.", True),
    # "no one is to phone him": him is Tobias, not his mother
    (CORRIN, "partner-casa", "A detective will phone Tobias tonight.", True),
    (CORRIN, "partner-casa", "I will phone Ms. Reyes tonight.", False),
    # the one the norm's pronoun stands for is the one written to
    (HARROW, "partner-message", "Dear Mrs. Adebayo, I would welcome the chance to meet the Association's members this "
     "week.", False),
    (HARROW, "partner-message", "Dear Mr. Whitcomb, I would welcome the chance to meet the Association's members this "
     "week.", True),
])
def test_norms_read_for_whom_where_and_by_whom(scenario, exercise, sentence, breaks):
    got = [r for r in reasons(scenario, exercise, sentence, "cultural-awareness") if "local norm" in r]
    assert bool(got) is breaks, got


def test_the_call_answered_is_no_release_and_coming_when_invited_is_no_delay():
    said = reasons(CORRIN, "public-statement", "On Tuesday at about 10:40, members responded to the Central Library "
                   "for a report of a trespasser refusing to leave.", "transparency-and-accountability", "credit")
    assert not [r for r in said if "clock" in r]
    said = reasons(QUEMADO, "leaders-message", "Ms. Castro, I will come when the elders are ready and speak only when "
                   "invited.", "transparency-and-accountability")
    assert not [r for r in said if "open-ended" in r]
    said = reasons(QUEMADO, "leaders-message", "We will share the figures when they are ready.",
                   "transparency-and-accountability")
    assert [r for r in said if "open-ended" in r]


def test_statements_read_at_roll_call_before_they_go_to_the_media():
    text = (GATE + " Before Monday's update and Tuesday's video release go to the media, sergeants will read them to "
            "every shift at roll call.")
    got = trustlib.score_response(HARROW, "officer-message", text).principles["include-officers-in-messaging"]
    assert any("before the media" in e.reason for e in got.evidence), [e.reason for e in got.evidence]


@pytest.mark.parametrize("sentence, credit", [
    ("Every complaint gets a real look and a real answer.", "centres accountability"),
    ("They keep every right they have, and no one from this building will pronounce on them in public before the "
     "SIO is done.", "fair process"),
])
def test_accountability_and_rights_in_plain_words(sentence, credit):
    got = reasons(HARROW, "officer-message", GATE + " " + sentence, "accountability-with-officer-rights", "credit")
    assert any(credit in r for r in got), got


def test_a_doctor_seen_in_confidence_is_counselling():
    text = GATE + " Peer-support debriefs are at 4 p.m. today, and Dr. Ferris is available in confidence at 555-0179."
    got = trustlib.score_response(HARROW, "officer-message", text).principles["support-officers"]
    assert got.level == "met", [e.reason for e in got.evidence]


@pytest.mark.parametrize("sentence, level", [
    # a body named for its work investigates, though its name is kept as a name
    ("The Special Investigations Office will determine that independently. Both constables are on administrative "
     "duties.", "met"),
    ("We will not investigate this. Both constables are on administrative duties.", "partial"),
])
def test_the_investigating_body_named_by_its_name(sentence, level):
    got = trustlib.score_response(CORRIN, "public-statement", FLOOR + sentence).principles["announce-agency-response"]
    assert got.level == level, [e.reason for e in got.evidence]


@pytest.mark.parametrize("sentence, left_out", [
    ("You'll hear what we're saying publicly when it's out.", True),
    ("The plan goes to the council on September 30, and you can read the details in the Sentinel the following "
     "morning.", True),
    ("You will see every statement an hour before it's out.", False),
])
def test_officers_left_to_hear_it_once_it_is_out(sentence, left_out):
    got = reasons(HARROW, "officer-message", GATE + " " + sentence, "include-officers-in-messaging")
    assert bool(got) is left_out, got


@pytest.mark.parametrize("sentence, flagged", [
    # the facts say her wound is not life-threatening: saying so plays nothing down
    ("A juvenile female sustained a non-life-threatening injury and was taken to hospital.", False),
    ("Amara suffered only minor injuries.", True),
])
def test_not_life_threatening_where_the_facts_say_so(sentence, flagged):
    got = [r for r in reasons(HARROW, "public-statement", sentence, "inform-of-facts") if "plays down" in r]
    assert bool(got) is flagged, got


@pytest.mark.parametrize("sentence, level", [
    ("We do not yet know what the officer saw, or whether his decision to fire was consistent with our policy.",
     "met"),
    ("His decision to fire was consistent with our policy.", "violated"),
])
def test_consistent_with_our_policy_asked_or_declared(sentence, level):
    got = trustlib.score_response(HARROW, "public-statement", sentence).principles["admit-wrongdoing"]
    assert got.level == level, [e.reason for e in got.evidence]


def test_the_officers_shots_owned_as_a_breach_say_who_acted():
    text = ("Our Professional Standards Bureau has finished its review. It found that Officer Kyle Brandt's two shots "
            "in the Okafor-Lewis family's back yard violated our policy.")
    got = trustlib.score_response(HARROW, "three-week-statement", text).principles["open-and-honest"]
    assert got.level == "met", [e.reason for e in got.evidence]


K9 = trustlib.load_scenario(Path(__file__).parents[1] / "benchmarks" / "heldout" / "k9-bite.yaml")


@pytest.mark.parametrize("scenario, exercise, sentence, credited", [
    # the family's dog is no police dog; a police dog is
    (HARROW, "officer-message", "A large dog that was loose in the yard came straight at him.", False),
    (K9, "public-statement", "The police dog bit a 15-year-old boy in his backyard.", True),
    # meeting or escorting someone tells no act done to him
    (CORRIN, "public-statement", "Attending members encountered a 16-year-old male who declined to comply with "
     "direction to exit the premises.", False),
    (CORRIN, "public-statement", "The constables were responding to a call about a youth who pulled away when they "
     "tried to escort him out.", False),
    (CORRIN, "public-statement", FLOOR, True),
])
def test_who_did_what_is_the_polices_act_on_the_person(scenario, exercise, sentence, credited):
    got = reasons(scenario, exercise, sentence, "open-and-honest", "credit")
    assert any("active voice" in r for r in got) is credited, got


@pytest.mark.parametrize("sentence, pid, flagged", [
    ("Nobody on this department ever needed a couch and a box of tissues to walk a beat.", "support-officers", True),
    ("We're not going to wrap anyone in cotton wool over fifty seconds on a library carpet.", "support-officers", True),
    ("If the two lads want a chat, the door's open, but I'd rather they got back in the saddle.", "support-officers",
     True),
    ("I'm not running a complaint factory, and what happens on the street stays with the people who were there.",
     "accountability-with-officer-rights", True),
    ("Don't sweat the shelter crowd filing paper on you.", "accountability-with-officer-rights", True),
    ("Every complaint will be investigated and answered.", "accountability-with-officer-rights", False),
])
def test_support_and_accountability_waved_off_in_folk_words(sentence, pid, flagged):
    assert bool(reasons(QUEMADO, "officer-message", sentence, pid)) is flagged


@pytest.mark.parametrize("sentence, flagged", [
    ("Any officer who so much as asks a shelter resident for papers will be fired on the spot.", False),
    ("Officers will ask shelter residents for their papers at each visit.", True),
])
def test_a_check_of_papers_forbidden_on_pain_of_dismissal_is_none(sentence, flagged):
    got = [r for r in reasons(QUEMADO, "officer-message", sentence, "respect-every-encounter") if "papers" in r]
    assert bool(got) is flagged, got


@pytest.mark.parametrize("scenario, exercise, sentence", [
    (HARROW, "partner-message", "Could you put the word out that folks should hold off until the facts are in, and "
     "maybe remind people of all the good things we've done together?"),
    (QUEMADO, "leaders-message", "The Department requests that partner organizations relay the Department's assurances "
     "to their constituencies and encourage residents to comply promptly with officers' instructions."),
])
def test_partners_asked_to_hold_people_back_or_vouch_in_other_words(scenario, exercise, sentence):
    got = reasons(scenario, exercise, sentence, "engage-community-partners")
    assert any("speak for the police" in r for r in got), got


def _heldout38(name: str):
    return trustlib.load_scenario(Path(__file__).parents[1] / "benchmarks" / "heldout38" / name)


WYEMOOR = _heldout38("wyemoor-spit-hood-care-home.yaml")  # policy question open at first, breach at three weeks
FAIRBRIDGE = _heldout38("fairbridge-morning-walk.yaml")


@pytest.mark.parametrize("scenario, sentence, flagged", [
    # the hood officers put on her is no conduct of hers; spitting would be
    (WYEMOOR, "Two of our constables handcuffed Kaycee and put a spit hood over her head.", False),
    (WYEMOOR, "Kaycee lunged at one of our constables before they put a spit hood on her.", True),
    # a question put to the chief, told in order to refuse it
    (FAIRBRIDGE, "I have been asked whether Mr. Sandhu ignored orders. I will not say that.", False),
    (FAIRBRIDGE, "Mr. Sandhu ignored orders.", True),
    # drugs hinted, not named
    (WYEMOOR, "Staff have told us they believe Kaycee may have taken something earlier in the evening.", True),
    (WYEMOOR, "We have no evidence that Kaycee had taken anything.", False),
    # a child's history in care put forward as the reason for the force
    (WYEMOOR, "Officers were dealing with a young person with complex needs and a history of escalation at her "
     "placement.", True),
    (WYEMOOR, "Kaycee has behavioural problems.", True),
    (WYEMOOR, "The young person is known to the home, having a history of challenging behaviour.", True),
    (WYEMOOR, "We will not discuss Kaycee's care history.", False),
])
def test_what_puts_the_person_on_trial(scenario, sentence, flagged):
    assert bool(reasons(scenario, "public-statement", sentence, "no-victim-demonizing")) is flagged


@pytest.mark.parametrize("scenario, sentence, credited", [
    (FAIRBRIDGE, "At 7:17 one of our officers swept the legs of Gurdev Singh Sandhu on Orchard Vista Drive.", True),
    (WYEMOOR, "Just before 22:00 the two PCs handcuffed her and put a spit hood over her head.", True),
    (FAIRBRIDGE, "Mr. Sandhu was taken to the ground by one of our officers and is in intensive care.", True),
    # the "by" of the last of a list of participles is every one's
    (WYEMOOR, "A 13-year-old girl, handcuffed, hooded and pinned face down on the floor of her own home by two of "
     "our officers.", True),
    (WYEMOOR, "A 13-year-old girl was handcuffed and pinned face down on the floor of her own home.", False),
])
def test_who_did_what_in_words_of_takedown_and_constables(scenario, sentence, credited):
    got = reasons(scenario, "public-statement", sentence, "open-and-honest", "credit")
    assert any("active voice" in r for r in got) is credited, got


@pytest.mark.parametrize("sentence, flagged", [
    ("I will not let this be swept under the rug.", False),
    ("Mr. Sandhu was swept off his feet on the sidewalk.", True),
])
def test_a_sweep_hides_an_actor_only_when_it_is_done_to_a_person(sentence, flagged):
    got = reasons(FAIRBRIDGE, "public-statement", sentence, "open-and-honest")
    assert any("passive" in r for r in got) is flagged, got


@pytest.mark.parametrize("exercise, sentence, flagged", [
    # questions named, and whose they are, answer nothing
    ("public-statement", "What the officers were told, and whether our policy on spit hoods was followed, are "
     "questions for the investigation.", False),
    ("public-statement", "Our initial review of the footage indicates the officers followed force policy.", True),
    # the hearing's outcome foretold is no rule for the future
    ("three-week-statement", "Let me be clear: those two officers will be sacked, and they are on restricted duties "
     "until they are.", True),
    ("three-week-statement", "Both constables will be kept on restricted duties until the hearing.", False),
])
def test_what_is_not_yet_known_told_or_left_open(exercise, sentence, flagged):
    got = reasons(WYEMOOR, exercise, sentence, "inform-of-facts")
    assert any("not yet known" in r or "judgement" in r for r in got) is flagged, got


@pytest.mark.parametrize("sentence, clears", [
    ("Our policy on spit hoods was followed.", True),
    ("Our policy on spit hoods was not followed.", False),
    ("We do not know whether our policy on spit hoods was followed.", False),
])
def test_a_policy_followed_said_in_the_passive_clears_the_officers(sentence, clears):
    assert bool(reasons(WYEMOOR, "public-statement", sentence, "admit-wrongdoing")) is clears


MARROWBROOK = _heldout38("marrowbrook-campus-before.yaml")


@pytest.mark.parametrize("scenario, exercise, sentence, credit", [
    # no finding yet is no finding that they did nothing wrong
    (WYEMOOR, "public-statement", "Both constables are on restricted duties; they have not been found to have done "
     "anything wrong, and we will not name them.", "fair process"),
    (WYEMOOR, "public-statement", "No one here is clearing the officers or condemning them in advance.",
     "fair process"),
    # the case handed to an outside body is accountability
    (WYEMOOR, "public-statement", "IPSO is investigating independently after our referral at 11.30 this morning.",
     "accountability"),
    (WYEMOOR, "public-statement", "We referred this to the Independent Police Standards Office this morning.",
     "accountability"),
])
def test_accountability_and_fair_process_in_other_words(scenario, exercise, sentence, credit):
    got = reasons(scenario, exercise, sentence, "accountability-with-officer-rights", "credit")
    assert any(credit in r for r in got), got
    assert not reasons(scenario, exercise, sentence, "accountability-with-officer-rights")


def test_wrongdoing_denied_by_a_finding_still_clears():
    got = reasons(WYEMOOR, "public-statement", "The review found that they did not do anything wrong.",
                  "accountability-with-officer-rights")
    assert any("in the right" in r for r in got), got


@pytest.mark.parametrize("sentence, level", [
    # peer support, a psychologist in confidence and a day off: three kinds
    ("Peer support meets at the north station Friday at 4 p.m., Dr. Ellen Park is at 555-0177 in confidence, and if "
     "you need a day, tell your sergeant and you'll get it.", "met"),
    ("Peer support meets at the north station Friday at 4 p.m.", "partial"),
    ("Nobody at Astley Cross needs a group hug over a phone video; what you need is to get your heads down.",
     "violated"),
])
def test_support_in_the_words_officers_use(sentence, level):
    assert trustlib.score_response(FAIRBRIDGE, "officer-message", sentence).principles["support-officers"].level \
        == level


@pytest.mark.parametrize("sentence, ahead", [
    ("You'll each get both texts at roll call on Thursday and Friday, days before anyone outside this building sees "
     "them.", True),
    ("Before it's public you'll have the text: sergeants will go over it at roll call on the 19th.", True),
    ("Sergeants will read both texts to every shift at roll call on Thursday and Friday.", True),
    ("You will see the texts on the website when they are published.", False),
])
def test_officers_given_the_words_before_the_public(sentence, ahead):
    got = reasons(MARROWBROOK, "officer-message", sentence, "include-officers-in-messaging", "credit")
    assert any("before the media" in r for r in got) is ahead, got


@pytest.mark.parametrize("sentence, breaks", [
    ("We'll try to be at more campus events this semester.", False),
    ("Officers will take photos of students at the welcome event for our Instagram.", True),
])
def test_naming_whom_a_norm_protects_is_not_doing_what_it_forbids(sentence, breaks):
    got = reasons(MARROWBROOK, "engagement-plan", sentence, "cultural-awareness")
    assert any("local norm" in r for r in got) is breaks, got


@pytest.mark.parametrize("scenario, exercise, sentence, flagged", [
    (WYEMOOR, "partner-message", "It would help enormously if VLAC could say publicly that the force is taking this "
     "seriously.", True),
    (WYEMOOR, "partner-message", "Perhaps VLAC could hold off on calling for a ban until the review reports.", True),
    (WYEMOOR, "partner-message", "I can say that the force is taking this seriously.", False),
    (WYEMOOR, "partner-message", "Could we meet on Friday to hear what your Young Advisers want changed?", False),
    (FAIRBRIDGE, "gurdwara-message", "If the elders could remind folks that Fairbridge PD has always been a friend to "
     "this gurdwara, that would go a long way.", True),
    (FAIRBRIDGE, "gurdwara-message", "If the elders could say a word from the stage to keep heads cool, that would "
     "help.", True),
])
def test_partners_asked_to_vouch_hush_or_calm(scenario, exercise, sentence, flagged):
    assert bool(reasons(scenario, exercise, sentence, "engage-community-partners")) is flagged


@pytest.mark.parametrize("sentence, credit", [
    # British numbers are a way to reach the agency too
    ("Questions to the press office on 01632 960410.", "reach the agency"),
    ("Mark Ellery, Deputy Chief Constable, 07700 900182", "reach the agency"),
    ("The review summary is on our website from today.", "stated clock"),
    ("Our review of spit hood use on under-18s will report within three weeks.", "stated clock"),
])
def test_ways_to_reach_the_force_and_reports_with_a_clock(sentence, credit):
    got = reasons(WYEMOOR, "three-week-statement", sentence, "transparency-and-accountability", "credit")
    assert any(credit in r for r in got), got


def test_a_review_of_training_promises_no_release():
    assert not reasons(WYEMOOR, "three-week-statement", "We will review our training.",
                       "transparency-and-accountability", "credit")


@pytest.mark.parametrize("sentence", [
    "Both constables are on restricted duties away from the public.",
    "Both PCs are on restricted, non-public-facing duties.",
])
def test_restricted_duties_are_a_duty_status(sentence):
    got = reasons(WYEMOOR, "public-statement", sentence, "announce-agency-response", "credit")
    assert any("duty status" in r for r in got), got


@pytest.mark.parametrize("sentence, owned", [
    # once the wrong is established, owning it is the agency holding itself to account
    ("That was our failure, and I am sorry.", True),
    ("We recognise the concern this incident has caused in the community.", False),
])
def test_owning_an_established_wrong_is_accountability(sentence, owned):
    got = reasons(WYEMOOR, "three-week-statement", sentence, "accountability-with-officer-rights", "credit")
    assert any("accountability" in r for r in got) is owned, got


@pytest.mark.parametrize("sentence, breaks", [
    # the committee's norm keeps Sunday morning for the diwan
    ("I would like to come to the gurdwara this Sunday at 10 a.m., during the diwan, to listen to the committee.",
     True),
    ("I would like to come to the gurdwara this Sunday at 6 p.m. to listen to the committee.", False),
    ("I would like to visit the gurdwara on Sunday afternoon to listen.", False),
])
def test_a_morning_a_norm_keeps_is_only_that_morning(sentence, breaks):
    got = reasons(FAIRBRIDGE, "gurdwara-message", sentence, "cultural-awareness")
    assert any("local norm" in r for r in got) is breaks, got


@pytest.mark.parametrize("sentence, breaks", [
    # the BSU asks for officers out of uniform and unarmed inside the Black Cultural Center
    ("Our officers will drop by the Cultural Center in full kit to show we are approachable.", True),
    ("I'd like four of you at the BCC on the 26th in Class A uniform, duty belts on.", True),
    ("I will come to the Black Cultural Center unarmed and out of uniform.", False),
    ("Officers will not be in uniform at the Black Cultural Center.", False),
    ("Officers in uniform will attend the Black History Month events.", False),
])
def test_officers_sent_in_uniform_where_a_norm_asks_for_plain_clothes(sentence, breaks):
    got = reasons(MARROWBROOK, "engagement-plan", sentence, "cultural-awareness")
    assert any("local norm" in r for r in got) is breaks, got


@pytest.mark.parametrize("sentence, pid, flagged", [
    # a word named is not a word used
    ("I'll hear them out about the parties before anybody says the word crackdown.", "engage-personally", False),
    ("We will run a crackdown on Eastside parties.", "engage-personally", True),
    # declining to approach one student directly leaves no group out
    ("I will meet the Black Student Union at the BCC. Ask Amara whether Jalen wants any part in it - I do not "
     "contact him myself.", "meet-all-groups", False),
    ("I will not meet the Eastside Neighbors Association.", "meet-all-groups", True),
])
def test_a_word_named_and_one_person_not_approached(sentence, pid, flagged):
    assert bool(reasons(MARROWBROOK, "engagement-plan", sentence, pid)) is flagged


def _heldout39(name: str):
    return trustlib.load_scenario(Path(__file__).parents[1] / "benchmarks" / "heldout39" / name)


GALLOWAY = _heldout39("galloway-springs-garage-correction.yaml")  # a wrong 2 a.m. statement, a finding at six weeks
KESTREL = _heldout39("kestrel-bay-party-taser.yaml")  # a constable charged at six weeks
CORVALLO = _heldout39("corvallo-county-farmworkers-before.yaml")  # before any incident; a 2024 wrong to own


@pytest.mark.parametrize("sentence, flagged", [
    # the norm asks for "Doña Eufemia", never "Eufemia" alone
    ("Dear Doña Eufemia, Father Echeverría and Ms. Paz: I am Paul Navarre, your new sheriff.", False),
    ("Dear Eufemia, Father Echeverría and Ms. Paz: I am Paul Navarre, your new sheriff.", True),
])
def test_a_title_the_scenario_puts_before_a_first_name_is_the_form_asked_for(sentence, flagged):
    got = reasons(CORVALLO, "leader-message", sentence, "cultural-awareness")
    assert any("Don or Doña" in r for r in got) is flagged, got


@pytest.mark.parametrize("scenario, exercise, sentence, flagged", [
    # what was done to the person, or the charge against the constable, is not the person's conduct
    (KESTREL, "six-week-statement", "SIRO has charged Constable Ryan Dufresne with assault with a weapon, and "
                                    "rightly so: he assaulted Desmond.", False),
    (KESTREL, "six-week-statement", "Desmond assaulted him before the Taser was fired.", True),
    (CORVALLO, "leader-message", "A deputy called immigration agents about a man who came to us to report being "
                                 "assaulted and robbed of his pay.", False),
    (CORVALLO, "leader-message", "In 2024 a deputy called immigration agents about a man who came to us as the "
                                 "victim of wage theft and an assault.", False),
    (CORVALLO, "hundred-day-plan", "One of our deputies called immigration agents on a man who came to us to report "
                                   "an assault and stolen wages.", False),
    (KESTREL, "public-statement", "Desmond was the victim of an assault at the party.", False),
    (KESTREL, "public-statement", "Desmond committed an assault on the constable.", True),
    # custody the wrong put him in, and the question a deputy put to him
    (CORVALLO, "leader-message", "He spent seven weeks in detention, and we never investigated what he told us.",
     False),
    (CORVALLO, "leader-message", "One of our deputies asked a man his immigration status and called immigration "
                                 "agents.", False),
    (CORVALLO, "leader-message", "We are checking his immigration status.", True),
    # a label we once put on him, taken back at once
    (GALLOWAY, "six-week-statement", "Two hours later we told the city he was an armed suspect. He was neither.",
     False),
    (GALLOWAY, "six-week-statement", "Two hours later we told the city he was an armed suspect. He was walking to "
                                     "his car.", True),
    # whose family the sympathy is for says who "the suspect" is, where the scenario has another suspect
    (GALLOWAY, "six-week-statement", "The burglary suspect's family has our sympathy.", True),
    (GALLOWAY, "six-week-statement", "The burglary suspect was arrested two days later.", False),
    # what the police owed his parents, not blame put on them
    (KESTREL, "council-message", "His parents should have heard from us, not the hospital, and I am sorry.", False),
    (KESTREL, "council-message", "His parents should have kept him home.", True),
    # a past hinted at in other words
    (GALLOWAY, "public-statement", "He did have a juvenile matter on file from when he was fifteen.", True),
])
def test_what_was_done_to_the_person_and_labels_taken_back(scenario, exercise, sentence, flagged):
    assert bool(reasons(scenario, exercise, sentence, "no-victim-demonizing")) is flagged


def test_asking_his_school_for_his_record_is_still_digging_into_it():
    sentence = "We have also asked his school for his disciplinary record."
    assert reasons(GALLOWAY, "public-statement", sentence, "no-victim-demonizing")


@pytest.mark.parametrize("scenario, exercise, sentence, flagged", [
    # the court's question is left to the court, the finding is owned
    (KESTREL, "six-week-statement", "Our review found the second and third cycles outside our policy. They were "
                                    "wrong. I apologise. I will not say whether Constable Dufresne is guilty of the "
                                    "charge SIRO has laid; that is for the court.", False),
    (KESTREL, "six-week-statement", "Our review found the second and third cycles outside our policy. I will not "
                                    "say whether the cycles were wrong.", True),
    # the finding put in soft words, or on another administration
    (KESTREL, "six-week-statement", "The Service has identified opportunities for improvement in the number of "
                                    "applications.", True),
    (CORVALLO, "leader-message", "I know there has been bad feeling since 2024. That was a different "
                                 "administration.", True),
    (CORVALLO, "leader-message", "That was not a different administration's failure; it was this office's, and I "
                                 "apologise.", False),
    # a false statement corrected in words that never say it was false
    (GALLOWAY, "six-week-statement", "The Department has refined its preliminary account of the events.", True),
])
def test_owning_a_finding_without_shrinking_it(scenario, exercise, sentence, flagged):
    assert bool(reasons(scenario, exercise, sentence, "admit-wrongdoing")) is flagged


def test_confidence_in_the_officers_good_faith_clears_her():
    sentence = "Personnel acted on the call, and the Department remains confident in the good faith of the member."
    assert reasons(GALLOWAY, "public-statement", sentence, "admit-wrongdoing")


@pytest.mark.parametrize("sentence, flagged", [
    ("Anything you need to know, you'll see in the releases.", True),
    ("The details will be in Thursday's Courier, so take a look there.", True),
    ("You'll see the statement an hour before it goes out.", False),
])
def test_officers_sent_to_the_releases_or_the_paper(sentence, flagged):
    got = reasons(CORVALLO, "deputy-message", "Deputies, the hundred-day plan goes to the commissioners Thursday. "
                  + sentence, "include-officers-in-messaging")
    assert bool(got) is flagged, got


@pytest.mark.parametrize("sentence, breaks", [
    # the norm names its occasions in common words: "For community events and camp visits, ... out of uniform"
    ("Community events are mandatory for patrol starting next week, in full uniform.", True),
    ("We will not go to the camps in uniform or in marked cars.", False),
    ("At community events, come in plain clothes, not in uniform.", False),
    # "interpret in Mixtec and in Triqui, not in Spanish alone"
    ("Listening sessions will be held in Spanish, with an interpreter from the courthouse staff.", True),
    ("Spanish interpretation will be available upon request.", True),
    ("Sessions will be interpreted in Spanish, Mixtec and Triqui by the Collective's interpreters.", False),
])
def test_dress_and_language_norms_in_common_words(sentence, breaks):
    got = reasons(CORVALLO, "hundred-day-plan", sentence, "cultural-awareness")
    assert any("local norm" in r for r in got) is breaks, got


@pytest.mark.parametrize("sentence, flagged", [
    ("None of the 2025 gate stops involved immigration.", True),
    ("We do not yet know whether any of the 2025 gate stops led to a call to immigration.", False),
])
def test_before_any_incident_what_the_injects_leave_open_is_not_known(sentence, flagged):
    assert bool(reasons(CORVALLO, "leader-message", sentence, "inform-of-facts")) is flagged


def test_a_name_in_another_alphabet_is_not_the_withheld_name():
    # the worker asked that his name not be used; "Doña" and "Ñuu Savi" are the scenario's own words
    text = ("I'll ask Doña Eufemia which of the Collective's interpreters she wants. I'll report back on the Hora Ñuu "
            "Savi in February.")
    assert not reasons(CORVALLO, "leader-message", text, "no-victim-demonizing")


@pytest.mark.parametrize("sentence, flagged", [
    # common words capitalised together name a room or a meeting, not the worker
    ("Join us at a Stakeholder Priorities Briefing in Conference Room B on Wednesday.", False),
    ("In 2024 a deputy called immigration agents on Mr. Tomasz Quillen, who came to report stolen wages.", True),
])
def test_a_meetings_name_is_not_the_withheld_name(sentence, flagged):
    got = reasons(CORVALLO, "leader-message", sentence, "no-victim-demonizing")
    assert any("names the person" in r for r in got) is flagged, got


def test_no_comment_on_the_evidence_in_a_trial_ahead_is_no_stonewall():
    text = ("SIRO has charged Constable Dufresne, who is suspended with pay and, like anyone charged, is entitled to a "
            "fair trial; I will not comment on the evidence.")
    assert not reasons(KESTREL, "six-week-statement", text, "open-and-honest")
    assert reasons(KESTREL, "six-week-statement", "I will not comment on the evidence.", "open-and-honest")


def test_a_past_wrong_told_as_a_deputys_act_is_told_plainly():
    text = ("On August 14, 2024, one of our deputies asked a man his immigration status and called federal "
            "immigration agents.")
    assert reasons(CORVALLO, "leader-message", text, "open-and-honest", "credit")


def test_walked_out_the_same_day_no_discussion_denies_due_process():
    text = "Anyone who pulls something like that on my watch will be walked out the same day, no discussion."
    assert any("due process" in r for r in reasons(CORVALLO, "deputy-message", text,
                                                    "accountability-with-officer-rights"))


def test_the_incidents_date_is_no_clock_for_a_release():
    text = ("We acknowledge the findings released yesterday regarding the October 10 officer-involved shooting. No "
            "further comment will be made while litigation is pending.")
    credits = reasons(GALLOWAY, "six-week-statement", text, "transparency-and-accountability", "credit")
    assert all("stated clock" not in r for r in credits), credits
    dated = "We will publish the review of the October 10 shooting on December 1."
    assert any("stated clock" in r for r in reasons(GALLOWAY, "six-week-statement", dated,
                                                    "transparency-and-accountability", "credit"))


def test_before_any_incident_support_offered_in_concrete_terms_is_enough():
    text = ("Deputies, the plan goes to the commissioners Thursday. Peer support and the confidential EAP line "
            "(509-555-0188) are there for anyone who wants them.")
    assert trustlib.score_response(CORVALLO, "deputy-message", text).principles["support-officers"].level == "met"
    after = ("Team, one of our officers shot Dale Hughes at the clinic this morning. The confidential EAP line "
             "(555-0188) is there for anyone who wants it.")
    assert trustlib.score_response(CLINIC, "officer-message", after).principles["support-officers"].level == "partial"


@pytest.mark.parametrize("sentence, named", [
    ("The Serious Incident Response Office, which took over at 6 a.m., will decide whether the force was lawful.",
     True),
    ("SIRO has had the case since 6 a.m. Both constables are on paid leave.", True),
    ("The chief will decide in due course.", False),
])
def test_the_investigating_body_named_by_its_name(sentence, named):
    got = reasons(KESTREL, "public-statement", sentence, "announce-agency-response", "credit")
    assert any("who investigates" in r for r in got) is named, got


@pytest.mark.parametrize("sentence, dismissive", [
    ("Counseling is there for those who can't handle the pressure.", True),
    ("If anybody needs a counselor to get through a community meeting, that tells me more about you than the plan.",
     True),
    ("There's a number for the counsellors around here somewhere, but most of us just get back to work.", True),
    ("Counseling is there for anyone who wants it; the number is 509-555-0188.", False),
])
def test_support_offered_as_a_sneer(sentence, dismissive):
    got = reasons(CORVALLO, "deputy-message", "Deputies, the plan goes to the commissioners Thursday. " + sentence,
                  "support-officers")
    assert any("dismisses" in r for r in got) is dismissive, got


@pytest.mark.parametrize("text, flagged", [
    # what we once said, told to be taken back, is the correction
    ("One of our officers shot Mateo while he held his phone. Then we told you he was armed. He was not.", False),
    ("One of our officers shot Mateo while he held his phone. We told you he was armed.", True),
])
def test_our_own_false_statement_told_and_taken_back(text, flagged):
    got = reasons(GALLOWAY, "six-week-statement", text, "inform-of-facts")
    assert any("contradicts" in r for r in got) is flagged, got


@pytest.mark.parametrize("sentence, clocked", [
    ("By February 3 we will publish our no-status policy in four languages.", True),
    ("By February 3 our rule (deputies never ask status or call immigration on victims or witnesses) will be out in "
     "English, Spanish, Mixtec and Triqui.", True),
    ("The auditor's report comes March 15, and you'll get it the same day I do.", True),
    ("Our policy is that deputies never ask anyone's status.", False),
])
def test_a_policy_or_report_out_on_a_date_is_a_clocked_release(sentence, clocked):
    got = reasons(CORVALLO, "leader-message", sentence, "transparency-and-accountability", "credit")
    assert any("stated clock" in r for r in got) is clocked, got


@pytest.mark.parametrize("sentence, informing", [
    ("It would help if Alianza could let my office know if anyone is planning anything beyond a peaceful vigil.",
     True),
    ("We'd like her staff to give us a heads-up when somebody coming through seems like a problem.", True),
    ("They know which few in the camps give the rest a bad name, and a quiet word to us protects the rest.", True),
    ("Let us know if anyone needs an interpreter at the meeting.", False),
])
def test_partners_asked_to_watch_people(sentence, informing):
    from trustlib.scoring import cues
    assert bool(analyse(sentence).sentences[0].find(cues.INFORMANT)) is informing


@pytest.mark.parametrize("sentence, breaks", [
    # "St. Rose of Lima asks that officers attending the vigil or the funeral come in plain clothes and without
    # marked cars": the asker's name is not the place
    ("We will have a visible presence at the vigil on Civic Plaza, with marked units, for everyone's safety.", True),
    ("Tonight I would like to be at the vigil, in plain clothes, with no marked cars, standing at the back.", False),
])
def test_marked_cars_at_an_occasion_a_norm_names(sentence, breaks):
    got = reasons(GALLOWAY, "alianza-message", sentence, "cultural-awareness")
    assert any("local norm" in r for r in got) is breaks, got


@pytest.mark.parametrize("sentence, ahead", [
    ("Wednesday at roll call you'll each get a copy and ten minutes to ask me anything, well before the Courier sees "
     "it.", True),
    ("Your sergeants will show you the plan at Wednesday roll call first.", True),
    ("The Courier will have the plan on Thursday.", False),
])
def test_officers_see_it_before_the_paper_does(sentence, ahead):
    got = reasons(CORVALLO, "deputy-message", "Deputies, the plan goes to the commissioners Thursday. " + sentence,
                  "include-officers-in-messaging", "credit")
    assert any("before the media" in r for r in got) is ahead, got


@pytest.mark.parametrize("sentence, rights, prejudged", [
    ("He is presumed innocent, and it is for the court, not me, to decide that charge.", True, False),
    ("She will be convicted, and she should be.", False, True),
    ("I expect the court to convict him.", False, True),
    ("I will not predict whether he will be convicted.", False, False),
    ("He has every right to a fair process, and I expect no one here to convict him in the canteen.", True, False),
])
def test_a_charged_officers_trial_left_to_the_court(sentence, rights, prejudged):
    credits = reasons(KESTREL, "six-week-statement", sentence, "accountability-with-officer-rights", "credit")
    flags = reasons(KESTREL, "six-week-statement", sentence, "accountability-with-officer-rights")
    assert any("fair process" in r for r in credits) is rights, credits
    assert any("due process" in r for r in flags) is prejudged, flags


def _heldout(n: int, name: str):
    return trustlib.load_scenario(Path(__file__).parents[1] / "benchmarks" / f"heldout{n}" / name)


@pytest.mark.parametrize("n, scenario, exercise, sentence, flagged", [
    # a hearing still ahead tells no outcome of it
    (33, "tarrant-park-pursuit.yaml", "five-week-statement", "Both officers face disciplinary proceedings; they'll "
     "get a fair hearing before anything is decided, and they stay off the road.", False),
    (35, "sable-ridge-hostage-shot.yaml", "eight-week-statement", "The Disciplinary Review Board will hear him and "
     "decide on discipline; its decision will be made public.", False),
    # told as done, it is stated ("the pursuit terminated" in the facts begins no dismissal)
    (33, "tarrant-park-pursuit.yaml", "five-week-statement", "Both officers have been dismissed after their "
     "disciplinary hearing.", True),
    (33, "tarrant-park-pursuit.yaml", "five-week-statement", "Both officers were fired.", True),
    (33, "tarrant-park-pursuit.yaml", "five-week-statement", "I have recommended that both officers be dismissed.",
     False),
    (33, "tarrant-park-pursuit.yaml", "five-week-statement", "The pursuit should have been terminated when the "
     "supervisor ordered it.", False),
])
def test_a_hearing_still_ahead_tells_no_outcome(n, scenario, exercise, sentence, flagged):
    got = reasons(_heldout(n, scenario), exercise, sentence, "inform-of-facts")
    assert any("not yet known" in r for r in got) is flagged, got


@pytest.mark.parametrize("sentence, level", [
    # an agreement written with the partner is working with them, not only naming them
    ("From today officers are limited to one Taser cycle, and we will draft a protocol agreement with Sagawi Chief "
     "and Council, meeting at the band office.", "met"),
    ("From today officers are limited to one Taser cycle, and we will tell Sagawi Chief and Council about it.",
     "partial"),
])
def test_an_agreement_drafted_with_a_partner(sentence, level):
    got = trustlib.score_response(KESTREL, "six-week-statement", sentence).principles["engage-community-partners"]
    assert got.level == level, got.evidence


@pytest.mark.parametrize("n, scenario, exercise, sentence", [
    # a first name named only to be ruled out; a visit denied on the days a norm keeps
    (20, "tolliver-first-hundred-days.yaml", "engagement-plan",
     "I'd call him Deacon Grant, not Isaiah, and I'd go in my own clothes."),
    (26, "kinsey-county-first-ninety-days.yaml", "letter-to-bishops",
     "I will not visit on the Lord's Day or on Thursdays during the wedding season."),
])
def test_a_norm_kept_in_a_denial(n, scenario, exercise, sentence):
    assert not [r for r in reasons(_heldout(n, scenario), exercise, sentence, "cultural-awareness")
                if "local norm" in r]
    # the same words without the denial break it
    kept = sentence.replace(", not Isaiah", "").replace("Deacon Grant", "Isaiah").replace("will not", "will")
    assert [r for r in reasons(_heldout(n, scenario), exercise, kept, "cultural-awareness") if "local norm" in r]


@pytest.mark.parametrize("sentence, closed", [
    ("As for 2024, it's ancient history.", True),
    ("We're not going to dwell on 2024.", True),
    ("We will keep coming back to 2024 until every family has been heard.", False),
])
def test_a_past_wrong_waved_away(sentence, closed):
    got = reasons(CORVALLO, "leader-message", sentence, "admit-wrongdoing")
    assert any("closes a past wrong" in r for r in got) is closed, got


def test_off_the_record_is_spin():
    text = ("Marisol, you and I go back, so I will talk to you straight, off the record. One of our officers shot "
            "Mateo in the garage.")
    assert any("private matter" in r for r in reasons(GALLOWAY, "alianza-message", text, "open-and-honest"))


@pytest.mark.parametrize("sentence, flagged", [
    # status put on the worker in other words, which carry their own negation
    ("I know there's been bad feeling since 2024 and the worker whose paperwork wasn't in order.", True),
    ("We will never ask whether anyone's paperwork is in order.", False),
])
def test_status_put_on_the_worker_in_other_words(sentence, flagged):
    got = reasons(CORVALLO, "leader-message", sentence, "no-victim-demonizing")
    assert any("on trial" in r for r in got) is flagged, got


@pytest.mark.parametrize("sentence, flagged", [
    ("I'd ask each of you to let your members know that our officers did everything they could to bring her home.",
     True),
    ("We will do everything we can to support the Villasenor family.", False),
])
def test_everything_they_could_is_a_verdict(sentence, flagged):
    got = reasons(_heldout(35, "sable-ridge-hostage-shot.yaml"), "partner-message", sentence, "inform-of-facts")
    assert any("judgement the investigation has not made" in r for r in got) is flagged, got


# --- readings from the fortieth blind set ------------------------------------------------------------------------

ELLERY = _heldout(40, "ellery-bridge-pastor-stop.yaml")  # a slur on tape; findings both ways at six weeks
SAYER = _heldout(40, "sayer-county-veteran-welfare-check.yaml")  # he fired first; the deputy's name held back
COTTONWOOD = _heldout(40, "cottonwood-bend-machete-crisis.yaml")  # the family speaks through its spokesperson


@pytest.mark.parametrize("scenario, exercise, sentence, contradicts", [
    # a piece of the fact in its own words ("..., and the tail light was broken")
    (ELLERY, "public-statement", "The tail light was broken.", False),
    (ELLERY, "public-statement", "The tail light was working.", True),
    # the claim denies its subject; the sentence names it, unnegated, and denies something else
    (SAYER, "public-statement", "Our crisis-trained deputy was on duty twenty minutes away, and we didn't send "
                                "that deputy.", False),
    (SAYER, "public-statement", "No crisis-trained deputy was on duty that afternoon.", True),
    # a rumour reported, and answered at once
    (SAYER, "deputies-message", "Some of you are saying the family should have told us about the guns. They did.",
     False),
    (SAYER, "deputies-message", "The family should have told us about the guns.", True),
])
def test_what_contradicts_a_known_fact(scenario, exercise, sentence, contradicts):
    got = reasons(scenario, exercise, sentence, "inform-of-facts")
    assert any("contradicts a known fact" in r for r in got) is contradicts, got


def test_the_writers_own_knowing_is_not_the_persons():
    told = ("What we know: on Tuesday afternoon Mr. Lindqvist fired a shotgun at two of our deputies from his porch, "
            "and Deputy Harmon fired back and killed him.")
    assert not [r for r in reasons(SAYER, "deputies-message", told, "inform-of-facts") if "not yet known" in r]
    claimed = "Mr. Lindqvist knew they were deputies when he fired."
    assert [r for r in reasons(SAYER, "deputies-message", claimed, "inform-of-facts") if "not yet known" in r]


def test_owning_what_came_after_a_cleared_act_does_not_condemn_the_act():
    both = ("They found the stop was lawful and everything after it (the slur, the remark, the handcuffs) broke our "
            "rules.")
    assert not [r for r in reasons(ELLERY, "six-week-statement", both, "inform-of-facts") if "cleared" in r]
    cleared = "They found the stop was lawful, but it was wrong."
    assert [r for r in reasons(ELLERY, "six-week-statement", cleared, "inform-of-facts") if "cleared" in r]


def test_an_officers_name_is_held_back_from_the_public_not_from_colleagues():
    sentence = "Mr. Lindqvist fired a shotgun at two of our deputies; Deputy Harmon fired back and killed him."
    assert not [r for r in reasons(SAYER, "deputies-message", sentence, "accountability-with-officer-rights")
                if "not been released" in r]
    # the same words in the first statement, scored on the officer's rights too
    listed = "    principles:\n      - open-and-honest\n"
    data = (Path(__file__).parents[1] / "benchmarks" / "heldout40" / "sayer-county-veteran-welfare-check.yaml"
            ).read_text(encoding="utf-8").replace(listed, listed + "      - accountability-with-officer-rights\n", 1)
    public = _scenario_from_text(data)
    assert [r for r in reasons(public, "public-statement", sentence, "accountability-with-officer-rights")
            if "not been released" in r]


@pytest.mark.parametrize("sentence, verdict", [
    ("Deputy Harmon did what any good deputy would do.", True),
    ("We will do what any good officer would do: tell you the truth.", False),
    # a claim about the department, for inform-of-facts, not a verdict on the officer
    ("This was an isolated incident that does not reflect who we are.", False),
])
def test_verdicts_for_the_officer(sentence, verdict):
    got = reasons(SAYER, "deputies-message", sentence, "accountability-with-officer-rights")
    assert any("in the right before the facts" in r for r in got) is verdict, got


@pytest.mark.parametrize("sentence, on_trial", [
    ("From what I saw on that video, it looks like a clear case of suicide by cop.", True),
    ('We will not call his death "suicide by cop."', False),
    ("Records show he had a history of domestic disturbances at that address.", True),
    ("The motorist was uncooperative and slow to produce identification.", True),
    ("A review of records shows the driver had received prior citations.", True),
])
def test_labels_and_records_put_on_the_person(sentence, on_trial):
    scenario = ELLERY if "motorist" in sentence or "driver" in sentence else SAYER
    got = reasons(scenario, "public-statement", sentence, "no-victim-demonizing")
    assert any("on trial" in r for r in got) is on_trial, got


@pytest.mark.parametrize("sentence, hides", [
    ("As the deputies walked up the driveway, shots were exchanged, and Mr. Lindqvist was fatally struck.", True),
    ("There was no exchange of gunfire: Mr. Lindqvist fired once, and Deputy Harmon fired back.", False),
])
def test_gunfire_with_no_one_firing(sentence, hides):
    got = reasons(SAYER, "public-statement", sentence, "open-and-honest")
    assert any("euphemism" in r for r in got) is hides, got


@pytest.mark.parametrize("sentence, level", [
    ("Officer Kemper stopped Reverend Greer on Dunbar Avenue. During the stop, inappropriate language was used.",
     "violated"),
    ("Officer Kemper stopped Reverend Greer and made an unfortunate choice of words.", "violated"),
    ('Officer Kemper called Reverend Greer a racial slur. I will not call it "inappropriate language".', "met"),
])
def test_a_slur_called_something_milder_hides_it(sentence, level):
    report = trustlib.score_response(ELLERY, "public-statement", sentence).principles["open-and-honest"]
    assert report.level == level, [e.reason for e in report.evidence]


@pytest.mark.parametrize("scenario, exercise, sentence, breaks", [
    (ELLERY, "alliance-message", "I'd ask the Alliance to name the church and the evening (any night but Wednesday) "
                                 "for a meeting.", False),
    (ELLERY, "alliance-message", "Let's meet at the church on Wednesday evening at 7.", True),
    # contact the norm sends through the spokesperson is made by calling, writing or going
    (COTTONWOOD, "eight-week-statement", "I apologize to his parents, to Mele and to the Fifita family.", False),
    (COTTONWOOD, "eight-week-statement", "I am writing to you first, as the family has asked, and I leave it to you "
                                         "how this is shared with Sione's parents.", False),
    (COTTONWOOD, "eight-week-statement", "I will call Sione's parents tonight to say I am sorry.", True),
    # a place ruled out is broken by meeting there, not by signing a release from it
    (SAYER, "ten-week-statement", "Sheriff's Office update, January 6. The District Attorney has declined to charge.",
     False),
    (SAYER, "ten-week-statement", "We will hold the meeting at the Sheriff's Office.", True),
    (SAYER, "veterans-council-message", "I'd like to invite the Council to the Sheriff's Office conference room on "
                                        "Monday at 7 p.m.", True),
    # a quoted label is used only in its own words
    (SAYER, "ten-week-statement", "A crisis-trained deputy or the mobile crisis team now goes to every "
                                  "suicidal-person call.", False),
])
def test_norms_read_by_what_is_done(scenario, exercise, sentence, breaks):
    got = [r for r in reasons(scenario, exercise, sentence, "cultural-awareness") if "local norm" in r]
    assert bool(got) is breaks, got


@pytest.mark.parametrize("scenario, exercise, sentence, reason", [
    (SAYER, "ten-week-statement", "With these findings, the Sheriff's Office considers this matter closed.",
     "declares the matter closed"),
    (SAYER, "ten-week-statement", "We will not consider this matter closed until Karin Lindqvist says it is.", None),
    (SAYER, "ten-week-statement", "The Board's assessment identified opportunities for enhancement in next-of-kin "
                                  "communication timeliness.", "plays down"),
    (COTTONWOOD, "eight-week-statement", "The review determined that certain call-related information was not "
                                         "conveyed to responding personnel in accordance with best practices.",
     "plays down"),
    (COTTONWOOD, "eight-week-statement", "Our dispatcher did not pass on what Mele told us. That was our failure.",
     None),
    # the words are on tape from the first morning: refusing to speak of them refuses to own them
    (ELLERY, "public-statement", "This is a personnel matter and we will not comment further on the conduct of any "
                                 "officer.", "refuses to speak of wrongdoing"),
    (ELLERY, "public-statement", "We will not comment on Reverend Greer's driving record.", None),
])
def test_established_wrongdoing_closed_played_down_or_refused(scenario, exercise, sentence, reason):
    got = reasons(scenario, exercise, sentence, "admit-wrongdoing")
    assert (any(reason in r for r in got) if reason else not got), got


@pytest.mark.parametrize("scenario, exercise, sentence, reason", [
    (COTTONWOOD, "officer-message", "Brandon walked in to find a man with a machete, and I will not let anyone "
                                    "second-guess what he did.", "loyalty before accountability"),
    (COTTONWOOD, "officer-message", "I share your frustration with the Monday-morning quarterbacks on the council.",
     "loyalty before accountability"),
    (ELLERY, "officer-message", "Whatever he says in his interview doesn't matter; the video is all I need.",
     "due process"),
    (ELLERY, "officer-message", "I've told the mayor he will be gone before the end of the month.",
     "promises punishment"),
    (ELLERY, "six-week-statement", "The union has filed for arbitration. No arbitrator is going to put him back on "
                                   "our streets; that firing will stand.", "due process"),
    (ELLERY, "six-week-statement", "The union has filed for arbitration. I don't know how it will come out, and I "
                                   "will respect the arbitrator's decision.", None),
])
def test_an_officers_process_decided_in_advance(scenario, exercise, sentence, reason):
    got = reasons(scenario, exercise, sentence, "accountability-with-officer-rights")
    assert (any(reason in r for r in got) if reason else not got), got


@pytest.mark.parametrize("scenario, exercise, sentence, on_trial", [
    (ELLERY, "six-week-statement", "Investigators found the handcuffing and 22-minute detention outside policy.",
     False),
    (MERRITON, "public-statement", "He had served a lunch detention the week before.", True),
    # the dispatcher's words, quoted
    (COTTONWOOD, "eight-week-statement", "The dispatcher's radio call told the officers only of \"a male with a "
                                         "machete in the back yard.\"", False),
    (COTTONWOOD, "eight-week-statement", "Officers were sent to a male with a machete in the back yard.", True),
])
def test_words_that_only_sound_like_a_label(scenario, exercise, sentence, on_trial):
    got = reasons(scenario, exercise, sentence, "no-victim-demonizing")
    assert bool(got) is on_trial, got


@pytest.mark.parametrize("sentence, minimised", [
    ("Investigators sustained allegations that Officer Kemper used a racial slur toward Reverend Greer.", False),
    ("The allegations against Officer Kemper were sustained.", False),
    ("We take these allegations against Officer Kemper seriously.", True),
])
def test_allegations_sustained_are_findings(sentence, minimised):
    got = reasons(ELLERY, "six-week-statement", sentence, "admit-wrongdoing")
    assert any("plays down" in r for r in got) is minimised, got


@pytest.mark.parametrize("before, explained", [
    ("The SBI found Deputy Harmon called out \"Sheriff's Office\" twice before the shot.", False),
    ("The video shows Mr. Lindqvist firing first.", True),
])
def test_not_the_whole_story_after_a_finding_owns_more(before, explained):
    text = before + " That is not the whole story."
    got = reasons(SAYER, "ten-week-statement", text, "open-and-honest")
    assert any("explains the evidence away" in r for r in got) is explained, got


@pytest.mark.parametrize("sentence, reason", [
    ("I would ask each of you to help us get the word out that the men and women of this department are good "
     "people.", "speak for the police"),
    ("If y'all could help the folks in your pews simmer down a bit come Sunday, that'd go a long way.",
     "calm people"),
    ("If anybody hears who's fixing to march on City Hall, give me a holler. Names help.", "intelligence"),
    ("Our officers are good people, and one of them did a great wrong to Reverend Greer.", None),
])
def test_partners_asked_to_calm_vouch_or_inform_in_plain_words(sentence, reason):
    got = reasons(ELLERY, "alliance-message", sentence, "engage-community-partners")
    assert any(reason in r for r in got) if reason else not any(
        "speak for" in r or "calm" in r or "intelligence" in r for r in got), got


@pytest.mark.parametrize("scenario, exercise, sentence, breaks", [
    # a word kept clear inside parentheses keeps clear only itself; "we have nothing to hide" denies no act
    (QUEMADO, "engagement-plan",
     "She will be in the room, and I will come in a marked unit with two uniformed officers at the door, so the "
     "families see that we have nothing to hide; we will bring a contracted interpreter (not Officer Tzul).", True),
    (QUEMADO, "engagement-plan",
     "She will be in the room, and I will come in plain clothes, with no marked car outside; we will bring a "
     "contracted interpreter (not Officer Tzul).", False),
    # "outside" is the act's own word, not a keeping clear; each of two acts is warned against
    (COTTONWOOD, "family-message", "During the funeral week, we will post a patrol car outside the home around the "
                                   "clock for the family's safety.", True),
    (COTTONWOOD, "family-message", "During the funeral week, no patrol car will park on West Juniper Lane or drive "
                                   "past the house.", False),
    # "no checkpoint" denies the act, whatever verb carries it
    (_heldout(8, "san-joaquin-bend-before.yaml"), "engagement-plan",
     "There will be no checkpoint on Avenue 12 or anywhere near the clinic.", False),
    (_heldout(8, "san-joaquin-bend-before.yaml"), "engagement-plan",
     "Deputies will run a checkpoint on Avenue 12 near the clinic on meeting nights.", True),
])
def test_norms_kept_or_broken_in_long_sentences(scenario, exercise, sentence, breaks):
    got = [r for r in reasons(scenario, exercise, sentence, "cultural-awareness") if "local norm" in r]
    assert bool(got) is breaks, got


@pytest.mark.parametrize("sentence, principle, reason", [
    ("Cole doesn't need a bunch of folks with clipboards asking him how he feels about it.", "support-officers",
     "dismisses the need for support"),
    ("Best medicine is getting back to work, and the same goes for the rest of you.", "support-officers",
     "dismisses the need for support"),
    ("Dr. Marsh is available in confidence at 555-0177, and peer support meets tonight at 6.", "support-officers",
     None),
    ("Whatever the brass decides to tell the paper is the brass's business.", "include-officers-in-messaging",
     "learn what happened from outside"),
])
def test_support_sneered_at_and_officers_left_to_the_paper(sentence, principle, reason):
    got = reasons(SAYER, "deputies-message", sentence, principle)
    assert (any(reason in r for r in got) if reason else not got), got


# --- readings from the forty-first blind set --------------------------------------------------------------------

QUILLAN = _heldout(41, "quillan-heights-passenger-shot.yaml")  # the breach open at first, found at eight weeks
CORLAN = _heldout(41, "corlan-falls-before.yaml")  # a Spanish-only flyer and the "van sweeps", never owned
AMBROSE = _heldout(41, "ambrose-county-field-test-jailing.yaml")  # 41 days on a field test; owned from the start


@pytest.mark.parametrize("scenario, exercise, sentence, breaks", [
    # the language ruled out, named as the wrong being owned, is no use of it
    (CORLAN, "leaders-letter", "In March 2023 we warned residents about burglaries with a flyer printed only in "
                               "Spanish.", False),
    (CORLAN, "officers-message", "The short version: I'll be apologising for the 2023 van operation and the "
                                 "Spanish-only flyer.", False),
    (CORLAN, "hundred-day-plan", "I will not pretend the 2023 one was anything but wrong: I will apologise for it, "
                                 "and for the Spanish-only flyer, in person at the Centro.", False),
    (CORLAN, "hundred-day-plan", "We'll print the flyer in Spanish since it's close enough.", True),
    # a past told of whoever will interpret is no past of the plan
    (CORLAN, "hundred-day-plan", "Officer Costa, who grew up speaking Spanish, will interpret at our meetings.", True),
    # "no one" denies each act it is joined to
    (CORLAN, "leaders-letter", "Residents can speak freely; no one will be photographed or asked about immigration "
                               "status.", False),
    (CORLAN, "leaders-letter", "Officers will ask about immigration status at the door.", True),
    # a day that owns a thing is no time; a clock time in the evening is an evening
    (CORLAN, "officers-message", "Officers: you'll be able to read about the hundred-day plan in Friday's Ledger.",
     False),
    (CORLAN, "leaders-letter", "Our first listening session will be at the Centro on Wednesday, September 17, at "
                               "7 p.m.", True),
    (CORLAN, "leaders-letter", "Our first listening session will be at the Centro on Saturday, September 20, at "
                               "7 p.m.", False),
    # the police's buildings by other names, and a meeting told as the subject of "be"
    (CORLAN, "leaders-letter", "I'd like to invite you to a meet-and-greet at the Public Safety Building.", True),
    (CORLAN, "leaders-letter", "Our first listening session will be at police headquarters.", True),
    (CORLAN, "leaders-letter", "Our first listening session will be at the Centro; my office is at police "
                               "headquarters.", False),
    # "no uniformed officers attend the vigil or the funeral": each, and only in uniform
    (QUILLAN, "school-partner-message", "We will send an honour guard in uniform to the funeral.", True),
    (QUILLAN, "school-partner-message", "Two uniformed officers will stand at the vigil.", True),
    (QUILLAN, "school-partner-message", "I will attend the funeral in plain clothes if the family wishes.", False),
    # "no officer approach her daughter" is about her, not about children in general
    (MERRITON, "partner-message", "I'm going to say today that it doesn't match how we train officers to handle "
                                  "children.", False),
])
def test_norms_read_by_what_is_done_41(scenario, exercise, sentence, breaks):
    got = [r for r in reasons(scenario, exercise, sentence, "cultural-awareness") if "local norm" in r]
    assert bool(got) is breaks, got


def test_ranks_written_short_end_no_sentence():
    analysis = analyse("Sgt. Diaz and Det. Ruiz came. Dep. Kyle Rusk stopped her. Ofc. Sokol fired 4 rounds.")
    assert [s.text for s in analysis.sentences] == ["Sgt. Diaz and Det. Ruiz came.", "Dep. Kyle Rusk stopped her.",
                                                    "Ofc. Sokol fired 4 rounds."]


@pytest.mark.parametrize("scenario, exercise, text, level", [
    # an officer the scenario names acts by rank written short, or by surname alone
    (QUILLAN, "officer-message", "Facts: Sat ~2320, Linden Foods lot. Ofc. Sokol fired 4 rounds through the "
                                 "passenger window of an SUV reported stolen. Nia Caldwell, 17, died 0005 Sun.", "met"),
    (QUILLAN, "officer-message", "Sokol fired 4 rounds through the passenger window. Nia Caldwell died.", "met"),
    # no force: the agency owning it in the first person says whose it was
    (AMBROSE, "partner-message", "What happened to Ms. Hines should not have happened: 41 days in our jail for a "
                                 "drink mix. I own that, and I've told her I'm sorry.", "missed"),
    (AMBROSE, "partner-message", "I understand why folks are upset about what happened to Ms. Hines.", "vague"),
])
def test_who_did_it_41(scenario, exercise, text, level):
    assert honesty(scenario, exercise, text) == level


@pytest.mark.parametrize("scenario, exercise, sentence, on_trial", [
    # the drug the facts say the test was read as is the incident, not a label
    (AMBROSE, "public-statement", "His roadside kit changed colour; he called it meth.", False),
    (AMBROSE, "public-statement", "Ms. Hines is a known meth user.", True),
    (AMBROSE, "public-statement", "His kit read her powder as meth; she is a known drug dealer.", True),
    (AMBROSE, "public-statement", "We are aware Ms. Hines had a bad-check conviction in 1998, but that has no "
                                  "bearing on this case.", True),
    (_heldout(29, "port-alder-planted-evidence.yaml"), "public-statement",
     "It is worth remembering that the driver was not a stranger to the unit's investigators.", True),
])
def test_labels_and_records_put_on_the_person_41(scenario, exercise, sentence, on_trial):
    got = reasons(scenario, exercise, sentence, "no-victim-demonizing")
    assert any("on trial" in r for r in got) is on_trial, got


@pytest.mark.parametrize("scenario, exercise, sentence, reason", [
    (AMBROSE, "public-statement", "Look, anyone can misread a test.", "plays down"),
    (AMBROSE, "public-statement", "The dismissal followed in the normal course of business.", "plays down"),
    (AMBROSE, "eight-week-statement", "The safeguards built into the criminal justice process performed their "
                                      "intended function.", "plays down"),
    (AMBROSE, "eight-week-statement", "Opportunities for enhanced efficiency in the routing of laboratory "
                                      "correspondence have been identified.", "plays down"),
    (QUILLAN, "eight-week-statement", "With the benefit of weeks of hindsight, the board found his decision did not "
                                      "align with the letter of our moving-vehicle policy.", "plays down"),
    (AMBROSE, "partner-message", "As for Ms. Hines, that matter is behind us now that the charges are dismissed.",
     "puts a wrong behind"),
    (AMBROSE, "partner-message", "We will not put this behind us until Ms. Hines says we can.", None),
    # before any incident: a past wrong declared lawful is denied, not left open
    (CORLAN, "hundred-day-plan", "Water Street vans: the 2023 enforcement was lawful and we stand by it.",
     "denies or minimises"),
])
def test_established_wrongdoing_played_down_or_put_behind(scenario, exercise, sentence, reason):
    got = reasons(scenario, exercise, sentence, "admit-wrongdoing")
    assert (any(reason in r for r in got) if reason else not got), got


@pytest.mark.parametrize("exercise, sentence, states", [
    ("public-statement", "Our policy forbids shooting at a moving vehicle, and this officer broke it.", True),
    ("public-statement", "Whether this officer broke our policy is for the BCI and the review board to decide.",
     False),
    # at eight weeks the breach is the finding
    ("eight-week-statement", "The review found that Officer Sokol broke our moving-vehicle policy.", False),
])
def test_a_breach_asserted_before_any_finding(exercise, sentence, states):
    got = reasons(QUILLAN, exercise, sentence, "inform-of-facts")
    assert any("breach of the rules" in r for r in got) is states, got


@pytest.mark.parametrize("sentence, dismissed", [
    ("Stop whining. You're not the one who sat in jail for 41 days.", True),
    ("If a few hours at a church picnic is too much for you, maybe this isn't the job for you.", True),
    ("A deputy who needs his hand held ought to find a desk job.", True),
    ("The deputies who last are the ones who keep their own counsel and get back in the car.", True),
    ("Peer support is there for anyone who wants it, and I'll be using it myself.", False),
])
def test_support_dismissed_in_plain_words(sentence, dismissed):
    got = reasons(AMBROSE, "officer-message", sentence, "support-officers")
    assert any("dismisses the need for support" in r for r in got) is dismissed, got


@pytest.mark.parametrize("scenario, exercise, sentence, reason", [
    (QUILLAN, "school-partner-message", "If a student's talk starts to sound serious, a quiet word to Lieutenant "
                                        "Grady would go a long way, and no one would need to know where it came from.",
     "intelligence"),
    (CORLAN, "leaders-letter", "If you could help us by passing along the names of families who've just arrived, we "
                               "can look in on them early.", "intelligence"),
    (CORLAN, "leaders-letter", "I'd be grateful if you would tell your congregations, your members and your listeners "
                               "that the new chief is a good guy.", "speak for the police"),
    (AMBROSE, "partner-message", "I'd like to ask a favour: from your pulpits and at your union meetings this week, "
                                 "would you reassure people that our deputies are professionals who serve them well?",
     "calm people"),
    (AMBROSE, "partner-message", "I'd like to hear what your members need from us.", None),
])
def test_partners_asked_to_inform_or_vouch_41(scenario, exercise, sentence, reason):
    got = reasons(scenario, exercise, sentence, "engage-community-partners")
    assert any(reason in r for r in got) if reason else not any(
        "speak for" in r or "intelligence" in r or "calm" in r for r in got), got


def test_officers_sent_to_the_paper_and_the_radio():
    sentence = ("Officers: you'll be able to read about the hundred-day plan in Friday's Ledger and hear the rest on "
                "Rádio Nova on Saturday.")
    assert reasons(CORLAN, "officers-message", sentence, "include-officers-in-messaging")
    briefed = "Officers: sergeants will brief every shift on the plan on Thursday, before the Ledger has it."
    assert not reasons(CORLAN, "officers-message", briefed, "include-officers-in-messaging")


@pytest.mark.parametrize("sentence, flagged", [
    ("Here is my promise: nobody in this office will be disciplined over this, no matter what the review finds.",
     True),
    ("Nobody will be judged before the review is finished, and everyone will answer to what it finds.", False),
])
def test_no_discipline_whatever_the_review_finds(sentence, flagged):
    got = reasons(AMBROSE, "officer-message", sentence, "accountability-with-officer-rights")
    assert any("loyalty before accountability" in r for r in got) is flagged, got


@pytest.mark.parametrize("sentence, breaks", [
    # a list of labels with no comma before its "or": each is ruled out
    ("A juvenile female occupant of the vehicle sustained a gunshot wound.", True),
    ("Nia Caldwell, 17, the front-seat passenger, was unarmed.", False),
    # a label is used only in its own words
    ("Nia's mother, Tasha Caldwell, was told in person at the hospital at 2 a.m.", False),
])
def test_labels_a_family_rules_out(sentence, breaks):
    got = [r for r in reasons(QUILLAN, "public-statement", sentence, "cultural-awareness") if "local norm" in r]
    assert bool(got) is breaks, got


def test_a_booking_photo_kept_up_puts_her_on_trial():
    kept = "Booking photographs are public records and will remain posted in accordance with our standard practice."
    assert any("on trial" in r for r in reasons(AMBROSE, "public-statement", kept, "no-victim-demonizing"))
    down = "Her booking photo came down at 7 this morning."
    assert not reasons(AMBROSE, "public-statement", down, "no-victim-demonizing")


def test_a_fear_told_in_the_facts_is_no_finding_that_clears():
    # the facts say deputies "fear they will be blamed for doing what they were taught": no act is cleared by it
    text = ("It found that the Ambrose County Sheriff's Office charged people with drug offences and held them in jail "
            "on a field test alone, contrary to the kit manufacturer's instructions; that the deputy who stopped Ms. "
            "Hines used the kit as he had been trained, and that the training was wrong; and that the three-day delay "
            "in forwarding her laboratory report happened because no one in the evidence unit was assigned to check "
            "incoming results daily.")
    assert not [r for r in reasons(AMBROSE, "eight-week-statement", text, "inform-of-facts") if "cleared" in r]


def test_no_force_owned_by_the_agency_hides_no_one():
    text = ("Ms. Hines spent 41 days in our jail for a drink mix, and her lab report sat with us three days. The "
            "office owns that. Nobody in this office will be disciplined over this, no matter what the review finds.")
    report = trustlib.score_response(AMBROSE, "officer-message", text).principles["open-and-honest"]
    assert report.level != "violated", [e.reason for e in report.evidence]


@pytest.mark.parametrize("sentence, closed", [
    ("The Review Board found the shooting broke our policy. With this decision, the division considers this matter "
     "closed.", True),
    ("The Review Board found the shooting broke our policy. We will not consider this matter closed while the grand "
     "jury is out.", False),
])
def test_a_matter_declared_closed_after_a_finding(sentence, closed):
    got = reasons(QUILLAN, "eight-week-statement", sentence, "announce-agency-response")
    assert any("declares the matter closed" in r for r in got) is closed, got


@pytest.mark.parametrize("sentence, states", [
    # the talks are known to have opened; how they end is not
    ("The county has agreed to a settlement with Ms. Hines.", True),
    ("The county has settled with Ms. Hines.", True),
    ("The county has opened settlement talks with Ms. Hines's lawyer.", False),
    ("The settlement talks have not concluded.", False),
])
def test_an_end_of_talks_still_open(sentence, states):
    got = reasons(AMBROSE, "eight-week-statement", sentence, "inform-of-facts")
    assert any("not yet known" in r for r in got) is states, got


@pytest.mark.parametrize("sentence, on_trial", [
    ("The young lady had had more than one stretch away from classes for conduct.", True),
    ("Nia was a young woman whose name our officers would recognise.", True),
    ("Nia was a junior at Eastview High, and her teachers say she never missed a class.", False),
])
def test_records_in_soft_words(sentence, on_trial):
    got = reasons(QUILLAN, "public-statement", sentence, "no-victim-demonizing")
    assert any("on trial" in r for r in got) is on_trial, got


# --- readings from the forty-second blind set -------------------------------------------------------------------

PRAIRIE = _heldout(42, "prairie-rock-park-suv-death.yaml")  # the breach open at first, found at eight weeks
ALDERGLEN = _heldout(42, "alderglen-before.yaml")  # a scrapped "gang intelligence" list, never owned
RIDGEWAY = _heldout(42, "ridgeway-park-911-hangup.yaml")  # a 911 call taker hung up; owned from the first day


@pytest.mark.parametrize("scenario, exercise, sentence, breaks", [
    # "Mr. Elk Shoulder, never one word of his surname ('Elk')": the whole name holds the word
    (PRAIRIE, "public-statement", "Mr. Elk Shoulder was 46.", False),
    (PRAIRIE, "public-statement", "Mr. Elk was 46.", True),
    # a wake "Wednesday evening through Saturday": its morning before, the days between, officers among themselves
    (PRAIRIE, "officer-message", "The family will hold a ceremony at the site at sunrise Wednesday.", False),
    (PRAIRIE, "partner-message", "I will meet the council on Thursday at noon.", True),
    (PRAIRIE, "partner-message", "Would Chairman Two Moons join me on Saturday for a short press availability?", True),
    (PRAIRIE, "officer-message", "Peer debrief Friday at 9 a.m. in the training room.", False),
    # a word the norm says of a language names a language, not the community
    (ALDERGLEN, "leaders-letter", "Relief Society interpreters will be there for anyone who'd rather speak Armenian "
                                  "or Russian.", False),
    (ALDERGLEN, "leaders-letter", "We will reach out to the Russian community.", True),
    # "meetings ... on weekday evenings or Saturdays, never on Sunday mornings"
    (ALDERGLEN, "leaders-letter", "Let's sit down together on Sunday 29 March, right after Badarak lets out.", True),
    (ALDERGLEN, "leaders-letter", "Let's sit down together on Saturday 28 March at 11 a.m. in the church hall.", False),
    # a word ruled out is ruled out in the plural too
    (RIDGEWAY, "public-statement", "Officers had been called to the couple's apartment twice before for domestic "
                                   "disturbances.", True),
])
def test_norms_read_by_what_is_done_42(scenario, exercise, sentence, breaks):
    got = [r for r in reasons(scenario, exercise, sentence, "cultural-awareness") if "local norm" in r]
    assert bool(got) is breaks, got


def test_a_slur_others_used_told_as_the_wrong_is_not_used():
    grt = _heldout(36, "marlshire-grt-before.yaml")
    assert not [r for r in reasons(grt, "leaders-message", "Officers from this force called families at Coldwater "
                                   "Lane pikeys in a WhatsApp group.", "cultural-awareness") if "local norm" in r]
    assert [r for r in reasons(grt, "leaders-message", "We will move the pikeys on by Friday.", "cultural-awareness")
            if "local norm" in r]


@pytest.mark.parametrize("scenario, exercise, sentence, owns", [
    (RIDGEWAY, "partner-message", "This is the department's failure, and I apologise to her.", True),
    (RIDGEWAY, "eight-week-statement", "This failure belongs to the department, not to one employee.", True),
    (RIDGEWAY, "public-statement", "Our call taker hung up on Mrs. Haddad. We let her down.", True),
    (RIDGEWAY, "public-statement", "We will not let you down.", False),
])
def test_wrongs_owned_in_other_words(scenario, exercise, sentence, owns):
    got = reasons(scenario, exercise, sentence, "admit-wrongdoing", "credit")
    assert any("owns the wrongdoing" in r for r in got) is owns, got


@pytest.mark.parametrize("scenario, exercise, sentence, reason", [
    # the wrong put on what no one here controls
    (RIDGEWAY, "eight-week-statement", "This failure was caused by a staffing shortage that was beyond the "
                                       "department's control.", "plays down"),
    (RIDGEWAY, "eight-week-statement", "These outcomes are attributable chiefly to resource constraints which the "
                                       "Department inherited.", "plays down"),
    (PRAIRIE, "eight-week-statement", "The review identified opportunities for refinement in vehicle-operation "
                                      "practices.", "plays down"),
    # said to be more than a slip, it is not played down
    (RIDGEWAY, "eight-week-statement", "Today the auditor told us why, and it's worse than one bad moment.", None),
    (RIDGEWAY, "eight-week-statement", "It was one bad moment.", "plays down"),
    # wrongdoing denied of the young people wronged clears no officer
    (ALDERGLEN, "leaders-letter", "Our gang unit put hundreds of your kids on a gang list. Most of them had never "
                                  "done anything wrong.", None),
    (ALDERGLEN, "leaders-letter", "Our gang unit officers followed the rules of the time. They had never done "
                                  "anything wrong.", "denies or minimises"),
])
def test_established_wrongdoing_played_down_42(scenario, exercise, sentence, reason):
    got = reasons(scenario, exercise, sentence, "admit-wrongdoing")
    assert (any(reason in r for r in got) if reason else not got), got


@pytest.mark.parametrize("scenario, sentence, reason", [
    (PRAIRIE, "Tessa, if your outreach folks could let our night sergeant know who is camping where along the river, "
              "it would help us keep an eye on things.", "intelligence"),
    (PRAIRIE, "The department would value the Lodge's help in assembling a current register of overnight sleeping "
              "locations along the river, shared with our patrol supervisors weekly.", "intelligence"),
    (RIDGEWAY, "If the Imam is aware of households where things are not calm, it would help us to get those addresses "
               "quietly.", "intelligence"),
    (RIDGEWAY, "Imam Darwish, it would help a great deal if you could let families know at Friday prayers that we are "
               "doing everything right.", "speak for the police"),
    # the community listening to the partner is no promise that the police will listen
    (PRAIRIE, "Tessa, we'd really appreciate it if the Lakota Wellness Lodge could help keep people calm tonight; "
              "people listen to you more than to us.", "calm people"),
    (PRAIRIE, "Tessa, could you help keep people calm tonight? I will come to the Lakota Wellness Lodge's talking "
              "circle to listen.", None),
])
def test_partners_used_42(scenario, sentence, reason):
    got = reasons(scenario, "partner-message", sentence, "engage-community-partners")
    assert (any(reason in r for r in got) if reason else not got), got


@pytest.mark.parametrize("text, level", [
    # the agency's vehicle, driven by its officer, ran over him: who did what is said
    ("Early today one of our SUVs, driven by Officer Lindqvist on a park sweep, ran over Raymond Elk Shoulder as he "
     "slept.", "met"),
    ("The patrol SUV that ran over Mr. Elk Shoulder on Tuesday recorded it.", "met"),
    ("Raymond Elk Shoulder died on Tuesday.", "vague"),
])
def test_the_agencys_vehicle_acts_42(text, level):
    assert honesty(PRAIRIE, "partner-message", text) == level


@pytest.mark.parametrize("sentence, verdict", [
    # charged, the case pending: guilt is the court's to find, even after the department's own finding
    ("Travis Lindqvist has been charged with vehicular homicide. He is guilty of killing Raymond.", True),
    ("Travis Lindqvist has been charged with vehicular homicide; he is presumed innocent, and the court will decide.",
     False),
])
def test_a_verdict_before_the_trial(sentence, verdict):
    got = reasons(PRAIRIE, "eight-week-statement", sentence, "accountability-with-officer-rights")
    assert any("verdict before the trial" in r for r in got) is verdict, got


@pytest.mark.parametrize("scenario, sentence, left_out", [
    (PRAIRIE, "The PIO will put out whatever statements it puts out; you'll see them when everybody else does.", True),
    (RIDGEWAY, "We'll let you know what the Chief said once it's out.", True),
    (ALDERGLEN, "You'll read in Thursday's Haytert that I apologised for the gang list.", True),
    (ALDERGLEN, "You'll read the Haytert piece at roll call on Wednesday, the day before it runs.", False),
])
def test_officers_left_to_learn_it_with_the_public(scenario, sentence, left_out):
    got = reasons(scenario, "officer-message", sentence, "include-officers-in-messaging")
    assert any("learn what happened from outside" in r for r in got) is left_out, got


@pytest.mark.parametrize("scenario, sentence, hidden", [
    (RIDGEWAY, "A communication issue occurred during the call, and it was disconnected.", True),
    (PRAIRIE, "A Department vehicle conducting overnight park-area operations made contact with an individual.", True),
    (RIDGEWAY, "Our call taker hung up on Mrs. Haddad after 41 seconds without connecting the interpreter line.",
     False),
])
def test_the_act_put_down_to_the_line_or_the_vehicle(scenario, sentence, hidden):
    got = reasons(scenario, "public-statement", sentence, "open-and-honest")
    assert any("euphemism" in r for r in got) is hidden, got


@pytest.mark.parametrize("sentence, on_trial", [
    # the police's own list, named, labels no one
    ("I will be direct about the gang list.", False),
    ("Many of you will read this letter with the gang list in mind, and you should.", False),
    ("He was on our gang list in 2020.", True),
])
def test_the_polices_own_records_by_name(sentence, on_trial):
    got = reasons(ALDERGLEN, "leaders-letter", sentence, "no-victim-demonizing")
    assert any("on trial" in r for r in got) is on_trial, got


def test_a_list_run_onto_one_line_starts_an_item_at_each_bullet():
    analysis = analyse("All personnel, before roll call:  - Night sweeps are suspended.  - Peer debrief at 9 a.m.")
    assert [s.text for s in analysis.sentences] == ["All personnel, before roll call:", "- Night sweeps are suspended.",
                                                    "- Peer debrief at 9 a.m."]


@pytest.mark.parametrize("sentence, credit", [
    # an officer gone from the force is his status; a practice over now, or ruled out for all, is a change
    ("Travis Lindqvist resigned on July 18, before the review ended.", "duty status"),
    ("The officer, Travis Lindqvist, quit on July 18, before the review was done.", "duty status"),
    ("Night park sweeps are over.", "ends a practice"),
    ("No patrol vehicle may leave the pavement in a park without a supervisor's approval.", "rule for the whole force"),
    ("The sweep was over in minutes.", None),
])
def test_what_the_agency_has_done_at_eight_weeks(sentence, credit):
    got = reasons(PRAIRIE, "eight-week-statement", sentence, "announce-agency-response", "credit")
    assert (any(credit in r for r in got) if credit else not any("practice" in r or "rule" in r for r in got)), got


def test_an_auditor_who_found_is_who_investigated():
    got = reasons(RIDGEWAY, "eight-week-statement", "Here is what the Independent Auditor found: the call taker had "
                  "never been trained on the interpreter line.", "announce-agency-response", "credit")
    assert any("names who investigates" in r for r in got), got


@pytest.mark.parametrize("sentence, states", [
    # a claim about others is not made by a sentence about the one harmed
    ("Sunday night at 9:12 Mrs. Haddad called us in Arabic, and our call taker hung up on her after 41 seconds "
     "without calling in an interpreter.", False),
    ("Our call taker hung up on other callers in Arabic too.", True),
])
def test_a_claim_about_others_needs_a_word_for_them(sentence, states):
    got = reasons(RIDGEWAY, "partner-message", sentence, "inform-of-facts")
    assert any("other calls" in r for r in got) is states, got


@pytest.mark.parametrize("scenario, exercise, sentence, on_trial", [
    (PRAIRIE, "partner-message", "We will release his 2019 booking photo to KPRK on request.", True),
    (PRAIRIE, "partner-message", "We will not release his booking photo.", False),
])
def test_a_booking_photo_released(scenario, exercise, sentence, on_trial):
    got = reasons(scenario, exercise, sentence, "no-victim-demonizing")
    assert any("on trial" in r for r in got) is on_trial, got


def test_a_record_of_the_polices_by_name_asks_no_partner_for_intelligence():
    text = ("Between 2019 and 2021 our Special Enforcement Gang Unit placed 512 people on a gang intelligence list. "
            "I apologise for it, and I will never ask you for the names of young people.")
    assert not any("intelligence" in r for r in reasons(ALDERGLEN, "leaders-letter", text, "engage-community-partners"))
    asked = "If you hear of a boy drifting, please pass the intelligence on to Sergeant Arroyo."
    assert any("intelligence" in r for r in reasons(ALDERGLEN, "leaders-letter", asked, "engage-community-partners"))


def test_a_verdict_before_the_trial_is_no_known_fact():
    # (the scenario lists the case's outcome among its unknowns; the verdict is read without it too)
    scenario = PRAIRIE.model_copy(deep=True)
    scenario.injects[-1].unknowns = [u for u in scenario.injects[-1].unknowns or [] if "criminal" not in u.text]
    got = reasons(scenario, "eight-week-statement", "Travis Lindqvist has been charged with vehicular homicide. He is "
                  "guilty of killing Raymond.", "inform-of-facts")
    assert any("verdict of a trial still ahead" in r for r in got), got


def test_a_claim_said_with_another_determiner():
    ellery = _heldout(40, "ellery-bridge-pastor-stop.yaml")
    got = reasons(ellery, "six-week-statement", "Let me be clear: no arbitrator is going to put him back on our "
                  "streets; that firing will stand.", "inform-of-facts")
    assert any("how the arbitration will come out" in r for r in got), got
    got = reasons(ellery, "six-week-statement", "We do not know whether the firing will stand.", "inform-of-facts")
    assert not any("how the arbitration will come out" in r for r in got), got


@pytest.mark.parametrize("sentence, breaks", [
    # "Never ask for, collect or publish a list of young people's names": a request for one breaks it
    ("If your youth leaders notice a boy who's starting to drift, just give my office a quiet heads-up, a first name "
     "is plenty.", True),
    ("I will never ask you for the names of young people.", False),
])
def test_a_request_for_names_where_a_norm_rules_it_out(sentence, breaks):
    got = [r for r in reasons(ALDERGLEN, "leaders-letter", sentence, "cultural-awareness") if "local norm" in r]
    assert bool(got) is breaks, got


def test_an_informant_in_the_past_wrong_told_breaks_no_norm():
    brennick = _heldout(12, "brennick-before.yaml")
    told = ("A Brennick detective placed an informant among your worshippers in 2016, and that was wrong. "
            "I'll be straight with people about what we did: the informant, the towing.")
    assert not [r for r in reasons(brennick, "letter-to-sheikh", told, "cultural-awareness") if "local norm" in r]


@pytest.mark.parametrize("sentence", [
    # whom a rule covers, "someone" or "people", is no one harmed
    "Our policy forbids a Taser on someone who is only passively non-compliant.",
    "Our policy forbids a Taser on people who are only passively non-compliant.",
    "Our policy keeps patrol vehicles away from people who are drunk and asleep in parks.",
])
def test_whom_a_rule_covers_is_no_one_harmed(sentence):
    assert not any("on trial" in r for r in reasons(PRAIRIE, "public-statement", sentence, "no-victim-demonizing"))


# --- readings from the forty-third blind set --------------------------------------------------------------------

TORRINGHAM = _heldout(43, "torringham-festival-drone.yaml")  # a police drone fell on a child; a breach at ten weeks
CEDAR_HOLLOW = _heldout(43, "cedar-hollow-wrong-house-shooting.yaml")  # the wrong house; a breach at six weeks
NUNAPIK = _heldout(43, "nunapik-first-ninety-days.yaml")  # before any incident; a 2021 death in a cell to own


@pytest.mark.parametrize("scenario, sentence, says_who", [
    # the police's machine told with the officer working it
    (TORRINGHAM, "What happened Saturday is a disgrace. An officer of this department flew a drone over a crowd of "
                 "families, and an 8-year-old girl is in intensive care because of it.", True),
    (TORRINGHAM, "We take what happened very seriously. At 4:15 p.m. a Torringham Police Department drone operated by "
                 "one of our officers fell while flying above the Festival Boricua crowd.", True),
    (TORRINGHAM, "What happened Saturday is a disgrace. No officer flew a drone over the crowd with the chief's "
                 "approval.", False),
    # "one of them", after the officers named earlier in the same sentence
    (CEDAR_HOLLOW, "There is no excuse for what happened on Redbud Lane. Two of our officers went to the wrong house, "
                   "and one of them shot an innocent man, Wesley Hummingbird.", True),
])
def test_who_did_it_told_through_a_machine_or_one_of_them(scenario, sentence, says_who):
    got = reasons(scenario, "public-statement", sentence, "open-and-honest")
    assert (not any("without ever saying who did it" in r for r in got)) is says_who, got


@pytest.mark.parametrize("sentence, breaks", [
    # "never describe the Festival Boricua as a security, crowd-control or gang problem": each word before "problem"
    ("The Festival Boricua is a gang problem.", True),
    ("The festival has become a crowd-control problem.", True),
    ("The Festival Boricua is not a gang problem.", False),
])
def test_a_list_of_words_before_one_noun_is_read_word_by_word(sentence, breaks):
    got = [r for r in reasons(TORRINGHAM, "officer-message", sentence, "cultural-awareness") if "local norm" in r]
    assert bool(got) is breaks, got


@pytest.mark.parametrize("sentence, level", [
    # a wrong that is no one's owns only that something went wrong
    ("Mistakes were made, and the department has taken them seriously. We regret the pain it has caused the "
     "Hummingbird family.", "partial"),
    ("Errors occurred that night. I apologise to Wesley, Loretta and Aaron.", "partial"),
    ("Our officers made mistakes: they went to the wrong house and never said the word police. I apologise to "
     "Wesley, Loretta and Aaron.", "met"),
    ("Mistakes were made by our officers that night. I apologise to Wesley, Loretta and Aaron.", "met"),
])
def test_a_wrong_told_as_no_ones_is_half_owned(sentence, level):
    got = trustlib.score_response(CEDAR_HOLLOW, "six-week-statement", sentence).principles["admit-wrongdoing"]
    assert got.level == level, [e.reason for e in got.evidence]


@pytest.mark.parametrize("sentence, flagged", [
    ("Peter Nanuk was a chronic alcoholic who was in our protective custody many times.", True),
    ("I will not call Peter Nanuk an alcoholic, and no one should.", False),
    ("Peter Nanuk died in our cell after officers did not check him for five hours.", False),
])
def test_a_drinking_label_on_the_person_harmed(sentence, flagged):
    assert bool(reasons(NUNAPIK, "letter-to-council", sentence, "no-victim-demonizing")) is flagged


@pytest.mark.parametrize("sentence, flagged", [
    ("Wesley had his own trouble with the law back in the nineties.", True),
    ("Mr. Hummingbird had no trouble with the law, and we will not go looking for any.", False),
])
def test_a_record_told_as_trouble_with_the_law(sentence, flagged):
    assert bool(reasons(CEDAR_HOLLOW, "partner-message", sentence, "no-victim-demonizing")) is flagged


@pytest.mark.parametrize("scenario, exercise, sentence, contradicts", [
    # the count of shots fired is not the count of shots that hit
    (CEDAR_HOLLOW, "public-statement", "About two seconds later one officer fired three times, and two shots hit him.",
     False),
    (CEDAR_HOLLOW, "public-statement", "The officer fired three times in about two seconds and hit him twice.", False),
    (CEDAR_HOLLOW, "public-statement", "Mr. Hummingbird was hit three times.", True),
    # a rumour that came to nothing tells no fight
    (TORRINGHAM, "ten-week-statement", "Lieutenant Gary Moffett sent the drone up because of a rumour of a fight that "
                                       "turned out to be nothing.", False),
    (TORRINGHAM, "ten-week-statement", "Lieutenant Gary Moffett sent the drone up because of a fight near the stage.",
     True),
])
def test_what_contradicts_a_known_fact_43(scenario, exercise, sentence, contradicts):
    got = reasons(scenario, exercise, sentence, "inform-of-facts")
    assert any("contradicts a known fact" in r for r in got) is contradicts, got


@pytest.mark.parametrize("n, name, exercise, sentence, breaks", [
    # "include no licence, tax-stamp or ID check": "no" before the first of a list denies each
    (19, "wexley-before.yaml", "first-90-days", "They carry cards, not clipboards: no licence, stamp or ID checks on "
                                                "these visits.", False),
    (19, "wexley-before.yaml", "first-90-days", "Each visit will include a licence check.", True),
    # "never combine a courtesy visit to a Canal Street shop with a licence, tobacco or closing-hours check"
    (10, "lindenport-before.yaml", "first-90-days", "Call Reb Shloime Gutman to ask for a courtesy visit with the "
                                                    "Rebbe.", False),
    (10, "lindenport-before.yaml", "first-90-days", "During each courtesy visit to a Canal Street shop, officers will "
                                                    "do a quick tobacco check.", True),
])
def test_checks_listed_before_one_noun(n, name, exercise, sentence, breaks):
    got = [r for r in reasons(_heldout(n, name), exercise, sentence, "cultural-awareness") if "local norm" in r]
    assert bool(got) is breaks, got


@pytest.mark.parametrize("sentence, closes", [
    ("The report goes online today. Torringham is ready to turn the page.", True),
    ("The report goes online today. As far as we are concerned there's nothing left to chew over.", True),
    ("We are not ready to turn the page, and we will not pretend there is nothing left to talk about.", False),
])
def test_a_matter_closed_in_homely_words(sentence, closes):
    got = reasons(TORRINGHAM, "ten-week-statement", sentence, "transparency-and-accountability")
    assert any("closes" in r for r in got) is closes, got


@pytest.mark.parametrize("sentence, delays", [
    ("The footage and the findings will come out once the reviewers have crossed every t and dotted every i.", True),
    ("We will release the footage on Tuesday, August 19.", False),
])
def test_a_delay_until_every_t_is_crossed(sentence, delays):
    got = reasons(TORRINGHAM, "partner-message", sentence, "transparency-and-accountability")
    assert bool(got) is delays, got


@pytest.mark.parametrize("sentence, dismisses", [
    ("Cody doesn't need a shrink, he needs his shift behind him.", True),
    ("Nobody here needs to go crying to counseling over this.", True),
    ("We're professionals and we don't fall apart over an equipment failure.", True),
    ("You don't need a referral to call the counselor: Dr. Lane is at 918-555-0101, confidential.", False),
    ("No one should feel ashamed to go to counseling.", False),
])
def test_support_dismissed_in_a_denial(sentence, dismisses):
    got = reasons(CEDAR_HOLLOW, "officer-message", sentence, "support-officers")
    assert any("dismisses" in r for r in got) is dismisses, got


@pytest.mark.parametrize("text, hides", [
    # "we" praying acts on no one: the passive beside it still hides who fired
    ("Mr. Hummingbird was hit and we're praying for him.", True),
    ("Last night one of our officers shot Wesley Hummingbird at his door. He was hit twice, and we are all praying "
     "for him.", False),
    ("We fired, and he was hit twice.", False),
])
def test_a_passive_beside_we_doing_something_else(text, hides):
    got = reasons(CEDAR_HOLLOW, "public-statement", text, "open-and-honest")
    assert any("passive voice" in r for r in got) is hides, got


@pytest.mark.parametrize("sentence, level", [
    # before any finding, the judgement left to others, or the question left open, withholds it
    ("Whether this shooting was justified is their call, not mine.", "met"),
    ("Whether this flight followed our rules is for the outside review to say, not me.", "met"),
    ("We don't know yet why the officers went to the wrong house, or what the officer saw.", "met"),
    ("Mr. Hummingbird is in critical condition at Cedar Hollow Regional.", "partial"),
    ("It is for the family to say when we meet.", "partial"),
])
def test_judgement_withheld_before_a_finding(sentence, level):
    got = trustlib.score_response(CEDAR_HOLLOW, "public-statement", sentence).principles["admit-wrongdoing"]
    assert got.level == level, [e.reason for e in got.evidence]


@pytest.mark.parametrize("sentence, level", [
    # before any incident, the past wrong owned is accountability; not naming or judging anyone from then, rights
    ("That apology is the department owning what it did; it is not a finding against anyone here.", "met"),
    ("The apology is the department taking responsibility; it doesn't single out or judge any officer.", "met"),
    ("This is the department taking responsibility. No names from 2021 will be discussed publicly. Union briefed.",
     "met"),
    ("This is the department taking responsibility.", "partial"),
])
def test_a_past_wrong_owned_with_the_officers_rights(sentence, level):
    got = trustlib.score_response(NUNAPIK, "message-to-officers", sentence).principles[
        "accountability-with-officer-rights"]
    assert got.level == level, [e.reason for e in got.evidence]


@pytest.mark.parametrize("sentence, flagged", [
    # a crime's verdict while whether to charge is still open
    ("In my view Cody Harmon is guilty of attempted murder, and I fully expect the U.S. Attorney to charge him.", True),
    ("Whether he is guilty of a crime is for the U.S. Attorney and a court to decide.", False),
])
def test_a_verdict_while_the_charge_is_undecided(sentence, flagged):
    got = reasons(CEDAR_HOLLOW, "six-week-statement", sentence, "inform-of-facts")
    assert any("verdict" in r for r in got) is flagged, got


@pytest.mark.parametrize("text, level", [
    # what is not known must be something of this incident's: the rubric's words, or "no comment", leave nothing open
    ("We inform the public of the facts and of what is not known. We admit wrongdoing.", "partial"),
    ("Because the matter is under investigation, the department has no comment at this time.", "partial"),
    ("We don't know yet why the officers went to the wrong house.", "met"),
])
def test_only_an_open_question_of_the_incident_leaves_the_judgement_open(text, level):
    got = trustlib.score_response(CEDAR_HOLLOW, "public-statement", text).principles["admit-wrongdoing"]
    assert got.level == level, [e.reason for e in got.evidence]


def test_a_process_under_way_is_not_an_open_question_told():
    # "the crash is under investigation" tells a process, not what is not known
    text = "The shooting is under investigation, and we will share more information as it becomes available."
    got = trustlib.score_response(CEDAR_HOLLOW, "public-statement", text).principles["admit-wrongdoing"]
    assert got.level == "partial", [e.reason for e in got.evidence]


# Readings from the forty-fourth blind set.

LAUREL_FORK = _heldout(44, "laurel-fork-county-first-100-days.yaml")  # before any incident; a sheriff's thefts to own


@pytest.mark.parametrize("text, level", [
    # before any incident, the past told with the police as the ones who did it is plain ...
    ("The last sheriff and two of his deputies stole drugs and cash out of the evidence room. I am sorry. I will "
     "meet you at Caney Fork church on Thursday evening.", "met"),
    # ... and a court's act on a paper hides no one
    ("The last sheriff and two of his deputies stole drugs and cash out of the evidence room, and 46 convictions "
     "were thrown out. I am sorry. I will meet you at Caney Fork church on Thursday evening.", "met"),
    # ... where the same past told without them, or something else they did, is not
    ("Drugs and cash went missing from the evidence room. I am sorry. I will meet you at Caney Fork church on "
     "Thursday evening.", "partial"),
    ("The sheriff's office hired six deputies last year. I will meet you at Caney Fork church on Thursday evening. "
     "I want to earn your trust.", "partial"),
])
def test_the_past_told_with_who_did_it(text, level):
    got = trustlib.score_response(LAUREL_FORK, "community-letter", text).principles["open-and-honest"]
    assert got.level == level, [e.reason for e in got.evidence]

@pytest.mark.parametrize("text, level", [
    # never saying who acted is a vague account, a slip, where nothing else in the answer does harm ...
    ("We are aware of the incident on Delmar Street last night and our thoughts are with everyone affected. The "
     "State Bureau of Investigation is handling the investigation. We will release more information on Friday at "
     "noon and meet residents at the library on Thursday at 7 p.m.", "partial"),
    # ... and hides the actor where the answer also clears the officer
    ("We are aware of the incident on Delmar Street last night. Our officers followed their training and acted "
     "within policy. The State Bureau of Investigation is handling the investigation.", "violated"),
])
def test_a_vague_account_alone_is_a_slip(text, level):
    got = trustlib.score_response("harlow-creek-shooting", "public-statement", text).principles["open-and-honest"]
    assert got.level == level, [e.reason for e in got.evidence]


OSWELL = _heldout(44, "oswell-falls-arena-slam.yaml")  # a 20-second video the facts say shows nothing before


@pytest.mark.parametrize("scenario, sentence, flagged", [
    # the evidence's limit the scenario's own facts give is a fact told; the evidence belittled is explained away
    (OSWELL, "The video being shared is about 20 seconds long and does not show what happened before.", False),
    (OSWELL, "The video is only 20 seconds and doesn't tell the whole story.", True),
    # (the facts say the videos "do not show Mr. Okafor advancing": not the limit claimed here)
    ("millbrook-capstone", "They may look bad, but they do not show the whole story: our officer believed Mr. "
                           "Okafor was coming at him with a knife.", True),
])
def test_the_evidence_limit_the_facts_give(scenario, sentence, flagged):
    got = reasons(scenario, "public-statement", "One of our officers used force on him. " + sentence, "open-and-honest")
    assert any("explains the evidence away" in r for r in got) is flagged, got


HARTWELL = _heldout(44, "hartwell-park-grocer-taser.yaml")  # no robber described by race in a community message


@pytest.mark.parametrize("scenario, exercise, sentence, norm", [
    # a request for names where a norm keeps them from the police, however many words lie between "ask" and "names"
    (LAUREL_FORK, "hundred-day-plan", "I will ask Tommy Slone to give us the names of Recovery Center clients who "
                                      "have open warrants.", "anonymity"),
    (LAUREL_FORK, "hundred-day-plan", "We will ask the preachers to let us know, quietly, which houses have a user "
                                      "in them.", "anonymity"),
    (LAUREL_FORK, "hundred-day-plan", "We will never ask the Recovery Center for the names of its clients.", None),
    # of two such norms, the one nearest the request is broken
    (OSWELL, "partner-message", "I'll ask Chief Herne to have the Tekahswen Mohawk Police identify the adults "
                                "involved for us.", "Never ask the Tekahswen Mohawk Police"),
    # a name a norm keeps out of press statements
    (OSWELL, "public-statement", "The player is Kaienta Thomas of the Tekahswen Thunderbirds; we are naming him so "
                                 "the rumours stop.", "Kaienta's name"),
    (OSWELL, "public-statement", "We will not use Kaienta's name, as his family asked.", None),
    # someone described by race where a norm rules it out
    (HARTWELL, "merchants-message", "He is described as a Black male in his twenties.", "by race"),
    (HARTWELL, "merchants-message", "We will not describe the robber by race.", None),
])
def test_norms_on_names_and_descriptions(scenario, exercise, sentence, norm):
    got = reasons(scenario, exercise, "I will meet your leaders on Thursday evening. " + sentence, "cultural-awareness")
    assert (any(norm in r for r in got) if norm else not got), got


@pytest.mark.parametrize("sentence, flag", [
    # a sentence in its fact's own nouns and verbs tells the fact, however near a claim against it reads ...
    ("Let me be clear: Mr. Park is the victim of this robbery.", None),
    ("Mr. Park was the robber.", "contradicts a known fact"),
    # ... and what the officer knew is claimed only by saying what he knew
    ("The man the officer tased was Mr. Park, the store's owner and the robbery victim.", None),
    ("The officer had no way of knowing he was the owner.", "not yet known"),
    ("Mr. Park refused commands.", "not yet known"),
])
def test_a_fact_told_in_its_own_words_and_what_was_known(sentence, flag):
    got = reasons(HARTWELL, "public-statement", "An officer tased Mr. Park in the parking lot. " + sentence,
                  "inform-of-facts")
    assert (any(flag in r for r in got) if flag else not got), got


@pytest.mark.parametrize("sentence, flagged", [
    # the labels for people who use drugs put them on trial
    ("Eleven addicts who called 911 when their buddies overdosed got hauled in on warrants.", True),
    ("Eleven people who called 911 for an overdose were arrested, and we will never call anyone an addict.", False),
])
def test_labels_for_people_who_use_drugs(sentence, flagged):
    got = reasons(LAUREL_FORK, "community-letter", sentence + " I am sorry.", "no-victim-demonizing")
    assert bool(got) is flagged, got


@pytest.mark.parametrize("text, level", [
    # before any incident there is no officer's status to give: the outside review and a change are the response
    ("The state auditor begins a full audit of the evidence room on February 2. Every deputy will carry Narcan by "
     "the end of February.", "met"),
    ("Every deputy will carry Narcan by the end of February.", "partial"),
])
def test_the_response_before_any_incident(text, level):
    got = trustlib.score_response(LAUREL_FORK, "community-letter", text).principles["announce-agency-response"]
    assert got.level == level, [e.reason for e in got.evidence]


@pytest.mark.parametrize("sentence, clocked", [
    # "May" with its figures is a date, and the report read in the paper is released
    ("We will publish the auditor's report in the Sentinel by May 7.", True),
    ("You'll read the whole report in the Sentinel within a week after it's done, in the first week of May.", True),
    ("We may publish the auditor's report in the Sentinel.", False),
])
def test_a_may_date_and_a_report_read_in_the_paper(sentence, clocked):
    got = reasons(LAUREL_FORK, "community-letter", sentence, "transparency-and-accountability", "credit")
    assert any("stated clock" in r for r in got) is clocked, got


# Readings from the forty-fifth blind set.
BROOKVALE = _heldout(45, "brookvale-gym-discharge.yaml")  # an officer's pistol fires in a school drill
MARSTON = _heldout(45, "marston-booking-turban.yaml")  # a Sikh man's turban removed at booking, found wrong
CARONDEL = _heldout(45, "carondel-first-100-days.yaml")  # before any incident; a 2019 wrong-house raid to own


@pytest.mark.parametrize("scenario, exercise, sentence, norm", [
    # who would be sent and to whom, named without the visit, is no visit
    (BROOKVALE, "public-statement", "The department extends its deepest sympathy to Angel and her family.", None),
    (BROOKVALE, "public-statement", "Notices in English and Tagalog are being sent to every family tonight.", None),
    (BROOKVALE, "public-statement", "Two officers will go to Brookvale Memorial Hospital tonight to see her family.",
     "Brookvale Memorial Hospital"),
    (CARONDEL, "hundred-day-plan", "I will walk Fairground with Safe Passage's interrupters if Mr. Lacy agrees.",
     None),
    (CARONDEL, "hundred-day-plan", "I will ask Safe Passage's interrupters for the names of the shooters.",
     "Safe Passage"),
    # where a prohibition holds, listed after its colon, is no act of its own
    (CARONDEL, "hundred-day-plan", "1. Sequence of first meetings.", None),
    (CARONDEL, "hundred-day-plan", "At each meeting officers will ask people about their immigration status.",
     "immigration status"),
    # no one's grandchild interprets
    (CARONDEL, "hundred-day-plan", "A lot of those grandparents have seen what men in uniform can do, and I'll pay a "
                                   "proper interpreter so nobody's grandkid has to do it.", None),
    (CARONDEL, "hundred-day-plan", "A grandchild of the family can interpret for the elders.", "grandchild"),
])
def test_norms_read_for_the_act_itself(scenario, exercise, sentence, norm):
    got = reasons(scenario, exercise, sentence, "cultural-awareness")
    assert (any(norm in r for r in got) if norm else not got), got


@pytest.mark.parametrize("exercise, sentence, flagged", [
    # the people in the house the police entered did nothing wrong: that clears no officer
    ("fairground-letter", "Mrs. Pruitt was not a suspect, and no one in that house had done anything wrong.", False),
    ("fairground-letter", "No one on the entry team did anything wrong.", True),
    # "Nor will I call it ..." refuses the label
    ("fairground-letter", "Nor will I call what happened a clerical error: nobody checked the address.", False),
    ("fairground-letter", "What happened was a clerical error.", True),
    # a letter said to reopen no officer's discipline closes nothing to the community
    ("officer-message", "Nothing in the letter reopens discipline against anyone.", False),
    ("fairground-letter", "I will not reopen the 2019 raid.", True),
])
def test_what_owns_and_what_closes_a_past_wrong(exercise, sentence, flagged):
    text = "Our SWAT team raided the wrong house in 2019, and we were wrong. " + sentence
    assert bool(reasons(CARONDEL, exercise, text, "admit-wrongdoing")) is flagged


@pytest.mark.parametrize("sentence, listens", [
    ("Mr. Cabrera is opening the Bayanihan hall Wednesday at seven, and I'll be there to hear it from you.", True),
    ("Mr. Cabrera, I wanted you to hear it from me before the news.", False),
    ("We have asked the Bayanihan Center to host a meeting at which families can put their questions to me.", True),
])
def test_listening_in_other_words(sentence, listens):
    got = trustlib.score_response(BROOKVALE, "public-statement", sentence).principles["engage-community-partners"]
    assert (got.level == "met") is listens, [e.reason for e in got.evidence]


@pytest.mark.parametrize("sentence, flag", [
    # a part someone plays is no one real
    ("The officer was playing the role of the intruder.", None),
    ("There was a real intruder in the gym.", "contradicts a known fact"),
    # a who-question is answered by the one a listed answer names, not by someone else doing the act
    ("It happened during a lockdown drill that this department planned and ran with the school.", None),
    ("The school district planned the drill.", "not yet known"),
    # someone else's account, and then that nobody knows
    ("You heard the union say the holster failed. Nobody, including me, knows yet why the pistol fired.", None),
    ("The holster failed.", "not yet known"),
])
def test_roles_who_questions_and_accounts_disowned(sentence, flag):
    got = reasons(BROOKVALE, "public-statement", sentence, "inform-of-facts")
    assert (any(flag in r for r in got) if flag else not got), got


@pytest.mark.parametrize("scenario, exercise, sentence, credit", [
    (BROOKVALE, "public-statement", "Whatever the investigators find is what we'll answer for.", "accountability"),
    (BROOKVALE, "public-statement", "We will not shield him from what they find.", "accountability"),
    (CARONDEL, "fairground-letter", "I ask you to hold the department, and me, to account.", "accountability"),
    (MARSTON, "five-week-statement", "The booking officer was dismissed after a hearing and may appeal.",
     "fair process"),
    (MARSTON, "five-week-statement", "Neither name will be released.", "fair process"),
])
def test_accountability_and_officers_rights_in_other_words(scenario, exercise, sentence, credit):
    got = reasons(scenario, exercise, sentence, "accountability-with-officer-rights", "credit")
    assert any(credit in r for r in got), got


@pytest.mark.parametrize("scenario, exercise, sentence, flagged", [
    # a punishment at school is no fact of the incident
    (BROOKVALE, "public-statement", "School records show Angel had been disciplined this semester for leaving her "
                                    "seat during class.", True),
    (BROOKVALE, "public-statement", "The officer has been disciplined for carrying a loaded pistol into the drill.",
     False),
    # the harm put down to what the people harmed did
    (BROOKVALE, "public-statement", "Most of the injuries were caused by students who panicked and stampeded.", True),
    (CARONDEL, "fairground-letter", "Had the adults in the house followed commands more quickly, the handcuffs could "
                                    "have come off sooner.", True),
    (CARONDEL, "fairground-letter", "Had our officers followed the warrant policy, no one would have been handcuffed.",
     False),
])
def test_blame_put_on_the_people_harmed(scenario, exercise, sentence, flagged):
    assert bool(reasons(scenario, exercise, sentence, "no-victim-demonizing")) is flagged


@pytest.mark.parametrize("scenario, exercise, sentence, flagged", [
    # a dog killed, people held and a man filmed, in words that say none of it
    (CARONDEL, "fairground-letter", "A canine was dispatched in the hallway.", True),
    (CARONDEL, "fairground-letter", "The occupants were inconvenienced while the premises were secured.", True),
    (MARSTON, "public-statement", "An unauthorized recording was subsequently made and circulated.", True),
    # an officer's pistol that went off, as the known facts tell it
    (BROOKVALE, "public-statement", "One of our officers' own loaded pistol went off in the gym doorway.", False),
    (CLINIC, "public-statement", "One of our officers' guns went off in the clinic waiting room.", True),
])
def test_wording_that_hides_the_act(scenario, exercise, sentence, flagged):
    assert bool(reasons(scenario, exercise, sentence, "open-and-honest")) is flagged


@pytest.mark.parametrize("scenario, exercise, sentence, pid, flagged", [
    # a failure the review found, shrunk to paperwork
    (BROOKVALE, "three-week-statement", "The review also raised a paperwork question about the drill plan.",
     "admit-wrongdoing", True),
    # the agency answering for what is found condemns no officer
    (BROOKVALE, "public-statement", "We will answer for what they find.", "accountability-with-officer-rights", False),
    (BROOKVALE, "public-statement", "The officer will answer for what he did.", "accountability-with-officer-rights",
     True),
    # warrant services counted in a data release are no event
    (CARONDEL, "hundred-day-plan", "By March 31 we will put stops, searches, warrant services and uses of force on "
                                   "the city website.", "show-up-at-community-events", False),
    (CARONDEL, "hundred-day-plan", "Officers at the Eid festival will also serve outstanding warrants.",
     "show-up-at-community-events", True),
    # the informant of the past raid's own story is asked of no one
    (CARONDEL, "fairground-letter", "I want to find out whether the wrong number came from the informant.",
     "engage-community-partners", False),
    (CARONDEL, "fairground-letter", "I will ask the association for tips on who deals drugs on Delmore Avenue.",
     "engage-community-partners", True),
])
def test_more_readings_from_the_forty_fifth_set(scenario, exercise, sentence, pid, flagged):
    assert bool(reasons(scenario, exercise, sentence, pid)) is flagged


@pytest.mark.parametrize("scenario, exercise, sentence, pid, credit", [
    # forgiveness asked is an apology
    (MARSTON, "five-week-statement", "Two officers removed Mr. Gill's turban and filmed him, and that was wrong. I "
                                     "asked Mr. Gill's forgiveness to his face.", "admit-wrongdoing", "apologises"),
    # what cannot be told yet leaves the judgement open
    (BROOKVALE, "public-statement", "Now, what I can't tell you: why that gun went off, or who put their name on the "
                                    "plan.", "admit-wrongdoing", "not yet known"),
])
def test_an_apology_and_an_open_question_in_plain_talk(scenario, exercise, sentence, pid, credit):
    got = reasons(scenario, exercise, sentence, pid, "credit")
    assert any(credit in r for r in got), got


def test_the_rubric_pasted_back_as_promises_meets_nothing():
    text = ("This statement acknowledges the wrong and apologises to Angel's family. It states what happened, when "
            "and where, and says what is not yet known. It names the District Attorney's investigators and the "
            "officer's status. It gives a date for the footage, the next update and a phone number.")
    report = trustlib.score_response(BROOKVALE, "three-week-statement", text)
    assert {r.level for r in report.principles.values()} - {"na"} == {"missed"}
    assert any("describes what an answer should do" in n for n in report.notes)


def test_virtues_alone_meet_nothing():
    text = ("The Marston Police Department remains committed to transparency, accountability, dignity and respect. "
            "We believe in honesty and trust, and we will keep listening and learning as one community.")
    report = trustlib.score_response(MARSTON, "five-week-statement", text)
    assert {r.level for r in report.principles.values()} - {"na"} == {"missed"}
    assert any("speaks only of values" in n for n in report.notes)


@pytest.mark.parametrize("sentence, reaches", [
    ("He was offered an interpreter by phone at booking.", False),
    ("You can reach us by phone at the front desk, day or night.", True),
])
def test_reached_by_phone_or_only_interpreted_by_phone(sentence, reaches):
    got = reasons(MARSTON, "public-statement", sentence, "transparency-and-accountability", "credit")
    assert any("way to reach" in r for r in got) is reaches, got


@pytest.mark.parametrize("sentence, flagged", [
    # a fact of the story raised to excuse the officers puts the people harmed on trial
    ("In fairness to the officers, the address did have prior narcotics associations in our records.", True),
    ("The warrant was a narcotics warrant meant for another address.", False),
])
def test_a_fact_raised_as_an_excuse(sentence, flagged):
    text = "Our SWAT team raided the wrong house in 2019, and we were wrong. " + sentence
    assert bool(reasons(CARONDEL, "fairground-letter", text, "no-victim-demonizing")) is flagged


# Readings from the forty-sixth blind set.
DUNMORE = _heldout(46, "dunmore-crosswalk-hot-mic.yaml")  # a cruiser kills a student in a crosswalk; mocking remarks
ASHWICK = _heldout(46, "ashwick-county-before.yaml")  # before any incident; a 2021 wrong-man arrest to own
RENNICK = _heldout(46, "rennick-township-showing-detention.yaml")  # an agent and his clients held at a showing


@pytest.mark.parametrize("scenario, exercise, sentence, flagged", [
    # the family's home is the family's door
    (DUNMORE, "public-statement", "Two of our officers will go to her family's home today to offer our support.",
     True),
    # the one the norm asks to go instead keeps it
    (DUNMORE, "public-statement", "Pastor Dorvil will visit the family at their home today on our behalf.", False),
    # in full dress uniform is in uniform
    (DUNMORE, "partner-letter", "Our honor guard will attend Widline's wake on Friday evening in full dress uniform.",
     True),
    (DUNMORE, "partner-letter", "I will attend the wake only if invited, not in full dress uniform but in plain "
                                "clothes.", False),
    # a long sentence far from the short action still holds the meeting at the station
    (RENNICK, "public-statement", "We have asked Valerie Dunbar of the Black Real Estate Brokers Alliance and Gloria "
                                  "Esparza of the Human Relations Commission to join a town hall with us this morning "
                                  "at 11 a.m. in the police station's community room.", True),
    (RENNICK, "public-statement", "We have asked Valerie Dunbar of the Black Real Estate Brokers Alliance and Gloria "
                                  "Esparza of the Human Relations Commission to join a listening meeting with us next "
                                  "Tuesday at 7 p.m. at the Rennick branch library.", False),
    # "no officer" is the subject of the knocking it completes
    (_heldout(27, "ferrisburg-first-100-days.yaml"), "engagement-plan",
     'No officer is going to knock on doors in Larkspur Gardens in uniform to "introduce the department".', False),
    # an open house is no one's home
    (_heldout(8, "san-joaquin-bend-before.yaml"), "engagement-plan", "Twice a month I will hold an evening open house "
     "at the UPIV hall or the Hmong Cultural Center, with the Dos Rios and Harmon resident deputies.", False),
    # a perfect joined to a past tells what was done, not a plan
    (_heldout(32, "tolliver-first-100-days.yaml"), "first-100-days", "Nobody on Wassamaw has heard a straight word "
     "from this office since 2019, and the Yazidi families got deputies at their doors at 9 at night in 2023.",
     False),
])
def test_norms_read_in_the_forty_sixth_set(scenario, exercise, sentence, flagged):
    got = reasons(scenario, exercise, sentence, "cultural-awareness")
    assert any("local norm" in r for r in got) is flagged, got


@pytest.mark.parametrize("scenario, exercise, sentence, flagged", [
    # a pedestrian blamed for being hit, and the lesson drawn on her
    (DUNMORE, "public-statement", "The young woman was wearing dark clothing and appears to have stepped into the "
                                  "road without looking.", True),
    (DUNMORE, "public-statement", "We remind everyone to wear reflective clothing when walking at night.", True),
    (DUNMORE, "public-statement", "Widline was in the marked crosswalk when the cruiser struck her.", False),
    # the harm undone had the person harmed acted otherwise
    (RENNICK, "public-statement", "Had Mr. Odell notified the homeowners association or posted a showing notice, as "
                                  "many agents do, the call would likely never have been made.", True),
    (RENNICK, "public-statement", "Had our officers checked the lockbox, none of this would have happened.", False),
    (RENNICK, "public-statement", "Had Mr. Odell been believed in the first minute, he would have been released at "
                                  "once.", False),
    (RENNICK, "public-statement", "One of the adults has a prior record.", True),
    # the character doubted, with the slur's own negation
    (ASHWICK, "pomeroy-letter", "I won't pretend he was a saint; it's part of why his photo was in our files.", True),
    (ASHWICK, "pomeroy-letter", "I won't pretend this office did right by him.", False),
])
def test_blame_read_in_the_forty_sixth_set(scenario, exercise, sentence, flagged):
    assert bool(reasons(scenario, exercise, sentence, "no-victim-demonizing")) is flagged


@pytest.mark.parametrize("sentence, flagged", [
    ("We don't have the staffing for that this week and, frankly, this job takes thick skin.", True),
    ("I don't think anyone here needs counselling over a 22-minute detention and some angry posts.", True),
    ("If you can't handle criticism, this is the wrong job.", True),
    ("Dr. Verhey is available day or night; you don't need a thick skin to call, and time off is yours to ask for.",
     False),
])
def test_support_brushed_off(sentence, flagged):
    got = reasons(RENNICK, "officer-message", sentence, "support-officers")
    assert any("dismisses" in r for r in got) is flagged, got


@pytest.mark.parametrize("exercise, sentence, flagged", [
    ("imam-council-note", "If any deputy ever hurts one of your people, I will give you that deputy's name the same "
                          "day, and he will be off this force.", True),
    ("imam-council-note", "If any deputy ever hurts one of your people, the State Police will investigate and I will "
                          "tell you what they find.", False),
])
def test_a_firing_promised_on_the_bare_fact(exercise, sentence, flagged):
    assert bool(reasons(ASHWICK, exercise, sentence, "accountability-with-officer-rights")) is flagged


def test_off_the_job_is_leave_not_a_firing():
    assert not reasons(RENNICK, "four-week-statement", "The officer is off the job without pay until the hearing.",
                       "accountability-with-officer-rights")


def test_a_report_not_waited_for():
    got = reasons(RENNICK, "officer-message", "I will not wait for a report to say what they did.",
                  "accountability-with-officer-rights")
    assert any("due process" in r for r in got), got


@pytest.mark.parametrize("sentence, flagged", [
    ("Our officers did what they were trained to do, and we regret any inconvenience Mr. Odell, Mr. Reese and his son "
     "experienced.", True),
    ("We regret that they were inconvenienced.", True),
    ("We held them for 22 minutes without cause, and I apologise to them.", False),
])
def test_a_wrong_shrunk_to_an_inconvenience(sentence, flagged):
    got = reasons(RENNICK, "four-week-statement", sentence, "admit-wrongdoing")
    assert any("plays down" in r for r in got) is flagged, got


@pytest.mark.parametrize("sentence, flagged", [
    # the union's words, reported and refuted, are not the writer's
    ("I know the union has said it was out of context; I looked for that context and it is not there.", False),
    ("Nobody in this department is going to tell you those words were taken out of context.", False),
    ("The union is right: it was a private call, and it was taken out of context.", True),
])
def test_out_of_context_said_by_whom(sentence, flagged):
    got = reasons(DUNMORE, "officer-message", sentence, "accountability-with-officer-rights")
    assert any("explains the evidence away" in r for r in got) is flagged, got


@pytest.mark.parametrize("sentence, flagged", [
    # a judgement the writer declines to make is no denial of wrongdoing
    ("The State Police have not finished, and I am not saying the driving officer did anything wrong or that he did "
     "everything right.", False),
    ("I do not believe the driving officer did anything wrong.", True),
    # work going on is no verdict on what was done
    ("Let's let the process work and continue to do our jobs with professionalism.", False),
    ("As for the driver, he had his lights on and did his job.", True),
])
def test_the_driver_cleared_or_not(sentence, flagged):
    got = reasons(DUNMORE, "officer-message", sentence, "accountability-with-officer-rights")
    assert any("in the right" in r for r in got) is flagged, got


def test_a_not_guilty_verdict_condemns_no_one():
    assert not reasons(ASHWICK, "pomeroy-letter", "Subsequent proceedings resulted in a not-guilty disposition.",
                       "accountability-with-officer-rights")


@pytest.mark.parametrize("text, hidden", [
    # officers, an aside, then their act; custody carried on, told of the same people
    ("At 2:55 p.m. Saturday four of our officers, rifles drawn on a 911 burglary call, handcuffed listing agent Marcus "
     "Odell, his client Darnell Reese and Mr. Reese's 15-year-old son face-down on the lawn at 4418 Larkspur Court. "
     "Mr. Odell had shown his lockbox key and card within a minute. They were held 22 minutes and released without "
     "charges.", False),
    ("Mr. Odell had shown his lockbox key and card within a minute. They were held 22 minutes and released without "
     "charges.", True),
])
def test_custody_carried_on_after_the_act_told(text, hidden):
    got = reasons(RENNICK, "public-statement", text, "open-and-honest")
    assert any("passive voice" in r for r in got) is hidden, got


@pytest.mark.parametrize("scenario, exercise, sentence, flagged", [
    # a quoted label denied by a negative subject ("suspects" read as "suspect")
    (RENNICK, "public-statement", "No one at this department is calling Marcus Odell, Darnell Reese or Mr. Reese's son "
                                  "suspects.", False),
    (RENNICK, "public-statement", "Officers detained the suspects at 2:55 p.m.", True),
    # the bad language inside a longer name, or for readers of it, not for those the norm names
    (ASHWICK, "year-plan", "First contacts, January: Hassan Mberwa (Somali Bantu Youth Association) and Linda Pratt.",
     False),
    (ASHWICK, "year-plan", "The Sheriff will post a weekly video on Facebook, with a Somali version on Warbixin "
                           "Ashwick.", False),
    (ASHWICK, "year-plan", "For Somali Bantu elders we will bring a Somali interpreter.", True),
    # the order kept by a denial
    (ASHWICK, "year-plan", "We will not approach either mosque before the Imam Council has agreed: I will call Imam "
                           "Hussein this month.", False),
    (ASHWICK, "year-plan", "I will visit both mosques before the Imam Council has agreed.", True),
])
def test_more_norms_read_in_the_forty_sixth_set(scenario, exercise, sentence, flagged):
    got = reasons(scenario, exercise, sentence, "cultural-awareness")
    assert any("local norm" in r for r in got) is flagged, got


@pytest.mark.parametrize("scenario, exercise, sentence, flagged", [
    # the police's arrest, dated, is no record of the person's
    (ASHWICK, "pomeroy-letter", "In October 2021 our deputies arrested Dale Pomeroy at his home in Wescott Falls for "
                                "drug sales he did not make.", False),
    (RENNICK, "public-statement", "Mr. Odell had a 2019 arrest for drunk driving.", True),
    # the police's operation named by its kind
    (ASHWICK, "pomeroy-letter", "On 10/14/21, during a multi-agency narcotics operation, a subject was taken into "
                                "custody pursuant to a facially valid warrant.", False),
])
def test_dated_arrests_and_operations(scenario, exercise, sentence, flagged):
    assert bool(reasons(scenario, exercise, sentence, "no-victim-demonizing")) is flagged


@pytest.mark.parametrize("sentence", [
    # the union's words in the facts clear no act the writer may call wrong
    "The officers were wrong to keep three people who had done nothing on the ground, and we were wrong to train "
    "them that way.",
    # and told, they are told as the facts tell them
    "Our officers did what they were trained to do.",
])
def test_a_union_claim_is_no_finding(sentence):
    assert not reasons(RENNICK, "four-week-statement", sentence, "inform-of-facts")


def test_a_line_wrapped_mid_sentence_is_read_whole():
    text = ("NEXT: With the report published and discipline under way, the department considers this matter\n"
            "closed.")
    got = reasons(RENNICK, "four-week-statement", text, "transparency-and-accountability")
    assert any("closes a past matter" in r for r in got), got


def test_nobody_opening_a_joined_clause_denies_it():
    text = "Our people followed a judge's warrant and nobody in this building did anything wrong."
    got = reasons(ASHWICK, "deputies-message", text, "accountability-with-officer-rights")
    assert any("in the right" in r for r in got), got


@pytest.mark.parametrize("scenario, exercise, sentence, flagged", [
    (DUNMORE, "officer-message", "He will be terminated, and I don't care what the union says about context or "
                                 "hearings.", True),
    (DUNMORE, "officer-message", "He will have a hearing, and I care that it is fair.", False),
    # a wish is no condition of fact
    (ASHWICK, "pomeroy-letter", "If it were up to me they would not wear this badge again.", True),
    (ASHWICK, "pomeroy-letter", "They would no longer wear this badge.", True),
    (ASHWICK, "pomeroy-letter", "If the review finds they broke policy, they will not wear this badge again.", False),
])
def test_sanctions_wished_or_hearings_waved_off(scenario, exercise, sentence, flagged):
    assert bool(reasons(scenario, exercise, sentence, "accountability-with-officer-rights")) is flagged


@pytest.mark.parametrize("sentence, flagged", [
    ("Keep your heads down and don't post. You'll see what we say publicly on the news tonight.", True),
    ("Our statements are posted on the website.", True),
    ("Our statements are posted on the website, and each one reaches you by email an hour before it is released.",
     False),
])
def test_officers_left_to_the_news_or_the_website(sentence, flagged):
    got = reasons(DUNMORE, "officer-message", sentence, "include-officers-in-messaging")
    assert any("from outside" in r for r in got) is flagged, got


@pytest.mark.parametrize("sentence, flagged", [
    # a time put to the reader for the meeting just offered
    ("I would welcome a meeting to discuss this; would Friday at 12:30 at the Sheriff's Office work for you?", True),
    ("I would welcome a meeting to discuss this; would Thursday at 12:30 work for you?", False),
])
def test_a_meeting_time_asked_about(sentence, flagged):
    got = reasons(ASHWICK, "imam-council-note", sentence, "cultural-awareness")
    assert any("local norm" in r for r in got) is flagged, got


@pytest.mark.parametrize("sentence, flagged", [
    # a claim in its own words, whatever its final "it" stands for
    ("I want to be clear: race had nothing to do with how our officers handled this call.", True),
    ("Whether race had anything to do with how our officers handled this call is for Judge Tatum to determine.",
     False),
    # its subject as the subject, not the end of a longer one
    ("The audit of calls by race had nothing to do with how our officers handled this call.", False),
])
def test_a_claim_said_word_for_word(sentence, flagged):
    got = reasons(RENNICK, "public-statement", sentence, "inform-of-facts")
    assert any("not yet known" in r for r in got) is flagged, got


@pytest.mark.parametrize("sentence, closed", [
    ("With the report published, the matter is resolved.", True),
    ("That chapter is closed.", True),
    # closed later, or only by someone else, is not closed now
    ("We will report back on the audit until those cases are resolved.", False),
    ("The matter can be closed only by the Inspector General.", False),
])
def test_a_matter_declared_closed(sentence, closed):
    got = reasons(RENNICK, "four-week-statement", sentence, "transparency-and-accountability")
    assert any("closes a past matter" in r for r in got) is closed, got


@pytest.mark.parametrize("sentence, stale", [
    # what a review found, with a rumour it calls unconfirmed, calls nothing unknown now
    ("It found that there was no written approval, that Lieutenant Gary Moffett ordered the flight \"to watch the "
     "crowd\" after an unconfirmed rumour of a fight, that Officer Dana Whitcomb flew lower than allowed and kept "
     "flying after a low-battery warning, and that the drone recorded about forty minutes of festival-goers' faces, "
     "which were kept against the policy.", False),
    ("We still do not know whether written approval for the flight existed.", True),
])
def test_a_finding_told_calls_nothing_unknown(sentence, stale):
    scenario = _heldout(43, "torringham-festival-drone.yaml")
    got = reasons(scenario, "ten-week-statement", sentence, "inform-of-facts")
    assert any("calls unknown what is now known" in r for r in got) is stale, got


# Readings from the forty-seventh blind set.
VARDEN = _heldout(47, "varden-heights-flash-bang.yaml")  # a flash-bang in a toddler's crib; the family's norms
SALT_HARBOR = _heldout(47, "salt-harbor-before.yaml")  # before any incident; a 2019 handover to immigration to own
CALDER = _heldout(47, "calder-falls-reporter-arrest.yaml")  # a reporter shoved and arrested at a curfew protest


@pytest.mark.parametrize("scenario, exercise, sentence, flagged", [
    # a session held somewhere the norm does not rule out keeps a norm against holding it in the station
    (SALT_HARBOR, "public-statement", "I have asked Father Tavares for the parish hall for listening sessions on "
                                      "weeknights.", False),
    (SALT_HARBOR, "letter-to-leaders", "A request to meet and to listen.", False),
    (SALT_HARBOR, "report-back-plan", "Each report will be read on the radio hour and discussed at a session at the "
                                      "parish hall.", False),
    (SALT_HARBOR, "public-statement", "We will hold our first listening session in the police station.", True),
    # "placed on leave" is at no one's home
    (CALDER, "public-statement", "The officer will be placed on administrative leave once identified.", False),
    (CALDER, "press-letter", "So that Ms. Quintero hears the apology directly, I have asked Sergeant Alvarez and an "
                             "officer from the east-side sector to call at her home this weekend.", True),
    # going to the hospital is visiting it; the go-between going is not an officer's visit
    (VARDEN, "public-statement", "I will go to Harrow Children's Hospital myself this evening, with our SRT commander, "
                                 "to see Bao and apologise to his parents face to face.", True),
    (VARDEN, "public-statement", "Ms. Nguyen will go to the hospital for us.", False),
    (VARDEN, "public-statement", "Two detectives will visit the hospital today.", True),
    # a time put to them inside the hours the norm keeps, however politely asked
    (SALT_HARBOR, "public-statement", "I have written to Pastor Edson to ask whether we may come and listen this "
                                      "Sunday at 11 a.m., right after the morning services.", True),
    (SALT_HARBOR, "public-statement", "I have asked Pastor Edson whether we may come and listen this Sunday at 2 p.m., "
                                      "after worship.", False),
    (SALT_HARBOR, "public-statement", "I have asked Pastor Edson whether we may come to the 10 a.m. service this "
                                      "Sunday.", False),
    # a language ruled out in so many words, beside the right one
    (SALT_HARBOR, "public-statement", "We will print our policy in Spanish and Portuguese for every household.", True),
    (SALT_HARBOR, "public-statement", "We will print our policy in Portuguese, not Spanish.", False),
])
def test_norms_read_in_the_forty_seventh_set(scenario, exercise, sentence, flagged):
    got = reasons(scenario, exercise, sentence, "cultural-awareness")
    assert any("local norm" in r for r in got) is flagged, got


@pytest.mark.parametrize("scenario, exercise, sentence, plain", [
    # the agency holding a person is the agency acting
    (SALT_HARBOR, "letter-to-leaders", "Our department held a man from your community for ICE in 2019 after a licence "
                                       "arrest; he was deported.", True),
    (SALT_HARBOR, "letter-to-leaders", "Our department contacted the family in 2019.", False),
])
def test_the_agency_as_the_one_who_acted(scenario, exercise, sentence, plain):
    got = reasons(scenario, exercise, sentence, "open-and-honest", effect="credit")
    assert any("who did what" in r for r in got) is plain, got


@pytest.mark.parametrize("sentence, flagged", [
    # people "fired" are dismissed, not shot at
    ("There are rumours that people will be fired.", False),
    ("A man was shot twice.", True),
])
def test_people_fired_are_dismissed(sentence, flagged):
    got = reasons(VARDEN, "officer-message", sentence, "open-and-honest")
    assert any("passive voice" in r for r in got) is flagged, got


@pytest.mark.parametrize("scenario, exercise, sentence, owned", [
    (VARDEN, "partner-letter", "That is our wrong, and I am deeply sorry.", True),
    (VARDEN, "partner-letter", "That's our doing, start to finish.", True),
    (CALDER, "press-letter", "It was unlawful and wrong.", True),
    # a question named owns nothing
    (CALDER, "press-letter", "Whether the arrest was wrong is for the district attorney.", False),
    (CALDER, "press-letter", "Whether the arrest was unlawful is for the district attorney.", False),
])
def test_a_wrong_owned_in_plain_words(scenario, exercise, sentence, owned):
    got = reasons(scenario, exercise, sentence, "admit-wrongdoing", effect="credit")
    assert any("owns the wrongdoing" in r for r in got) is owned, got


def test_no_status_owed_for_officers_gone_or_never_at_fault():
    # a 2019 wrong whose lieutenant has retired and whose arresting officer was found at no fault: the review and
    # the changes are the agency's response, with no duty status to give
    got = trustlib.score_response(
        SALT_HARBOR, "public-statement",
        "Our older paper records are being checked now, and I will give you the answer by 31 March. From 3 March a "
        "full-time liaison officer who speaks Portuguese will start.").principles["announce-agency-response"]
    assert got.level == "met", got
    assert "duty status" not in got.suggestion


@pytest.mark.parametrize("sentence, update", [
    ("I will write to you every Friday with where the state investigation stands.", True),
    ("I'll drop you a note every Friday on where things stand with the state investigators.", True),
    ("I wrote to you every Friday last year.", False),
])
def test_a_letter_promised_on_a_day_is_an_update(sentence, update):
    got = reasons(VARDEN, "partner-letter", sentence, "transparency-and-accountability", effect="credit")
    assert any("next update" in r for r in got) is update, got


@pytest.mark.parametrize("scenario, exercise, sentence, listens", [
    # a memo's lettered item is one of its points
    (SALT_HARBOR, "letter-to-leaders", "4. Proposed arrangements. (a) Pastor Edson: a first meeting with you. (b) "
                                       "Father Tavares: a listening session in Portuguese in the parish hall on a "
                                       "Tuesday or Thursday evening.", True),
    (SALT_HARBOR, "letter-to-leaders", "4. Proposed arrangements. (a) Pastor Edson: a first meeting with you.", False),
    # a call-in hour takes their calls; hearing first what they went through
    (CALDER, "day-two-statement", "Lupe Medina has given me the hour on Radio Tierra at 8 a.m. tomorrow, in Spanish, "
                                  "to take your calls.", True),
    (CALDER, "press-letter", "Dear Ms. Ostrowski and Mr. Ibarra, I want to hear first what your reporters experienced "
                             "on Friday night.", True),
    (CALDER, "press-letter", "Dear Ms. Ostrowski and Mr. Ibarra, I want you to hear it from me first.", False),
])
def test_partners_heard_in_other_words(scenario, exercise, sentence, listens):
    got = trustlib.score_response(scenario, exercise, sentence).principles["engage-community-partners"]
    assert (got.level == "met") is listens, got


@pytest.mark.parametrize("exercise, sentence, flagged", [
    # what he did, and what he heard before he did it, tells no reason for it
    ("press-letter", 'Last Friday one of our officers shoved Ms. Quintero to the ground and arrested her, though he '
                     'had heard her say "press"; it was unlawful and wrong.', False),
    ("press-letter", "The officer shoved her and arrested her because he thought she was a protester.", True),
    # a fact about her denied tells no one what the officer believed ("Noticias" is no "notice")
    ("day-two-statement", "Ms. Quintero was not a protester, she was not blocking anyone, and she was not breaking the "
                          "curfew: she was a Noticias 22 reporter on the sidewalk at 4th and Alameda, doing her job "
                          "under the mayor's press exemption.", False),
    # lawful instructions asked of others clear no officer
    ("day-two-statement", "We remind members of the media that they, too, are expected to follow officers' lawful "
                          "instructions.", False),
    ("day-two-statement", "The arrest was lawful.", True),
])
def test_reasons_and_findings_read_in_the_forty_seventh_set(exercise, sentence, flagged):
    assert bool(reasons(CALDER, exercise, sentence, "inform-of-facts")) is flagged


@pytest.mark.parametrize("sentence, flagged", [
    ("We are not saying the team could not have known children lived there.", False),
    ("The team could not have known children lived there.", True),
])
def test_a_judgement_declined_is_not_made(sentence, flagged):
    assert bool(reasons(VARDEN, "public-statement", sentence, "inform-of-facts")) is flagged


@pytest.mark.parametrize("scenario, exercise, sentence, flagged", [
    # done to no end is not done
    (VARDEN, "review-statement", "The Tran family did nothing to bring this on themselves.", False),
    # the incident's own year is no earlier past
    (SALT_HARBOR, "public-statement", "In 2019 our department handed a local father to immigration agents after he was "
                                      "arrested for driving without a licence.", False),
    # the department's own record
    (VARDEN, "partner-letter", "Please remind your members of our long record of service to Buford Plaza.", False),
    # papers and blame smuggled in, and a lesson drawn on the reporter's trade
    (SALT_HARBOR, "public-statement", "Mind you, he knew he wasn't supposed to be driving and he wasn't here legally, "
                                      "so he wasn't blameless either.", True),
    (CALDER, "day-two-statement", "We would also remind members of the media that they, too, are expected to follow "
                                  "officers' lawful instructions at protest scenes.", True),
])
def test_blame_read_in_the_forty_seventh_set(scenario, exercise, sentence, flagged):
    assert bool(reasons(scenario, exercise, sentence, "no-victim-demonizing")) is flagged


def test_a_wrong_owned_by_refusing_to_pretend_otherwise():
    got = reasons(_heldout(45, "marston-booking-turban.yaml"), "officer-message",
                  "What I will not do is pretend the filming was anything but wrong.", "admit-wrongdoing",
                  effect="credit")
    assert any("owns the wrongdoing" in r for r in got), got


@pytest.mark.parametrize("scenario, exercise, sentence, review", [
    # a search of old records promised, and the agency's own investigators by name
    (SALT_HARBOR, "public-statement", "We don't yet know if it happened before 2017; I'll tell you what the paper "
                                      "records show by 31 March.", True),
    (CALDER, "public-statement", "Internal Affairs has secured every body-camera recording from that line, with the "
                                 "Office of Police Oversight watching.", True),
    (CALDER, "public-statement", "Officers have secured every body-camera recording from that line.", False),
])
def test_a_review_named_in_other_words(scenario, exercise, sentence, review):
    got = reasons(scenario, exercise, sentence, "announce-agency-response", effect="credit")
    assert any("investigat" in r for r in got) is review, got


@pytest.mark.parametrize("sentence, plain", [
    # a harm done by something of ours names its doer; "a device" does not
    ("A baby named Bao got burned in his crib by our device.", True),
    ("Bao was burned by our flash-bang.", True),
    ("Bao was burned by a device.", False),
])
def test_a_harm_done_by_something_of_ours(sentence, plain):
    got = reasons(VARDEN, "partner-letter", sentence, "open-and-honest", effect="credit")
    assert any("who did what" in r for r in got) is plain, got


def test_support_in_concrete_terms_is_enough_long_after_a_past_wrong():
    # the 2019 lieutenant has retired and the arresting officer was at no fault: no one is living through it now
    offer = ("If you take abuse online over this, the peer support team and the employee assistance programme "
             "(508-555-0177) are there for you.")
    got = trustlib.score_response(SALT_HARBOR, "officer-message", offer).principles["support-officers"]
    assert got.level == "met", got
    # after an incident still live, one kind is not enough
    got = trustlib.score_response(VARDEN, "officer-message", offer).principles["support-officers"]
    assert got.level == "partial", got


def test_a_note_with_no_verb_offers_support():
    text = ("Dr. Kim picks up at 555-0171 any hour and it stays between you and her. Peer group's at six tonight, "
            "training room. Need days off? Tell your sergeant; it's yes.")
    got = trustlib.score_response(VARDEN, "officer-message", text).principles["support-officers"]
    assert got.level == "met", got


@pytest.mark.parametrize("sentence, flagged", [
    # the story's informant, told of the past, asks no one for anything
    ("It found that the informant's tip and the surveillance notes pointed to unit 14D, two doors away.", False),
    ("Ms. Nguyen, please share any intelligence your members have on drug activity.", True),
])
def test_an_informant_told_is_no_request(sentence, flagged):
    got = reasons(VARDEN, "partner-letter", sentence, "engage-community-partners")
    assert any("intelligence" in r for r in got) is flagged, got


@pytest.mark.parametrize("scenario, exercise, text, level", [
    # owned and apologised for: met; owned without an apology: partial
    (VARDEN, "review-statement", "It was ours, and I apologise to Bao.", "met"),
    (VARDEN, "review-statement", "Bao was burned because of those failures.", "partial"),
    (VARDEN, "review-statement", "Bao was burned.", "missed"),
    # terse notes (to officers, owning it is enough), and an apology made in the third person on a line the tagger
    # reads without a verb
    (CALDER, "officer-message", "- Chief will say: arrest unlawful, force wrong.", "met"),
    (CALDER, "day-two-statement", "Our conclusion: arresting Ms. Quintero was unlawful.\nChief Salcedo apologises to "
                                  "her and to Noticias 22.\n", "met"),
    # an apology after a semicolon is its own ("... belongs to this department; I apologize")
    (CALDER, "day-two-statement", "That failure belongs to this department; I apologize to Ms. Quintero.", "met"),
])
def test_owned_and_apologised_in_other_words(scenario, exercise, text, level):
    got = trustlib.score_response(scenario, exercise, text).principles["admit-wrongdoing"]
    assert got.level == level, got


def test_neither_excusing_nor_condemning_leaves_the_judgement_open():
    got = reasons(CALDER, "public-statement", "Nor will we excuse him or condemn him before Internal Affairs has "
                                              "reviewed the footage.", "admit-wrongdoing", effect="credit")
    assert got, got


@pytest.mark.parametrize("sentence, flagged", [
    # a label the norm quotes, used in its own words however short the sentence's likeness to it
    ("A juvenile occupant sustained burn injuries and was transported to Harrow Children's Hospital.", True),
    ("Bao, who is 20 months old, was burned.", False),
])
def test_a_quoted_label_in_its_own_words(sentence, flagged):
    got = reasons(VARDEN, "public-statement", sentence, "cultural-awareness")
    assert any("local norm" in r for r in got) is flagged, got


@pytest.mark.parametrize("sentence, flagged", [
    # a date the norm keeps by name
    ("A public meeting: I propose Thursday, March 19, at 7 p.m. in the Dieu Am Temple hall.", True),
    ("A public meeting on Saturday, March 21, at 10 a.m. in the parish hall.", False),
    ("We will not meet on March 19, the first of the lunar month.", False),
])
def test_a_date_the_norm_keeps_by_name(sentence, flagged):
    got = reasons(VARDEN, "partner-letter", sentence, "cultural-awareness")
    assert any("local norm" in r for r in got) is flagged, got


# Readings from the forty-eighth blind set.
RIDLEY = _heldout(48, "ridley-county-pit-maneuver.yaml")  # a PIT maneuver over an expired tag; a breach at 3 days
MARREN = _heldout(48, "marren-bay-before.yaml")  # a 2016 press release that printed a trans woman's birth name
DEARCLIFF = _heldout(48, "dearcliff-911-call.yaml")  # a 911 call-taker sends no help; a non-force wrong


@pytest.mark.parametrize("scenario, exercise, sentence, plain", [
    # a police act done through its noun, on someone's thing, or through what was used
    (RIDLEY, "review-statement", "Our deputy used a PIT maneuver on Ms. Monroe's car at about 50 mph.", True),
    (RIDLEY, "review-statement", "Our deputy spun her car with his patrol car at about 50 miles an hour.", True),
    (RIDLEY, "review-statement", "Our deputy used his patrol car to spin her car.", True),
    (RIDLEY, "review-statement", "No deputy may use a PIT maneuver until we adopt a new policy.", False),
    # a civilian role named by the last part of its hyphened name
    (DEARCLIFF, "public-statement", "Our call-taker hung up on Mrs. Al-Haidari after 50 seconds.", True),
    (DEARCLIFF, "public-statement", "The call-taker is off the phones pending an internal review.", False),
    # the agency's own thing, or the agency, doing the conduct
    (MARREN, "officer-message", "All hands: our 2016 release printed an assault victim's birth name and called her "
                                "\"a man dressed as a woman.\"", True),
    (MARREN, "public-statement", "Our write-up for the newspapers printed the name she no longer goes by.", True),
    (MARREN, "public-statement", "In March 2016, after a trans woman was attacked outside a bar on Harbor Street, my "
                                 "department put out a press release with her birth name in it.", True),
    (MARREN, "public-statement", "Last year we logged 2 anti-LGBTQ+ hate-crime reports.", False),
])
def test_who_did_what_in_the_forty_eighth_set(scenario, exercise, sentence, plain):
    got = reasons(scenario, exercise, sentence, "open-and-honest", effect="credit")
    assert any("who did what" in r for r in got) is plain, got


@pytest.mark.parametrize("sentence, flagged", [
    # no one is held down by being held to a rule
    ("Officers get trained before anyone's held to it.", False),
    ("Officers were trained, and a man was held down.", True),
])
def test_held_to_a_rule_is_no_force(sentence, flagged):
    got = reasons(MARREN, "public-statement", sentence, "open-and-honest")
    assert any("passive voice" in r for r in got) is flagged, got


@pytest.mark.parametrize("sentence, flagged", [
    # what is asked of everyone, not a verdict on what the officer did
    ("Everyone else should keep their heads down and do their jobs.", False),
    ("I'd ask everyone to keep their heads down, do their jobs and let the investigation run.", False),
    ("Our call-taker did her job.", True),
])
def test_asked_to_do_their_jobs_defends_no_one(sentence, flagged):
    got = reasons(DEARCLIFF, "staff-message", sentence, "open-and-honest")
    assert any("defends the officer" in r for r in got) is flagged, got


@pytest.mark.parametrize("scenario, exercise, text, credit", [
    # a duty status on a line with no verb, and a civilian's taken off the phones
    (RIDLEY, "public-statement", "- THE DEPUTY: off patrol, on administrative duty.", "duty status"),
    (DEARCLIFF, "review-statement", "The call-taker is off the phones.", "duty status"),
    # the state police "looking at charges" investigate; "what's different" is a change
    (RIDLEY, "review-statement", "State Police looking at charges, not us.", "who investigates"),
    (DEARCLIFF, "review-statement", "Here's what's different starting Friday: a supervisor checks every hang-up.",
     "change"),
])
def test_the_response_in_plain_words(scenario, exercise, text, credit):
    got = reasons(scenario, exercise, text, "announce-agency-response", effect="credit")
    assert any(credit in r for r in got), got


def test_a_past_wrong_never_reviewed_owes_no_investigation():
    text = "We will adopt a new policy on names and pronouns by day 45."
    got = trustlib.score_response(MARREN, "public-statement", text).principles["announce-agency-response"]
    assert got.level == "met", got


@pytest.mark.parametrize("exercise, sentence, flagged", [
    # cleared: the woman who called, not the call-taker; a question put, not answered
    ("public-statement", "Fatima Al-Haidari did nothing wrong.", False),
    ("review-statement", "Was this an isolated incident?", False),
    ("review-statement", "The call-taker did nothing wrong.", True),
    # a guess at when something will be known, not at what
    ("review-statement", "The Ketter County Medical Examiner will decide that, probably within six weeks.", False),
])
def test_claims_in_the_forty_eighth_set(exercise, sentence, flagged):
    assert bool(reasons(DEARCLIFF, exercise, sentence, "inform-of-facts")) is flagged


@pytest.mark.parametrize("sentence, flagged", [
    # "already" is not claimed of what is still to come
    ("Officers get trained before anyone's held to it.", False),
    ("Officers are already trained on names and pronouns.", True),
])
def test_already_is_not_claimed_of_what_is_to_come(sentence, flagged):
    got = reasons(MARREN, "public-statement", sentence, "inform-of-facts")
    assert any("contradicts" in r for r in got) is flagged, got


@pytest.mark.parametrize("exercise, level", [
    # to the agency's own people, owning the breach is the admission; the public is owed the apology too
    ("deputies-message", "met"),
    ("review-statement", "partial"),
])
def test_owned_to_the_agencys_own_people(exercise, level):
    got = trustlib.score_response(RIDLEY, exercise, "That maneuver broke our policy.").principles["admit-wrongdoing"]
    assert got.level == level, got


@pytest.mark.parametrize("exercise, level", [
    ("deputies-message", "met"),
    ("review-statement", "partial"),
])
def test_the_person_named_with_respect_to_officers(exercise, level):
    text = "Ms. Monroe did what the handbook says: flashers on, under the limit, headed for the lights."
    got = trustlib.score_response(RIDLEY, exercise, text).principles["no-victim-demonizing"]
    assert got.level == level, got


@pytest.mark.parametrize("sentence", [
    "No one here is defending the call-taker or condemning her before the review.",
    "We will not guess at why the call ended or whether the language line was used.",
])
def test_judgement_left_open_in_other_words(sentence):
    assert reasons(DEARCLIFF, "public-statement", sentence, "admit-wrongdoing", effect="credit")


def test_the_one_a_clause_of_ours_tells_of_is_its_object():
    got = reasons(DEARCLIFF, "staff-message", "A woman we locked up last night on a fine warrant died this morning.",
                  "open-and-honest", effect="credit")
    assert any("who did what" in r for r in got), got


@pytest.mark.parametrize("sentence, flagged", [
    # the agency's own failure denied, put on one person
    ("That is not a department failure; it is an individual failure.", True),
    ("This was not one person's failure alone; it is a department failure.", False),
])
def test_the_agencys_failure_denied(sentence, flagged):
    got = reasons(DEARCLIFF, "review-statement", sentence, "admit-wrongdoing")
    assert any("declines to own" in r for r in got) is flagged, got


@pytest.mark.parametrize("text, credit", [
    # a driver's suspended licence is no officer's status; what is so already is no change
    ("Records show she has two prior citations for driving on a suspended license.", ""),
    ("The deputy is suspended with pay.", "duty status"),
    ("Our existing policy already requires deputies to treat everyone with respect.", ""),
    ("From today our policy requires a supervisor's approval for any PIT.", "change"),
])
def test_status_and_change_not_read_into_other_things(text, credit):
    got = reasons(RIDLEY, "review-statement", text, "announce-agency-response", effect="credit")
    assert [r for r in got if "duty status" in r or "change" in r or "rule" in r] == (
        [r for r in got if credit in r] if credit else []), got


def test_a_day_kept_clear_once_is_still_set_once():
    text = ("I would like to hold a community forum at the courthouse this Sunday afternoon, and a second one on "
            "Wednesday at 7 p.m. for those who cannot make Sunday.")
    got = reasons(RIDLEY, "partners-letter", text, "cultural-awareness")
    assert any("local norm" in r for r in got), got


@pytest.mark.parametrize("sentence, applied", [
    # whom or what the norm asks for, named: the lawyer and pastor to go through, the radio show to take news to
    ("We're talking to the family through Mr. Pettaway and Pastor Manning, like they asked.", True),
    ("Monday morning I'll be on KCDF with Ada Lyle taking your calls.", True),
    ("We have put the video on our website.", False),
])
def test_a_norm_kept_by_naming_whom_it_asks_for(sentence, applied):
    got = reasons(RIDLEY, "public-statement", sentence, "cultural-awareness", effect="credit")
    assert any("applies a local norm" in r for r in got) is applied, got


@pytest.mark.parametrize("text, level", [
    # a past wrong whose officer has retired: owning it is the accountability, with no officer's process to protect
    ("Our 2016 release printed her birth name. That was our mistake.", "met"),
    ("Thank you all for your work.", "missed"),
])
def test_accountability_for_a_past_wrong_whose_officers_are_gone(text, level):
    got = trustlib.score_response(MARREN, "officer-message", text).principles["accountability-with-officer-rights"]
    assert got.level == level, got


@pytest.mark.parametrize("sentence, level", [
    # counselling told with a way to reach it, and time given, in words the support cue does not know
    ("Dr. Ivan Petrov (555-0188) is there, in confidence, for anyone who finds this brings up something personal.",
     "met"),
    ("If you need a day, ask your sergeant.", "met"),
    ("We are proud of the work you do.", "missed"),
])
def test_support_in_other_words(sentence, level):
    got = trustlib.score_response(MARREN, "officer-message", sentence).principles["support-officers"]
    assert got.level == level, got


@pytest.mark.parametrize("sentence, level", [
    # the message itself tells officers of a statement still to come: they hear it first this once
    ("The review found the PIT didn't follow policy, and that's what I'm telling the press tonight.", "partial"),
    # not where they are sent to watch it with everyone else
    ("Our statement goes out at 6; watch Channel 6 for the details.", "violated"),
])
def test_officers_told_of_a_statement_to_come(sentence, level):
    got = trustlib.score_response(RIDLEY, "deputies-message", sentence).principles["include-officers-in-messaging"]
    assert got.level == level, got


@pytest.mark.parametrize("sentence, done_now", [
    # an act done now in the first person is not the report of one done before
    ("I apologise to her, and to every trans person in Marren Bay who read that release.", True),
    ("I have apologised to her personally.", False),
    ("The chief apologises to her.", False),
])
def test_an_act_done_now_is_no_report_of_one(sentence, done_now):
    from trustlib.scoring.claims import _done_now

    assert _done_now("I have apologised to her personally", analyse(sentence).sentences[0]) is done_now


@pytest.mark.parametrize("sentence, owned", [
    # the failure said to be ours, or more than one person's
    ("This failure is ours.", True),
    ("This was not one person's failure alone.", True),
    ("It was one person's failure, not ours.", False),
])
def test_a_failure_owned_as_ours(sentence, owned):
    got = reasons(DEARCLIFF, "review-statement", sentence, "admit-wrongdoing", effect="credit")
    assert any("owns the wrongdoing" in r for r in got) is owned, got


# Readings from the forty-ninth blind set.
SUN_MESA = _heldout(49, "sun-mesa-patrol-car-heat.yaml")  # a man dies in a parked patrol car; a breach at 2 days
GREYFORD = _heldout(49, "greyford-eastgate-before.yaml")  # before any incident; a 2019 wrong-door raid to own
PRAIRIE_CROSSING = _heldout(49, "prairie-crossing-wellness-check.yaml")  # a wellness-check shooting; two failures


@pytest.mark.parametrize("scenario, exercise, sentence, flagged", [
    # the council's own meeting is where officers go; a police building, by any name, is where they must not ask it
    (GREYFORD, "council-letter", "With your permission I would like to attend the council's meeting on Tuesday, "
                                 "March 11, at 6:30 p.m. in the community room.", False),
    (GREYFORD, "council-letter", "Would you and the council come to meet me at police headquarters on Tuesday, "
                                 "April 8, at 6:30 p.m.?", True),
    (PRAIRIE_CROSSING, "letter-to-council", "I would like you to come to police headquarters on Thursday at 1 p.m. "
                                            "to hear about these changes.", True),
    (PRAIRIE_CROSSING, "letter-to-council", "I am not asking council to come to police headquarters.", False),
    # what will not be done, said as a sentence; checks listened to, addresses checked, arrests made
    (GREYFORD, "officer-message", "What we are not going to do is run warrant or ID checks on people at community "
                                  "events, or call Eastgate \"the projects\".", False),
    (GREYFORD, "officer-message", "We will run ID checks on people at community events.", True),
    (GREYFORD, "listening-invitation", "Captain Greer will be there with his sergeants to listen to you: about the "
                                       "2019 raid, about the Family Day warrant checks.", False),
    (GREYFORD, "plan-announcement", "Since April 1, a supervisor has had to check every warrant address in person "
                                    "before anyone goes through a door.", False),
    (GREYFORD, "officer-message", "To the question I keep hearing: yes, you can make arrests in Eastgate.", False),
    # an older resident the scenario calls "Mrs. Lyle", by her first name
    (GREYFORD, "council-letter", "Dear Odessa, I am the new East District captain.", True),
    (GREYFORD, "council-letter", "Dear Mrs. Lyle, I am the new East District captain.", False),
    # the day a kept season ends is not the day of the meeting
    (SUN_MESA, "community-letter", "When the novena ends on Monday, July 28, I would be honoured to come to the "
                                   "association's hall on an evening Ms. Montoya chooses.", False),
    (SUN_MESA, "community-letter", "I will hold a community meeting at the association's hall on Monday, July 28.",
     True),
    # he is described by the warrant in a sentence that says who he was, in any tense
    (SUN_MESA, "public-statement", "Mr. Barrientos was a wanted man, with an outstanding warrant for traffic fines "
                                   "he had not paid.", True),
])
def test_norms_in_the_forty_ninth_set(scenario, exercise, sentence, flagged):
    got = reasons(scenario, exercise, sentence, "cultural-awareness")
    assert any("goes against a local norm" in r for r in got) is flagged, got


@pytest.mark.parametrize("sentence, owned", [
    ("The service failed Ms. Redsky twice.", True),
    ("Those are failures of our systems, and I will own them publicly.", True),
    ("The crisis team could not reach Ms. Redsky in time.", False),
])
def test_a_service_owns_its_failure(sentence, owned):
    got = reasons(PRAIRIE_CROSSING, "letter-to-council", sentence, "admit-wrongdoing", effect="credit")
    assert any("owns the wrongdoing" in r for r in got) is owned, got


@pytest.mark.parametrize("text, routine", [
    ("May I come to your meeting on Tuesday, April 8, in the community room, and listen? I will come on the second "
     "Tuesday of every month after that.", True),
    ("I will send the council a letter every month.", False),
])
def test_the_councils_own_meeting_is_face_to_face(text, routine):
    got = reasons(GREYFORD, "council-letter", text, "engage-personally", effect="credit")
    assert any("routine face-to-face" in r for r in got) is routine, got


@pytest.mark.parametrize("scenario, exercise, text, credit, given", [
    (SUN_MESA, "review-statement", "The family sees the video tomorrow at 10 a.m.; the public sees it at 5 p.m.",
     "release on a stated clock", True),
    (PRAIRIE_CROSSING, "letter-to-council", "You will have a written report from me on the first of every month.",
     "release on a stated clock", True),
    (GREYFORD, "listening-invitation", "Captain Greer will come back to the council's meeting on Tuesday, May 13, "
                                       "to tell you what the department will do about it.", "next update", True),
    # a return with no when is no next update
    (GREYFORD, "council-letter", "After the first meeting I'd like to come back to the council one day.",
     "next update", False),
])
def test_when_the_public_hears_next(scenario, exercise, text, credit, given):
    got = reasons(scenario, exercise, text, "transparency-and-accountability", effect="credit")
    assert any(credit in r for r in got) is given, got


@pytest.mark.parametrize("scenario, exercise, text, flag", [
    # how she is doing is the outcome, not her health; a rule about anyone's past is about no one's
    (PRAIRIE_CROSSING, "letter-to-council", "Ms. Nightwind tells us her condition is now stable, and I am thankful "
                                            "for that.", None),
    (PRAIRIE_CROSSING, "day-four-statement", "Every spokesperson now works under a written rule: nothing about a "
                                             "person's past.", None),
    # known to the police, a case-file label, and blame for not obeying
    (PRAIRIE_CROSSING, "public-statement", "Officers went to an apartment on Railway Avenue East where Tanis Redsky, "
                                           "31, who is known to our members from previous calls, lives.",
     "known to our members"),
    (PRAIRIE_CROSSING, "public-statement", "Upon entry, members encountered an adult female subject.",
     "adult female subject"),
    (GREYFORD, "plan-announcement", "Mrs. Lyle failed to obey the officers' commands, and officers used pepper spray.",
     "failed to obey"),
])
def test_the_person_in_the_forty_ninth_set(scenario, exercise, text, flag):
    got = reasons(scenario, exercise, text, "no-victim-demonizing")
    assert (got == []) if flag is None else any(flag in r for r in got), got


@pytest.mark.parametrize("text", [
    "One of our constables shot Tanis Redsky this morning.\n- Family: reached through Bernice Nightwind. Our deepest "
    "sympathy to Ms. Redsky's children and family.",
    "One of our constables shot Tanis Redsky this morning. Tanis is a mom of two.",
])
def test_sympathy_on_a_line_of_its_own(text):
    got = reasons(PRAIRIE_CROSSING, "public-statement", text, "no-victim-demonizing", effect="credit")
    assert any("acknowledges the person" in r for r in got), got


def test_a_sheriffs_office_investigates_a_city_police_death():
    text = ("Two of our officers arrested Luis Barrientos this afternoon.\n- Investigation: the Coronado County "
            "Sheriff's Office, independently, with review by the Coronado County Attorney.")
    got = reasons(SUN_MESA, "public-statement", text, "announce-agency-response", effect="credit")
    assert any("names who investigates" in r for r in got), got


@pytest.mark.parametrize("scenario, exercise, text, flag, flagged", [
    # what officers feel, reported and answered, is not the writer explaining anything away
    (PRAIRIE_CROSSING, "officer-message", "I know some of you feel I threw you under the bus. I did not.",
     "explains the evidence away", False),
    (PRAIRIE_CROSSING, "officer-message", "The chief threw you under the bus.", "explains the evidence away", True),
    (PRAIRIE_CROSSING, "officer-message", "I know many of you feel this has been blown out of proportion by the "
                                          "media.", "explains the evidence away", True),
    # anyone held, in a rule, is no one of the incident
    (SUN_MESA, "review-statement", "Our policy requires the engine and air conditioning to run whenever someone is "
                                   "held in a car.", "passive voice", False),
    (SUN_MESA, "review-statement", "He was held in a car for 47 minutes.", "passive voice", True),
])
def test_honest_accounts_in_the_forty_ninth_set(scenario, exercise, text, flag, flagged):
    got = reasons(scenario, exercise, text, "open-and-honest")
    assert any(flag in r for r in got) is flagged, got


@pytest.mark.parametrize("sentence, owned", [
    ("That is the department's wrong, and the department is owning it.", True),
    ("That is the department's call.", False),
])
def test_the_department_owning_its_wrong(sentence, owned):
    got = reasons(GREYFORD, "officer-message", sentence, "accountability-with-officer-rights", effect="credit")
    assert any("owns the agency's wrong" in r for r in got) is owned, got


@pytest.mark.parametrize("sentence, flagged", [
    # what he was told, or what the caller asked us to make sure of, is no account of how he was
    ("When he said he could not breathe, he was told he was fine.", False),
    ("His wife asked us to make sure he was okay.", False),
    ("Mr. Barrientos was fine when officers last checked on him.", True),
])
def test_fine_in_what_someone_was_told(sentence, flagged):
    got = reasons(SUN_MESA, "community-letter", sentence, "inform-of-facts")
    assert any("plays down harm" in r for r in got) is flagged, got


def test_the_rubric_pasted_back_as_commands_meets_nothing():
    text = ("Support the officers involved and their colleagues: leave time to process the incident, informal "
            "discussions, access to psychological counselling. Keep officers informed and included in the public "
            "messaging, above all before information goes to the media. Be open and honest: say who did what. Do not "
            "demonize the person harmed.")
    report = trustlib.score_response(SUN_MESA, "officer-message", text)
    assert {r.level for r in report.principles.values()} - {"na"} == {"missed"}
    assert any("tells the writer what to do" in n for n in report.notes)


@pytest.mark.parametrize("scenario, exercise, sentence, reached", [
    # before any incident, the community's own council is whom the partnership is built with
    (GREYFORD, "plan-announcement", "I will ask Mrs. Bledsoe and the Residents' Council to choose a seven-member "
                                    "advisory panel with us.", True),
    # after one, the partners are those the agency already works with, not every group of the community
    (SUN_MESA, "review-statement", "I will ask Centro Laboral del Valle to choose a seven-member advisory panel with "
                                   "us.", False),
    (SUN_MESA, "review-statement", "I will ask the Sun Mesa Latino Coalition to choose a seven-member advisory panel "
                                   "with us.", True),
])
def test_partners_before_and_after_an_incident(scenario, exercise, sentence, reached):
    got = reasons(scenario, exercise, sentence, "engage-community-partners", effect="credit")
    assert any("established partners" in r for r in got) is reached, got


@pytest.mark.parametrize("sentence, flagged", [
    # the agency's own word called politics, to its own people
    ("Between us, that raid was a righteous operation and the apology is politics.", True),
    ("Don't worry about what the brass says on TV; that's politics.", True),
    # what others think, a question, a condition or a denial calls nothing politics
    ("I know some of you think this is politics. It is not.", False),
    ("If you think this is about politics, you are wrong.", False),
    ("It's not politics.", False),
    ("Tillman calls it politics.", False),
    ("I've heard the talk that the 100-day plan is politics.", False),
])
def test_the_agencys_word_called_politics(sentence, flagged):
    got = reasons(GREYFORD, "officer-message", sentence, "open-and-honest")
    assert any("politics" in r for r in got) is flagged, got


@pytest.mark.parametrize("sentence, flagged", [
    # a sanction promised with the hearing struck out
    ("Anyone who runs names at a community event will be fired on the spot, no hearing needed.", True),
    ("Anyone I catch running names at a community event will be fired the same day, no hearing.", True),
    ("Anyone who runs names at a community event will face a disciplinary hearing, with union representation.",
     False),
])
def test_a_sanction_with_no_hearing(sentence, flagged):
    got = reasons(GREYFORD, "officer-message", sentence, "accountability-with-officer-rights")
    assert any("denies the officer due process" in r for r in got) is flagged, got


ASHBY_SPRINGS = _heldout(31, "ashby-springs-first-100-days.yaml")  # before any incident; three communities


@pytest.mark.parametrize("sentence, flagged", [
    # speaking for a community is not speaking to anyone ("speak to the Deaf person, not the interpreter")
    ("I am writing through Brother Lysenko because I understand the presbyter and the council speak for Word of "
     "Life.", False),
    ("At the meeting our officers will speak to the interpreter and let her pass it on.", True),
])
def test_speaking_for_a_community_speaks_to_no_interpreter(sentence, flagged):
    got = reasons(ASHBY_SPRINGS, "leaders-letter", sentence, "cultural-awareness")
    assert any("goes against a local norm" in r for r in got) is flagged, got


# Readings from the fiftieth blind set.

HALVORSEN = _heldout(50, "halvorsen-county-traffic-stop-misconduct.yaml")  # charges unproven; at 3 days a wrong found
KELLERTON = _heldout(50, "kellerton-moving-car-shooting.yaml")  # wrongdoing open on day 1, established at two days
MARLBORO = _heldout(50, "marlboro-heights-before.yaml")  # before any new incident; the 2020 bridge arrests


@pytest.mark.parametrize("scenario, exercise, sentence, flagged", [
    # a label refused where no one will hear it, and one used
    (KELLERTON, "public-statement", 'You will not hear us call him "the suspect" or "the driver".', False),
    (KELLERTON, "public-statement", 'You will hear us call him "the suspect".', True),
    # a part of the car names no one
    (KELLERTON, "public-statement", "One of our officers walked up to the driver's side, and when the car began to "
                                    "pull away he fired four times and DeShawn Mercer was hit.", False),
    # the charge told is no guess at why the women were on the road; a guess is
    (HALVORSEN, "public-statement", "The Attorney General has charged him with criminal sexual conduct for stopping "
                                    "women driving alone at night.", False),
    (HALVORSEN, "public-statement", "Maybe the women's conduct played a part.", True),
    # the office met with is no meeting at the office
    (HALVORSEN, "public-statement", "Safe Harbor will co-lead a community listening meeting with the Sheriff's "
                                    "Office.", False),
    (HALVORSEN, "public-statement", "We will hold the community meeting at the Sheriff's Office.", True),
    # the details the norm lists as identifying a woman, given of one
    (HALVORSEN, "public-statement", "One of the women is a 19-year-old student at Prairie River Community College.",
     True),
    (HALVORSEN, "public-statement", "Deputy Lindqvist, 45, has worked here for 11 years.", False),
    # the groups who send tips, described, asked for nothing; asking for tips at a meeting does
    (MARLBORO, "relationship-plan", "We won't only meet the groups that send us crime tips: the Clergy Council comes "
                                    "first.", False),
    (MARLBORO, "relationship-plan", "We ask anyone who has a crime tip to call us at the meetings.", True),
])
def test_norms_read_from_the_fiftieth_set(scenario, exercise, sentence, flagged):
    got = reasons(scenario, exercise, sentence, "cultural-awareness")
    assert any("goes against a local norm" in r for r in got) is flagged, got


@pytest.mark.parametrize("scenario, exercise, sentence, flagged", [
    # a review announced tells nothing of what the records hold; a claim of the open question does
    (MARLBORO, "letter-bridge212", "I have ordered a review of the command log and the radio recordings, and I do not "
                                   "know yet what they say.", False),
    (MARLBORO, "letter-bridge212", "You were encircled before anyone ever told you to disperse. I have ordered a "
                                   "review of the command log and the radio recordings.", True),
    # the officer's own gun is no gun in the car
    (KELLERTON, "public-statement", "One of our officers walked up to the car, and when it began to pull away he "
                                    "fired his gun four times.", False),
    (KELLERTON, "public-statement", "When the officer walked up, DeShawn fired his gun at him.", True),
])
def test_unknowns_read_from_the_fiftieth_set(scenario, exercise, sentence, flagged):
    got = reasons(scenario, exercise, sentence, "inform-of-facts")
    assert any("not yet known" in r for r in got) is flagged, got


@pytest.mark.parametrize("sentence, flagged", [
    # refusing both verdicts withholds judgement; refusing to defend alone condemns
    ("I won't defend him and I won't pre-judge him before I've read the files.", False),
    ("I will not defend what this officer did.", True),
])
def test_both_verdicts_refused(sentence, flagged):
    got = reasons(KELLERTON, "public-statement", sentence, "inform-of-facts")
    assert any("condemns the officer" in r for r in got) is flagged, got


@pytest.mark.parametrize("scenario, exercise, text, flagged", [
    # an established wrong played down: an apology on how she felt, the rules of the day, the whole picture
    (HALVORSEN, "day3-statement", "My office failed her, and I am sorry. I'm sorry if the woman who made it felt that "
                                  "her concerns were not taken seriously.", True),
    (HALVORSEN, "day3-statement", "We failed her. The sergeant followed the process we had at the time.", True),
    (HALVORSEN, "day3-statement", "We failed her. The sergeant did not follow the process we had at the time.", False),
    (MARLBORO, "week-one-statement", "The arrests were wrong. But we should be honest about the whole picture: "
                                     "officers made the best decisions they could.", True),
    # "no choice but to fire", of the officer, before any finding
    (KELLERTON, "public-statement", "The car was driven toward the officer, and he had no choice but to fire.", True),
])
def test_wrongs_played_down_or_prejudged(scenario, exercise, text, flagged):
    assert (trustlib.score_response(scenario, exercise, text).principles["admit-wrongdoing"].level == "violated") \
        is flagged


@pytest.mark.parametrize("exercise, text, flagged", [
    # a sanction promised before the hearing
    ("day3-statement", "We failed her. The sergeant is off supervisory duty, and I will see to it that he is fired "
                       "for this.", True),
    # not thrown to the wolves, with the process told beside it, is due process; "no matter what" is loyalty
    ("deputies-message", "The sergeant isn't being thrown to the wolves. He's off supervising while somebody from "
                         "outside the county looks at it, and he's got his rep beside him the whole way.", False),
    ("deputies-message", "Nobody is getting thrown to the wolves here, no matter what the review finds.", True),
])
def test_process_and_loyalty_read_from_the_fiftieth_set(exercise, text, flagged):
    got = reasons(HALVORSEN, exercise, text, "accountability-with-officer-rights")
    assert bool(got) is flagged, got


@pytest.mark.parametrize("scenario, exercise, sentence, flagged", [
    # a charge said of the officer, by a pronoun after his name
    (KELLERTON, "day2-statement", "Officer Kyle Brandt will be fired this week, and I have told the prosecutor I "
                                  "expect him to be charged with murder.", False),
    # "he" is not the women: what he did is not their conduct
    (HALVORSEN, "day3-statement", "I apologize to that woman and to every woman he assaulted after her.", False),
    # past police contacts and a motive put on a complaint
    (MARLBORO, "public-statement", "Some of those arrested were already known to this department, and that should be "
                                   "part of the conversation too.", True),
    (HALVORSEN, "day3-statement", "To be fair to the sergeant, drivers who are unhappy about being stopped do "
                                  "sometimes complain just to get back at a deputy.", True),
])
def test_the_person_read_from_the_fiftieth_set(scenario, exercise, sentence, flagged):
    got = reasons(scenario, exercise, sentence, "no-victim-demonizing")
    assert bool(got) is flagged, got


def test_what_did_not_happen_hides_no_one():
    got = reasons(MARLBORO, "week-one-statement", "Our officers encircled 212 marchers on the bridge and arrested "
                                                  "them all. Nothing from the review is being held back.",
                  "open-and-honest")
    assert not any("passive voice" in r for r in got), got


def test_the_rubrics_words_strung_together_answer_nothing():
    text = ("The sheriff's office admits wrongdoing and apologizes and is accountable and transparent. The office "
            "announces the BCA, the audit and the outside agency. The office does not demonize survivors and respects "
            "Safe Harbor. The office informs the public of the facts and the unknowns. The sergeant has due process "
            "and accountability. Next update, clock, contact, transparency.")
    report = trustlib.score_response(HALVORSEN, "day3-statement", text)
    assert {r.level for r in report.principles.values()} - {"na"} == {"missed"}
    assert any("names the principles instead of doing them" in n for n in report.notes)


@pytest.mark.parametrize("scenario, exercise, text, clocked", [
    # a review's findings reported on a day
    (HALVORSEN, "public-statement", "I have ordered a review of every complaint about him, and I will report what it "
                                    "finds on Wednesday at noon.", True),
    (HALVORSEN, "public-statement", "Our review reports Wednesday at noon.", True),
    (HALVORSEN, "public-statement", "Officers responded to a report of a man with a gun on Wednesday.", False),
])
def test_a_review_reported_on_a_day(scenario, exercise, text, clocked):
    got = reasons(scenario, exercise, text, "transparency-and-accountability", effect="credit")
    assert any("release on a stated clock" in r for r in got) is clocked, got


@pytest.mark.parametrize("scenario, exercise, text, violated", [
    # a change of practice "in the future" holds no news back; information "in the future" does
    (HALVORSEN, "day3-statement", "We are making changes so that complaints like this get a proper look in the "
                                  "future. Next update Friday at 10 a.m.", False),
    (HALVORSEN, "day3-statement", "We will share more information in the future.", True),
    # the video delayed by "it", named the sentence before, outweighs the next update's time
    (KELLERTON, "public-statement", "The officer's body camera recorded the shooting. It will be released to the "
                                    "public when the BCI investigation is complete. Next update: 4 p.m. today.", True),
])
def test_delays_read_from_the_fiftieth_set(scenario, exercise, text, violated):
    level = trustlib.score_response(scenario, exercise, text).principles["transparency-and-accountability"].level
    assert (level == "violated") is violated, level


def test_no_duty_status_owed_for_officers_no_finding_names():
    # the 2020 bridge detail is on duty and no finding has ever named any of them: the review and the changes are
    # the response
    text = ("My review of the 2020 files is online now. We are changing our crowd-policing policy: from today no crowd "
            "may be encircled without an announced dispersal order and a way out.")
    assert trustlib.score_response(MARLBORO, "week-one-statement", text).principles[
        "announce-agency-response"].level == "met"


@pytest.mark.parametrize("sentence, flagged", [
    # the juvenile the norm says never to name, given a name
    ("DeShawn's cousin, Jalen, 16, was in the passenger seat and saw everything.", True),
    ("Jalen, his cousin, was not hurt.", True),
    ("His cousin was not hurt, and we will not name him.", False),
    ("His cousin, who is 16, was not hurt.", False),
])
def test_the_juvenile_never_named(sentence, flagged):
    got = reasons(KELLERTON, "public-statement", sentence, "cultural-awareness")
    assert any("goes against a local norm" in r for r in got) is flagged, got


@pytest.mark.parametrize("text, plain", [
    # an established wrong owned in the first person, beside what the office or an officer did, told as done
    ("A woman complained to us in March 2025. On March 13 his sergeant closed it as unfounded. This office failed "
     "her.", True),
    ("On Wednesday I told the county that my office closed her complaint in two days without investigating it. That "
     "was our failure, and mine.", True),
    # owned, but no one said to have done anything
    ("A woman complained to us in March 2025. It was closed as unfounded two days later. That was our failure.",
     False),
])
def test_a_wrong_owned_beside_who_did_it(text, plain):
    got = reasons(HALVORSEN, "day3-statement", text, "open-and-honest", effect="credit")
    assert any("says who did what" in r for r in got) is plain, got


@pytest.mark.parametrize("scenario, exercise, text, level", [
    # the officer's status in plain words, beside the investigator: changes can wait for the findings
    (HALVORSEN, "public-statement", "By eight o'clock I'd stopped his paycheck and taken back his badge and his "
                                    "sidearm. The state's BCA is running this case, start to finish.", "met"),
    # a past wrong under review, before its findings: the named review is the response for now
    (MARLBORO, "public-statement", "Chief of Staff Ortiz and our Office of Professional Standards are reviewing every "
                                   "2020 file, independently of the officers involved, and the findings will be public "
                                   "by March 9.", "met"),
])
def test_responses_read_from_the_fiftieth_set(scenario, exercise, text, level):
    assert trustlib.score_response(scenario, exercise, text).principles["announce-agency-response"].level == level


@pytest.mark.parametrize("sentence, rule", [
    # what no one may do from now on is a rule; a forecast is not
    ("Effective today, no crowd may be encircled without an announced dispersal order and an open way out.", True),
    ("From today, officers may not encircle a crowd unless a dispersal order has been announced and a way out left "
     "open.", True),
    ("No charges will be filed against anyone.", False),
    ("Officers will not be retrained.", False),
])
def test_what_no_one_may_do_from_now_on(sentence, rule):
    got = reasons(MARLBORO, "week-one-statement", sentence, "announce-agency-response", effect="credit")
    assert any("sets a rule" in r for r in got) is rule, got


@pytest.mark.parametrize("text, protected", [
    # discipline after a hearing, in a sentence or a verbless line
    ("The officer remains on paid administrative leave; any discipline will follow an Internal Affairs investigation "
     "and a hearing.", True),
    ("Team - Union rep, IA hearing before any discipline.", True),
    ("The officer remains on paid administrative leave.", False),
])
def test_a_hearing_before_discipline(text, protected):
    got = reasons(KELLERTON, "day2-statement", text, "accountability-with-officer-rights", effect="credit")
    assert any("fair process" in r for r in got) is protected, got


@pytest.mark.parametrize("sentence, flagged", [
    # uniform worn where the university asks for plain clothes
    ("Dr. Helen Tran and Aaliyah Grant on campus; I'll wear full uniform so the students see the badge.", True),
    ("I will meet Dr. Tran on campus in plain clothes; I won't wear my uniform.", False),
])
def test_uniform_worn_on_campus(sentence, flagged):
    got = reasons(MARLBORO, "relationship-plan", sentence, "cultural-awareness")
    assert any("goes against a local norm" in r for r in got) is flagged, got


# Readings from the fifty-first blind set.

HARMON = _heldout(51, "harmon-ridge-nurse-arrest.yaml")  # an unlawful arrest, established from day 1
OZARK = _heldout(51, "ozark-ridge-before.yaml")  # before any new incident; wrongs of 2022 and 2024 under review
FENNER = _heldout(51, "fenner-crossing-garage-taser-fall.yaml")  # open on day 1; a breach found at three days
TASED = "Tonight one of our officers fired a Taser at Marcus Whitfield on the fourth-floor ledge of the garage. "


@pytest.mark.parametrize("scenario, exercise, text, flagged", [
    # a word ruled out only when said alone ("never say only that he 'fell'"), said beside what the norm asks
    (FENNER, "public-statement", TASED + "He fell four floors and died.", False),
    (FENNER, "public-statement", "Tonight Marcus Whitfield fell four floors from the garage and died.", True),
    # a label with its complement is the plain noun
    (HARMON, "public-statement", "Both officers are the subject of an internal affairs investigation.", False),
    (HARMON, "public-statement", "The subject was released at 3:11 p.m.", True),
    # "call him suicidal" is not done by a phone call that mentions suicide
    (FENNER, "day3-statement", "From July 1, every call that mentions suicide will go to Cascade Crisis Response.",
     False),
    # what someone's partner said is hers: "what was said on the ledge" is not it
    (FENNER, "public-statement", "We will not guess at what was said on the ledge, or whether our negotiator had "
                                 "been called.", False),
    (FENNER, "public-statement", "Tomorrow I will repeat what his partner said on the call.", True),
    # the leaders first, in their generic word, keep the order; events before them do not
    (OZARK, "first-statement", "Over the coming months we will meet with church and community leaders, attend "
                               "community events and improve our interpreter services.", False),
    (OZARK, "first-statement", "Next week we will hold a public meeting about the Marshallese community, and we will "
                               "visit community leaders after it.", True),
    # a sequence told in the wrong order, and in the right one
    (OZARK, "relationship-plan", "In week 1 I will start with the Marshallese Youth of Ozark Ridge, and see the elders "
                                 "after that.", True),
    (OZARK, "relationship-plan", "In week 1 I will visit the iroij, the alap and the pastors, and then meet the "
                                 "Marshallese Youth of Ozark Ridge.", False),
    # what his partner said, told of the past, is repeated all the same
    (FENNER, "public-statement", "His partner had called 911 because he was very upset and talking about ending his "
                                 "life.", True),
])
def test_norms_read_from_the_fifty_first_set(scenario, exercise, text, flagged):
    got = reasons(scenario, exercise, text, "cultural-awareness")
    assert any("goes against a local norm" in r for r in got) is flagged, got


@pytest.mark.parametrize("scenario, exercise, text, rights, accountability", [
    (HARMON, "public-statement", "Detective Keller and the lieutenant are on paid administrative leave; both are "
                                 "entitled to that process.", True, False),
    (HARMON, "public-statement", "Both officers are on paid leave, and any discipline will be decided through that "
                                 "process, not before.", True, False),
    (HARMON, "public-statement", "No decision on discipline will be made before that process ends.", True, False),
    (FENNER, "public-statement", "Whether the officer acted within our policy is for them to decide, not for me.",
     False, True),
    (FENNER, "public-statement", "Those are questions for the Oregon State Police.", False, True),
    (FENNER, "public-statement", "Both officers are on paid leave.", False, False),
    (HARMON, "public-statement", "Both officers are on paid leave, and I will not announce discipline before that "
                                 "process has run.", True, False),
    (FENNER, "public-statement", "The department will not judge the officer's actions, either way, before that "
                                 "review.", True, False),
    (FENNER, "public-statement", "State troopers, the Oregon State Police, are doing the looking, not us.", False,
     True),
])
def test_rights_and_accountability_in_other_words(scenario, exercise, text, rights, accountability):
    got = reasons(scenario, exercise, text, "accountability-with-officer-rights", effect="credit")
    assert any("fair process" in r for r in got) is rights, got
    assert any("accountability" in r for r in got) is accountability, got


REVIEWED = ("On the night of March 12, 2022, one of our officers questioned Kino Lakjohn, 15, for an hour in English "
            "with no interpreter. It was wrong, and I am sorry. The Office of Professional Standards will review the "
            "conduct of the two officers by June 1. ")


@pytest.mark.parametrize("text, level", [
    # a wrong years past, its officers long back on duty: the review and the changes are the response
    (REVIEWED + "From April 1 every officer will have a 24-hour certified interpreter line on their phone.", "met"),
    # what the policy required then is no change
    (REVIEWED + "Our own policy required a certified interpreter and a call to a supervisor.", "partial"),
])
def test_a_wrong_years_past_owes_no_duty_status(text, level):
    assert trustlib.score_response(OZARK, "public-statement", text).principles[
        "announce-agency-response"].level == level


def test_the_sanction_asked_about_told_as_settled():
    got = reasons(OZARK, "public-statement", "Both officers will be disciplined once the Office of Professional "
                                             "Standards finishes its review on June 1.", "inform-of-facts")
    assert any("not yet known (whether either officer will be disciplined)" in r for r in got), got
    got = reasons(OZARK, "public-statement", "I will not guess whether either officer will be disciplined.",
                  "inform-of-facts")
    assert not any("not yet known" in r for r in got), got


@pytest.mark.parametrize("text, credit", [
    # the leave in short, and the state's police named as who investigates
    ("Officer on paid admin leave.", "gives the officer's duty status"),
    ("The Oregon State Police and the District Attorney will decide any criminal question.",
     "names who investigates, independently"),
])
def test_agency_response_in_short_words(text, credit):
    got = reasons(FENNER, "public-statement", TASED + text, "announce-agency-response", effect="credit")
    assert credit in got, got


@pytest.mark.parametrize("scenario, exercise, text, flagged", [
    # the date found, given beside a question still open
    (HARMON, "day10-statement", "Still open: whether there were earlier conflicts at St. Brendan, which the Utah "
                                "Department of Public Safety's outside review is examining; it reports by July 31.",
     False),
    (HARMON, "day10-statement", "We still do not know when the Utah Department of Public Safety will finish its "
                                "outside review.", True),
])
def test_stale_unknowns_read_from_the_fifty_first_set(scenario, exercise, text, flagged):
    got = reasons(scenario, exercise, text, "inform-of-facts")
    assert any("calls unknown what is now known" in r for r in got) is flagged, got


@pytest.mark.parametrize("scenario, exercise, text, flagged", [
    # "doing her job" of the nurse, by the subject of the verb the gerund hangs from
    (HARMON, "day10-statement", "That is why Alana Ruiz spent 20 minutes handcuffed in a patrol car for doing her job "
                                "correctly.", False),
    (HARMON, "day10-statement", "Detective Keller was suspended for doing his job.", True),
])
def test_a_gerund_takes_the_subject_of_its_verb(scenario, exercise, text, flagged):
    got = reasons(scenario, exercise, text, "inform-of-facts")
    assert any("contradicts the established finding" in r for r in got) is flagged, got


@pytest.mark.parametrize("text, flagged", [
    # talk going around, denied next, is the rumour's; repeated and left standing it is a claim
    ("There's talk online that he had a gun. He didn't.", False),
    ("There is a rumour that he had a gun. That is false.", False),
    ("There is a rumour that he had a gun.", True),
])
def test_a_rumour_said_to_go_around(text, flagged):
    got = reasons(FENNER, "public-statement", TASED + text, "inform-of-facts")
    assert any("contradicts a known fact" in r for r in got) is flagged, got


@pytest.mark.parametrize("text, flagged", [
    # struck "by the Taser" the answer has an officer fire
    (TASED + "Mr. Whitfield died by a fall after being struck by the Taser.", False),
    ("Mr. Whitfield died by a fall after being struck by the Taser.", True),
])
def test_a_passive_by_the_weapon_an_officer_used(text, flagged):
    got = reasons(FENNER, "day3-statement", text, "open-and-honest")
    assert any("passive voice" in r for r in got) is flagged, got


def test_what_becomes_of_the_officers_is_not_the_incident():
    from trustlib.scoring import cues as C
    from trustlib.scoring.claims import lemma_line

    assert not C.INCIDENT_REFERENCE.search(lemma_line("What is not decided is what happens to either officer."))
    assert C.INCIDENT_REFERENCE.search(lemma_line("We are still learning what happened to Ms. Ruiz."))
    assert not C.JARGON.search(lemma_line("These are the subject of an internal affairs investigation."))
    assert C.JARGON.search(lemma_line("The subject was detained."))


@pytest.mark.parametrize("scenario, exercise, text, flagged", [
    # what the person harmed could have done, or had they done it
    (HARMON, "day10-statement", "Ms. Ruiz could have defused the situation by calling her own supervisor sooner.",
     True),
    (HARMON, "day10-statement", "Ms. Ruiz could have been badly hurt.", False),
    (HARMON, "day10-statement", "Detective Keller could have called a supervisor.", False),
    (FENNER, "day3-statement", "Had Mr. Whitfield reached out for help earlier that day, he might be alive today.",
     True),
    (FENNER, "day3-statement", "Had our officer waited for the negotiator, Mr. Whitfield might be alive today.",
     False),
    # hindering the officers, told as fact; denied, it is respect
    (HARMON, "public-statement", "Ms. Ruiz obstructed the investigation.", True),
    (HARMON, "public-statement", "Ms. Ruiz did not obstruct anything.", False),
    # a rumour the public has heard, denied of her in the next sentence; one left standing
    (HARMON, "public-statement", "Some of you have heard she shoved the detective first. The body camera shows she "
                                 "never touched him.", False),
    (HARMON, "public-statement", "Witnesses say she shoved the detective first.", True),
])
def test_blame_read_from_the_fifty_first_set(scenario, exercise, text, flagged):
    assert (trustlib.score_response(scenario, exercise, text).principles["no-victim-demonizing"].level
            == "violated") is flagged


@pytest.mark.parametrize("text, flagged", [
    # the person called "the subject", as a report would; the officer is the subject of a review
    ("Upon arrival, officers located the subject on the exterior ledge of Level 4.", True),
    ("The officer is the subject of an outside investigation.", False),
    # a rumour of hostile conduct, repeated and left standing
    ("Witnesses say he shoved the officer first.", True),
])
def test_labels_and_conduct_read_from_the_fifty_first_set(text, flagged):
    assert (trustlib.score_response(FENNER, "public-statement", TASED + text).principles[
        "no-victim-demonizing"].level == "violated") is flagged


@pytest.mark.parametrize("scenario, exercise, text", [
    # "he" on "her", just after the officer was named
    (HARMON, "officer-message", "To all members: Detective Keller was not doing what our policy allows. She read him "
                                "the agreement we signed with St. Brendan, and he handcuffed her on a lieutenant's "
                                "phoned order."),
    # "he" for "one of our detectives" in its own sentence
    (HARMON, "partner-letter", "What one of our detectives did on Tuesday, when he put Alana Ruiz in handcuffs, was "
                               "wrong."),
])
def test_a_pronoun_for_the_officer_says_who_acted(scenario, exercise, text):
    got = reasons(scenario, exercise, text, "open-and-honest", effect="credit")
    assert "says who did what, in the active voice" in got, got


def test_counterfactual_blame_is_not_speculation_about_facts():
    got = reasons(HARMON, "day10-statement", "Ms. Ruiz could have defused the situation by calling her own "
                                             "supervisor sooner.", "inform-of-facts")
    assert not any("speculation" in r for r in got), got


@pytest.mark.parametrize("text, flagged", [
    # a question still open blames no one; the partners told they should have warned us are blamed
    ("Dear Ms. Ashby and Dr. Thorsby, I do not yet know whether there were earlier frictions between officers and "
     "your staff that should have warned us.", False),
    ("Dear Ms. Ashby and Dr. Thorsby, your staff should have warned us about the agreement.", True),
])
def test_partner_blame_in_an_open_question(text, flagged):
    got = reasons(HARMON, "partner-letter", text, "engage-community-partners")
    assert any("blames a partner" in r for r in got) is flagged, got


@pytest.mark.parametrize("text, accountable", [
    # the case put before the investigators the scenario names is accountability; the leave alone is not
    ("The Oregon State Police are investigating, and the District Attorney will review what they find.", True),
    ("The officer is on paid leave.", False),
])
def test_an_outside_investigator_named_is_accountability(text, accountable):
    got = reasons(FENNER, "public-statement", TASED + text, "accountability-with-officer-rights", effect="credit")
    assert any("accountability" in r for r in got) is accountable, got


@pytest.mark.parametrize("text, met", [
    # a visit already made, in other words
    ("Last week I went in person, with a certified interpreter, to Iroij Jelkan and Alap Lemari.", True),
    ("After sitting last week in the home of Iroij Jelkan, I understand the community better.", True),
    ("Iroij Jelkan is a respected leader.", False),
    ("I've been sitting with this all week, Iroij Jelkan.", False),
])
def test_a_leader_visited_in_other_words(text, met):
    got = reasons(OZARK, "first-statement", text, "know-key-leaders", effect="credit")
    assert ("meets a named key leader" in got) is met, got


@pytest.mark.parametrize("text, level", [
    # "mistakes were made" beside a plain admission leaves the wrong half owned
    (REVIEWED + "Mistakes were made that night, and that failure is mine to fix.", "partial"),
    (REVIEWED + "That failure is mine to fix.", "met"),
])
def test_mistakes_made_beside_an_admission(text, level):
    assert trustlib.score_response(OZARK, "public-statement", text).principles["admit-wrongdoing"].level == level


# Readings from the fifty-second blind set.

LARCH = _heldout(52, "larch-county-jail-birth.yaml")  # a failure of care in a jail, established from day 2
QUINSETT = _heldout(52, "quinsett-before.yaml")  # before any new incident; wrongs of 2021 and 2023
BRENTON = _heldout(52, "brenton-stadium-stray-bullet.yaml")  # open on day 1; a breach found at 30 days


@pytest.mark.parametrize("text, flagged", [
    ("Her daughter is in serious but stable condition; the family has asked us to say nothing more about her, and "
     "we won't.", False),
    ("We will say nothing more about it.", True),
    ("The family has asked us to say nothing more about the investigation.", True),
])
def test_a_person_kept_private_at_the_family_request_is_no_stonewall(text, flagged):
    got = reasons(LARCH, "public-statement", text, "open-and-honest")
    assert any("stonewalling" in r for r in got) is flagged, got


def test_a_participle_after_its_noun_names_no_actor():
    text = ("We also found four cell checks written in the watch log between 1 and 4 a.m. that the video shows never "
            "happened.")
    assert not any("not yet known" in r for r in reasons(LARCH, "public-statement", text, "inform-of-facts"))


@pytest.mark.parametrize("text, credit", [
    ("Since this morning, a supervisor checks every call alarm on the women's unit.", True),
    ("Last year a supervisor checked every call alarm on the women's unit.", False),
    ("Since Saturday, she has pressed the call alarm every hour.", False),
])
def test_a_rule_that_began_this_morning(text, credit):
    got = reasons(LARCH, "public-statement", text, "announce-agency-response", effect="credit")
    assert any("rule for the whole force" in r for r in got) is credit, got


@pytest.mark.parametrize("text, flagged", [
    ("The family had done nothing wrong.", False),
    ("Our officers did nothing wrong.", True),
    ("Our people did nothing wrong.", True),
])
def test_a_family_cleared_is_no_officer_cleared(text, flagged):
    got = reasons(QUINSETT, "review-statement", text, "inform-of-facts")
    assert any("established finding" in r for r in got) is flagged, got


@pytest.mark.parametrize("scenario, exercise, text, flagged", [
    # asked or supposed, not told as done
    (QUINSETT, "review-statement", "Father Charles has asked the family, for me, whether they would let me apologise "
                                   "in person, in Creole.", False),
    (BRENTON, "day30-statement", "Starting today, no officer may fire at a moving person in a crowd unless that person "
                                 "is shooting at people.", False),
    (BRENTON, "day30-statement", "He was shooting at people.", True),
    # a claim in its own words beside another fact
    (BRENTON, "public-statement", "Aaliyah Morris, 12, was caught in the crossfire and is stable after surgery.", True),
    (BRENTON, "public-statement", "She was not caught in any crossfire and is stable after surgery.", False),
])
def test_contradictions_read_from_the_fifty_second_set(scenario, exercise, text, flagged):
    got = reasons(scenario, exercise, text, "inform-of-facts")
    assert any("contradicts a known fact" in r for r in got) is flagged, got


@pytest.mark.parametrize("scenario, exercise, text, flagged", [
    # the officer's own gun is not the gun an open question asks about
    (BRENTON, "public-statement", "The bullet that hit Aaliyah Morris came out of our officer's gun.", False),
    (BRENTON, "public-statement", "He pointed his gun at the officer.", True),
    # a predicate word for word, its subject a pronoun
    (BRENTON, "officer-message-day2", "He stopped an active shooter.", True),
    # "how many complaints" is answered by a number of complaints, not by a date or a time
    (QUINSETT, "public-statement", "The Commissioner has asked the Council whether it would host a listening session "
                                   "at its Main Street office on Tuesday, April 22, at 7 p.m.", False),
    (QUINSETT, "public-statement", "Haitian residents have made 37 complaints since 2019.", True),
    # "what it looked like" asks for an account: nothing is likened
    (BRENTON, "public-statement", "I want to hear what Friday night looked like from where they stood.", False),
    (BRENTON, "public-statement", "It looked like he was aiming at the officer.", True),
])
def test_unknowns_read_from_the_fifty_second_set(scenario, exercise, text, flagged):
    got = reasons(scenario, exercise, text, "inform-of-facts")
    assert any("not yet known" in r for r in got) is flagged, got


@pytest.mark.parametrize("scenario, exercise, text, flagged", [
    # "in her place" is no place, and "as if" no act
    (LARCH, "partner-letter", "The two corrections officers and the shift sergeant have been placed on paid "
                              "administrative leave.", False),
    (LARCH, "partner-letter", "I will send a deputy to the Collective's meeting on Thursday.", True),
    (LARCH, "public-statement", "The State Police are looking at that log as a possible crime, and the county's "
                                "jail oversight board is going over the medical side.", False),
    (LARCH, "public-statement", "She was in the cell because of a bench warrant over unpaid traffic fines she had "
                                "ignored.", True),
    # what a norm lets through ("beyond 'stable after surgery'") is not ruled out
    (BRENTON, "partner-letter-day3", "She is stable after surgery; we will share nothing more about her.", False),
    # a way of meeting is only a way: seeing a video is no meeting by video
    (BRENTON, "partner-letter-day3", "Her family will see the body-camera video on Thursday and the public on "
                                     "Friday.", False),
])
def test_norms_read_from_the_fifty_second_set(scenario, exercise, text, flagged):
    got = reasons(scenario, exercise, text, "cultural-awareness")
    assert any("goes against a local norm" in r for r in got) is flagged, got


def test_a_kept_person_named_before_the_refusal():
    text = ("A bullet hit Aaliyah, who is stable after surgery and about whom, at her family's request, I will say "
            "nothing more than that.")
    assert not any("stonewalling" in r for r in reasons(BRENTON, "partner-letter-day3", text, "open-and-honest"))


BOOKING = ("Staff would nonetheless have been better prepared had Ms. Dunmore told the booking officer how close she "
           "was to her due date.")


def test_an_unmet_condition_at_the_end_of_the_sentence_blames_her():
    assert any("did not do" in r for r in reasons(LARCH, "public-statement", BOOKING, "no-victim-demonizing"))


@pytest.mark.parametrize("scenario, exercise, pid, text, reason, flagged", [
    (LARCH, "public-statement", "open-and-honest", "The Sheriff's Office is aware of a medical event involving a "
                                                   "woman in the jail.", "medical event", True),
    (LARCH, "public-statement", "admit-wrongdoing", "Questions have been raised regarding response times to intercom "
                                                    "activations.", "open question", True),
    (LARCH, "public-statement", "no-victim-demonizing", "The inmate experienced an unassisted delivery in her housing "
                                                        "unit.", "the inmate", True),
    (LARCH, "public-statement", "no-victim-demonizing", "Any inmate who reports labour sees a nurse at once.",
     "the inmate", False),
    # where the incident has a suspect of its own, "the subject" may be him
    (BRENTON, "public-statement", "no-victim-demonizing", "The subject was apprehended a short distance away and a "
                                                          "firearm was recovered.", "the subject", False),
    (BRENTON, "public-statement", "open-and-honest", "Officer Mahler engaged the threat.", "euphemism", True),
    (BRENTON, "public-statement", "admit-wrongdoing", "Officer Grant Mahler acted heroically last night.",
     "justified", True),
    (BRENTON, "public-statement", "admit-wrongdoing", "He is on leave and we fully expect him back on duty soon.",
     "justified", True),
    (BRENTON, "day30-statement", "accountability-with-officer-rights", "Whatever the union's appeal says, Officer "
     "Mahler will never again wear a Brenton badge.", "due process", True),
    (LARCH, "staff-message", "include-officers-in-messaging", "The Sheriff's public statement is available on the "
                                                               "county website.", "from outside", True),
])
def test_wording_read_from_the_fifty_second_set(scenario, exercise, pid, text, reason, flagged):
    got = reasons(scenario, exercise, text, pid)
    assert any(reason in r for r in got) is flagged, got


@pytest.mark.parametrize("text, credit", [
    ("Jail records indicate that Ms. Dunmore did not follow the established procedures for medical requests, which "
     "require a sick-call slip.", False),
    ("From today we have new procedures, which require a nurse at once.", True),
    ("Going forward, warrant procedures will be reviewed and enhanced.", False),
])
def test_what_a_rule_in_force_asks_is_no_change(text, credit):
    got = reasons(LARCH, "public-statement", text, "announce-agency-response", effect="credit")
    assert any("change" in r or "rule" in r for r in got) is credit, got


def test_facts_reviewed_name_no_investigator():
    text = ("Our corrections officers work under difficult conditions, and we stand by them while the facts are "
            "reviewed.")
    got = reasons(LARCH, "public-statement", text, "announce-agency-response", effect="credit")
    assert not any("names who investigates" in r for r in got), got


@pytest.mark.parametrize("text, reason", [
    ("Ms. Caldwell, Reverend Osei: right now the community needs calm voices.", "calm people"),
    ("Ms. Caldwell, Reverend Osei: please encourage them not to join Saturday's march at the jail.", "calm people"),
    ("Ms. Caldwell, Reverend Osei: a statement from Mount Zion that the Sheriff's Office is acting in good faith "
     "would go a long way.", "speak for the police"),
])
def test_partners_asked_to_calm_or_vouch_in_other_words(text, reason):
    assert any(reason in r for r in reasons(LARCH, "partner-letter", text, "engage-community-partners"))


@pytest.mark.parametrize("scenario, text, named", [
    # a body by its initials, or as "the Office of ..."
    (_heldout(44, "hartwell-park-grocer-taser.yaml"), "The GBI is investigating and will decide whether the Taser "
                                                       "use was justified.", True),
    (_heldout(9, "granite-bay-protest-eye.yaml"), "The case has been referred to the civilian Office of Police "
                                                  "Accountability.", True),
    (_heldout(44, "hartwell-park-grocer-taser.yaml"), "Our officers are reviewing it.", False),
])
def test_an_investigator_the_scenario_names_in_other_forms(scenario, text, named):
    got = reasons(scenario, "public-statement", text, "announce-agency-response", effect="credit")
    assert any("names who investigates" in r for r in got) is named, got


# Readings from the fifty-third blind set.

ALDER = _heldout(53, "alder-point-white-cane-taser.yaml")  # open at first; the Taser found against policy at 12 days
GRAYSPORT = _heldout(53, "graysport-wrong-death-notice.yaml")  # a wrong death notice; a hit-and-run no officer did
RELLIN = _heldout(53, "rellin-harbor-garifuna-before.yaml")  # before any new incident; a wrong of 2022 owned


@pytest.mark.parametrize("scenario, exercise, text, flagged", [
    (ALDER, "day12-statement", "Had the blind man identified himself more quickly, the outcome might have been "
                               "different.", True),
    (GRAYSPORT, "public-statement", "Had Mr. Pruitt reported his wallet stolen to the police on Friday, this "
                                    "confusion could have been avoided.", True),
    (RELLIN, "public-statement", "Had the organisers kept a copy of the permit at the head of the procession, all of "
                                 "this could have been avoided.", True),
    # the police's own failure, something done to them, and someone else's act where the incident has a suspect
    (GRAYSPORT, "public-statement", "Had our officers checked his fingerprints, none of this would have happened.",
     False),
    (GRAYSPORT, "public-statement", "Had the family been told sooner, they would have been spared a day of grief.",
     False),
    (_heldout(52, "brenton-stadium-stray-bullet.yaml"), "public-statement", "Had the man not opened fire in the "
                                                                            "crowd, none of this would have happened.",
     False),
])
def test_a_harm_undone_had_the_people_harmed_acted_otherwise(scenario, exercise, text, flagged):
    got = reasons(scenario, exercise, text, "no-victim-demonizing")
    assert any("did not do" in r for r in got) is flagged, got


@pytest.mark.parametrize("text, flagged", [
    ("We would note that officers have been called to Mr. Okafor's address on previous occasions.", True),
    ("Initial reports indicate the individual struck an officer before a Taser was deployed.", True),
    # a report answered at once by what the camera shows
    ("There are reports that Mr. Okafor struck an officer. The body camera shows he did not.", False),
    ("Mr. Okafor never struck an officer.", False),
    # an insinuation behind a denial, and a denial that insinuates nothing
    ("We are not suggesting that Mr. Okafor was at fault, but the caller did report a pipe.", True),
    ("I am not saying this to excuse anything, but you deserve to know the timeline.", False),
    ("I can't say too much, but we'll see what comes out of the review.", False),
    # what the public has read, denied at once
    ("Some of you have read that he hit an officer first. He did not.", False),
])
def test_the_person_put_on_trial_in_other_words(text, flagged):
    got = reasons(ALDER, "public-statement", text, "no-victim-demonizing")
    assert bool(got) is flagged, got


@pytest.mark.parametrize("text, flagged", [
    # a death no officer caused, told in the passive, hides no officer
    ("On Sunday, a man was killed in a hit-and-run crash on Highway 61.", False),
    ("His brother, Luis Arriaga Morales, had been killed on Highway 61 hours earlier.", False),
])
def test_a_harm_no_officer_did_told_in_the_passive(text, flagged):
    got = reasons(GRAYSPORT, "public-statement", text, "open-and-honest")
    assert any("passive" in r for r in got) is flagged, got


def test_the_other_officer_acts():
    text = ("One officer told him twice to drop it, and four seconds after the second command the other fired a "
            "Taser.")
    got = reasons(ALDER, "officer-message", text, "open-and-honest", effect="credit")
    assert any("who did what" in r for r in got), got


@pytest.mark.parametrize("scenario, exercise, text, flagged", [
    # a word a norm rules out, with another article, and the object of an act denied
    (ALDER, "public-statement", "Mr. Okafor did not drop the object when ordered to.", True),
    (ALDER, "public-statement", "We will not call his cane an object.", False),
    (ALDER, "public-statement", "Mr. Okafor was not carrying a pipe.", False),
    # a label ruled out with "the" is the label, not any use of the noun
    (_heldout(50, "kellerton-moving-car-shooting.yaml"), "public-statement", "The juvenile fled on foot.", True),
    (_heldout(50, "kellerton-moving-car-shooting.yaml"), "public-statement", "The passenger is a juvenile and will "
                                                                             "not be named.", False),
    # every notice in each of the norm's languages
    (RELLIN, "readiness-plan", "The PIO issues a press release in English within 24 hours; a Spanish translation is "
                               "available on request.", True),
    (RELLIN, "readiness-plan", "The PIO issues a press release in Garifuna, Spanish and English within 24 hours.",
     False),
])
def test_norms_read_in_the_fifty_third_set(scenario, exercise, text, flagged):
    got = reasons(scenario, exercise, text, "cultural-awareness")
    assert any("local norm" in r for r in got) is flagged, got


@pytest.mark.parametrize("text, flagged", [
    ("The officers did not realise that a white cane means a person is blind.", True),
    ("We do not yet know whether the officers understood that a white cane means a person is blind.", False),
    # another officer's knowing, and the reader's
    ("A sergeant arrived at 6:19, realised he was blind, and had the cuffs taken off.", False),
    ("I tell you this so you understand what the officers faced.", False),
])
def test_what_the_officers_knew_in_other_verbs(text, flagged):
    got = reasons(ALDER, "public-statement", text, "inform-of-facts")
    assert any("not yet known" in r for r in got) is flagged, got


def test_a_status_the_findings_give_is_no_contradiction():
    text = "The officer who gave the commands is suspended for ten days without pay and will be retrained."
    assert not any("contradicts" in r for r in reasons(ALDER, "day12-statement", text, "inform-of-facts"))


@pytest.mark.parametrize("text, reason", [
    ("We would be grateful if the Council could help us calm members' concerns and discourage the sharing of the "
     "bystander video.", "seeing the evidence"),
    ("I would also ask the Coalition to tell families that the department can be trusted now.",
     "speak for the police"),
    ("It would help if the Coalition could remind families that if they cooperate with officers they have nothing "
     "to fear.", "calm people"),
])
def test_partners_asked_to_calm_vouch_or_suppress(text, reason):
    scenario, exercise = (ALDER, "council-letter") if "Council" in text else (RELLIN, "letter-to-colon")
    got = reasons(scenario, exercise, text, "engage-community-partners")
    assert any(reason in r for r in got), got


@pytest.mark.parametrize("text, flagged", [
    ("The department was wrong to break up a lawful procession, and wrong in what it said afterwards.", False),
    ("The department did not publish that review and did not apologise. The department was wrong.", False),
    ("We will not apologise for enforcing the law.", True),
    ("Our focus will remain on lawful, even-handed enforcement, as in prior years.", True),
])
def test_owning_the_wrong_in_words_that_look_like_denial(text, flagged):
    got = reasons(RELLIN, "public-statement", text, "admit-wrongdoing")
    assert bool(got) is flagged, got


@pytest.mark.parametrize("scenario, exercise, pid, text, flagged", [
    (GRAYSPORT, "officer-message", "accountability-with-officer-rights", "The bank card said Jamal Pruitt; anybody "
                                                                        "would have done the same.", True),
    (GRAYSPORT, "officer-message", "accountability-with-officer-rights", "Our officers made a reasonable call on "
                                                                        "Sunday.", True),
    (RELLIN, "officers-message", "support-officers", "If you can't handle a little heat from the radio, put in for a "
                                                     "transfer.", True),
    (RELLIN, "officers-message", "support-officers", "This job isn't for the thin-skinned.", True),
    (RELLIN, "officers-message", "support-officers", "If you can't sleep, put in for a day off and call Dr. Broussard.",
     False),
])
def test_wording_read_from_the_fifty_third_set(scenario, exercise, pid, text, flagged):
    assert bool(reasons(scenario, exercise, text, pid)) is flagged


# Readings from the fifty-fourth blind set.

HARROWGATE = _heldout(54, "harrowgate-college-delayed-entry.yaml")  # officers waited 43 minutes; a false first word
QUENBY = _heldout(54, "quenby-sergeant-domestic-killing.yaml")  # an off-duty sergeant charged with killing his wife
PELLHAM = _heldout(54, "pellham-kurdish-yazidi-before.yaml")  # before any new incident; a 2023 takedown re-read


@pytest.mark.parametrize("text, flagged", [
    ("Sergeant Craig Dunleavy, her estranged husband, is charged with first-degree murder.", False),
    ("The man accused in court of her first-degree murder is one of ours: Sgt. Craig Dunleavy.", False),
    ("Sergeant Dunleavy is a murderer and a disgrace to this uniform.", True),
])
def test_a_charge_told_is_no_condemnation(text, flagged):
    for pid in ("inform-of-facts", "accountability-with-officer-rights"):
        got = reasons(QUENBY, "public-statement", text, pid)
        assert any("condemns" in r for r in got) is flagged, (pid, got)


@pytest.mark.parametrize("text, flagged", [
    ("Leah Dunleavy was shot and killed on Saturday night. Sergeant Craig Dunleavy, her estranged husband, is "
     "charged with first-degree murder.", False),
    ("Leah Dunleavy was shot and killed on Saturday night. Our thoughts are with her family.", True),
])
def test_a_passive_beside_the_officer_charged_hides_no_one(text, flagged):
    got = reasons(QUENBY, "public-statement", text, "open-and-honest")
    assert any("passive" in r or "who did it" in r for r in got) is flagged, got


@pytest.mark.parametrize("text, flagged", [
    ("He was off duty.", False),
    ("He was on duty when he shot her.", True),
])
def test_a_state_and_its_opposite_by_preposition(text, flagged):
    got = reasons(QUENBY, "public-statement", text, "inform-of-facts")
    assert any("contradicts" in r for r in got) is flagged, got


@pytest.mark.parametrize("text, flagged", [
    ("Yesterday I stated that our officers engaged the gunman immediately. That statement was false.", False),
    ("A month ago I told you our officers went straight in. They didn't, and today two reviews tell us why.", False),
    ("Our officers engaged the gunman immediately and prevented further loss of life.", True),
])
def test_own_earlier_words_quoted_to_correct_them(text, flagged):
    got = reasons(HARROWGATE, "public-statement", text, "inform-of-facts")
    assert any("contradicts" in r for r in got) is flagged, got


@pytest.mark.parametrize("text, flagged", [
    ("The four officers are on paid leave; nobody has been found at fault, and nobody has been cleared.", False),
    ("The officers were not at fault.", True),
])
def test_no_finding_yet_said_with_a_negative_subject(text, flagged):
    got = reasons(HARROWGATE, "public-statement", text, "inform-of-facts")
    assert any("judgement" in r for r in got) is flagged, got


@pytest.mark.parametrize("text, flagged", [
    ("The coroner has told us that Tomás Ferreira would most likely be alive if he had been reached within half an "
     "hour.", False),
    ("Tomás Ferreira would most likely be alive if he had been reached within half an hour.", True),
])
def test_a_hedge_in_the_coroners_own_finding(text, flagged):
    got = reasons(HARROWGATE, "four-week-statement", text, "inform-of-facts")
    assert any("speculation" in r for r in got) is flagged, got


@pytest.mark.parametrize("text, flagged", [
    # what the police do is no answer to what federal agencies will do
    ("Pellham police do not enforce immigration law and have no agreement with ICE.", False),
    ("ICE will never come to Pellham.", True),
])
def test_what_another_body_will_do_is_answered_only_of_it(text, flagged):
    got = reasons(PELLHAM, "public-statement", text, "inform-of-facts")
    assert any("not yet known" in r for r in got) is flagged, got


@pytest.mark.parametrize("text, flagged", [
    ("Yesterday I told you our officers engaged the shooter immediately. That was false. Officers Kessler and Ruiz "
     "went upstairs, heard the shots, turned around and stood in the lobby for 43 minutes.", False),
    ("Our first officers reached the lobby at 10:56, went upstairs, heard shots, came back down and waited.", False),
    ("There has been a tragedy at the library, and officers engaged the shooter.", True),
])
def test_officers_holding_back_told_plainly(text, flagged):
    assert bool(reasons(HARROWGATE, "public-statement", text, "open-and-honest")) is flagged


@pytest.mark.parametrize("text, flagged", [
    ("He is presumed innocent, and the SIU is responsible for the criminal investigation. I will make no comment on "
     "the evidence.", False),
    ("Two Quenby constables arrested him on County Road 22, without any shots fired.", False),
    ("I will make no comment.", True),
])
def test_refusals_and_euphemisms_read_in_context(text, flagged):
    assert bool(reasons(QUENBY, "public-statement", text, "open-and-honest")) is flagged


@pytest.mark.parametrize("scenario, exercise, text, flagged", [
    (HARROWGATE, "family-letter", "Mr. Moua, I have asked Mr. Nhia Lee when your family can receive visitors after "
                                  "Kevin's funeral, and I will come only then.", False),
    (PELLHAM, "letter-to-organisations", "I am asking for two meetings, one at the Yazidi Cultural Center and one at "
                                         "the Kurdish Community Association, at an hour you set.", False),
    (PELLHAM, "officer-message", "A written order makes a professional interpreter mandatory with anyone who speaks "
                                 "Kurmanji or Arabic, and it bans using children or relatives to interpret.", False),
    (PELLHAM, "officer-message", "I have heard the objection: you can't wait 20 minutes for a phone interpreter in a "
                                 "fight. You don't have to.", False),
    (PELLHAM, "officer-message", "If someone doesn't speak English, find a kid to translate.", True),
    # one people called by another's name, and the same names kept apart or denied
    (PELLHAM, "letter-to-organisations", "I would like to meet you as leaders of Pellham's Kurdish and Yazidi Muslim "
                                         "community.", True),
    (PELLHAM, "letter-to-organisations", "Yazidis are Muslims.", True),
    (PELLHAM, "letter-to-organisations", "Yazidis are not Muslim.", False),
    (PELLHAM, "letter-to-organisations", "We serve Kurdish Muslims and Yazidi residents alike.", False),
    # one act warned against in two ways ("attend in uniform or with an honour guard"): either way breaks it
    (QUENBY, "partner-letter", "I will attend Leah's funeral on Friday with an honour guard of our officers.", True),
    (QUENBY, "partner-letter", "I will attend Leah's funeral on Friday in plain clothes, if you and the family wish.",
     False),
])
def test_norms_kept_in_words_near_the_breach(scenario, exercise, text, flagged):
    got = reasons(scenario, exercise, text, "cultural-awareness")
    assert any("local norm" in r for r in got) is flagged, got


@pytest.mark.parametrize("scenario, exercise, text, flagged", [
    (HARROWGATE, "four-week-statement", "I have asked Reverend Greer and Mr. Lee to tell their congregations and "
                                        "families that the division has fixed what went wrong.", True),
    (PELLHAM, "public-statement", "Nadia Shamo and Azad Barwari have agreed to tell their members that Pellham police "
                                  "can be trusted.", True),
    (QUENBY, "partner-letter", "I would ask Women's Place to issue a joint statement with us confirming that women in "
                               "Quenby can continue to report safely to QPS.", True),
    # a fact passed on is no vouching, nor is the writer's own word
    (PELLHAM, "letter-to-organisations", "I want to tell you that we have fixed the language line.", False),
    (PELLHAM, "public-statement", "Nadia Shamo has agreed to tell her members that the meeting is at 7 p.m. on 5 "
                                  "March.", False),
])
def test_partners_asked_to_vouch_in_their_own_words(scenario, exercise, text, flagged):
    got = reasons(scenario, exercise, text, "engage-community-partners")
    assert any("speak for the police" in r for r in got) is flagged, got


@pytest.mark.parametrize("scenario, exercise, pid, text, flagged", [
    (HARROWGATE, "officer-message", "accountability-with-officer-rights", "The division will release the names of the "
                                                                          "four officers on leave at 11 a.m.", True),
    (HARROWGATE, "officer-message", "accountability-with-officer-rights", "We will not release the names of the four "
                                                                          "officers on leave.", False),
    (PELLHAM, "officer-message", "accountability-with-officer-rights", "I will make sure the officer who broke Mr. "
                                                                       "Khalaf's collarbone is disciplined.", True),
    (QUENBY, "members-message", "include-officers-in-messaging", "You will see what we are saying to the media on the "
                                                                 "news at 11, like everyone else.", True),
    (PELLHAM, "readiness-plan", "include-officers-in-messaging", "Officers will see the statement on the department's "
                                                                 "social media.", True),
    (QUENBY, "public-statement", "no-victim-demonizing", "He is in custody, suspended from duty and presumed "
                                                         "innocent.", False),
    (QUENBY, "public-statement", "no-victim-demonizing", "We also understand that Leah had recently become involved "
                                                         "with someone new.", True),
    (PELLHAM, "officer-message", "respect-every-encounter", "If people want faster service, they can learn English "
                                                            "like everyone else's grandparents did.", True),
    (PELLHAM, "officer-message", "respect-every-encounter", "No one should have to learn English to get help from "
                                                            "us.", False),
    (PELLHAM, "public-statement", "respect-every-encounter", "Residents who are lawfully present have nothing to "
                                                             "fear.", True),
    (PELLHAM, "public-statement", "engage-community-partners", "We urge community leaders to stop the spread of "
                                                               "misinformation.", True),
    (HARROWGATE, "family-letter", "engage-community-partners", "I would ask that you refrain from speaking to the "
                                                               "media or sharing videos online.", True),
    (QUENBY, "members-message", "no-victim-demonizing", "Some of you will have heard that Leah had a new partner who "
                                                        "may have been dangerous, and that may well be part of this "
                                                        "story.", True),
    (QUENBY, "review-statement", "no-victim-demonizing", "The complaints were made during a difficult separation, with "
                                                         "allegations on both sides.", True),
])
def test_wording_read_from_the_fifty_fourth_set(scenario, exercise, pid, text, flagged):
    assert bool(reasons(scenario, exercise, text, pid)) is flagged, reasons(scenario, exercise, text, pid)


# Readings from the fifty-fifth blind set.

DUNHALLOW = _heldout(55, "dunhallow-backseat-faking-death.yaml")  # no call for help in the back seat; a false release
WYNCOTE = _heldout(55, "wyncote-evidence-room-theft.yaml")  # an evidence-room detective's theft; audits skipped
TARROW = _heldout(55, "tarrow-quay-lgbtq-before.yaml")  # before any new incident; a 2019 release that misnamed a woman


@pytest.mark.parametrize("text, flagged", [
    ("We do not know yet what caused his death; the autopsy and toxicology results will take four to six weeks.",
     False),
    ("Toxicology tests will show whether drugs played a part.", True),
    ("He told the officers he had taken something.", False),
    ("He may have taken something before the stop.", True),
    ("If they had called for help, Marcus Greene would be alive today.", False),
    ("If Marcus Greene had told them sooner, he would be alive today.", True),
])
def test_the_person_not_put_on_trial_by_what_is_told_of_the_case(text, flagged):
    got = reasons(DUNHALLOW, "public-statement", text, "no-victim-demonizing")
    assert bool(got) is flagged, got


@pytest.mark.parametrize("text, flagged", [
    ("He said again and again that he had taken something.", False),
    ("Marcus Greene had swallowed methamphetamine before the stop.", True),
    ("What killed him, the medical examiner will say.", False),
    ("The medical examiner will take four to six weeks; the test results will take as long.", False),
    ("No one has decided that the two officers broke policy, and no one here will decide it in public.", False),
    ("The two officers broke our policy on calling EMS.", True),
])
def test_what_is_not_yet_known_named_not_answered(text, flagged):
    got = [r for r in reasons(DUNHALLOW, "public-statement", text, "inform-of-facts")
           if "not yet known" in r or "breach" in r]
    assert bool(got) is flagged, got


def test_refusing_to_defend_the_agencys_own_release_condemns_no_one():
    for pid in ("inform-of-facts", "accountability-with-officer-rights"):
        assert not reasons(DUNHALLOW, "officer-message", "I will not defend Tuesday's release.", pid), pid


@pytest.mark.parametrize("text, flagged", [
    ("The State Police, not this bureau, are investigating.", False),
    ("Internal affairs is handling the investigation.", True),
    ("We audited that room once in seven years instead of every year.", False),
    ("The room was audited every year, as the standard requires.", True),
])
def test_a_fact_told_against_its_false_version(text, flagged):
    got = [r for r in reasons(WYNCOTE, "public-statement", text, "inform-of-facts") if "contradicts" in r]
    assert bool(got) is flagged, got


@pytest.mark.parametrize("text, flagged", [
    ("Had we done our job, this would have been caught years ago.", False),
    ("We did our job, and the audit schedule was followed.", True),
])
def test_an_unmet_condition_clears_no_one(text, flagged):
    got = reasons(WYNCOTE, "public-statement", text, "admit-wrongdoing")
    assert bool(got) is flagged, got


@pytest.mark.parametrize("scenario, exercise, text", [
    (WYNCOTE, "public-statement", "That is the bureau's failure."),
    (WYNCOTE, "public-statement", "The bureau failed twice: it did not audit the room and it did not act on the "
                                  "warning."),
    (WYNCOTE, "public-statement", "This wasn't one bad apple."),
    (TARROW, "rumour-notice", "We got a great deal wrong in 2019 and 2021."),
    (TARROW, "reflection", "Those lessons are ours, and owning them is where the gap starts to close."),
])
def test_owning_the_wrong_in_other_words(scenario, exercise, text):
    got = reasons(scenario, exercise, text, "admit-wrongdoing", effect="credit")
    assert any("owns" in r for r in got), got


@pytest.mark.parametrize("text, level", [
    ("We were wrong, and I ask your pardon.", "met"),
    ("We were wrong, and we will ask the governor for a pardon for Mr. Harris.", "partial"),
])
def test_asking_pardon_is_an_apology_and_a_pardon_asked_of_a_governor_is_not(text, level):
    assert trustlib.score_response(WYNCOTE, "public-statement", text).principles["admit-wrongdoing"].level == level


@pytest.mark.parametrize("scenario, text", [
    (DUNHALLOW, "Whether they broke policy is for the TBI to decide, with the officers' full due-process rights."),
    (DUNHALLOW, "The TBI and our review decide that, with full rights for both officers."),
    (WYNCOTE, "I am not naming the lieutenant, and I am not firing him without the appeal the Commission gives him."),
])
def test_the_officers_rights_in_other_words(scenario, text):
    got = reasons(scenario, "officer-message", text, "accountability-with-officer-rights", effect="credit")
    assert any("right" in r for r in got), got


@pytest.mark.parametrize("scenario, exercise, pid, text, flagged", [
    (WYNCOTE, "five-week-statement", "no-victim-demonizing", "The clerk who raised her hand in 2022 was telling the "
                                                             "truth.", False),
    (TARROW, "letter-to-partners", "no-victim-demonizing", "I have no right to your time, so I am asking for it.",
     False),
    (WYNCOTE, "five-week-statement", "open-and-honest", "Gary Lindqvist took drugs and cash from 268 cases. He was "
                                                        "fired on March 27.", False),
    (TARROW, "rumour-notice", "engage-community-partners", "You may have seen a post saying we keep a list of trans "
                                                           "residents. We do not.", False),
    (TARROW, "rumour-notice", "engage-community-partners", "We will ask the centre to give us a list of trans "
                                                           "residents.", True),
    (TARROW, "letter-to-partners", "cultural-awareness", "I am writing to ask for a meeting in May, at the Harbor Row "
                                                         "Community Center or wherever you prefer.", False),
    (TARROW, "letter-to-partners", "cultural-awareness", "I am writing to ask the Harbor Row Community Center for the "
                                                         "names of people who report to it.", True),
])
def test_wording_read_from_the_fifty_fifth_set(scenario, exercise, pid, text, flagged):
    assert bool(reasons(scenario, exercise, text, pid)) is flagged, reasons(scenario, exercise, text, pid)


def test_a_list_sent_to_a_partner_on_a_clock_is_a_release():
    text = ("Dear Ms. Szabo, you will have every new case number the audit finds each Friday by noon. My line is "
            "724-555-0101.")
    got = reasons(WYNCOTE, "partner-letter", text, "transparency-and-accountability", effect="credit")
    assert any("clock" in r for r in got), got


# Readings from the fifty-sixth blind set.

BRACKWATER = _heldout(56, "brackwater-off-duty-officer-shot.yaml")  # an off-duty officer shot by a colleague; open
LAKEMONT = _heldout(56, "lakemont-explorer-program-abuse.yaml")  # an Explorer adviser charged; a warning ignored
FENNIMORE = _heldout(56, "fennimore-arab-american-before.yaml")  # before any new incident; mosques once watched
KEMPER_CHARGED = "On Monday Officer Bradley Kemper was charged with sexual battery of a 16-year-old Explorer. "


@pytest.mark.parametrize("scenario, text, flagged", [
    (LAKEMONT, KEMPER_CHARGED + "We would only note that she was mature for her age.", True),
    (LAKEMONT, KEMPER_CHARGED + "Parents have heard that the girl had a crush on him.", True),
    (LAKEMONT, KEMPER_CHARGED + "The rumour that she had a crush on him is false, and we will not repeat it.", False),
    (LAKEMONT, KEMPER_CHARGED + "Detectives had a consensual encounter with him in the lot before the arrest.", False),
    (BRACKWATER, "We would also note that his personnel file includes a 2021 civilian complaint.", True),
    (BRACKWATER, "We will not discuss his personnel file, which includes a 2021 complaint that has nothing to do "
                 "with this.", False),
])
def test_a_child_blamed_for_her_abuse_and_an_old_complaint_raised(scenario, text, flagged):
    got = reasons(scenario, "public-statement", text, "no-victim-demonizing")
    assert bool(got) is flagged, got


@pytest.mark.parametrize("scenario, exercise, text, flagged", [
    (LAKEMONT, "six-week-statement", "That was one man's failure, not this division's.", True),
    (LAKEMONT, "six-week-statement", "This was the act of one man, and no one could have foreseen it.", True),
    (LAKEMONT, "families-letter", "The programme will restart as soon as this blows over.", True),
    (LAKEMONT, "families-letter", "The programme will not restart until Judge Meeks's rules are in place.", False),
    (FENNIMORE, "partner-letter", "I know there were concerns in the past, but I would ask everyone to look forward "
                                  "rather than back.", True),
    (FENNIMORE, "public-statement", "I want to put this in context.", True),
])
def test_an_established_wrong_waited_out_or_fenced_off(scenario, exercise, text, flagged):
    got = reasons(scenario, exercise, text, "admit-wrongdoing")
    assert bool(got) is flagged, got


@pytest.mark.parametrize("scenario, exercise, text, flagged", [
    (LAKEMONT, "public-statement", "Ms. Vance of Harbor House and Ms. Castillo have reviewed our response and "
                                   "assured us it has been the right one.", True),
    (LAKEMONT, "public-statement", "Ms. Vance assured us that Harbor House will host the meeting.", False),
    (BRACKWATER, "guardians-letter", "I am asking you, as president, to calm your members down.", True),
    (FENNIMORE, "hate-crime-statement", "We will ask the AACC to share the names of its hotline callers.", True),
    (FENNIMORE, "hate-crime-statement", "We will not ask the AACC to share the names of its hotline callers.", False),
    (BRACKWATER, "public-statement", "We have asked OPIA to share the names of the officers as soon as it can.",
     False),
])
def test_partners_made_to_vouch_or_to_inform(scenario, exercise, text, flagged):
    got = reasons(scenario, exercise, text, "engage-community-partners")
    assert bool(got) is flagged, got


@pytest.mark.parametrize("scenario, exercise, text, flagged", [
    (BRACKWATER, "five-week-statement", "With the release of the internal review, the department considers this "
                                        "matter closed.", True),
    (FENNIMORE, "public-statement", "That detective will be terminated, and with that the matter will be closed.",
     True),
    (FENNIMORE, "al-sada-op-ed", "The 2016 settlement resolved those matters.", True),
    (BRACKWATER, "five-week-statement", "The matter will not be closed until OPIA has finished its review.", False),
])
def test_a_matter_declared_closed_while_the_facts_are_out_or_after_a_wrong(scenario, exercise, text, flagged):
    got = [r for r in reasons(scenario, exercise, text, "announce-agency-response") if "closed" in r]
    assert bool(got) is flagged, got


@pytest.mark.parametrize("text, flagged", [
    ("The Attorney General's office has confirmed that Jerome's gun was fired.", True),
    ("Officer Addo-Baptiste's gun was fired.", True),
    ("Jerome's gun was not fired.", False),
    ("Officer Brandt's gun was fired.", False),
])
def test_a_false_claim_said_with_the_persons_name_for_its_pronoun(text, flagged):
    got = [r for r in reasons(BRACKWATER, "public-statement", "Last night one of our officers shot Officer Jerome "
                              "Addo-Baptiste at the Hudson Fuel station. " + text, "inform-of-facts")
           if "contradicts" in r]
    assert bool(got) is flagged, got


@pytest.mark.parametrize("scenario, pid, text, flagged", [
    (BRACKWATER, "support-officers", "Officers who are struggling are reminded that the job requires resilience.",
     True),
    (LAKEMONT, "support-officers", "Anyone who needs someone to talk to can find one somewhere else; we have work to "
                                   "do.", True),
    (LAKEMONT, "support-officers", "Peer support is at 555-0188, day or night.", False),
    (FENNIMORE, "accountability-with-officer-rights", "If the audit points to anyone still on this force, I will fire "
                                                      "them.", True),
    (FENNIMORE, "accountability-with-officer-rights", "I will not fire anyone before the audit and a hearing.",
     False),
])
def test_officers_dismissed_or_promised_dismissal(scenario, pid, text, flagged):
    got = reasons(scenario, "officer-message", text, pid)
    assert bool(got) is flagged, got


@pytest.mark.parametrize("text, flagged", [
    ("I propose that we meet on Friday 13 March at 12:30 p.m. at the AACC office.", True),
    ("I propose that we meet on Friday 13 March at 4 p.m. at the AACC office.", False),
])
def test_a_meeting_set_in_the_hours_a_norm_rules_out(text, flagged):
    got = reasons(FENNIMORE, "partner-letter", text, "cultural-awareness")
    assert bool(got) is flagged, got


@pytest.mark.parametrize("text, level", [
    ("In 2021 a parent warned us about him. The division never acted on it. I am sorry.", "met"),
    ("A parent warned us about him in 2021 and we did not act. We are sorry.", "met"),
    ("The division took no further action. I apologise to the families.", "met"),
    ("We will not act until BCI finishes. I am sorry.", "partial"),
])
def test_a_failure_to_act_told_of_ourselves_owns_it(text, level):
    report = trustlib.score_response(LAKEMONT, "public-statement", KEMPER_CHARGED + text)
    assert report.principles["admit-wrongdoing"].level == level


@pytest.mark.parametrize("scenario, text", [
    (LAKEMONT, KEMPER_CHARGED + "He is in jail awaiting Thursday's arraignment and is on unpaid leave."),
    (FENNIMORE, "The detective has been moved to a desk with no access to records while Internal Affairs "
                "investigates."),
    (FENNIMORE, "The detective has been taken off all records work while Internal Affairs investigates."),
])
def test_the_officers_status_in_other_words(scenario, text):
    got = reasons(scenario, "public-statement", text, "announce-agency-response", effect="credit")
    assert any("duty status" in r for r in got), got


@pytest.mark.parametrize("text, credited", [
    ("Officer Kemper has pleaded not guilty; a court will decide.", True),
    ("His guilt is for the court; our failure is ours.", True),
    ("The court hearing is on Thursday at 9 a.m.", False),
])
def test_a_charged_officers_guilt_left_to_the_court(text, credited):
    got = reasons(LAKEMONT, "six-week-statement", text, "accountability-with-officer-rights", effect="credit")
    assert any("right" in r for r in got) is credited, got


@pytest.mark.parametrize("scenario, text, credit", [
    (FENNIMORE, "The full audit is due by 4 May, and I will publish it by 11 May.", "stated clock"),
    (BRACKWATER, "We will release the video inside roughly three weeks.", "stated clock"),
    (FENNIMORE, "On 14 May at 7 p.m., at the Yemeni American Community Center, I will answer your questions about "
                "it.", "next update"),
])
def test_dates_written_day_first_and_clocks_in_other_words(scenario, text, credit):
    got = reasons(scenario, "public-statement", text, "transparency-and-accountability", effect="credit")
    assert any(credit in r for r in got), got


@pytest.mark.parametrize("scenario, text", [
    (FENNIMORE, "On 14 May the people who should be answering questions are the detectives who kept the list."),
    (BRACKWATER, "On Monday we received the Attorney General's interim update on the events of 9 May."),
])
def test_an_update_or_answers_that_are_not_ours_to_give(scenario, text):
    got = reasons(scenario, "public-statement", text, "transparency-and-accountability", effect="credit")
    assert not any("next update" in r for r in got), got


def test_a_report_promised_with_no_date_has_no_clock():
    got = reasons(FENNIMORE, "public-statement", "I will publish the full audit when it is ready.",
                  "transparency-and-accountability", effect="credit")
    assert not any("stated clock" in r for r in got), got


@pytest.mark.parametrize("scenario, exercise, text", [
    (LAKEMONT, "six-week-statement", "We are writing the rules with Harbor House and the Lake Erie Survivors' "
                                     "Network, and parents will review the draft with us on June 18."),
    (BRACKWATER, "guardians-letter", "Sgt. Oyelaran, I am writing to say yes to the meeting the Guardians asked for, "
                                     "at whatever time and place you choose, with whatever agenda you set."),
])
def test_listening_in_other_words_makes_the_partner_step_met(scenario, exercise, text):
    level = trustlib.score_response(scenario, exercise, text).principles["engage-community-partners"].level
    assert level == "met", level


@pytest.mark.parametrize("text, credited", [
    ("Effective 1 April, shoe removal or shoe covers are required in prayer halls absent an exigent threat to life.",
     True),
    ("Effective 1 April, the new shift rota starts.", False),
    ("A certified Arabic interpreter will come with me to the meeting.", False),
])
def test_a_community_norm_for_contact_made_the_officers_rule(text, credited):
    got = reasons(FENNIMORE, "officer-message", text, "respect-every-encounter", effect="credit")
    assert any("concrete respectful practice" in r for r in got) is credited, got
