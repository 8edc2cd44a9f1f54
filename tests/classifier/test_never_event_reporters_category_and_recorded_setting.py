"""What the reporter filed is not what happened: the category ticked ("Reporter ticked wrong
site surgery", "reported as wrong implant ... in error") is no evidence of the event, a relative's
"wrong hip put in" after a documented implant change names an implant, not a site, and a line
named by its infection is no route. A structured setting the report says was recorded wrongly
gives way to the ward the narrative names."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Dental clinic: UL5 extracted instead of UL4 as listed. Reporter ticked wrong site "
        "surgery. Pt informed.",
        "Radiotherapy: one fraction delivered to L2 instead of L1 after a wrong couch shift. "
        "Reported under IRMER. Reporter ticked NE wrong site surgery.",
        "Endoscopy: midazolam 1mg/ml used but the full 8ml was given to a frail 90 yo who "
        "became drowsy, flumazenil given. Reporter ticked high strength midazolam.",
        "Retained placenta after a normal birth, manual removal in theatre under spinal. "
        "Reported as 'retained product' under retained foreign object by the midwife.",
    ],
)
def test_reporters_ticked_category_is_not_the_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_reported_as_wrong_implant_in_error_leaves_the_wrong_digit() -> None:
    text = (
        "Hand list: trigger finger release done on the L ring finger, consent and listing for "
        "the L middle finger. Reported as wrong implant by the theatre coordinator in error (no "
        "implant used)."
    )
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the event told in its own words stays, whatever the reporter ticked as well
        (
            "Wrong site surgery: arthroscopy performed on the L knee instead of the R knee. "
            "Reporter ticked never event wrong site surgery.",
            ("1", None),
        ),
        (
            "Post op xray showed a retained swab in the abdomen after laparotomy. Reporter "
            "ticked retained foreign object never event. Returned to theatre.",
            ("3", None),
        ),
        (
            "Colonoscopy: midazolam 5mg/ml given instead of 1mg/ml for sedation, pt apnoeic, "
            "flumazenil given. Reporter ticked high strength midazolam.",
            ("8", None),
        ),
        (
            "CXR next day reported as showing a retained guidewire after CVC insertion. Removed "
            "by IR.",
            ("3", None),
        ),
    ],
)
def test_event_told_in_its_own_words_stays_beside_the_category(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


def test_relatives_wrong_hip_after_documented_implant_change_is_no_wrong_site() -> None:
    text = (
        "Revision TKR: planned cemented tibial tray changed intra op to a stemmed tray because "
        "of bone loss found on exposure, documented in the op note. Pt's son later complained "
        "the wrong knee was put in."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Wrong knee: L TKR performed instead of the R TKR listed and consented.",
        "Wrong hip operated on: R hemiarthroplasty performed, the fracture was on the L.",
        "Theatre: wrong site surgery, L knee scoped, consent and mark for the R knee.",
    ],
)
def test_wrong_joint_operated_on_stays_wrong_site(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


def test_line_named_by_its_infection_is_no_route() -> None:
    text = (
        "Haematology ward: pt with lymphoma on oral methotrexate admitted for a line infection, "
        "chart written daily instead of weekly, 2 doses given, picked up by the pharmacist."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Oral morphine solution drawn up in a Luer syringe and given via the PICC line instead "
        "of orally. Pt drowsy.",
        "NG feed connected to the central line in error instead of the NG tube, ran for 20 mins. "
        "Pt had a line infection last month.",
        "Enteral feed given via the Hickman line by mistake. Pt septic, line infection treated.",
    ],
)
def test_oral_product_into_a_line_stays_wrong_route(text: str) -> None:
    assert never_event_codes(text)[0] == "5"


def test_psychiatric_ward_recorded_as_acute_in_error_is_9() -> None:
    text = (
        "Pt on Ash ward (acute psychiatric inpatient ward) tied a ligature to the shower curtain "
        "rail which did not collapse, staff cut her down. Reporter selected acute service type "
        "in error."
    )
    assert never_event_codes(text, service_type="1") == ("9", None)


def test_general_ward_recorded_as_mental_health_unit_is_not_9() -> None:
    text = (
        "General surgical ward bay 2: pt under 1:1 RMN for suicidal thoughts tied a ligature to "
        "the curtain rail, rail non collapsible, staff intervened. Location recorded as MH unit "
        "by the reporter."
    )
    assert never_event_codes(text, service_type="1", location_type="10") == (None, None)


@pytest.mark.parametrize(
    ("text", "fields", "expected"),
    [
        # no word that the setting was recorded wrongly: the structured fields still decide
        (
            "Pt tied a ligature to the shower curtain rail in her bedroom, rail did not "
            "collapse. Staff intervened.",
            {"service_type": "4", "location_type": "10"},
            ("9", None),
        ),
        (
            "Acute medical ward: pt awaiting transfer to the psychiatric unit tied a ligature to "
            "the curtain rail, which held. Staff intervened.",
            {"service_type": "1"},
            (None, None),
        ),
        (
            "Pt hanged from the curtain rail in the bathroom, rail did not collapse. CPR started.",
            {"service_type": "1"},
            (None, None),
        ),
    ],
)
def test_structured_setting_decides_when_not_said_to_be_wrong(
    text: str, fields: dict[str, str], expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text, **fields) == expected
