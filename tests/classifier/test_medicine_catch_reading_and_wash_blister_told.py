"""How a medicine's catch, a "U" read as meant and a blister found at a wash are told: the wrong
ampoule about to go into the drug it was taken to make up ("was about to add it to the vial when
the checking nurse read the ampoule out loud") is a catch, so a concentrate taken for WFI is near
miss 4; an oral dose drawn into a luer for want of an oral syringe ("Purple syringes had run out
so it was drawn up in a 2ml luer"), then taken to the cannula and stopped, is near miss 5, its
"given orally" after the catch the dose given again; a dose written with "U" told given as the
same number of units ("'Lantus 10U' ... given 10 units each night") is the abbreviation read as
meant, no never event 6 (a non-insulin syringe or a misreading told beside it still is); a
blister told as pressure damage ("cat 2 PU L heel noticed at morning wash, blister intact") is
no scald. Each with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from classifier.engine.drug_strengths import abbreviation_given_as_written
from classifier.engine.text import read
from tests.classifier.outcomes import never_event_codes

# ------------------------------------------------------- 4 about to go into the vial


@pytest.mark.parametrize(
    "text",
    [
        "Making up cefuroxime 750mg in AMU. SN picked a 10ml ampoule out of the WFI slot but it "
        "was strong potassium chloride. Drew it up and was about to add it to the vial when "
        "her colleague read the label aloud. Stopped, ampoule and syringe discarded.",
        "Staff nurse took KCl 15% instead of sodium chloride 0.9% to dilute the abx. Drawn up "
        "and was about to mix it with the tazocin powder when the 2nd nurse saw the label.",
        "Nurse took what she thought was WFI from the diluent box but it was strong potassium "
        "chloride. She was about to inject it into the vial of co-amoxiclav when her colleague "
        "spotted the label.",
    ],
)
def test_concentrate_about_to_go_into_the_vial_is_near_miss_4(text: str) -> None:
    assert never_event_codes(text) == (None, "4")


@pytest.mark.parametrize(
    "text",
    [
        "KCl 15% used instead of WFI to reconstitute ceftriaxone and given IV. Pt c/o pain in arm.",
        "RN took KCl 15% in place of water for injection and reconstituted the co-amoxiclav "
        "with it, given IV over 3 mins. Noticed afterwards when about to add the next dose.",
    ],
)
def test_concentrate_given_stays_never_event_4(text: str) -> None:
    assert never_event_codes(text)[0] == "4"


# ------------------------------------------- 5 an oral dose in a luer taken to the line


@pytest.mark.parametrize(
    "text",
    [
        "Oramorph 2mg due for 4yo post adenotonsillectomy. Oral syringes had run out so it was "
        "drawn up in a 2ml luer. As the nurse went to put the syringe on the cannula bung dad "
        "asked why. Nurse stopped, nothing went into the line, given orally.",
        "Oramorph due. No purple syringes so drew it up in a 1ml luer slip. Was about to put it "
        "into the cannula when the daughter asked. Stopped. Given orally.",
        "Oramorph 5mg prescribed. Drew it up in a luer slip as there were no oral ones left. "
        "Went to fit the syringe onto her PICC when the student asked if it was oral. Not "
        "given IV.",
    ],
)
def test_oral_dose_in_a_luer_stopped_at_the_line_is_near_miss_5(text: str) -> None:
    assert never_event_codes(text) == (None, "5")


@pytest.mark.parametrize(
    "text",
    [
        # given by mouth from the luer, nothing taken to a line
        "Calpol 5ml due. Drawn up in a luer as no purple syringes. Given orally by mum. Purple "
        "syringes restocked.",
        # an IV drug in its luer, the oral dose given by mouth as planned
        "Ondansetron 4mg due, drawn up in a 2ml luer and put on the cannula, given IV as "
        "prescribed. Oramorph given orally after.",
        "Oramorph 2.5mg due. Drawn up in a luer as no oral syringes on the ward. Given orally, "
        "then IV antibiotics given via the cannula as prescribed.",
    ],
)
def test_oral_dose_in_a_luer_given_by_mouth_is_no_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_oral_dose_in_a_luer_pushed_into_the_cannula_stays_never_event_5() -> None:
    text = (
        "Lactulose 5ml due at 18:00. Enteral syringes out of stock, measured it into a 10ml "
        "luer. RN connected it to the cannula and pushed it, realised straight after. Outreach "
        "called."
    )
    assert never_event_codes(text) == ("5", None)


# ------------------------------------------------------------- 6 "U" given as written


@pytest.mark.parametrize(
    "text",
    [
        "Pharmacist on ward round saw 'Humulin I 12U' written on the drug chart by the FY1. "
        "Pt has been given 12 units each morning, no error. FY1 asked to rewrite with units "
        "in full.",
        "Novorapid prescribed as 6U TDS on the kardex. All doses given 6 units as intended. "
        "Prescriber reminded not to abbreviate units.",
        "Audit: Levemir 18U written on the MAR. Pt received 18 units each morning, no harm. "
        "Rewritten as units in full.",
    ],
)
def test_u_dose_given_as_written_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # the device error: the units given are the syringe's
        "Humulin I 20U on the chart. Pt given 20 units via a 1ml luer syringe as no insulin "
        "syringes, BM 2.1 an hour later.",
        # misread as the bigger number
        "Lantus 10U prescribed, night nurse read it as 100 and gave 100 units. BM 1.9 at 06:00, "
        "IV glucose.",
        "Insulin written 8U, given 80 units, pt hypo BM 2.0.",
    ],
)
def test_u_misread_or_device_error_stays_never_event_6(text: str) -> None:
    assert never_event_codes(text) == ("6", None)


@pytest.mark.parametrize(
    ("text", "given_as_written"),
    [
        ("'Lantus 10U' on the chart. has been given 10 units each night", True),
        ("Levemir 8U mane. nurses gave the correct 8 units", True),
        # another number, or no abbreviation written
        ("Lantus 10U on the chart, given 100 units", False),
        ("Lantus 10 units on the chart, given 10 units", False),
        # made ready, not given: a device error may follow
        ("Lantus 10U on the chart, drew up 10 units", False),
    ],
)
def test_unit_abbreviation_given_as_written_reasoning(text: str, given_as_written: bool) -> None:
    tokens = read(text).tokens
    assert bool(abbreviation_given_as_written(tokens)) is given_as_written


# ----------------------------------------------------- 14 a pressure blister at a wash


@pytest.mark.parametrize(
    "text",
    [
        "cat 2 PU R heel on resident in room 9 noticed by carers at the morning wash, blister "
        "intact 3cm. repositioning chart has gaps overnight.",
        "New category 2 pressure ulcer on the sacrum found by the HCA when giving a bed bath "
        "this morning, blistered and 3cm, not documented before.",
        "During assisted shower HCA noticed a blistered area on R heel - TVN says category 2 "
        "pressure damage.",
        "Heel blister found at wash, cat 2 PU, offloading boots on.",
    ],
)
def test_pressure_damage_blister_found_at_a_wash_is_no_scald(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Shower too hot, pt sustained blisters to back, TMV faulty.",
        "Bed bath water too hot, blistering to thigh. Pressure areas intact.",
        "Resident has a cat 2 PU but today the shower water was too hot and she had blisters to "
        "her back.",
    ],
)
def test_washing_water_blister_stays_never_event_14(text: str) -> None:
    assert never_event_codes(text) == ("14", None)
