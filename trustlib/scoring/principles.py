"""One detector per principle: read the answer with the scenario, return a level with evidence.

Every detector reads cues through the parse (negation, voice, hedging) and
the scenario's own data (facts, unknowns, partners, the person harmed), so an
instructor's new scenario is read as well as a bundled one.
"""


from __future__ import annotations

from typing import Callable

from .before_incident import (cultural_awareness, engage_personally, know_key_leaders, meet_all_groups,
                              respect_every_encounter, show_up_at_community_events)
from .context import Context
from .findings import Finding
from .officers import accountability_with_officer_rights, include_officers_in_messaging, support_officers
from .public_response import (admit_wrongdoing, announce_agency_response, engage_community_partners, inform_of_facts,
                              no_victim_demonizing, open_and_honest, transparency_and_accountability)

DETECTORS: dict[str, Callable[[Context], Finding]] = {
    "open-and-honest": open_and_honest,
    "inform-of-facts": inform_of_facts,
    "no-victim-demonizing": no_victim_demonizing,
    "admit-wrongdoing": admit_wrongdoing,
    "announce-agency-response": announce_agency_response,
    "engage-community-partners": engage_community_partners,
    "transparency-and-accountability": transparency_and_accountability,
    "accountability-with-officer-rights": accountability_with_officer_rights,
    "support-officers": support_officers,
    "include-officers-in-messaging": include_officers_in_messaging,
    "engage-personally": engage_personally,
    "show-up-at-community-events": show_up_at_community_events,
    "respect-every-encounter": respect_every_encounter,
    "meet-all-groups": meet_all_groups,
    "cultural-awareness": cultural_awareness,
    "know-key-leaders": know_key_leaders,
}
