"""Round 70, helper 4: theme words that name the kit, the patient's state or the plan, and
what went wrong told in words the cues did not read.

- Lines, tubes and their ends "hanging" by the pillow or side by side are where the kit lay
  when the wrong one was picked up, not a hanging (self_harm); a person hanging still is.
- Readings at the low end of normal ("BMs are low-normal") and sats told with "no distress"
  are reassurance, no deterioration; a low reading or a reading that fell still is.
- One of a role beyond the ward's nurses covering a service ("only one radiologist covering")
  and nobody else free to help are staffing; a patient "on our caseload for pressure area
  care" is whose patient it is, not the team's workload.
- "nothing given (no water, feed or meds)" is a catch, not doses a patient went without; a
  dose that "went in 90 mins late" is a late dose.
- The phone named as how advice, supervision or a report came ("as per liaison advice over
  the phone") is the means of care, a fault reported with "no record of it being fixed" is
  the repair that never came, and a dose "not reduced or discussed" is a prescribing
  decision left unmade: none is communication_documentation; "no letter sent to the GP" is.
- An infection named as what a line was being inserted for, or right after the day of the
  stay ("Pt (day 3, pneumonia, ...)"), is background; a patient "now stable on the
  ventilator" names no device that failed.
- A bed rail assessment told by what it said ("said rails NOT appropriate") was made: its
  plan was not followed, no failure to assess.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

CASES = [
    # kit hanging where it lay / a person hanging
    (
        "Feed set was put onto the PICC instead of the NG tube as both were hanging by the "
        "pillow, pump not started, nothing given.",
        "self_harm",
        False,
    ),
    (
        "the NG line and the IV extension were hanging side by side on the bed so the HCA "
        "picked up the wrong one, no harm",
        "self_harm",
        False,
    ),
    (
        "Connectors hanging next to each other at the bedside, wrong one picked up, clamp "
        "closed so no feed went in.",
        "self_harm",
        False,
    ),
    ("Pt found hanging by a belt from the wardrobe door, cut down, conscious.", "self_harm", True),
    (
        "pt tied the end of the cord to the rail and was hanging by it when found",
        "self_harm",
        True,
    ),
    # readings told as reassurance / a deterioration
    (
        "Levemir chart read as 40 units, second checker queried it as the pts BMs are "
        "low-normal, not given.",
        "monitoring_deterioration",
        False,
    ),
    (
        "CBGs running at the lower end of normal, so the 20 units gliclazide was held and the "
        "reg asked",
        "monitoring_deterioration",
        False,
    ),
    ("BMs are low, 3.2 at 0200, glucagon given", "monitoring_deterioration", True),
    (
        "Tube removed 2345, sats 93% RA, no distress, medics reviewed.",
        "monitoring_deterioration",
        False,
    ),
    (
        "sats dropped to 82% on 4L, in resp distress, outreach called",
        "monitoring_deterioration",
        True,
    ),
    # one of a role covering, nobody else free / a patient on the caseload
    (
        "Plain film backlog over 9 hrs on Saturday as only one radiologist covering, delayed "
        "report of a misplaced tube.",
        "staffing_infrastructure_estates",
        True,
    ),
    (
        "just 1 pharmacist on site for the whole hospital so the TTOs waited 4 hours",
        "staffing_infrastructure_estates",
        True,
    ),
    (
        "MW counted the swabs alone as the second MW went to an emergency and no one else free "
        "on the unit",
        "staffing_infrastructure_estates",
        True,
    ),
    (
        "only one radiologist reviewed the film and missed the fracture",
        "staffing_infrastructure_estates",
        False,
    ),
    (
        "no one else was in the bay at the time of the fall",
        "staffing_infrastructure_estates",
        False,
    ),
    (
        "Housebound, on our caseload for pressure area care, profiling bed issued in Sept, "
        "found with neck trapped in the rail.",
        "staffing_infrastructure_estates",
        False,
    ),
    (
        "caseload pressures meant the visit was late and the insulin was given at 1400",
        "staffing_infrastructure_estates",
        True,
    ),
    # nothing given / a dose gone in late
    ("Tube out, nothing given (no water, feed or meds).", "medication", False),
    (
        "nothing was given - no feed or meds - as the xray showed it in the lung",
        "medication",
        False,
    ),
    ("pt was given no insulin for 2 days as the chart was missing", "medication", True),
    ("BM 16 before tea because her 1700 Actrapid went in 90 mins late", "medication", True),
    (
        "the 6pm IV abx went up 3 hrs late as the pump was in use elsewhere",
        "medication",
        True,
    ),
    ("pt went in 2 hrs late to theatre as the list overran", "medication", False),
    # the phone as the means, a repair never recorded, a dose not discussed / a letter not sent
    (
        "pt on hourly obs as per psych liaison advice over the phone, found with a ligature at "
        "0600",
        "communication_documentation",
        False,
    ),
    (
        "PACS down overnight so the radiologist was reporting the CTs over the phone",
        "communication_documentation",
        False,
    ),
    (
        "verbal order given over the phone not documented or countersigned",
        "communication_documentation",
        True,
    ),
    (
        "nurse went by the bed number she was given over the phone and consented the wrong pt",
        "communication_documentation",
        True,
    ),
    (
        "The rail was reported to estates 3 weeks ago as stiff, no record of it being fixed. Pt "
        "found with a ligature, rail did not give way.",
        "communication_documentation",
        False,
    ),
    (
        "no record of the insulin being given at 1800 on the chart",
        "communication_documentation",
        True,
    ),
    (
        "Hypo 2.3 at 0100 as pt had eaten almost nothing and the dose wasn't reduced or discussed.",
        "communication_documentation",
        False,
    ),
    (
        "the plan wasn't discussed with the family before discharge",
        "communication_documentation",
        True,
    ),
    (
        "histology showing adenocarcinoma never actioned, no letter sent to pt or GP",
        "communication_documentation",
        True,
    ),
    ("letter sent to GP, no concerns raised", "communication_documentation", False),
    # the infection a line went in for, the day of the stay / an infection of the event
    (
        "FY2 inserting a femoral CVC in resus for a pt in septic shock let go of the wire, "
        "nurse spotted it before suturing, wire removed intact",
        "infection",
        False,
    ),
    (
        "CVC inserted for TPN, 5 days later line sepsis confirmed on cultures, line removed",
        "infection",
        True,
    ),
    (
        "Pt (day 3, pneumonia, K+ 4.1) arrested after the meropenem was made up with KCl.",
        "infection",
        False,
    ),
    ("Pt day 5 developed pneumonia after aspiration on the ward", "infection", True),
    # the patient on the ventilator / a ventilator that failed
    (
        "Pt (day 3, pneumonia, K+ 4.1) arrested after the meropenem was made up with KCl. Pt "
        "now stable on the ventilator, family informed.",
        "medical_device",
        False,
    ),
    (
        "ventilator alarmed high pressure and the circuit was found disconnected",
        "medical_device",
        True,
    ),
    # a bed rail assessment told by what it said / none done
    (
        "Bed rail assessment on admission had said rails NOT appropriate, but they were up. Pt "
        "found with neck trapped between the split rails.",
        "assessment_diagnosis",
        False,
    ),
    (
        "no bed rail assessment done, rails up, pt found trapped by the neck",
        "assessment_diagnosis",
        True,
    ),
]


@pytest.mark.parametrize(("text", "theme", "expected"), CASES)
def test_theme_words_of_kit_state_and_plan(text: str, theme: str, expected: bool) -> None:
    assert (theme in theme_ids(text)) is expected
