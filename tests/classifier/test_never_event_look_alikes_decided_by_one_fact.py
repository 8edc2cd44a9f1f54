"""Never events, near misses and look-alikes that one clinical fact decides: which way a drug
went between an IV line and an epidural, whether a needle was in use or left behind, whether
high-strength stock was ever used, whether a dental setting means a tooth taken out, whose
ABO group a stated group is, and whether the catch came before the device or product reached
the patient. Each reading has its positive and the look-alike it must not take."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # --- an IV drug put into an epidural is not type 5 (an epidural medicine given IV is)
        (
            "IV co-amoxiclav was attached by mistake to the epidural filter and about 10ml ran in "
            "before it was noticed. Anaesthetist reviewed, no deficit.",
            (None, None),
        ),
        (
            "Vancomycin IV infusion connected to the epidural catheter in error, approx 15ml "
            "infused. Neuro obs started.",
            (None, None),
        ),
        (
            "Labour ward: the epidural bupivacaine bag was connected to the IV giving set on her "
            "cannula instead of the epidural line; 25ml ran intravenously before she felt "
            "tingling lips.",
            ("5", None),
        ),
        # --- the needle of a venepuncture going in is the needle in use
        (
            "Phlebotomy clinic: pt felt an electric shock into her thumb on needle insertion in "
            "the left antecubital fossa, needle withdrawn, referred to her GP.",
            (None, None),
        ),
        (
            "The cannula needle snapped on insertion in the antecubital fossa and the tip remained "
            "in the vein; x-ray showed a needle fragment in the forearm.",
            ("3", None),
        ),
        # --- a queried retained wire answered on review in a word
        (
            "CXR: '?retained guidewire in the IVC'. Discussed with radiology: it is the dialysis "
            "line itself, no wire.",
            (None, None),
        ),
        (
            "CXR the day after the CVC showed a guidewire in the IVC. Retrieved by IR snare; "
            "no wire seen on the repeat film.",
            ("3", None),
        ),
        # --- high-strength midazolam found in stock and never used is a risk
        (
            "Stock check in the bronchoscopy suite, 3 boxes midazolam 10mg/2ml on the sedation "
            "shelf. Removed. None had been used on patients according to the CD register.",
            (None, None),
        ),
        (
            "Endoscopy: pt sedated for OGD with midazolam 10mg/2ml drawn up in error, 5mg given, "
            "pt oversedated and needed flumazenil.",
            ("8", None),
        ),
        # --- a dental hospital names where a wrong-side biopsy was done, not a tooth taken out
        (
            "Oral medicine clinic at the dental hospital. Biopsy of a white patch planned for the "
            "LEFT lateral tongue. Biopsy taken from the right lateral tongue instead of the left. "
            "Found at histology.",
            ("1", None),
        ),
        (
            "Dental hospital, GA list: upper right E extracted instead of upper left E. Parents "
            "informed.",
            (None, None),
        ),
        # --- an enteral feed on a cannula, bloods then taken: no prevention in "blood taken"
        (
            "Community hospital: the enteral feed giving set was attached to the peripheral "
            "cannula by mistake and ran at 40ml/hr for an hour. No obvious harm, bloods and blood "
            "cultures taken.",
            ("5", None),
        ),
        # --- the air flowmeter caught on arrival, before the mask went on
        (
            "PACU: nasal specs tubing connected to the air flowmeter when the bay was set up, "
            "spotted by the anaesthetist on arrival before applying. Moved to the O2 flowmeter.",
            (None, "15"),
        ),
        (
            "PACU: nasal specs connected to the air flowmeter and applied on arrival. Sats fell "
            "to 85% before it was noticed.",
            ("15", None),
        ),
        # --- the wrong patient brought, the hospital number not matching at sign in
        (
            "Porter: I brought Mrs Begum from bed 6 but the list was for the Mrs Begum in bed 2. "
            "At sign in the hospital no didnt match the consent form; sent back, nothing done.",
            (None, "1"),
        ),
        # --- "U" read as a nought, stopped by the checker
        (
            "Agency nurse: chart said 'Lantus 6U', I drew up 60 units reading the U as a 0. The "
            "checking nurse said 6 units. Not given.",
            (None, "6"),
        ),
    ],
)
def test_never_event_look_alike_decided_by_one_fact(text: str, expected: tuple) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the next patient's group is the group of the unit crossmatched for them
        (
            "Day unit: pt had 2 units booked. Unit 2 hung was the one for the next pt on the "
            "list, B pos. Pt is O pos. About 80ml in before the tag was noticed; pt rigored.",
            ("12", None),
        ),
        # a patient named by the bed at the start of the sentence is the recipient
        (
            "Ward round summary. Unit 1 for bed 12 was collected and put up without a bedside "
            "check; it was the unit for the pt in bed 4 (group A). Bed 12 is group O. Pt became "
            "hypotensive and febrile, unit stopped.",
            ("12", None),
        ),
        # the unit's group, ownerless, set against the named patient's group after a semicolon
        (
            "At the bedside check the unit label said Miss Carr (bed 3) with a different DOB and "
            "group B; Miss Kerr is group A. Unit not spiked, returned to the fridge.",
            (None, "12"),
        ),
        # a unit hung in a bed is where it was, not a person: O to A is compatible
        (
            "The unit hung in bed 4 was group O. Pt is group A. Wrong unit collected but ABO "
            "compatible; transfused, no reaction.",
            (None, None),
        ),
        # "different from the pt's group" is no other person
        (
            "Unit spiked but not connected. Second checker saw the group on the bag (B pos) was "
            "different from pt's group (A neg). Not transfused.",
            (None, "12"),
        ),
        # being hung is the moment the check stopped it
        (
            "Unit was for Mrs Lee in bed 2 (A pos), being hung for Mrs Li bed 3 who is O pos. "
            "Stopped at the bedside check, not spiked.",
            (None, "12"),
        ),
        # the sign of haemolysis told noun first, and the unit put up for the wrong bed
        (
            "Two pts named Patel. The unit for bed 7 was put up for bed 8. Bed 8 is O pos, unit "
            "B pos. Dark urine noted two hours later.",
            ("12", None),
        ),
    ],
)
def test_abo_groups_told_by_bed_name_or_next_patient(text: str, expected: tuple) -> None:
    assert never_event_codes(text) == expected


def test_unfamiliar_with_the_kit_is_not_a_product_held_back() -> None:
    text = (
        "L THR, templated size 52 cup. The agency ODP, not used to this kit, opened a 56 cup and "
        "it was impacted. Picked up when the stickers went on the implant record."
    )
    assert never_event_codes(text) == ("2", None)


def test_a_product_not_used_to_give_the_dose_is_still_held_back() -> None:
    text = (
        "Pt on the sedation list: midazolam 10mg/2ml found drawn up for endoscopy sedation, "
        "noticed by the second nurse and not used to give the sedation."
    )
    assert never_event_codes(text) == (None, "8")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "before applying" told as a later habit, after the air reached the patient
        (
            "Pt on 2L O2 via nasal specs was connected to the air flowmeter on the ward. Sats "
            "dropped to 84%. Error noticed by the night nurse, who now checks all flowmeters "
            "before applying any new masks.",
            ("15", None),
        ),
        # "count correct, closed" told with nothing found: the swab was left in
        (
            "Swab count incorrect at the end. Surgeon explored, nothing found, count correct, "
            "closed. AXR next day showed a swab in the pelvis.",
            ("3", None),
        ),
        # "none had been used on other patients" after it was used on this one
        (
            "Midazolam 10mg/2ml was used for sedation for colonoscopy, pt oversedated. None had "
            "been used on other patients according to the register.",
            ("8", None),
        ),
        # a feed running through the giving set did go down the tube
        (
            "Feed given via the giving set through the NG for 4 hrs; CXR later showed the NG in "
            "the left bronchus.",
            ("13", None),
        ),
        # "the guidewire itself" names what was found, no query answered
        (
            "Retained guidewire seen on CXR the day after the central line. Removed by IR. The "
            "radiologist said it is the guidewire itself, not a line.",
            ("3", None),
        ),
    ],
)
def test_new_suppressing_cues_leave_true_never_events_alone(text: str, expected: tuple) -> None:
    assert never_event_codes(text) == expected


def test_wristband_that_did_not_match_is_no_implant_mismatch() -> None:
    text = (
        "Pt brought into the cath lab for angiography was the man listed for a pacemaker box "
        "change. His wristband DOB did not match the consent at the WHO check, nothing done."
    )
    assert never_event_codes(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "Pacemaker implanted was a single chamber device; the plan was dual chamber. Implant "
        "details did not match the plan, found at the device check next day.",
        "The hip stem implanted did not match the templated size, found on the post-op x-ray; "
        "the wristband and consent were checked at sign in.",
    ],
)
def test_implant_that_did_not_match_the_plan_is_still_never_event_2(text: str) -> None:
    assert never_event_codes(text) == ("2", None)
