"""Round 70, helper 2: never events and near misses named where the narrative tells a
look-alike.

- A drug prescribed by mouth and given as a weighed dose by its IV route in the next sentence
  ("charted oral prn. ... administered 50mg IV via venflon") is the drug's IV form (null: the
  guide's ondansetron/paracetamol case); an oral liquid or medicine pushed into a line stays
  never event 5.
- Washing water found too hot while the person was still elsewhere (in bed, in their room, sat
  in the bay) is the check working (both null), even when they got in once it was cooled; on
  the way in (in the hoist) it stays near miss 14, and a burn stays never event 14.
- The chart read at the check naming the nebuliser to run on air ("chart states nebs to run on
  medical air") is air prescribed (NE15 excluded); a patient's oxygen found on air stays 15.
- A never event named as what a safeguard is there for ("the WHO checklist, which is there to
  stop wrong site surgery", "designed to prevent the never event of vincristine given
  intrathecally") is its purpose, not an event; the intrathecal register is a record, no route.
- A retained item of the patient's past, told item first with the other hospital and its date
  after, and a never event of last year named by its time ("since last year's never event
  (feed via a misplaced tube)"), are background, not this report's event.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # the drug's IV form given against an oral prescription told the sentence before
    (
        "Paracetamol 1g prescribed PO QDS. Night RN gave 1g IV through the cannula as pt was "
        "vomiting. Dr informed, no harm.",
        (None, None),
    ),
    (
        "cyclizine 50mg charted oral prn. staff nurse administered 50mg IV via venflon. not "
        "prescribed IV. dr aware",
        (None, None),
    ),
    # look-alike: an oral liquid or medicine pushed into the line
    (
        "Lactulose 10ml prescribed oral. Nurse pushed the lactulose through the cannula in "
        "error. Pt unharmed.",
        ("5", None),
    ),
    (
        "Oral paracetamol suspension 500mg drawn up in an oral syringe and injected via the IV "
        "cannula by mistake.",
        ("5", None),
    ),
    # water too hot with the person still elsewhere
    (
        "Bath run for resident, thermometer read 50C. She was still in bed at the time so bath "
        "emptied and refilled at 38C. Estates told.",
        (None, None),
    ),
    (
        "Shower tested at 48 degrees before use, pt sat in his chair in the bay waiting. Not "
        "used, estates informed re TMV.",
        (None, None),
    ),
    (
        "Ran the bath for Mr Jones, checked with the thermometer - 51 degrees, so I didnt let him "
        "in. He was still in his room when I found it and never touched the water. Cooled to 37 "
        "then he got in. Estates informed.",
        (None, None),
    ),
    # look-alikes: on the way in, or scalded when he got in later
    (
        "Bath thermometer read 52. Pt already in the hoist being lowered when HCA checked, "
        "raised straight away, no contact with the water.",
        (None, "14"),
    ),
    (
        "Bath water 55 degrees. Resident still in her room but when she got in later the water "
        "scalded her legs, red blistered skin.",
        ("14", None),
    ),
    # the nebuliser's air read on the chart at the check
    (
        "Pt on salbutamol nebs off the air point. Checked with NIC: chart states nebs to run on "
        "medical air due to CO2 retention. No error.",
        (None, None),
    ),
    (
        "HCA concerned pt's ipratropium neb was on the air flowmeter at 6L. Nurse looked at the "
        "kardex: it says nebs to be driven by air, O2 via nasal cannula alongside. Nothing wrong.",
        (None, None),
    ),
    # look-alike: the patient's oxygen found on air
    (
        "COPD pt, O2 prescribed 28% venturi, found attached to medical air outlet, sats dropped "
        "to 82%.",
        ("15", None),
    ),
    # the never event named as a safeguard's purpose
    (
        "In the huddle we discussed the WHO checklist, which is there to stop wrong site surgery "
        "- nothing happened today.",
        (None, None),
    ),
    (
        "The pause at sign in exists to prevent wrong side blocks; today it was done correctly.",
        (None, None),
    ),
    (
        "Intrathecal register not countersigned. Reminder circulated: the register is designed "
        "to prevent the never event of vincristine being given intrathecally.",
        (None, None),
    ),
    # look-alikes: the event itself
    (
        "Vincristine was given intrathecally in error by the registrar in the LP room. Pt "
        "transferred to ICU.",
        ("5", None),
    ),
    (
        "Consultant marked the wrong side despite the WHO checklist being done, left knee scope "
        "done instead of right.",
        ("1", None),
    ),
    # the patient's own past, item first, elsewhere and dated after
    (
        "Pt anxious pre op: a swab was left inside her after her hysterectomy at a private "
        "hospital 8 years ago.",
        (None, None),
    ),
    (
        "Pt told us a needle was retained after his hernia op at another hospital in 2012, "
        "removed at the time. Today consent form missing, op delayed.",
        (None, None),
    ),
    # a never event of last year named by its time
    (
        "Since last year's never event on the ward (feed via a misplaced NG tube) all tubes need "
        "x-ray confirmation. Today NGT placed, pH 4, feed started.",
        (None, None),
    ),
    # look-alike: today's tube in the lung
    (
        "NG tube misplaced in right lung on CXR after feed had been running for 4 hours. Pt "
        "desaturated.",
        ("13", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_never_event_outcome(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
