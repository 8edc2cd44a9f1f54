"""What reached the patient, against what was planned (helper M9): the device found to be of
another type only once it was connected or implanted (never event 2; found before, near miss
2), a potassium concentrate given against the premixed bag prescribed (never event 4; picked
up and caught, near miss 4), and a clip dated to a past operation in the clause after it across
a semicolon (a device put in to stay then: null) beside an item of a count left by an
operation and found now, here or, as dev-27025 and dev-42021 are labelled, at another
provider (never event 3)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NOTHING = (None, None)
NEVER_EVENT_2 = ("2", None)
NEAR_MISS_2 = (None, "2")
NEVER_EVENT_3 = ("3", None)
NEVER_EVENT_4 = ("4", None)
NEAR_MISS_4 = (None, "4")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # --- the device type found only after it was connected or implanted: never event 2
        (
            "Dual chamber pacemaker planned. Device connected to the leads and tested, then "
            "found to be a single chamber PPM. Pt informed, datix done.",
            NEVER_EVENT_2,
        ),
        (
            "plan was DDD PPM. box opened, leads placed and generator connected; then noticed it "
            "was a single chamber device. left in situ, consultant aware",
            NEVER_EVENT_2,
        ),
        (
            "Pt listed for a dual-chamber ICD. After implantation the device check showed a "
            "single chamber ICD had been put in.",
            NEVER_EVENT_2,
        ),
        (
            "Generator screwed onto the leads and pocket closed. Pacing tech then realised the "
            "device was actually a single chamber one, not the dual chamber pacemaker on the "
            "consent.",
            NEVER_EVENT_2,
        ),
        (
            "cardiac physiologist interrogated the new ppm after implant - it turned out to be "
            "a single chamber device (dual chamber planned). pt to be brought back for box change",
            NEVER_EVENT_2,
        ),
        # ... found before it went in: near miss 2; changed on purpose: null
        (
            "Single chamber pacemaker opened instead of the dual chamber planned, noticed "
            "before implantation, correct device used.",
            NEAR_MISS_2,
        ),
        (
            "Planned dual chamber PPM; decision made intraop by the consultant to implant a "
            "single chamber device because of permanent AF, documented in the op note.",
            NOTHING,
        ),
        (
            "Dual chamber PPM implanted as planned, checks satisfactory, pt discharged next day.",
            NOTHING,
        ),
        (
            "Single chamber pacemaker box checked against the consent at the device check and "
            "found to be right. Implanted, no issues.",
            NOTHING,
        ),
        # --- a device from a past operation: history, null; a count's item left there: never
        # event 3, whoever's operation it was (dev-27025)
        (
            "Surgical clip seen on CT; from 2008 cholecystectomy elsewhere. No action needed.",
            NOTHING,
        ),
        (
            "clip noted on abdo xray; from 2008 lap chole at another trust, no concerns, "
            "pt reassured",
            NOTHING,
        ),
        (
            "CT KUB for stones. Incidental metallic clips in the pelvis; from her 2011 "
            "hysterectomy at a private hospital. Nil to do.",
            NOTHING,
        ),
        (
            "Pt attended ED with abdo pain. CT showed a retained swab; from a laparotomy at "
            "another hospital abroad in 2015. Referred to gen surg.",
            NEVER_EVENT_3,
        ),
        (
            "Sterilisation clips seen on the pelvic XR; from 2009 lap sterilisation at another "
            "trust, as expected.",
            NOTHING,
        ),
        # ... an operation's item found now: never event 3
        (
            "Swab seen on CT 3 weeks after her laparotomy here; taken back to theatre and removed.",
            NEVER_EVENT_3,
        ),
        (
            "Artery clip found on post op xray; left in after the hemicolectomy on Tuesday, "
            "returned to theatre for removal.",
            NEVER_EVENT_3,
        ),
        (
            "Retained swab found at re-look laparotomy; from the index operation 10 days ago in "
            "this theatre. Count sheet had been signed correct.",
            NEVER_EVENT_3,
        ),
        (
            "guidewire seen on CXR after CVC insertion on ICU yesterday; wire not removed at "
            "the end of the procedure. IR retrieved it.",
            NEVER_EVENT_3,
        ),
        # --- a potassium concentrate given against a premixed bag prescribed: never event 4
        (
            "Premixed KCl 40mmol in 1L prescribed, but a 15% KCl ampoule was given undiluted "
            "IV. Pt had an arrhythmia.",
            NEVER_EVENT_4,
        ),
        (
            "pt written up for pre-mixed potassium chloride bag, but an ampoule of strong KCl "
            "was added to saline on the ward and run through instead, pharmacy informed",
            NEVER_EVENT_4,
        ),
        (
            "Prescribed premixed potassium; concentrate given undiluted as a slow IV push. "
            "K 6.8 after.",
            NEVER_EVENT_4,
        ),
        (
            "Drug chart: KCl 20mmol/500ml premix. Nurse couldn't find the bag so used a 10ml "
            "amp of potassium chloride 15% concentrate straight into the line. Pt c/o burning.",
            NEVER_EVENT_4,
        ),
        # ... picked up or drawn up and caught before it was given: near miss 4
        (
            "Premixed KCl prescribed; 15% KCl ampoule picked up instead, but noticed by the "
            "second checker before anything was given.",
            NEAR_MISS_4,
        ),
        (
            "Premix potassium bag prescribed but strong potassium chloride concentrate drawn "
            "up instead; the 2nd nurse spotted it at the bedside check before it was given. "
            "Discarded.",
            NEAR_MISS_4,
        ),
        # ... potassium intended and its rate or dose wrong: null
        (
            "Premixed potassium infusion prescribed and given, but run at 250ml/hr instead of "
            "125ml/hr. K 5.3, ECG normal.",
            NOTHING,
        ),
        (
            "KCl 40mmol in 1L premixed bag hung as prescribed, pump programmed for 4h instead "
            "of 8h. Caught halfway.",
            NOTHING,
        ),
        (
            "Pharmacy audit: KCl 15% ampoules found on the ward next to the premixed bags. "
            "Removed, no pt involved.",
            NOTHING,
        ),
        (
            "Premixed KCl prescribed and the premixed bag given as prescribed. K+ rechecked "
            "next morning, normal.",
            NOTHING,
        ),
        # --- more look-alikes of the same errors, which stay as they are
        pytest.param(
            "ICD implanted, a single chamber device as on the consent. Post op check fine.",
            NOTHING,
            marks=pytest.mark.xfail(
                strict=True,
                reason="the rules find no mismatch; the learned model (asked when they find "
                "nothing) reads a single chamber ICD as never event 2",
            ),
        ),
        (
            "PPM box change: the old single chamber generator from 2012 removed and a new "
            "single chamber one connected as planned.",
            NOTHING,
        ),
        (
            "Swab count one short at closure; swab found in the pelvis and removed before "
            "closing. Count correct.",
            (None, "3"),
        ),
        (
            "Pt says a swab was left inside her after a section at another trust; GP "
            "referral letter only, nothing seen on today's scan.",
            NOTHING,
        ),
        (
            "Reviewed in clinic: mesh from 2014 hernia repair elsewhere causing pain, referred "
            "to mesh clinic.",
            NOTHING,
        ),
    ],
)
def test_what_reached_against_the_plan(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
