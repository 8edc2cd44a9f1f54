"""Round 76, helper 4: theme words that name another thing in cancer, haematology and critical
care incidents.

- An anticancer drug named as what leaked from the cannula ("Epirubicin extravasation",
  "oxaliplatin extravasated") is a medicine given (medication), not a procedure gone wrong
  (treatment_procedure); a cannula that tissued with nothing running still is a procedure.
- A cell marker counted or dosed ("CD34 dose lower than planned", "CD34 yield low") is no
  controlled drug (medication); a CD count or the CD book still is.
- End-organ disease ("no end organ disease on CT") is no organ donated
  (blood_transfusion_tissues); a donor organ delayed still is.
- An aneurysm told as leaking or ruptured ("post op leaking AAA") is no leak of the building
  (staffing_infrastructure_estates) nor of a device (medical_device); a ceiling leaking still is.
- A treatment mask told by its size ("no small masks in stock") is no PPE not worn (infection),
  and the interface a physiotherapist reviews is the mask's (it_systems); staff not wearing
  masks, and an interface between computer systems failing, still are.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

MEDICATION = "medication"
PROCEDURE = "treatment_procedure"
BLOOD = "blood_transfusion_tissues"
STAFFING = "staffing_infrastructure_estates"
DEVICE = "medical_device"
INFECTION = "infection"
IT = "it_systems"

ANTICANCER_DRUG_EXTRAVASATED = [
    "Oxaliplatin extravasated at the cannula site on the chemo unit, pt said it felt cold so "
    "the infusion carried on. Plastics referral made.",
    "Docetaxel extravasation via peripheral cannula R forearm, swelling at 15 mins, stopped, "
    "cold packs, plastics informed.",
    "Epirubicin extravasation. FEC cycle 2 via cannula in the hand, redness and swelling "
    "noticed at the site check. Dexrazoxane started.",
]

CANNULA_TISSUED = [
    "Cannula tissued in the L arm overnight, re-sited at the 3rd attempt, swelling settled, "
    "nothing had been running through it.",
]

CELL_MARKER = [
    "Stem cell harvest day 1: CD34 yield low because the apheresis run was stopped early when "
    "the machine alarmed. Second day of collection booked.",
    "Autologous stem cell bag split in the dry shipper, product leaked as it thawed, CD34 dose "
    "lower than planned, engraftment being watched.",
]

CONTROLLED_DRUG_COUNT = [
    "CD count at handover 2ml oramorph out against the CD book, pharmacy informed.",
]

END_ORGAN = [
    "Pt with CMV viraemia on the haem ward, no end organ disease on CT, valganciclovir started "
    "late as the PCR result was not seen for a week.",
]

DONOR_ORGAN = [
    "Deceased donor kidney delayed by the courier, organ arrived 5 hrs late, cold ischaemic time "
    "26hrs.",
]

LEAKING_ANEURYSM = [
    "Two pts on the major haemorrhage protocol on ICU, bed 3 post op leaking AAA. Units for "
    "bed 9 hung on bed 3 without the bedside check, wrong group.",
    "Ruptured AAA pt given 2 units of the wrong patient's blood on ICU, bedside check against the "
    "wristband not done.",
]

CEILING_LEAKING = ["Ceiling leaking onto bed 4 in bay 2 overnight, estates called, bed moved."]

TREATMENT_MASK = [
    "NIV via full face mask for 4 days, cat 2 pressure damage to the bridge of the nose. A "
    "medium mask was in use as there were no small masks in stock. Physio to review interface.",
    "CPAP pt developed a nasal bridge sore, no small masks on the unit, large mask used.",
]

PPE_NOT_WORN = [
    "Staff not wearing masks when going into the covid bay, IPC informed.",
]

SYSTEM_INTERFACE = [
    "The interface between the lab system and the renal EPR failed overnight, results not "
    "filing, K 6.9 not seen until the morning.",
]


@pytest.mark.parametrize("text", ANTICANCER_DRUG_EXTRAVASATED)
def test_anticancer_drug_extravasated_is_medication(text: str) -> None:
    themes = theme_ids(text)
    assert MEDICATION in themes
    assert PROCEDURE not in themes


@pytest.mark.parametrize("text", CANNULA_TISSUED)
def test_cannula_tissued_with_nothing_running_is_still_a_procedure(text: str) -> None:
    assert PROCEDURE in theme_ids(text)


@pytest.mark.parametrize("text", CELL_MARKER)
def test_cell_marker_is_no_controlled_drug(text: str) -> None:
    assert MEDICATION not in theme_ids(text)


@pytest.mark.parametrize("text", CONTROLLED_DRUG_COUNT)
def test_controlled_drug_count_is_still_medication(text: str) -> None:
    assert MEDICATION in theme_ids(text)


@pytest.mark.parametrize("text", END_ORGAN)
def test_end_organ_disease_is_no_donated_organ(text: str) -> None:
    assert BLOOD not in theme_ids(text)


@pytest.mark.parametrize("text", DONOR_ORGAN)
def test_donor_organ_is_still_blood_transfusion_tissues(text: str) -> None:
    assert BLOOD in theme_ids(text)


@pytest.mark.parametrize("text", LEAKING_ANEURYSM)
def test_leaking_aneurysm_is_no_building_or_device_leak(text: str) -> None:
    themes = theme_ids(text)
    assert STAFFING not in themes
    assert DEVICE not in themes


@pytest.mark.parametrize("text", CEILING_LEAKING)
def test_ceiling_leaking_is_still_estates(text: str) -> None:
    assert STAFFING in theme_ids(text)


@pytest.mark.parametrize("text", TREATMENT_MASK)
def test_treatment_mask_by_size_is_no_ppe_or_computer_interface(text: str) -> None:
    themes = theme_ids(text)
    assert INFECTION not in themes
    assert IT not in themes


@pytest.mark.parametrize("text", PPE_NOT_WORN)
def test_masks_not_worn_are_still_infection(text: str) -> None:
    assert INFECTION in theme_ids(text)


@pytest.mark.parametrize("text", SYSTEM_INTERFACE)
def test_interface_between_systems_is_still_it(text: str) -> None:
    assert IT in theme_ids(text)
