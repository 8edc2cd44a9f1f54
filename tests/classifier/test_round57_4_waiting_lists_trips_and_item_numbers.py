"""Round 57, helper 4: procedure lists (endoscopy, cath lab, IR, eye, dental, orthopaedics).

- The waiting list named as the setting of a booking or a patient ("the list was typed from the
  waiting list entry", "NHS waiting list pts", "on the transplant waiting list") is no access
  failure. A request never added to the waiting list, a patient who fell off it, or a list
  longer than the service can see still is.
- A machine's motor or cut-out that tripped ("the compressor tripped", "the chiller keeps
  tripping") is no fall. A patient who tripped over the machine's tubing still fell.
- A liver, pancreatic or tumour marker "falling" ("bili now falling") is no fall. A patient
  falling on the ward still is.
- No low molecular weight heparin or DOAC prescribed ("no LMWH prescribed on the TTO") is a
  medication omission. The same drug prescribed and given as charted is none.
- "No" as an item's number ("batch no recorded", "lot no logged") names no missing record. A
  batch number told as not recorded still is communication_documentation.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

ACCESS = "access_transfer_discharge"
FALLS = "falls"
MEDICATION = "medication"
COMMUNICATION = "communication_documentation"

WAITING_LIST_AS_SETTING = [
    "arthroscopy list printed from the old waiting list entry which still said L knee, R knee "
    "consented and marked, picked up at sign in and list corrected.",
    "cataract day unit (NHS waiting list pts at the independent centre). wrong power IOL taken "
    "out of the cupboard, scrub nurse checked it against the biometry and swapped it.",
    "recipient on the renal transplant waiting list, the donor blood group was keyed wrongly in "
    "the offer form and caught by the lab before theatre.",
]

WAITING_LIST_FAILED = [
    "plan at OPD was a check cystoscopy in 3 months but the request never got added to the "
    "waiting list. pt rang us 10 months later.",
    "pt fell off the waiting list for her hip after two clinic cancellations, GP chasing.",
    "wheelchair service has a waiting list of 40 children, pt's chair now too small.",
]

MACHINE_TRIPPED = [
    "dental surgery compressor tripped mid extraction, no suction, handheld suction used and "
    "the extraction finished. engineer found a blocked filter.",
    "the autoclave kept tripping all morning so instruments from the satellite unit were used.",
]

PATIENT_TRIPPED_OVER_THE_MACHINE = [
    "pt walking back from the toilet tripped over the suction unit cable and landed on her "
    "knees, graze, obs fine.",
]

MARKER_FALLING = [
    "ERCP and plastic stent for obstructive jaundice, pt well on the ward and bili now falling.",
    "post ERCP pancreatitis, amylase falling by day 3, eating and drinking.",
]

PATIENT_FALLING = [
    "pt falling in the bay at night trying to get to the toilet, found by the HCA, no injury.",
]

NO_ANTICOAGULANT_PRESCRIBED = [
    "day case bunion op, VTE assessment said LMWH for 10 days but no LMWH prescribed at "
    "discharge. back in ED with a swollen calf.",
    "new AF on the ward, no apixaban charted for 3 days after the cardioversion.",
]

ANTICOAGULANT_GIVEN_AS_CHARTED = [
    "LMWH given as charted at 18:00, pt later got up alone and tripped in the bay.",
]

ITEM_NUMBER_RECORDED = [
    "phaco: IOL haptic cracked while loading the cartridge, new lens of the same power opened "
    "and implanted. batch no recorded and lens sent back to the manufacturer.",
    "scope failed its leak test after the list, lot no logged and scope sent for repair.",
]

ITEM_NUMBER_NOT_RECORDED = [
    "hip implant opened and used but batch no not recorded in the implant register or the "
    "notes, found at audit.",
]


@pytest.mark.parametrize("text", WAITING_LIST_AS_SETTING)
def test_waiting_list_named_as_setting_is_no_access_failure(text: str) -> None:
    assert ACCESS not in theme_ids(text)


@pytest.mark.parametrize("text", WAITING_LIST_FAILED)
def test_waiting_list_that_failed_is_still_access(text: str) -> None:
    assert ACCESS in theme_ids(text)


@pytest.mark.parametrize("text", MACHINE_TRIPPED)
def test_machine_that_tripped_is_no_fall(text: str) -> None:
    assert FALLS not in theme_ids(text)


@pytest.mark.parametrize("text", PATIENT_TRIPPED_OVER_THE_MACHINE)
def test_patient_who_tripped_over_a_machine_still_fell(text: str) -> None:
    assert FALLS in theme_ids(text)


@pytest.mark.parametrize("text", MARKER_FALLING)
def test_marker_falling_is_no_fall(text: str) -> None:
    assert FALLS not in theme_ids(text)


@pytest.mark.parametrize("text", PATIENT_FALLING)
def test_patient_falling_is_still_a_fall(text: str) -> None:
    assert FALLS in theme_ids(text)


@pytest.mark.parametrize("text", NO_ANTICOAGULANT_PRESCRIBED)
def test_no_anticoagulant_prescribed_is_medication(text: str) -> None:
    assert MEDICATION in theme_ids(text)


@pytest.mark.parametrize("text", ANTICOAGULANT_GIVEN_AS_CHARTED)
def test_anticoagulant_given_as_charted_is_no_medication(text: str) -> None:
    assert MEDICATION not in theme_ids(text)


@pytest.mark.parametrize("text", ITEM_NUMBER_RECORDED)
def test_item_number_recorded_is_no_communication(text: str) -> None:
    assert COMMUNICATION not in theme_ids(text)


@pytest.mark.parametrize("text", ITEM_NUMBER_NOT_RECORDED)
def test_item_number_not_recorded_is_still_communication(text: str) -> None:
    assert COMMUNICATION in theme_ids(text)
