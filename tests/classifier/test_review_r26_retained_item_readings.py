"""Review R26: probes just outside r1's three retained-item readings (4e7c8e43), compared with
the base before them (5fee87ef).

r1 read three items found before the end as near miss 3: a laser fibre's tip, fragment or
piece is an item of the procedure, not the patient's stone (dev-179336); a closing step "about
to" be done, told after an item still in or gone astray in its sentence, keeps the procedure
open (dev-179368); an item "forgotten", "forgot" or "overlooked" is an item gone astray
(dev-179403).

One regression was found, in the fibre reading, and is mended: a stone procedure names its
laser fibre whatever happens, so a fibre told checked and intact in a report whose stone
fragments were "left in" as planned read never event 3 (the fibre the item, the stone's "left
in" the retention). The stone's fragments, dust or debris told left in are the stone the
operation treated (taxonomy `condition_still_present`, which denies their "left in"), and a
KUB is imaging that shows an item left in, so a fibre piece found on the next day's KUB is
still never event 3 without the stone's words. The same mend reads right the probe of a
guidewire told intact beside stone fragments left in, which the base read wrong too.

The rest are guards main reads right (the real never event after the end, the real catch,
the look-alikes: a stone or tooth fragment left as planned, a fibre broken outside the
patient, forgetting with nothing left in) and three probes both main and base read wrong,
once strict xfails: a pack forgotten and found on the ward or in recovery ("forgot to
remove", "inserted ... and forgotten"), read as never event 3 since mech S3 (a removal
forgotten is one not done)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

STONE_LEFT_IN_FIBRE_INTACT = [
    "Laser fibre tip checked at the end of the case and found to be intact. Residual stone "
    "fragments left in the lower pole calyx as planned, stent inserted.",
    "Residual stone fragments left in the lower pole calyx as planned; laser fibre tip "
    "checked and intact.",
    "Holmium laser, fibre tip inspected after withdrawal and complete. Stone dust and small "
    "fragments left in to pass spontaneously, stent placed.",
    "Fibre tip damaged so the fibre was changed during the case. 3mm stone fragment left in "
    "the ureter as planned.",
    "Guidewire checked at the end of the case and found to be intact. Residual stone "
    "fragments left in the lower pole calyx as planned, stent inserted.",
]

FIBRE_FOUND_AFTER_THE_END = [
    "URS and laser for a R ureteric stone. Fibre tip broke off during lasering and was not "
    "noticed at the time. KUB at the follow-up clinic 4 weeks later showed a small "
    "radio-opaque fragment of laser fibre in the kidney.",
    "Holmium laser lithotripsy. Post-op x-ray the next day showed a 3mm piece of the laser "
    "fibre in the lower pole, patient listed for a relook ureteroscopy.",
    "Laser fibre tip missing at the end of the URS, not retrieved, patient woken and sent "
    "to the ward. CT the next day confirmed the fibre fragment in the bladder, removed at "
    "cystoscopy.",
    "Cystoscopy and laser of bladder stone. After the patient went to recovery the nurse "
    "noticed 5mm of the fibre was missing. Patient taken back to theatre and the fragment "
    "removed from the bladder.",
    "Patient re-attended ED 2 weeks after ureteroscopy with loin pain; CT showed a piece of "
    "laser fiber in the ureter. Not noticed at the time of the original procedure.",
    "Ureteroscopy, residual stone fragments left in as planned. KUB the next day showed a "
    "3mm piece of laser fibre in the kidney, not noticed at the time of the procedure.",
    "Laser fibre tip broke off and a piece of the fibre was left in the kidney along with "
    "the stone fragments; not recorded in the op note, seen on the KUB at clinic 6 weeks "
    "later.",
    "Laser fibre found to be 5mm short after the URS but nobody looked for the missing "
    "piece. KUB at clinic 6 weeks later showed the fibre fragment in the lower pole calyx.",
]

FIBRE_CAUGHT_IN_TIME = [
    "Fibre tip broke off in the ureter; noticed before the stent was placed, re-scoped and "
    "retrieved with a basket.",
]

FIBRE_OR_FRAGMENT_NOT_RETAINED = [
    "Ureteroscopy. The tip of the laser fibre snapped off inside the scope's working "
    "channel and was flushed out onto the drapes; nothing went into the patient. Fibre "
    "replaced.",
    "PCNL for a staghorn stone. Small stone fragments left as planned, discussed with the "
    "patient. The end of the laser fibre was cut and stripped as per protocol before use.",
    "Fibre tip broke during laser lithotripsy and a 2mm fragment was seen embedded in the "
    "ureteric wall. Consultant decided it was safer to leave it in situ; documented in the "
    "op note and patient informed, plan for follow-up KUB.",
    "Ureteroscopy, stone fragment left in situ as planned. Laser fibre damaged during the "
    "case; the broken end of the fibre was found on the instrument trolley.",
    "Dental extraction LL6. Root tip fractured and a small fragment of the root left in "
    "situ as planned, patient informed and documented.",
    "Laser fibre tip checked at the end of the case and intact. KUB the next day showed "
    "small residual stone fragments in the lower pole as expected, for review in clinic.",
    "Ureteroscopy and laser, fibre tip intact on withdrawal. Follow-up CT showed residual "
    "stone fragments in the kidney, patient booked for a second-stage procedure.",
]

CAUGHT_BEFORE_THE_STEP_ABOUT_TO_BE_DONE = [
    "Central line inserted in ED. The doctor was about to suture the line when I noticed "
    "the guidewire was still in. Wire removed intact.",
    "The count was short and the surgeon was about to close; the missing swab was found in "
    "the abdomen and removed, count then correct.",
    "The throat pack was still in as the anaesthetist was about to extubate; ODP pointed it "
    "out and it was removed before extubation.",
]

STILL_IN_AFTER_THE_END = [
    "CVC inserted on ICU. Guidewire was not noticed to be still in the line and the doctor "
    "sutured it in. CXR showed the guidewire in the SVC; removed by IR next day.",
    "Swab count was still incomplete as the surgeon was about to close, but the surgeon "
    "closed anyway. X-ray in recovery showed a swab in the abdomen and the patient went "
    "back to theatre.",
    "The guidewire was found still in the femoral line on the check x-ray, after the line "
    "had been sutured and dressed. Wire removed by the registrar on the unit.",
    "Patient still in theatre and the surgeon about to close; the count was signed as "
    "correct and the wound closed. Patient returned 3 weeks later with a retained swab seen "
    "on CT.",
    "A piece of the guidewire was missing when the kit was checked as the doctor was about "
    "to suture the line. CXR the next day showed the wire fragment in the IVC, retrieved by "
    "IR.",
    "Guidewire still in the line after the sutures were in and the dressing was on; found "
    "by the outreach nurse on the ward round 4 hours later and removed.",
    "Swab was lost in the wound as the surgeon was about to close; the count was wrongly "
    "signed as correct. Patient re-presented with pain and a swab was found on CT a week "
    "later.",
]

ABOUT_TO_CLOSE_NOTHING_RETAINED = [
    "Swab missing at the final count as the surgeon was about to close; swab found under "
    "the drapes on the floor, count correct.",
    "Scrub nurse was still counting as the surgeon was about to close. Count correct.",
]

FORGOTTEN_ITEM_CAUGHT_IN_TIME = [
    "The surgeon forgot about the swab tucked in the wound; at the closing count it was "
    "missing and was found in the wound and removed before closure.",
]

FORGOTTEN_ITEM_FOUND_AFTER_THE_END = [
    "Theatre team overlooked the second swab at the count; the swab was found in the vagina "
    "on the postnatal ward the next day.",
    "Tampon forgotten after the repair; removed by the GP 10 days later when the woman "
    "presented with an offensive discharge.",
    "Swab overlooked at the count; count appeared correct at closure. CT 2 weeks later "
    "showed a swab in the abdomen.",
    "Forgotten pack found by the woman at home 3 days after delivery.",
    "Guidewire forgotten in the patient after CVC insertion, seen on the check CXR and "
    "removed by the doctor on the unit.",
]

FORGETTING_NO_ITEM_LEFT = [
    "Nurse forgot to do the swab count at the end of the perineal repair. Count done "
    "straight after in the room and was correct.",
    "Scrub nurse forgot to record the swabs on the whiteboard; count correct at the end of "
    "the procedure before the woman's legs came down.",
    "Doctor forgot to get the consent form signed before the procedure; noticed before the "
    "patient left theatre and documented.",
    "Anaesthetist forgot to give the antibiotics before the incision; given before the end "
    "of the procedure.",
    "HCA forgot to remove the patient's cannula before discharge; patient went home with it "
    "in and came back the next day to have it removed.",
    "Forgot to sign the swab board; count was correct before the woman's legs came down.",
    "Nurse forgot to remove the urinary catheter before the patient left theatre; it was "
    "removed on the ward as per the plan.",
    "Vaginal pack left in as planned and documented on the whiteboard; the midwife forgot "
    "to remove it at 24h and it was removed at 30h on the ward.",
]

FORGOTTEN_PACK_NO_RETENTION_CUE = [
    "Vaginal pack inserted at the perineal repair and forgotten. The woman was transferred "
    "to the postnatal ward; the midwife found the pack on the ward that evening and removed "
    "it.",
    "The registrar forgot to remove the vaginal pack before the woman left theatre. It was "
    "found on the ward 6 hours later and removed.",
    "Anaesthetist forgot to remove the throat pack before extubation; the patient coughed "
    "it out in recovery.",
]


@pytest.mark.parametrize("text", STONE_LEFT_IN_FIBRE_INTACT)
def test_stone_fragments_left_in_beside_a_fibre_told_intact_are_no_retained_item(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", FIBRE_FOUND_AFTER_THE_END)
def test_fibre_piece_found_after_the_procedure_ended_stays_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize("text", FIBRE_CAUGHT_IN_TIME)
def test_fibre_tip_retrieved_before_the_stent_stays_near_miss_3(text: str) -> None:
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize("text", FIBRE_OR_FRAGMENT_NOT_RETAINED)
def test_fibre_broken_outside_or_stone_and_tooth_fragments_left_as_planned_stay_null(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", CAUGHT_BEFORE_THE_STEP_ABOUT_TO_BE_DONE)
def test_item_caught_as_the_closing_step_was_about_to_be_done_stays_near_miss_3(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize("text", STILL_IN_AFTER_THE_END)
def test_item_still_in_after_the_sutures_or_closure_stays_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize("text", ABOUT_TO_CLOSE_NOTHING_RETAINED)
def test_about_to_close_with_the_item_found_outside_or_the_count_correct_stays_null(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", FORGOTTEN_ITEM_CAUGHT_IN_TIME)
def test_forgotten_swab_found_before_closure_stays_near_miss_3(text: str) -> None:
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize("text", FORGOTTEN_ITEM_FOUND_AFTER_THE_END)
def test_forgotten_or_overlooked_item_found_after_the_end_stays_never_event_3(
    text: str,
) -> None:
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize("text", FORGETTING_NO_ITEM_LEFT)
def test_forgetting_a_count_consent_record_or_device_with_nothing_left_in_stays_null(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", FORGOTTEN_PACK_NO_RETENTION_CUE)
def test_forgotten_pack_found_on_the_ward_or_in_recovery_is_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)
