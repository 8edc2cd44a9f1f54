"""How a wrong implant's side, its catch and its owner are told: a side-specific component opened
by its side, or its box, label or sticker read as the wrong side, names the implant's side (never
event 2, near miss when caught), not a side operated on; an implant held ready to go in when
someone read the box, or told "not trialled or cemented", was caught; the lens put in told as the
one calculated for the patient before or after on the list, or as matching another patient's
biometry, is a wrong implant even when this patient's own plan is named beside it. Each with the
look-alike that must not change: an incision on the other side stays never event 1, an implant
cemented before anyone read it stays never event 2, a lens matching this patient's own plan
stays null."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# ------------------------------------------------------------------ the implant's side


@pytest.mark.parametrize(
    "text",
    [
        "R THR. ODP opened the acetabular cup and on reading the label to the surgeon before "
        "impaction said wrong side. Cup not used, correct one fetched. 15 min delay.",
        "L TKR. Circulating nurse opened a RIGHT tibial baseplate. At the implant check the scrub "
        "nurse read the box and said wrong side. Not implanted. Correct L one opened.",
        "RIGHT TKA, theatre 3. femoral component opened, surgeon read the sticker and it was the "
        "wrong side. taken off the back table, correct component opened.",
        "Left TKR. ODP opened the RIGHT tibial tray and the surgeon noticed it was the wrong "
        "side before cementing. Correct L tray opened.",
    ],
)
def test_implant_box_read_as_the_wrong_side_and_caught_is_near_miss_2(text: str) -> None:
    assert never_event_codes(text) == (None, "2")


@pytest.mark.parametrize(
    "text",
    [
        "Implant audit of last weeks list. Pt had L UKR - sticker in the implant record shows a "
        "RIGHT medial component. Consultant reviewed xray, component is in the pts knee, pt "
        "informed, DoC. The box was the wrong side, stored in the same slot.",
        "Stickers checked after L THR: the cup box had been on the correct shelf but was the "
        "wrong side and it was implanted. Pt recalled, DoC done.",
    ],
)
def test_implant_box_of_the_wrong_side_put_in_is_never_event_2(text: str) -> None:
    assert never_event_codes(text) == ("2", None)


@pytest.mark.parametrize(
    "text",
    [
        "Pt listed for R knee arthroscopy. Consent, list and marking all R. Surgeon prepped and "
        "draped the L knee, incision made before the scrub nurse said wrong side. DoC.",
        "L inguinal hernia repair. Mesh opened onto trolley. Surgeon made incision on the right "
        "groin, anaesthetist said wrong side. Wound closed, L side done. DoC.",
        "Implant check: box said right, pt listed for left knee and the surgeon had already "
        "incised the right knee - wrong side surgery. DoC.",
        "L TKR listed. Scrub opened a L femoral component. Surgeon prepped and draped the R leg "
        "and made the incision on the wrong side. DoC.",
        "L TKR. Scrub opened the R femoral component, surgeon made the incision on the wrong "
        "side. DoC",
    ],
)
def test_wrong_side_of_the_body_beside_an_implant_stays_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


# ------------------------------------------------------------------ the catch and its timing


@pytest.mark.parametrize(
    "text",
    [
        "Medial UKR L knee. Scrub nurse opened the tibial component and at the implant check, "
        "reading the label out, it was a RIGHT component. Not trialled or cemented. Correct L "
        "component opened from the loan set.",
        "THR. Size 54 cup templated, 52 handed. Surgeon was ready to impact when the scrub "
        "practitioner read the box and queried it. 54 cup opened, short delay.",
        "TKR. 5 femoral component asked for, size 4 opened onto the trolley. Reg had it on the "
        "introducer ready to cement when the rep checked the label and queried the size. Size 5 "
        "opened.",
    ],
)
def test_implant_read_before_it_went_in_is_near_miss_2(text: str) -> None:
    assert never_event_codes(text) == (None, "2")


@pytest.mark.parametrize(
    "text",
    [
        "TKR. Size 4 tibial tray asked for, a size 3 was opened. Surgeon cemented it and the rep "
        "then read the label and queried the size. Revision discussed, DoC.",
        "THR. 36mm head requested, 32mm opened and impacted before the rep noticed. Head removed "
        "and 36 put on. DoC.",
    ],
)
def test_implant_read_after_it_went_in_stays_never_event_2(text: str) -> None:
    assert never_event_codes(text) == ("2", None)


# ------------------------------------------------------------------ another patient's lens


@pytest.mark.parametrize(
    "text",
    [
        "Pt seen in eye clinic 1/52 post phaco, very myopic. Lens put in was 23.0D - that is the "
        "power chosen for the lady after her on the list. 2 pts with similar names. Lens "
        "exchange booked, DoC.",
        "Unexpected refractive outcome after L cataract. Review found the IOL inserted was the "
        "one meant for the patient listed before him (Mr J Smith / Mr K Smith). Exchange planned.",
        "Post-op refraction way off target. The IOL power used corresponds to the biometry for "
        "the other Mrs Jones on the list, not hers. The planned lens on the system was 19.5D. "
        "Exchange done, DoC.",
        "Refraction at 6 weeks -5.00D. Audit of the lens log shows the implanted lens matched the "
        "biometry of the previous patient. The correct plan for this pt was 20.0D. DoC, listed "
        "for exchange.",
    ],
)
def test_lens_of_another_patient_on_the_list_put_in_is_never_event_2(text: str) -> None:
    assert never_event_codes(text) == ("2", None)


@pytest.mark.parametrize(
    "text",
    [
        "Post op refraction as expected. On investigation the IOL implanted (21.0D) matches the "
        "biometry and the planned lens for this pt. No error, complaint not upheld.",
        "Pt complained vision blurry after phaco. Lens implanted matches the biometry on the "
        "system. Refraction within 0.5D of target. Posterior capsule opacification, YAG booked.",
        "Mr A Khan and Mr R Khan on the same list. Lens check at time out against full name and "
        "DOB, both correct lenses implanted. No incident, shared as good practice.",
    ],
)
def test_lens_matching_this_patients_own_plan_is_no_wrong_implant(text: str) -> None:
    assert never_event_codes(text) == (None, None)
