"""A surgical error caught late, against the last step done: an item gone astray found while the
procedure was still open, or a wrong implant opened, laid out or soaking and caught before it
went in, is a near miss (3, 2) however late in the story the catch is told ("closure not
started until it was found", "before the plate was finished and the wound closed", "put in
the implant bath ... before inserting it"); the same item found after the closure, or the
implant told put in, reached the patient (never event 3, 2).
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CAUGHT_WHILE_OPEN = [
    # an item found with the closure told as not yet begun, a sentence after the count
    "Open hemicolectomy. Count at the end short by one small swab. Re-explored, found behind the"
    " liver and taken out. Count then correct. Closure was not begun until it was found.",
    "C-section: 1 raytec missing on the count. Searched, located in the pelvis, removed."
    " Recount correct after. Closing did not start till then.",
    "lap chole converted to open. closing count - 1 needle unaccounted. found on the omentum by"
    " the reg and removed. Count right after. closure held until found.",
    # a broken piece retrieved before the closing steps told together under one "before"
    "ORIF ankle: a drill bit snapped in the fibula. Tip seen on II in the soft tissue, removed"
    " with a clip before the plating was completed and the skin closed. Checked on a further"
    " image.",
    pytest.param(
        "Hip hemiarthroplasty - tip of a guide pin broke off, surgeon retrieved it before the"
        " capsule was repaired and the wound sutured. Confirmed on xray.",
        # a guide pin is not yet read as an item of the procedure (retained_items' items)
        marks=pytest.mark.xfail(reason="guide pin not read as an item", strict=True),
    ),
    "TKR: piece of the saw blade broke. Found in the joint and taken out prior to cementing and"
    " closure of the arthrotomy. Verified with an image afterwards.",
    # a wrong implant laid out in a bath or bowl and caught before it went in
    "Breast augmentation. 300cc textured implants planned. Smooth ones opened by mistake and put"
    " in the antibiotic bath. Surgeon spotted it before inserting. Correct ones opened.",
    "Lens for cataract op: the 21.0D IOL opened and put in the bowl, plan said 22.5D. Scrub nurse"
    " noticed before loading. Right lens got.",
    "Penile prosthesis case - wrong length cylinders opened and placed in the soaking basin. Picked"
    " up by the surgeon before implantation, correct size opened.",
]

REACHED_OR_UNCHANGED = [
    # found after the closure: reached the patient
    "Laparotomy. Count signed as correct and the abdomen closed. Xray in recovery showed a swab"
    " in the pelvis. Returned to theatre and removed.",
    "C section. Wound closed and pt to ward. Day 3 CT found a raytec in the abdomen, removed at"
    " relaparotomy.",
    "Drill bit broke during ORIF. Wound closed. Post op xray showed the tip in the soft tissue,"
    " left in after discussion with pt.",
    # an implant put in, then found wrong
    "Breast recon. Round implants opened instead of shaped ones, placed in the bath and then"
    " inserted into the L pocket. Noticed at closure.",
    "Wrong size IOL put in the bowl and inserted into the eye, only noticed when the sticker was"
    " checked at the end.",
    "TKR L: right femoral component opened, cemented in and impacted. Found when the sticker was"
    " put in the notes after closure.",
    # nothing wrong: the count correct throughout, the right implant
    "Laparotomy, closing count correct, closure started and completed, no issues.",
    "Breast augmentation, correct 300cc implants opened and put in the antibiotic bath, then"
    " inserted. Uneventful.",
    "ORIF distal radius, plate and screws, all instruments intact at the end. Wound closed.",
]

MORE_CAUGHT = [
    "Vaginal hysterectomy: count 1 swab short, found high in the vault & removed before the vault"
    " was sutured and the pack put in. Confirmed count ok.",
    "Appendicectomy, swab count one short. Swab located in the RIF and removed. Count right"
    " after. Closure not commenced until found.",
]
MORE_IMPLANT_CAUGHT = [
    # caught while the implant was being made ready, the catch told after "when"
    "TKR: the wrong size femoral component was opened, it was being assembled on the back table"
    " when the rep checked the label and saw size 4 not 5. Size 5 opened and cemented in.",
    "TKR L: a RIGHT tibial tray opened, the cement was being mixed when the ODP checked the box."
    " Left tray got and implanted.",
    "Hip: 32mm head opened in place of the 36mm planned, put in a gallipot on the back table."
    " Noticed by the rep before impaction, swapped.",
]
MORE_REACHED = [
    "Count correct, skin closed. Pt kept in recovery until the swab was found on xray, returned"
    " to theatre for removal.",
    "Swab found in the pelvis at relook laparotomy 2 days after closure and removed.",
    "Count 1 swab short after the skin was closed. Xray next day showed it in the abdomen.",
]
MORE_IMPLANT_REACHED = [
    "Wrong size head opened and impacted onto the stem, it was being checked when the rep saw 46"
    " not 48 on the box. Left in situ after discussion.",
]
WRONG_PATIENT_STOPPED = [
    # the wrong person brought and set up, "Nothing given" told alone after the check
    "Wrong pt brought to the anaesthetic room (same surname as the listed pt), monitoring on and"
    " being preoxygenated. At sign in his DOB was wrong. Nothing given, taken back to the ward.",
    "Two pts named Patel on the list. Porter brought the wrong Mr Patel, sign in found the DOB did"
    " not match. Nothing given. Correct pt sent for.",
]
MORE_NEITHER = [
    "Implant bath prepared with the correct 350cc implants, inserted without issue.",
]

NOT_CODES_1_TO_3 = [
    # another patient's paperwork or a record slip: nothing done wrong in the patient
    "Joint registry form lists a size 3 tibial tray for this pt's R TKR, the stickers show size"
    " 4 which was planned and put in. Form corrected.",
    "Op note says 6 swabs used, count sheet says 6, all returned. Typo in the op note corrected.",
    # an object found outside the patient
    "Count short 1 swab at closure. Found in the bin under the table. Count correct, closed.",
    "Post-op film queried a foreign body over the chest: an ECG lead clip on the skin. Repeat"
    " film clear.",
    "Needle missing at the count, found on the floor by the scrub nurse. Closure went ahead.",
    "Swab unaccounted for at the count; found stuck to the drapes before the wound was closed.",
]


@pytest.mark.parametrize("text", CAUGHT_WHILE_OPEN[:6] + MORE_CAUGHT)
def test_an_item_found_while_open_is_near_miss_3(text: str) -> None:
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize("text", CAUGHT_WHILE_OPEN[6:] + MORE_IMPLANT_CAUGHT)
def test_an_implant_caught_in_its_bath_is_near_miss_2(text: str) -> None:
    assert never_event_codes(text) == (None, "2")


@pytest.mark.parametrize("text", REACHED_OR_UNCHANGED[:3] + MORE_REACHED)
def test_an_item_found_after_closure_is_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize("text", REACHED_OR_UNCHANGED[3:6] + MORE_IMPLANT_REACHED)
def test_an_implant_put_in_is_never_event_2(text: str) -> None:
    assert never_event_codes(text) == ("2", None)


@pytest.mark.parametrize("text", REACHED_OR_UNCHANGED[6:] + NOT_CODES_1_TO_3 + MORE_NEITHER)
def test_nothing_wrong_in_the_patient_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", WRONG_PATIENT_STOPPED)
def test_the_wrong_patient_stopped_before_anything_given_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")
